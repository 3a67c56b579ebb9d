#pragma once

#include <string>
#include <string_view>
#include <vector>

// Marks a sentence for translation without Qt: lupdate reads MM_TRANSLATE_NOOP as Qt's
// QT_TRANSLATE_NOOP (scripts/update-translations), the core uses the English as it is.
#define MM_TRANSLATE_NOOP(context, text) text

namespace mm::sim {

// A sentence for people as a template and its arguments ("%1 of %2 slots left." with
// "251", "255"): the core renders it in English (text()), the window translates the
// template in its context and fills in the arguments, themselves translated when they are
// sentences or words of their own ("writable", "user"), so no sentence is ever pieced
// together from fragments a translator cannot see. A message without a context is a
// value (a number, a name) or a language-neutral pattern ("%1, %2"): it is not translated.
struct Message {
    std::string context;
    std::string source; // English, with %1, %2, ...
    std::vector<Message> args;

    Message() = default;
    Message(std::string value) // NOLINT: a value is a message
        : source(std::move(value))
    {
    }
    Message(const char* value) // NOLINT
        : source(value ? value : "")
    {
    }
    Message(const char* inContext, const char* english, std::vector<Message> arguments = {})
        : context(inContext)
        , source(english ? english : "")
        , args(std::move(arguments))
    {
    }

    std::string text() const; // in English
    bool empty() const { return source.empty(); }

    // %1 .. %9 in pattern replaced by args[0] .. args[8] (as QString::arg does).
    static std::string fill(std::string_view pattern, const std::vector<std::string>& args);
    // A language-neutral list: "a, b, c" of the parts (translated one by one).
    static Message join(std::vector<Message> parts, const char* separator = ", ");
};

} // namespace mm::sim

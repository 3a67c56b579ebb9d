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
// template in its context and fills in the same arguments, so no sentence is ever pieced
// together from fragments a translator cannot see.
struct Message {
    const char* context = "";
    const char* source = ""; // English, with %1, %2, ...
    std::vector<std::string> args;

    std::string text() const { return fill(source, args); }
    bool empty() const { return !source || !*source; }

    // %1 .. %9 in pattern replaced by args[0] .. args[8] (as QString::arg does).
    static std::string fill(std::string_view pattern, const std::vector<std::string>& args);
};

} // namespace mm::sim

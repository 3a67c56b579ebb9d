#include "dbg/lesson.h"

#include "sim/message.h"

#include "dbg/command.h"
#include "dbg/format.h"

#include <variant>

namespace mm::dbg {

bool parseLesson(std::string_view text, LessonFile* lesson, std::string* error, sim::Message* message)
{
    LessonFile l;
    bool titled = false;
    size_t number = 0;
    auto fail = [&](sim::Message why) {
        sim::Message m = number ? sim::Message("mm::lesson", MM_TRANSLATE_NOOP("mm::lesson", "line %1: %2"),
                             {std::to_string(number), std::move(why)})
                                : std::move(why);
        if (error)
            *error = m.text();
        if (message)
            *message = std::move(m);
        return false;
    };
    auto say = [](const char* source) { return sim::Message("mm::lesson", source); };
    while (!text.empty()) {
        const size_t end = text.find('\n');
        std::string line(text.substr(0, end));
        text.remove_prefix(end == std::string_view::npos ? text.size() : end + 1);
        ++number;
        if (!line.empty() && line.back() == '\r')
            line.pop_back();
        std::optional<Command> command;
        try {
            command = parseCommand(line);
        } catch (const CommandError& e) {
            return fail(format("column %zu: %s", e.column, e.what()));
        }
        if (!command)
            continue; // a comment or a blank line
        const auto* directive = std::get_if<args::Lesson>(&command->arguments);
        using Kind = args::Lesson::Kind;
        if (!titled) {
            if (!directive || directive->kind != Kind::Title)
                return fail(say(MM_TRANSLATE_NOOP("mm::lesson", "a lesson begins with '.lesson <title>'")));
            l.title = directive->text;
            titled = true;
            continue;
        }
        if (directive && directive->kind == Kind::Title)
            return fail(say(MM_TRANSLATE_NOOP("mm::lesson", "a second '.lesson'")));
        if (directive && directive->kind == Kind::Step) {
            l.steps.push_back({directive->text, number, {}});
            continue;
        }
        (l.steps.empty() ? l.preamble : l.steps.back().lines).push_back({number, line});
    }
    number = 0;
    if (!titled)
        return fail(say(MM_TRANSLATE_NOOP("mm::lesson", "not a lesson: it must begin with '.lesson <title>'")));
    if (l.steps.empty())
        return fail(say(MM_TRANSLATE_NOOP("mm::lesson", "the lesson has no '.step'")));
    *lesson = std::move(l);
    return true;
}

} // namespace mm::dbg

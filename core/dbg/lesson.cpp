#include "dbg/lesson.h"

#include "dbg/command.h"
#include "dbg/format.h"

#include <variant>

namespace mm::dbg {

bool parseLesson(std::string_view text, LessonFile* lesson, std::string* error)
{
    LessonFile l;
    bool titled = false;
    size_t number = 0;
    auto fail = [&](const std::string& why) {
        if (error)
            *error = number ? format("line %zu: %s", number, why.c_str()) : why;
        return false;
    };
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
                return fail("a lesson begins with '.lesson <title>'");
            l.title = directive->text;
            titled = true;
            continue;
        }
        if (directive && directive->kind == Kind::Title)
            return fail("a second '.lesson'");
        if (directive && directive->kind == Kind::Step) {
            l.steps.push_back({directive->text, number, {}});
            continue;
        }
        (l.steps.empty() ? l.preamble : l.steps.back().lines).push_back({number, line});
    }
    number = 0;
    if (!titled)
        return fail("not a lesson: it must begin with '.lesson <title>'");
    if (l.steps.empty())
        return fail("the lesson has no '.step'");
    *lesson = std::move(l);
    return true;
}

} // namespace mm::dbg

#pragma once

#include "sim/message.h"

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace mm::dbg {

// A lesson file split into its steps (docs/LESSONS.md): the lines before the first
// `.step` (after `.lesson`) set the scene; each step is its title and its lines (commands
// and directives, in order, with their line numbers). The lesson player runs a step's
// lines when it reaches the step.
struct LessonLine {
    size_t number = 0; // 1-based, in the file
    std::string text;
};
struct LessonStep {
    std::string title;
    size_t line = 0; // of its .step
    std::vector<LessonLine> lines;
};
struct LessonFile {
    std::string title;
    std::vector<LessonLine> preamble; // between .lesson and the first .step
    std::vector<LessonStep> steps;
};

// Reads a lesson with the command language's parser: false, and one error naming the line
// (and column) and what is wrong (also as a message for the window to translate), for a
// line that is not a command, a file that does not begin with `.lesson`, or one without a
// `.step`.
bool parseLesson(std::string_view text, LessonFile* lesson, std::string* error, sim::Message* message = nullptr);

} // namespace mm::dbg

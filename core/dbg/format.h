#pragma once

#include <string>

namespace mm::dbg {

// printf-style formatting into a std::string (the debugger's output is fixed-width hex).
std::string format(const char* fmt, ...) __attribute__((format(printf, 1, 2)));

} // namespace mm::dbg

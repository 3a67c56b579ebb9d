#include "sim/message.h"

namespace mm::sim {

std::string Message::fill(std::string_view pattern, const std::vector<std::string>& args)
{
    std::string out;
    out.reserve(pattern.size());
    for (size_t i = 0; i < pattern.size(); ++i) {
        if (pattern[i] == '%' && i + 1 < pattern.size() && pattern[i + 1] >= '1' && pattern[i + 1] <= '9') {
            const size_t n = size_t(pattern[i + 1] - '1');
            if (n < args.size()) {
                out += args[n];
                ++i;
                continue;
            }
        }
        out += pattern[i];
    }
    return out;
}

std::string Message::text() const
{
    std::vector<std::string> filled;
    filled.reserve(args.size());
    for (const Message& a : args)
        filled.push_back(a.text());
    return fill(source, filled);
}

Message Message::join(std::vector<Message> parts, const char* separator)
{
    Message m;
    for (size_t i = 0; i < parts.size(); ++i) {
        if (i)
            m.source += separator;
        m.source += "%" + std::to_string(i + 1);
    }
    m.args = std::move(parts);
    return m;
}

} // namespace mm::sim

#include "dbg/commandline.h"

#include <cctype>

namespace mm::dbg {

CommandLine::CommandLine(std::string_view line)
    : m_line(line)
{
    size_t i = 0;
    while (i < line.size()) {
        const unsigned char c = static_cast<unsigned char>(line[i]);
        if (c == '#')
            break;
        if (std::isspace(c)) {
            ++i;
            continue;
        }
        Token t;
        t.column = i + 1;
        while (i < line.size() && !std::isspace(static_cast<unsigned char>(line[i])))
            t.text += line[i++];
        m_end = i + 1;
        m_tokens.push_back(std::move(t));
    }
    if (m_tokens.empty())
        m_end = 1;
    else
        m_end = m_tokens.back().column + m_tokens.back().text.size();
}

std::string CommandLine::restFrom(size_t i) const
{
    if (i >= m_tokens.size())
        return {};
    return m_line.substr(m_tokens[i].column - 1);
}

namespace {
std::optional<uint64_t> parseTerm(std::string_view text)
{
    unsigned base = 16;
    if (text.size() > 2 && text[0] == '0' && (text[1] == 'x' || text[1] == 'X')) {
        text.remove_prefix(2);
    } else if (text.size() > 2 && text[0] == '0' && (text[1] == 'n' || text[1] == 'N')) {
        base = 10;
        text.remove_prefix(2);
    }
    if (text.empty())
        return std::nullopt;
    uint64_t value = 0;
    bool any = false;
    for (char ch : text) {
        if (ch == '`')
            continue;
        unsigned digit;
        if (ch >= '0' && ch <= '9')
            digit = ch - '0';
        else if (ch >= 'a' && ch <= 'f')
            digit = ch - 'a' + 10;
        else if (ch >= 'A' && ch <= 'F')
            digit = ch - 'A' + 10;
        else
            return std::nullopt;
        if (digit >= base)
            return std::nullopt;
        if (value > (UINT64_MAX - digit) / base)
            return std::nullopt; // overflow
        value = value * base + digit;
        any = true;
    }
    if (!any)
        return std::nullopt;
    return value;
}
} // namespace

std::optional<uint64_t> tryParseNumber(std::string_view text)
{
    if (text.empty())
        return std::nullopt;
    uint64_t total = 0;
    bool negative = false;
    size_t start = 0;
    for (size_t i = 0; i <= text.size(); ++i) {
        if (i < text.size() && text[i] != '+' && text[i] != '-')
            continue;
        if (i == start)
            return std::nullopt; // empty term: "+5", "5+", "5++5"
        auto term = parseTerm(text.substr(start, i - start));
        if (!term)
            return std::nullopt;
        total = negative ? total - *term : total + *term;
        if (i < text.size())
            negative = text[i] == '-';
        start = i + 1;
    }
    return total;
}

uint64_t parseNumber(const Token& token, uint64_t max)
{
    auto value = tryParseNumber(token.text);
    if (!value)
        throw CommandError(token.column, "'" + token.text + "' is not a number (numbers are hex; 0n for decimal)");
    if (*value > max)
        throw CommandError(token.column, "'" + token.text + "' is out of range");
    return *value;
}

std::optional<uint64_t> parseSize(std::string_view text)
{
    size_t i = 0;
    uint64_t value = 0;
    while (i < text.size() && std::isdigit(static_cast<unsigned char>(text[i]))) {
        if (value > UINT64_MAX / 10 - 9)
            return std::nullopt;
        value = value * 10 + (text[i] - '0');
        ++i;
    }
    if (i == 0)
        return std::nullopt;
    std::string unit;
    for (; i < text.size(); ++i)
        unit += static_cast<char>(std::toupper(static_cast<unsigned char>(text[i])));
    uint64_t scale;
    if (unit == "K" || unit == "KB")
        scale = 1ull << 10;
    else if (unit == "M" || unit == "MB")
        scale = 1ull << 20;
    else if (unit == "G" || unit == "GB")
        scale = 1ull << 30;
    else
        return std::nullopt;
    if (value > UINT64_MAX / scale)
        return std::nullopt;
    return value * scale;
}

} // namespace mm::dbg

namespace mm::dbg {

uint64_t parseSizeOrNumber(const Token& token, uint64_t max)
{
    const char last
        = token.text.empty() ? '\0' : static_cast<char>(std::toupper(static_cast<unsigned char>(token.text.back())));
    const bool unit = last == 'K' || last == 'M' || last == 'G'
        || (last == 'B' && token.text.size() > 1
            && std::isalpha(static_cast<unsigned char>(token.text[token.text.size() - 2])));
    if (!unit)
        return parseNumber(token, max);
    auto bytes = parseSize(token.text);
    if (!bytes)
        throw CommandError(token.column, "'" + token.text + "' is not a size (examples: 64K, 4M, 10000)");
    if (*bytes > max)
        throw CommandError(token.column, "'" + token.text + "' is out of range");
    return *bytes;
}

} // namespace mm::dbg

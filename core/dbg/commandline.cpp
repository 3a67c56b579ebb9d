#include "dbg/commandline.h"

#include <cctype>
#include <cstdio>

namespace mm::dbg {

namespace {
// Length of the well-formed UTF-8 sequence starting at line[i], or 0 when it is not one
// (stray continuation byte, overlong form, surrogate, beyond U+10FFFF, truncated).
size_t utf8SequenceLength(std::string_view line, size_t i)
{
    const auto byte = [&](size_t k) { return static_cast<unsigned char>(line[k]); };
    const unsigned char lead = byte(i);
    if (lead < 0x80)
        return 1;
    size_t length;
    unsigned char low = 0x80, high = 0xBF; // allowed range of the second byte
    if (lead >= 0xC2 && lead <= 0xDF)
        length = 2;
    else if (lead >= 0xE0 && lead <= 0xEF) {
        length = 3;
        if (lead == 0xE0)
            low = 0xA0; // overlong
        if (lead == 0xED)
            high = 0x9F; // UTF-16 surrogates
    } else if (lead >= 0xF0 && lead <= 0xF4) {
        length = 4;
        if (lead == 0xF0)
            low = 0x90; // overlong
        if (lead == 0xF4)
            high = 0x8F; // beyond U+10FFFF
    } else
        return 0;
    if (i + length > line.size() || byte(i + 1) < low || byte(i + 1) > high)
        return 0;
    for (size_t k = 2; k < length; ++k) {
        if (byte(i + k) < 0x80 || byte(i + k) > 0xBF)
            return 0;
    }
    return length;
}

bool isControl(unsigned char c)
{
    return (c < 0x20 && c != '\t') || c == 0x7F;
}
} // namespace

void checkLineIsText(std::string_view line)
{
    if (line.size() > kMaxLineLength) {
        throw CommandError(kMaxLineLength + 1,
            "the line is " + std::to_string(line.size()) + " bytes long; a command line holds at most "
                + std::to_string(kMaxLineLength));
    }
    for (size_t i = 0; i < line.size();) {
        const unsigned char c = static_cast<unsigned char>(line[i]);
        const size_t length = utf8SequenceLength(line, i);
        char hex[8];
        std::snprintf(hex, sizeof hex, "0x%02x", c);
        if (length == 0)
            throw CommandError(i + 1, std::string("byte ") + hex + " is not UTF-8 text");
        if (isControl(c))
            throw CommandError(i + 1, std::string("control character ") + hex + " in the line");
        i += length;
    }
}

std::string printableLine(std::string_view line)
{
    const std::string_view shown = line.substr(0, kMaxLineLength);
    std::string out;
    out.reserve(shown.size());
    for (size_t i = 0; i < shown.size();) {
        const unsigned char c = static_cast<unsigned char>(shown[i]);
        const size_t length = utf8SequenceLength(shown, i);
        if (length == 0 || isControl(c)) {
            char hex[8];
            std::snprintf(hex, sizeof hex, "\\x%02x", c);
            out += hex;
            ++i;
            continue;
        }
        out.append(shown.substr(i, length));
        i += length;
    }
    if (line.size() > shown.size())
        out += " ... (" + std::to_string(line.size() - shown.size()) + " more bytes)";
    return out;
}

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
std::optional<uint64_t> parseTerm(std::string_view text, bool& overflow)
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
        if (value > (UINT64_MAX - digit) / base) {
            overflow = true;
            return std::nullopt;
        }
        value = value * base + digit;
        any = true;
    }
    if (!any)
        return std::nullopt;
    return value;
}
// A sum of terms; `overflow` tells a term too big for 64 bits from one that is no number.
std::optional<uint64_t> parseExpression(std::string_view text, bool& overflow)
{
    overflow = false;
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
        auto term = parseTerm(text.substr(start, i - start), overflow);
        if (!term)
            return std::nullopt;
        total = negative ? total - *term : total + *term;
        if (i < text.size())
            negative = text[i] == '-';
        start = i + 1;
    }
    return total;
}
} // namespace

std::optional<uint64_t> tryParseNumber(std::string_view text)
{
    bool overflow;
    return parseExpression(text, overflow);
}

uint64_t parseNumber(const Token& token, uint64_t max)
{
    bool overflow;
    auto value = parseExpression(token.text, overflow);
    if (!value && overflow)
        throw CommandError(token.column, "'" + token.text + "' is out of range");
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

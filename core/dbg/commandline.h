#pragma once

#include <cstdint>
#include <optional>
#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

namespace mm::dbg {

// A command that cannot run: what is wrong, and the 1-based column where it is.
struct CommandError : std::runtime_error {
    CommandError(size_t at, const std::string& message)
        : std::runtime_error(message)
        , column(at)
    {
    }
    size_t column;
};

struct Token {
    std::string text;
    size_t column = 1; // 1-based, in the original line
};

// One command line split into whitespace-separated tokens; `#` starts a comment.
class CommandLine {
public:
    explicit CommandLine(std::string_view line);

    bool empty() const { return m_tokens.empty(); }
    size_t size() const { return m_tokens.size(); }
    const Token& operator[](size_t i) const { return m_tokens[i]; }
    const std::vector<Token>& tokens() const { return m_tokens; }
    // Column just past the last token: where a missing argument would go.
    size_t endColumn() const { return m_end; }
    // The raw text from token i to the end (for .echo).
    std::string restFrom(size_t i) const;

private:
    std::string m_line;
    std::vector<Token> m_tokens;
    size_t m_end = 1;
};

// The longest command line the language accepts, in bytes.
inline constexpr size_t kMaxLineLength = 4096;
// Throws CommandError at the first thing that makes `line` unfit to be a command: more than
// kMaxLineLength bytes, a byte sequence that is not UTF-8, or a control character (tab aside).
void checkLineIsText(std::string_view line);
// `line` made safe to echo: bytes that are not UTF-8 text as \xNN, clipped after
// kMaxLineLength bytes with a note of how much was left out.
std::string printableLine(std::string_view line);

// Numbers as WinDbg reads them: hex by default, 0x for hex, 0n for decimal, ` separators
// ignored, and a + or - between terms ("c0300000+c00"). Throws CommandError at the token.
uint64_t parseNumber(const Token& token, uint64_t max = 0xFFFFFFFF);
std::optional<uint64_t> tryParseNumber(std::string_view text);
// A byte count with a unit: 4M, 128MB, 4G, 512K (decimal, as people write sizes).
std::optional<uint64_t> parseSize(std::string_view text);
// A size argument: with a K/M/G unit as parseSize, else a WinDbg number (hex).
uint64_t parseSizeOrNumber(const Token& token, uint64_t max = 0xFFFFFFFF);

} // namespace mm::dbg

#include "dbg/links.h"

#include "dbg/format.h"
#include "sim/glossary.h"

#include <algorithm>
#include <array>
#include <cctype>

namespace mm::dbg {

namespace {
constexpr uint32_t kPteBase = 0xC0000000;
constexpr uint32_t kPdBase = 0xC0300000;

bool isHex(char c)
{
    return std::isxdigit(static_cast<unsigned char>(c)) != 0;
}
bool isWord(char c)
{
    return std::isalnum(static_cast<unsigned char>(c)) != 0 || c == '_';
}

// The hex digits at `at` (at most 8), if there are between minDigits and maxDigits and no
// word character follows them.
size_t hexRun(std::string_view line, size_t at, size_t minDigits, size_t maxDigits)
{
    size_t n = 0;
    while (at + n < line.size() && isHex(line[at + n]) && n <= maxDigits)
        ++n;
    if (n < minDigits || n > maxDigits)
        return 0;
    if (at + n < line.size() && isWord(line[at + n]))
        return 0;
    return n;
}

uint32_t hexValue(std::string_view digits)
{
    uint32_t v = 0;
    for (char c : digits)
        v = (v << 4) | uint32_t(std::isdigit(static_cast<unsigned char>(c)) ? c - '0' : (std::tolower(c) - 'a' + 10));
    return v;
}

struct Pattern {
    std::string_view prefix; // what precedes the value, at a word boundary
    OutputLink::Kind kind;
    size_t minDigits;
    size_t maxDigits;
};

constexpr std::array kPatterns = {
    Pattern {"ParentCid: ", OutputLink::Kind::Process, 4, 4},
    Pattern {"Cid: ", OutputLink::Kind::Process, 4, 4},
    Pattern {"Cid ", OutputLink::Kind::Process, 4, 4},
    Pattern {"PROCESS ", OutputLink::Kind::Eprocess, 8, 8},
    Pattern {"pfn(", OutputLink::Kind::Frame, 1, 8},
    Pattern {"pfn ", OutputLink::Kind::Frame, 1, 8},
    Pattern {"PFN ", OutputLink::Kind::Frame, 1, 8},
    Pattern {"frame ", OutputLink::Kind::Frame, 1, 8},
    Pattern {"Transition: ", OutputLink::Kind::Frame, 1, 8},
    Pattern {"VA ", OutputLink::Kind::Va, 8, 8},
    Pattern {"va ", OutputLink::Kind::Va, 8, 8},
    Pattern {"BaseAddress ", OutputLink::Kind::Va, 8, 8},
    Pattern {"mapped at ", OutputLink::Kind::Va, 8, 8},
    Pattern {"PTE at ", OutputLink::Kind::PteAddress, 8, 8},
    Pattern {"PDE at ", OutputLink::Kind::PteAddress, 8, 8},
    Pattern {"DirBase: ", OutputLink::Kind::Physical, 8, 8},
    Pattern {"DirBase ", OutputLink::Kind::Physical, 8, 8},
};

std::string commandFor(OutputLink::Kind kind, uint32_t value)
{
    switch (kind) {
    case OutputLink::Kind::Process:
    case OutputLink::Kind::Eprocess:
        return format("!process %x 0", value);
    case OutputLink::Kind::Frame:
        return format("!pfn %x", value);
    case OutputLink::Kind::Physical:
        return format("!pfn %x", value >> 12);
    case OutputLink::Kind::Va:
        return format("!pte %x", value);
    case OutputLink::Kind::PteAddress:
        return format("!pte %x", vaOfEntry(value));
    case OutputLink::Kind::Routine:
        break;
    }
    return {};
}
// The length of an NT routine's name at `at` that the glossary explains ("MiRemoveZeroPage",
// "PspCreateProcess"), or 0.
size_t routineAt(std::string_view line, size_t at)
{
    static constexpr std::array<std::string_view, 6> kPrefixes = {"Mi", "Mm", "Nt", "Ke", "Ki", "Io"};
    const std::string_view rest = line.substr(at);
    const bool named = rest.substr(0, 3) == "Psp"
        || std::any_of(kPrefixes.begin(), kPrefixes.end(), [&](std::string_view p) { return rest.substr(0, 2) == p; });
    if (!named)
        return 0;
    size_t n = 0;
    while (n < rest.size() && std::isalpha(static_cast<unsigned char>(rest[n])))
        ++n;
    if (n < rest.size() && isWord(rest[n]))
        return 0;
    return sim::glossaryEntry(rest.substr(0, n)) ? n : 0;
}
} // namespace

uint32_t vaOfEntry(uint32_t entryAddress)
{
    if (entryAddress >= kPdBase && entryAddress < kPdBase + 0x1000)
        return (entryAddress - kPdBase) / 4 << 22;
    if (entryAddress >= kPteBase && entryAddress < kPteBase + 0x400000)
        return (entryAddress - kPteBase) / 4 << 12;
    return entryAddress;
}

std::vector<OutputLink> findLinks(std::string_view line)
{
    std::vector<OutputLink> links;
    auto add = [&](OutputLink::Kind kind, size_t begin, size_t length) {
        OutputLink link;
        link.kind = kind;
        link.begin = begin;
        link.length = length;
        link.value = hexValue(line.substr(begin, length));
        link.command = commandFor(kind, link.value);
        links.push_back(std::move(link));
    };
    // An address opening a line: dd's rows, !vtop's answer.
    if (const size_t n = hexRun(line, 0, 8, 8); n && n < line.size() && line[n] == ' ')
        add(OutputLink::Kind::Va, 0, n);
    size_t i = links.empty() ? 0 : links.back().length;
    while (i < line.size()) {
        bool matched = false;
        if (i == 0 || !isWord(line[i - 1])) {
            if (const size_t n = routineAt(line, i)) {
                OutputLink link;
                link.kind = OutputLink::Kind::Routine;
                link.begin = i;
                link.length = n;
                link.command = "help " + std::string(line.substr(i, n));
                links.push_back(std::move(link));
                i += n;
                continue;
            }
            for (const Pattern& p : kPatterns) {
                if (line.substr(i, p.prefix.size()) != p.prefix)
                    continue;
                const size_t at = i + p.prefix.size();
                const size_t n = hexRun(line, at, p.minDigits, p.maxDigits);
                // Cid 0000 is no process (System's parent): !process 0 would list them all.
                if (n && !(p.kind == OutputLink::Kind::Process && hexValue(line.substr(at, n)) == 0)) {
                    add(p.kind, at, n);
                    i = at + n;
                    matched = true;
                }
                break;
            }
        }
        if (!matched)
            ++i;
    }
    return links;
}

} // namespace mm::dbg

#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace mm::hw {

// The 5-bit protection mask NT keeps in software PTEs (bits 5-9), VADs, PFN.OriginalPte
// and working-set entries: three access bits plus the NOCACHE (0x08) and GUARD (0x10)
// modifiers. GUARD|NOCACHE with no access bits means no access.
namespace protection {
inline constexpr uint8_t ZeroAccess = 0; // MM_ZERO_ACCESS
inline constexpr uint8_t ReadOnly = 1; // MM_READONLY
inline constexpr uint8_t Execute = 2; // MM_EXECUTE
inline constexpr uint8_t ExecuteRead = 3; // MM_EXECUTE_READ
inline constexpr uint8_t ReadWrite = 4; // MM_READWRITE
inline constexpr uint8_t WriteCopy = 5; // MM_WRITECOPY
inline constexpr uint8_t ExecuteReadWrite = 6; // MM_EXECUTE_READWRITE
inline constexpr uint8_t ExecuteWriteCopy = 7; // MM_EXECUTE_WRITECOPY
inline constexpr uint8_t NoCache = 0x08; // MM_NOCACHE
inline constexpr uint8_t Guard = 0x10; // MM_GUARDPAGE
inline constexpr uint8_t NoAccess = 0x18; // MM_NOACCESS (GUARD|NOCACHE, no access bits)
inline constexpr uint8_t Decommit = 0x10; // MM_DECOMMIT (GUARD, no access bits)
inline constexpr uint8_t AccessMask = 0x07;

// MiIsAccessAllowed: read is allowed for 1-7, write for 4-7; execute is not enforced
// without NX, so it behaves as read.
constexpr bool allowsRead(uint8_t mask)
{
    return (mask & AccessMask) != 0;
}
constexpr bool allowsWrite(uint8_t mask)
{
    return (mask & AccessMask) >= ReadWrite;
}
constexpr bool isCopyOnWrite(uint8_t mask)
{
    return (mask & AccessMask) == WriteCopy || (mask & AccessMask) == ExecuteWriteCopy;
}

// "4 - ReadWrite", "18 - NoAccess", "14 - ReadWrite Guard": the decode !pte prints.
std::string describe(uint8_t mask);
// The Win32 constant a mask corresponds to (PAGE_READWRITE, PAGE_GUARD|PAGE_READONLY ...).
std::string win32Name(uint8_t mask);
// Parses PAGE_* names joined by '|' into a mask; nullopt if a name is unknown.
std::optional<uint8_t> fromWin32Name(std::string_view text);
} // namespace protection

} // namespace mm::hw

#include "hw/protection.h"

#include <array>

namespace mm::hw::protection {

namespace {
constexpr std::array<const char*, 8> kAccessNames = {
    "ZeroAccess",
    "Readonly",
    "Execute",
    "ExecuteRead",
    "ReadWrite",
    "WriteCopy",
    "ExecuteReadWrite",
    "ExecuteWriteCopy",
};
constexpr std::array<const char*, 8> kWin32Names = {
    "PAGE_NOACCESS",
    "PAGE_READONLY",
    "PAGE_EXECUTE",
    "PAGE_EXECUTE_READ",
    "PAGE_READWRITE",
    "PAGE_WRITECOPY",
    "PAGE_EXECUTE_READWRITE",
    "PAGE_EXECUTE_WRITECOPY",
};

std::string hex(uint8_t value)
{
    static const char* digits = "0123456789abcdef";
    std::string s;
    if (value >= 0x10)
        s += digits[value >> 4];
    s += digits[value & 0xF];
    return s;
}
} // namespace

std::string describe(uint8_t mask)
{
    mask &= 0x1F;
    const uint8_t access = mask & AccessMask;
    std::string text = hex(mask) + " - ";
    if (access == 0) {
        if (mask == NoAccess)
            return text + "NoAccess";
        if (mask == Decommit)
            return text + "Decommitted";
        if (mask == 0)
            return text + "ZeroAccess";
        return text + "NoCache";
    }
    text += kAccessNames[access];
    if (mask & NoCache)
        text += " NoCache";
    if (mask & Guard)
        text += " Guard";
    return text;
}

std::string win32Name(uint8_t mask)
{
    mask &= 0x1F;
    const uint8_t access = mask & AccessMask;
    if (access == 0)
        return mask == Decommit ? "MEM_DECOMMIT" : "PAGE_NOACCESS";
    std::string text = kWin32Names[access];
    if (mask & Guard)
        text = "PAGE_GUARD|" + text;
    if (mask & NoCache)
        text = "PAGE_NOCACHE|" + text;
    return text;
}

std::optional<uint8_t> fromWin32Name(std::string_view text)
{
    uint8_t access = 0;
    bool haveAccess = false;
    uint8_t modifiers = 0;
    while (!text.empty()) {
        const size_t bar = text.find('|');
        const std::string_view name = text.substr(0, bar);
        text = bar == std::string_view::npos ? std::string_view {} : text.substr(bar + 1);
        if (name == "PAGE_GUARD") {
            modifiers |= Guard;
            continue;
        }
        if (name == "PAGE_NOCACHE") {
            modifiers |= NoCache;
            continue;
        }
        bool found = false;
        for (uint8_t i = 0; i < kWin32Names.size(); ++i) {
            if (name == kWin32Names[i]) {
                if (haveAccess)
                    return std::nullopt; // two access values
                access = i;
                haveAccess = true;
                found = true;
                break;
            }
        }
        if (!found)
            return std::nullopt;
    }
    if (!haveAccess)
        return std::nullopt;
    if (access == 0)
        return modifiers ? std::nullopt : std::optional<uint8_t>(NoAccess); // PAGE_NOACCESS takes no modifiers
    return static_cast<uint8_t>(access | modifiers);
}

} // namespace mm::hw::protection

#pragma once

#include <cstdint>

namespace mm {

// MMLISTS: where a frame is. The first six are lists threaded through the PFN entries;
// Active and Transition frames are on no list.
enum class PageLocation : uint8_t {
    Zeroed = 0,
    Free = 1,
    Standby = 2,
    Modified = 3,
    ModifiedNoWrite = 4,
    Bad = 5,
    Active = 6,
    Transition = 7,
};
inline constexpr int kPageLocationCount = 8;
inline constexpr int kListCount = 6; // Zeroed .. Bad
const char* pageLocationName(uint8_t location);
inline const char* pageLocationName(PageLocation location)
{
    return pageLocationName(static_cast<uint8_t>(location));
}
inline constexpr bool isList(PageLocation l)
{
    return static_cast<uint8_t>(l) < kListCount;
}

inline constexpr uint32_t kListEnd = 0xFFFFFFFF; // Flink/Blink at either end of a list

// MMPFN as NT 4.0 lays it out: 0x18 bytes per physical page. The meaning of u1 and u2
// depends on the state: list links while on a list, working-set index and share count
// while active.
struct MmPfn {
    // e1 flag bits (the low word of u3, at 0x0C).
    static constexpr uint16_t Modified = 0x0001;
    static constexpr uint16_t ReadInProgress = 0x0002;
    static constexpr uint16_t WriteInProgress = 0x0004;
    static constexpr uint16_t PrototypePte = 0x0008; // "Shared" in !pfn
    static constexpr uint16_t ColorMask = 0x0070;
    static constexpr uint16_t ParityError = 0x0080;
    static constexpr uint16_t LocationMask = 0x0700;
    static constexpr uint16_t InPageError = 0x0800;
    static constexpr uint32_t PteAddressDeleted = 0x1; // bit 0 of PteAddress: freed when unreferenced

    uint32_t u1; // 0x00 Flink / WsIndex / owning EPROCESS for a page directory
    uint32_t pteAddress; // 0x04 VA of the PTE (or prototype PTE) that maps the frame
    uint32_t u2; // 0x08 Blink / ShareCount
    uint16_t flags; // 0x0C u3.e1
    uint16_t referenceCount; // 0x0E u3.e2.ReferenceCount
    uint32_t originalPte; // 0x10 the software PTE to restore when the page leaves memory
    uint32_t pteFrame; // 0x14 frame of the page table that holds pteAddress ("containing page")

    PageLocation location() const { return static_cast<PageLocation>((flags & LocationMask) >> 8); }
    uint32_t& flink() { return u1; }
    uint32_t& blink() { return u2; }
    uint32_t& shareCount() { return u2; }
    uint32_t shareCount() const { return u2; }
    bool isModified() const { return flags & Modified; }
};
static_assert(sizeof(MmPfn) == 0x18, "an MMPFN is 24 bytes in NT 4.0");

} // namespace mm

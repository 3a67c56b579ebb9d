#pragma once

#include <cstdint>

namespace mm::hw {

using VirtualAddress = uint32_t;
using PhysicalAddress = uint64_t;
using Pfn = uint32_t;

inline constexpr uint32_t kPageSize = 0x1000;
inline constexpr uint32_t kPageShift = 12;
inline constexpr uint32_t kPageMask = kPageSize - 1;
inline constexpr Pfn kNoPfn = 0xFFFFFFFF;

// Everything that differs between the two x86 paging modes NT supports, kept in one
// place: entry width, index bits and the fixed addresses of the self-map window and
// hyperspace. Code asks the geometry instead of hard-coding 4-byte entries or 0xC0300000.
struct PagingGeometry {
    const char* name;
    uint32_t entrySize; // in bytes: 4 (non-PAE) or 8 (PAE)
    uint32_t levels; // 2 (PD -> PT) or 3 (PDPT -> PD -> PT)
    uint32_t tableIndexBits; // bits of VA per table index: 10 or 9
    uint32_t pdeShift; // VA bits below the page-directory index: 22 or 21
    uint32_t pteBase; // start of the self-mapped page-table window
    uint32_t pdeBase; // where the page directory appears in that window
    uint32_t selfMapIndex; // PDE index of the self-map entry
    uint32_t hyperspaceStart; // per-process hyperspace
    uint32_t hyperspaceEnd; // inclusive
    uint32_t workingSetList; // MmWorkingSetList

    constexpr uint32_t entriesPerTable() const { return kPageSize / entrySize; }
    constexpr uint32_t largePageSize() const { return 1u << pdeShift; }
    constexpr uint32_t pdeIndex(VirtualAddress va) const { return va >> pdeShift; }
    constexpr uint32_t pteIndex(VirtualAddress va) const { return (va >> kPageShift) & (entriesPerTable() - 1); }
    // The virtual address of the PTE that maps va, as seen through the self-map.
    constexpr VirtualAddress pteAddress(VirtualAddress va) const { return pteBase + (va >> kPageShift) * entrySize; }
    // The virtual address of the PDE that maps va.
    constexpr VirtualAddress pdeAddress(VirtualAddress va) const { return pdeBase + (va >> pdeShift) * entrySize; }
    // The virtual address a PTE address describes (inverse of pteAddress).
    constexpr VirtualAddress vaForPteAddress(VirtualAddress pte) const
    {
        return ((pte - pteBase) / entrySize) << kPageShift;
    }
    // The self-map window: one entry for each of the 2^20 pages of the 4 GB space.
    constexpr uint32_t pteWindowSize() const { return (1u << 20) * entrySize; }
    constexpr bool isPteWindow(VirtualAddress va) const { return va >= pteBase && va - pteBase < pteWindowSize(); }
};

// Non-PAE two-level paging: the default mode, simulated in full.
inline constexpr PagingGeometry kX86Geometry {
    "x86",
    4,
    2,
    10,
    22,
    0xC0000000,
    0xC0300000,
    0x300,
    0xC0400000,
    0xC07FFFFF,
    0xC0502000,
};

// PAE three-level paging (its tables are not simulated yet; the constants are here so
// that the self-map arithmetic has one home for both modes).
inline constexpr PagingGeometry kPaeGeometry {
    "x86-pae",
    8,
    3,
    9,
    21,
    0xC0000000,
    0xC0600000,
    0x600,
    0xC0800000,
    0xC0FFFFFF,
    0xC0802000,
};

inline constexpr uint32_t kSystemRangeStart = 0x80000000; // MmSystemRangeStart
inline constexpr uint32_t kHighestUserAddress = 0x7FFEFFFF; // MmHighestUserAddress

} // namespace mm::hw

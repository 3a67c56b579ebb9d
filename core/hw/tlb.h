#pragma once

#include "hw/paginggeometry.h"

#include <array>
#include <cstdint>

namespace mm::hw {

// One cached translation. For a 4 MB page, vpn is the first VPN of the large page.
struct TlbEntry {
    uint32_t vpn = 0;
    Pfn pfn = 0;
    bool valid = false;
    bool writable = false;
    bool user = false;
    bool global = false;
    bool dirty = false; // the PTE's D bit was already set when the entry was filled
    bool large = false;
};

// A Pentium-style TLB: 64 direct-mapped entries for 4 KB pages and 8 for 4 MB pages.
// Entries remember the Global bit: a CR3 load keeps global entries and drops the rest.
class Tlb {
public:
    static constexpr uint32_t kSmallEntries = 64;
    static constexpr uint32_t kLargeEntries = 8;

    const TlbEntry* lookup(VirtualAddress va) const
    {
        const uint32_t vpn = va >> kPageShift;
        const TlbEntry& small = m_small[vpn % kSmallEntries];
        if (small.valid && small.vpn == vpn)
            return &small;
        const uint32_t pdi = va >> 22;
        const TlbEntry& large = m_large[pdi % kLargeEntries];
        if (large.valid && (large.vpn >> 10) == pdi)
            return &large;
        return nullptr;
    }
    void insert(const TlbEntry& entry);
    void invalidate(VirtualAddress va); // invlpg
    void flushNonGlobal(); // what a CR3 load does
    void flushAll(); // CR4.PGE toggle

    uint32_t validCount() const;
    uint32_t globalCount() const;
    const std::array<TlbEntry, kSmallEntries>& smallEntries() const { return m_small; }
    const std::array<TlbEntry, kLargeEntries>& largeEntries() const { return m_large; }

private:
    std::array<TlbEntry, kSmallEntries> m_small {};
    std::array<TlbEntry, kLargeEntries> m_large {};
};

} // namespace mm::hw

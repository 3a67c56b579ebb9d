#include "hw/tlb.h"

namespace mm::hw {

void Tlb::insert(const TlbEntry& entry)
{
    if (entry.large)
        m_large[(entry.vpn >> 10) % kLargeEntries] = entry;
    else
        m_small[entry.vpn % kSmallEntries] = entry;
}

void Tlb::invalidate(VirtualAddress va)
{
    const uint32_t vpn = va >> kPageShift;
    TlbEntry& small = m_small[vpn % kSmallEntries];
    if (small.valid && small.vpn == vpn)
        small.valid = false;
    const uint32_t pdi = va >> 22;
    TlbEntry& large = m_large[pdi % kLargeEntries];
    if (large.valid && (large.vpn >> 10) == pdi)
        large.valid = false;
}

void Tlb::flushNonGlobal()
{
    for (auto& e : m_small) {
        if (!e.global)
            e.valid = false;
    }
    for (auto& e : m_large) {
        if (!e.global)
            e.valid = false;
    }
}

void Tlb::flushAll()
{
    for (auto& e : m_small)
        e.valid = false;
    for (auto& e : m_large)
        e.valid = false;
}

uint32_t Tlb::validCount() const
{
    uint32_t n = 0;
    for (const auto& e : m_small)
        n += e.valid;
    for (const auto& e : m_large)
        n += e.valid;
    return n;
}

uint32_t Tlb::globalCount() const
{
    uint32_t n = 0;
    for (const auto& e : m_small)
        n += e.valid && e.global;
    for (const auto& e : m_large)
        n += e.valid && e.global;
    return n;
}

} // namespace mm::hw

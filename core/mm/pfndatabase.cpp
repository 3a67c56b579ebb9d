#include "mm/pfndatabase.h"

#include <cassert>
#include <cstring>

namespace mm {

const char* pageLocationName(uint8_t location)
{
    static const char* const names[kPageLocationCount] = {
        "Zeroed",
        "Free",
        "Standby",
        "Modified",
        "ModifiedNoWrite",
        "Bad",
        "Active",
        "Transition",
    };
    return location < kPageLocationCount ? names[location] : "?";
}

PfnDatabase::PfnDatabase(hw::Pfn frameCount)
    : m_count(frameCount)
    , m_storagePages(
          static_cast<uint32_t>((static_cast<uint64_t>(frameCount) * sizeof(MmPfn) + hw::kPageMask) >> hw::kPageShift))
    , m_storage(std::make_unique<uint8_t[]>(static_cast<size_t>(m_storagePages) * hw::kPageSize))
    , m_entries(reinterpret_cast<MmPfn*>(m_storage.get()))
{
    for (size_t i = 0; i < m_lists.size(); ++i)
        m_lists[i].listName = static_cast<PageLocation>(i);
    // Every entry starts as zero bytes, i.e. location Zeroed though on no list yet; boot
    // gives each frame its real state through setLocation() or a list insertion.
    m_counts[static_cast<size_t>(PageLocation::Zeroed)] = frameCount;
}

void PfnDatabase::setLocation(hw::Pfn pfn, PageLocation to)
{
    MmPfn& e = m_entries[pfn];
    --m_counts[static_cast<size_t>(e.location())];
    ++m_counts[static_cast<size_t>(to)];
    e.flags = static_cast<uint16_t>((e.flags & ~MmPfn::LocationMask) | (static_cast<uint16_t>(to) << 8));
}

void PfnDatabase::insertTail(PageLocation l, hw::Pfn pfn)
{
    assert(isList(l));
    PfnListHead& head = m_lists[static_cast<size_t>(l)];
    MmPfn& e = m_entries[pfn];
    e.flink() = kListEnd;
    e.blink() = head.blink;
    if (head.blink == kListEnd)
        head.flink = pfn;
    else
        m_entries[head.blink].flink() = pfn;
    head.blink = pfn;
    ++head.total;
    setLocation(pfn, l);
}

void PfnDatabase::insertHead(PageLocation l, hw::Pfn pfn)
{
    assert(isList(l));
    PfnListHead& head = m_lists[static_cast<size_t>(l)];
    MmPfn& e = m_entries[pfn];
    e.blink() = kListEnd;
    e.flink() = head.flink;
    if (head.flink == kListEnd)
        head.blink = pfn;
    else
        m_entries[head.flink].blink() = pfn;
    head.flink = pfn;
    ++head.total;
    setLocation(pfn, l);
}

void PfnDatabase::unlink(hw::Pfn pfn)
{
    MmPfn& e = m_entries[pfn];
    assert(isList(e.location()));
    PfnListHead& head = m_lists[static_cast<size_t>(e.location())];
    const uint32_t next = e.flink();
    const uint32_t prev = e.blink();
    if (prev == kListEnd)
        head.flink = next;
    else
        m_entries[prev].flink() = next;
    if (next == kListEnd)
        head.blink = prev;
    else
        m_entries[next].blink() = prev;
    --head.total;
    e.flink() = 0;
    e.blink() = 0;
}

} // namespace mm

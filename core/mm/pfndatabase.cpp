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
{
    static_assert(kEntriesPerChunk * sizeof(MmPfn) % hw::kPageSize == 0, "a chunk is whole pages");
    m_state.entries = hw::CowArray<MmPfn, kEntriesPerChunk>(frameCount);
    for (size_t i = 0; i < m_state.lists.size(); ++i)
        m_state.lists[i].listName = static_cast<PageLocation>(i);
    // Every entry starts as zero bytes, i.e. location Zeroed though on no list yet; boot
    // gives each frame its real state through setLocation() or a list insertion.
    m_state.counts[static_cast<size_t>(PageLocation::Zeroed)] = frameCount;
}

const uint8_t* PfnDatabase::backedFrame(hw::Pfn index) const
{
    const auto* chunk = reinterpret_cast<const uint8_t*>(m_state.entries.chunkData(index / kPagesPerChunk));
    return chunk + (index % kPagesPerChunk) * hw::kPageSize;
}

uint8_t* PfnDatabase::writableBackedFrame(hw::Pfn index)
{
    auto* chunk = reinterpret_cast<uint8_t*>(m_state.entries.mutableChunkData(index / kPagesPerChunk));
    return chunk + (index % kPagesPerChunk) * hw::kPageSize;
}

void PfnDatabase::setLocation(hw::Pfn pfn, PageLocation to)
{
    MmPfn& e = (*this)[pfn];
    --m_state.counts[static_cast<size_t>(e.location())];
    ++m_state.counts[static_cast<size_t>(to)];
    e.flags = static_cast<uint16_t>((e.flags & ~MmPfn::LocationMask) | (static_cast<uint16_t>(to) << 8));
}

void PfnDatabase::insertTail(PageLocation l, hw::Pfn pfn)
{
    assert(isList(l));
    PfnListHead& head = m_state.lists[static_cast<size_t>(l)];
    MmPfn& e = (*this)[pfn];
    e.flink() = kListEnd;
    e.blink() = head.blink;
    if (head.blink == kListEnd)
        head.flink = pfn;
    else
        (*this)[head.blink].flink() = pfn;
    head.blink = pfn;
    ++head.total;
    setLocation(pfn, l);
}

void PfnDatabase::insertHead(PageLocation l, hw::Pfn pfn)
{
    assert(isList(l));
    PfnListHead& head = m_state.lists[static_cast<size_t>(l)];
    MmPfn& e = (*this)[pfn];
    e.blink() = kListEnd;
    e.flink() = head.flink;
    if (head.flink == kListEnd)
        head.blink = pfn;
    else
        (*this)[head.flink].blink() = pfn;
    head.flink = pfn;
    ++head.total;
    setLocation(pfn, l);
}

void PfnDatabase::unlink(hw::Pfn pfn)
{
    MmPfn& e = (*this)[pfn];
    assert(isList(e.location()));
    PfnListHead& head = m_state.lists[static_cast<size_t>(e.location())];
    const uint32_t next = e.flink();
    const uint32_t prev = e.blink();
    if (prev == kListEnd)
        head.flink = next;
    else
        (*this)[prev].flink() = next;
    if (next == kListEnd)
        head.blink = prev;
    else
        (*this)[next].blink() = prev;
    --head.total;
    e.flink() = 0;
    e.blink() = 0;
}

} // namespace mm

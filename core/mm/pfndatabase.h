#pragma once

#include "hw/paginggeometry.h"
#include "mm/mmpfn.h"

#include <array>
#include <cstdint>
#include <memory>

namespace mm {

// MMPFNLIST: a list head.
struct PfnListHead {
    uint32_t total = 0;
    PageLocation listName = PageLocation::Zeroed;
    uint32_t flink = kListEnd; // first frame
    uint32_t blink = kListEnd; // last frame
};

// MmPfnDatabase: one MMPFN per frame and the six list heads. The entries live in a byte
// array of whole pages so that the frames holding the database can be backed by it.
// This class only keeps the lists consistent; the NT routines that use it (and record
// events) are in MemoryManager.
class PfnDatabase {
public:
    explicit PfnDatabase(hw::Pfn frameCount);

    hw::Pfn size() const { return m_count; }
    MmPfn& operator[](hw::Pfn pfn) { return m_entries[pfn]; }
    const MmPfn& operator[](hw::Pfn pfn) const { return m_entries[pfn]; }

    uint8_t* storage() { return m_storage.get(); }
    uint32_t storagePages() const { return m_storagePages; }

    const PfnListHead& list(PageLocation l) const { return m_lists[static_cast<size_t>(l)]; }
    uint32_t count(PageLocation l) const { return m_counts[static_cast<size_t>(l)]; }
    // Zeroed + Free + Standby: MmAvailablePages.
    uint32_t availablePages() const
    {
        return count(PageLocation::Zeroed) + count(PageLocation::Free) + count(PageLocation::Standby);
    }

    // Changes a frame's state and keeps the per-state counts; the frame must be on no list.
    void setLocation(hw::Pfn pfn, PageLocation to);
    void insertTail(PageLocation list, hw::Pfn pfn);
    void insertHead(PageLocation list, hw::Pfn pfn);
    // Takes the frame off whatever list it is on; its location is left for the caller to set.
    void unlink(hw::Pfn pfn);
    hw::Pfn head(PageLocation list) const { return this->list(list).flink; }

private:
    hw::Pfn m_count;
    uint32_t m_storagePages;
    std::unique_ptr<uint8_t[]> m_storage;
    MmPfn* m_entries;
    std::array<PfnListHead, kListCount> m_lists;
    std::array<uint32_t, kPageLocationCount> m_counts {};
};

} // namespace mm

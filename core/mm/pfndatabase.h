#pragma once

#include "hw/cowarray.h"
#include "hw/paginggeometry.h"
#include "hw/physicalmemory.h"
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

// MmPfnDatabase: one MMPFN per frame and the six list heads. The entries are kept in
// chunks of 512 (three pages each), shared copy-on-write with checkpoints (state()); the
// frames at MmPfnDatabase read and write these same bytes (FrameBacking).
// This class only keeps the lists consistent; the NT routines that use it (and record
// events) are in MemoryManager.
class PfnDatabase : public hw::FrameBacking {
public:
    static constexpr size_t kEntriesPerChunk = 512; // 512 * 0x18 bytes = 3 pages
    static constexpr size_t kPagesPerChunk = kEntriesPerChunk * sizeof(MmPfn) / hw::kPageSize;
    // Everything the database holds, as a value: copying it shares every chunk.
    struct State {
        hw::CowArray<MmPfn, kEntriesPerChunk> entries;
        std::array<PfnListHead, kListCount> lists;
        std::array<uint32_t, kPageLocationCount> counts {};
    };

    explicit PfnDatabase(hw::Pfn frameCount);

    hw::Pfn size() const { return m_count; }
    // Writing an entry copies its chunk first when a checkpoint shares it; read through a
    // const database where nothing is written.
    MmPfn& operator[](hw::Pfn pfn) { return m_state.entries.mutableAt(pfn); }
    const MmPfn& operator[](hw::Pfn pfn) const { return m_state.entries[pfn]; }

    // The pages the database occupies at MmPfnDatabase (0x18 bytes per frame, rounded up).
    uint32_t storagePages() const { return m_storagePages; }
    const uint8_t* backedFrame(hw::Pfn index) const override;
    uint8_t* writableBackedFrame(hw::Pfn index) override;

    const PfnListHead& list(PageLocation l) const { return m_state.lists[static_cast<size_t>(l)]; }
    uint32_t count(PageLocation l) const { return m_state.counts[static_cast<size_t>(l)]; }
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

    const State& state() const { return m_state; }
    void restore(const State& state) { m_state = state; }

private:
    hw::Pfn m_count;
    uint32_t m_storagePages;
    State m_state;
};

} // namespace mm

#pragma once

#include "hw/cowarray.h"
#include "hw/paginggeometry.h"

#include <array>
#include <cstddef>
#include <cstdint>
#include <memory>
#include <vector>

namespace mm::hw {

// Frames whose bytes live elsewhere (the PFN database's own storage): frame i of the
// backed range, for reading and for writing.
class FrameBacking {
public:
    virtual ~FrameBacking() = default;
    virtual const uint8_t* backedFrame(Pfn index) const = 0;
    virtual uint8_t* writableBackedFrame(Pfn index) = 0;
};

// The machine's RAM: frameCount 4 KB frames holding real bytes. Storage is sparse: a frame
// that was never written (or was zeroed since) owns no buffer and reads as zeros. Frames
// are shared copy-on-write with checkpoints (state()): a frame a checkpoint holds is
// copied when it is next written. A range of frames can be backed by a FrameBacking
// instead, so that the PFN database the memory manager uses is also what the frames that
// hold it contain.
class PhysicalMemory {
public:
    using Frame = std::array<uint8_t, kPageSize>;
    static constexpr size_t kFramesPerChunk = 256; // 4 KB of frame pointers a chunk
    // Everything the RAM holds, as a value: copying it shares every frame.
    struct State {
        CowArray<std::shared_ptr<Frame>, kFramesPerChunk> frames;
        size_t allocated = 0;
    };

    explicit PhysicalMemory(Pfn frameCount);
    ~PhysicalMemory();
    PhysicalMemory(const PhysicalMemory&) = delete;
    PhysicalMemory& operator=(const PhysicalMemory&) = delete;

    Pfn frameCount() const { return m_frameCount; }
    uint64_t sizeInBytes() const { return static_cast<uint64_t>(m_frameCount) * kPageSize; }
    bool contains(PhysicalAddress pa) const { return (pa >> kPageShift) < m_frameCount; }

    // Addresses beyond RAM read as all ones (an open bus) and ignore writes.
    uint8_t read8(PhysicalAddress pa) const;
    uint32_t read32(PhysicalAddress pa) const;
    void write8(PhysicalAddress pa, uint8_t value);
    void write32(PhysicalAddress pa, uint32_t value);

    // Makes the frame all zeros and releases its buffer.
    void zeroFrame(Pfn pfn);
    void copyFrame(Pfn from, Pfn to);
    // Whole-frame transfers, as a disk controller's DMA does them (page-in and page-out).
    void readFrame(Pfn pfn, uint8_t* out) const; // kPageSize bytes
    void writeFrame(Pfn pfn, const uint8_t* bytes);
    bool isZeroFrame(Pfn pfn) const;

    // Frames [first, first + count) are backing's frames 0 .. count - 1.
    void attachBacking(Pfn first, Pfn count, FrameBacking& backing);

    size_t allocatedFrameCount() const { return m_state.allocated; } // frames that own a 4 KB buffer
    // The frame's kPageSize bytes for reading, or nullptr when it holds only zeros and owns
    // no storage (valid until the frame is next written or zeroed).
    const uint8_t* storedFrame(Pfn pfn) const { return pfn < m_frameCount ? frameBytes(pfn) : nullptr; }
    // Calls f(pfn, const uint8_t* page) for every frame with stored content, in frame order.
    template <typename F> void forEachStoredFrame(F&& f) const
    {
        for (Pfn pfn = 0; pfn < m_frameCount; ++pfn) {
            if (const uint8_t* p = frameBytes(pfn))
                f(pfn, p);
        }
    }

    // The contents of every frame outside the backed range, to keep and to restore.
    const State& state() const { return m_state; }
    void restore(const State& state) { m_state = state; }

private:
    const uint8_t* frameBytes(Pfn pfn) const;
    uint8_t* writableFrame(Pfn pfn);
    bool backed(Pfn pfn) const { return pfn - m_backedFirst < m_backedCount; }

    Pfn m_frameCount;
    State m_state;
    Pfn m_backedFirst = 0;
    Pfn m_backedCount = 0;
    FrameBacking* m_backing = nullptr;
};

} // namespace mm::hw

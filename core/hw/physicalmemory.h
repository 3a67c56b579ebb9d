#pragma once

#include "hw/paginggeometry.h"

#include <cstddef>
#include <cstdint>
#include <memory>
#include <vector>

namespace mm::hw {

// The machine's RAM: frameCount 4 KB frames holding real bytes. Storage is sparse: a frame
// that was never written (or was zeroed since) owns no buffer and reads as zeros. A range
// of frames can be backed by a host array instead, so that the PFN database the memory
// manager uses is also what the frames that hold it contain.
class PhysicalMemory {
public:
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

    // Frames [first, first + count) read and write bytes[0 ..]; the array must hold count pages.
    void attachHostStorage(Pfn first, Pfn count, uint8_t* bytes);

    size_t allocatedFrameCount() const { return m_allocated; } // frames that own a 4 KB buffer
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

private:
    const uint8_t* frameBytes(Pfn pfn) const;
    uint8_t* writableFrame(Pfn pfn);

    Pfn m_frameCount;
    std::vector<std::unique_ptr<uint8_t[]>> m_frames;
    size_t m_allocated = 0;
    Pfn m_hostFirst = 0;
    Pfn m_hostCount = 0;
    uint8_t* m_hostBytes = nullptr;
};

} // namespace mm::hw

#include "hw/physicalmemory.h"

#include <cstring>

namespace mm::hw {

PhysicalMemory::PhysicalMemory(Pfn frameCount)
    : m_frameCount(frameCount)
{
    m_state.frames = CowArray<std::shared_ptr<Frame>, kFramesPerChunk>(frameCount);
}

PhysicalMemory::~PhysicalMemory() = default;

const uint8_t* PhysicalMemory::frameBytes(Pfn pfn) const
{
    if (backed(pfn))
        return m_backing->backedFrame(pfn - m_backedFirst);
    const auto& frame = m_state.frames[pfn];
    return frame ? frame->data() : nullptr;
}

uint8_t* PhysicalMemory::writableFrame(Pfn pfn)
{
    if (backed(pfn))
        return m_backing->writableBackedFrame(pfn - m_backedFirst);
    auto& frame = m_state.frames.mutableAt(pfn);
    if (!frame) {
        frame = std::make_shared<Frame>(); // value-initialised: zeros
        ++m_state.allocated;
    } else if (frame.use_count() > 1) {
        frame = std::make_shared<Frame>(*frame); // a checkpoint keeps the old bytes
    }
    return frame->data();
}

uint8_t PhysicalMemory::read8(PhysicalAddress pa) const
{
    if (!contains(pa))
        return 0xFF;
    const uint8_t* p = frameBytes(static_cast<Pfn>(pa >> kPageShift));
    return p ? p[pa & kPageMask] : 0;
}

uint32_t PhysicalMemory::read32(PhysicalAddress pa) const
{
    const uint32_t offset = pa & kPageMask;
    if (offset > kPageSize - 4) { // straddles two frames
        uint32_t v = 0;
        for (int i = 3; i >= 0; --i)
            v = (v << 8) | read8(pa + i);
        return v;
    }
    if (!contains(pa))
        return 0xFFFFFFFF;
    const uint8_t* p = frameBytes(static_cast<Pfn>(pa >> kPageShift));
    if (!p)
        return 0;
    uint32_t v;
    std::memcpy(&v, p + offset, 4); // x86 is little-endian, and so is every host we build on
    return v;
}

void PhysicalMemory::write8(PhysicalAddress pa, uint8_t value)
{
    if (!contains(pa))
        return;
    const Pfn pfn = static_cast<Pfn>(pa >> kPageShift);
    if (value == 0 && !frameBytes(pfn))
        return; // already zero, stay sparse
    writableFrame(pfn)[pa & kPageMask] = value;
}

void PhysicalMemory::write32(PhysicalAddress pa, uint32_t value)
{
    const uint32_t offset = pa & kPageMask;
    if (offset > kPageSize - 4) {
        for (int i = 0; i < 4; ++i)
            write8(pa + i, static_cast<uint8_t>(value >> (8 * i)));
        return;
    }
    if (!contains(pa))
        return;
    const Pfn pfn = static_cast<Pfn>(pa >> kPageShift);
    if (value == 0 && !frameBytes(pfn))
        return;
    std::memcpy(writableFrame(pfn) + offset, &value, 4);
}

void PhysicalMemory::zeroFrame(Pfn pfn)
{
    if (pfn >= m_frameCount)
        return;
    if (backed(pfn)) {
        std::memset(m_backing->writableBackedFrame(pfn - m_backedFirst), 0, kPageSize);
        return;
    }
    if (m_state.frames[pfn]) {
        m_state.frames.mutableAt(pfn).reset();
        --m_state.allocated;
    }
}

void PhysicalMemory::copyFrame(Pfn from, Pfn to)
{
    if (from >= m_frameCount || to >= m_frameCount || from == to)
        return;
    const uint8_t* src = frameBytes(from);
    if (!src) {
        zeroFrame(to);
        return;
    }
    std::memcpy(writableFrame(to), src, kPageSize);
}

void PhysicalMemory::readFrame(Pfn pfn, uint8_t* out) const
{
    const uint8_t* p = pfn < m_frameCount ? frameBytes(pfn) : nullptr;
    if (p)
        std::memcpy(out, p, kPageSize);
    else
        std::memset(out, 0, kPageSize);
}

void PhysicalMemory::writeFrame(Pfn pfn, const uint8_t* bytes)
{
    if (pfn >= m_frameCount)
        return;
    bool zero = true;
    for (uint32_t i = 0; i < kPageSize && zero; ++i)
        zero = bytes[i] == 0;
    if (zero) {
        zeroFrame(pfn);
        return;
    }
    std::memcpy(writableFrame(pfn), bytes, kPageSize);
}

bool PhysicalMemory::isZeroFrame(Pfn pfn) const
{
    const uint8_t* p = frameBytes(pfn);
    if (!p)
        return true;
    for (uint32_t i = 0; i < kPageSize; ++i) {
        if (p[i])
            return false;
    }
    return true;
}

void PhysicalMemory::attachBacking(Pfn first, Pfn count, FrameBacking& backing)
{
    for (Pfn pfn = first; pfn < first + count && pfn < m_frameCount; ++pfn)
        zeroFrame(pfn);
    m_backedFirst = first;
    m_backedCount = count;
    m_backing = &backing;
}

} // namespace mm::hw

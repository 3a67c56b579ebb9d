#include "mm/pagingfile.h"

#include <cstring>

namespace mm {

PagingFile::PagingFile(uint8_t number, uint32_t sizeInPages)
    : m_number(number)
    , m_size(sizeInPages)
    , m_bitmap((sizeInPages + 63) / 64)
    , m_contents(sizeInPages)
{
    if (m_size)
        set(0, true); // reserved: offset 0 means "no page-file location"
}

void PagingFile::set(uint32_t offset, bool value)
{
    const uint64_t bit = 1ull << (offset % 64);
    if (value)
        m_bitmap.mutableAt(offset / 64) |= bit;
    else
        m_bitmap.mutableAt(offset / 64) &= ~bit;
}

std::optional<uint32_t> PagingFile::allocate()
{
    if (free() == 0)
        return std::nullopt;
    for (uint32_t i = 0; i < m_size; ++i) {
        const uint32_t offset = 1 + (m_hint - 1 + i) % (m_size - 1);
        if (!inUse(offset)) {
            set(offset, true);
            ++m_used;
            m_hint = offset + 1 < m_size ? offset + 1 : 1;
            return offset;
        }
    }
    return std::nullopt;
}

void PagingFile::release(uint32_t offset)
{
    if (offset == 0 || !inUse(offset))
        return;
    set(offset, false);
    --m_used;
    if (m_contents[offset])
        m_contents.mutableAt(offset).reset();
}

void PagingFile::write(uint32_t offset, const uint8_t* page)
{
    bool zero = true;
    for (uint32_t i = 0; page && i < hw::kPageSize && zero; ++i)
        zero = page[i] == 0;
    if (offset >= m_size)
        return;
    if (zero) {
        if (m_contents[offset])
            m_contents.mutableAt(offset).reset();
        return;
    }
    // A new page each time: a checkpoint may still hold the old one.
    auto fresh = std::make_shared<hw::PhysicalMemory::Frame>();
    std::memcpy(fresh->data(), page, hw::kPageSize);
    m_contents.mutableAt(offset) = std::move(fresh);
}

void PagingFile::read(uint32_t offset, uint8_t* page) const
{
    const auto* stored = offset < m_size ? m_contents[offset].get() : nullptr;
    if (!stored)
        std::memset(page, 0, hw::kPageSize);
    else
        std::memcpy(page, stored->data(), hw::kPageSize);
}

} // namespace mm

#pragma once

#include "hw/cowarray.h"
#include "hw/paginggeometry.h"
#include "hw/physicalmemory.h"

#include <cstdint>
#include <memory>
#include <optional>
#include <vector>

namespace mm {

// A paging file (MmPagingFile[n]): a size in pages, a bitmap of the pages in use, and the
// contents written to it. Page 0 is never handed out: a page-file PTE with offset 0 would
// read as demand zero. Contents are kept sparsely; a page of zeros stores nothing. A copy
// (a checkpoint) shares the bitmap's and the contents' chunks until either side writes.
class PagingFile {
public:
    PagingFile(uint8_t number, uint32_t sizeInPages);

    uint8_t number() const { return m_number; }
    uint32_t size() const { return m_size; } // in pages
    uint32_t used() const { return m_used; } // in pages (not counting page 0)
    uint32_t free() const { return m_size - 1 - m_used; }
    bool inUse(uint32_t offset) const { return offset < m_size && (m_bitmap[offset / 64] >> (offset % 64)) & 1; }

    // The lowest free page at or after the last one handed out (wrapping), or nullopt when full.
    std::optional<uint32_t> allocate();
    void release(uint32_t offset);

    void write(uint32_t offset, const uint8_t* page); // page may be nullptr for zeros
    void read(uint32_t offset, uint8_t* page) const; // kPageSize bytes

private:
    void set(uint32_t offset, bool value);

    uint8_t m_number;
    uint32_t m_size;
    uint32_t m_used = 0;
    uint32_t m_hint = 1;
    hw::CowArray<uint64_t, 512> m_bitmap; // a bit per page: 32768 pages a chunk
    hw::CowArray<std::shared_ptr<const hw::PhysicalMemory::Frame>, 1024> m_contents; // null: zeros
};

} // namespace mm

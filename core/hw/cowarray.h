#pragma once

#include <array>
#include <cstddef>
#include <memory>
#include <vector>

namespace mm::hw {

// A fixed-size array kept in chunks that copies share: copying the array copies one
// pointer per chunk, and the first write to a chunk that another copy also holds copies
// that chunk first (copy-on-write). Checkpoints of the machine are copies of these, so a
// checkpoint costs only the chunks written since. Reading never copies. A chunk never
// written is not allocated and reads as value-initialised elements (a sparse array).
template <typename T, size_t ChunkSize> class CowArray {
public:
    using Chunk = std::array<T, ChunkSize>;

    CowArray() = default;
    explicit CowArray(size_t size)
        : m_size(size)
        , m_chunks((size + ChunkSize - 1) / ChunkSize)
    {
    }

    size_t size() const { return m_size; }
    size_t chunkCount() const { return m_chunks.size(); }

    const T& operator[](size_t i) const
    {
        const auto& chunk = m_chunks[i / ChunkSize];
        return chunk ? (*chunk)[i % ChunkSize] : emptyChunk()[i % ChunkSize];
    }
    // The element for writing: its chunk becomes this array's own first.
    T& mutableAt(size_t i) { return mutableChunk(i / ChunkSize)[i % ChunkSize]; }

    // The chunk's elements, contiguous: ChunkSize of them (the last chunk may run past size()).
    const T* chunkData(size_t chunk) const { return m_chunks[chunk] ? m_chunks[chunk]->data() : emptyChunk().data(); }
    T* mutableChunkData(size_t chunk) { return mutableChunk(chunk).data(); }

    // Whether chunk c is the same storage in both arrays (for measuring what copies share).
    const void* chunkIdentity(size_t chunk) const { return m_chunks[chunk].get(); }

private:
    Chunk& mutableChunk(size_t chunk)
    {
        auto& c = m_chunks[chunk];
        if (!c)
            c = std::make_shared<Chunk>();
        else if (c.use_count() > 1)
            c = std::make_shared<Chunk>(*c);
        return *c;
    }
    static const Chunk& emptyChunk()
    {
        static const Chunk empty {};
        return empty;
    }

    size_t m_size = 0;
    std::vector<std::shared_ptr<Chunk>> m_chunks;
};

// One value that copies share until one of them changes it (copy-on-write): for the
// larger containers a checkpoint would otherwise copy whole (the pool allocator's maps).
template <typename T> class CowValue {
public:
    CowValue()
        : m_value(std::make_shared<T>())
    {
    }
    const T& operator*() const { return *m_value; }
    const T* operator->() const { return m_value.get(); }
    // The value for changing: this copy's own first.
    T& mutate()
    {
        if (m_value.use_count() > 1)
            m_value = std::make_shared<T>(*m_value);
        return *m_value;
    }

private:
    std::shared_ptr<T> m_value;
};

} // namespace mm::hw

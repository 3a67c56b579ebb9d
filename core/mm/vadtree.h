#pragma once

#include "mm/vad.h"

#include <cstdint>
#include <functional>
#include <memory>
#include <optional>
#include <vector>

namespace mm {

// An AVL tree of non-overlapping VADs ordered by address (MiInsertVad, MiRemoveVad,
// MiLocateAddress, MiFindEmptyAddressRange).
class VadTree {
public:
    VadTree() = default;
    ~VadTree();
    // A copy is a deep copy with the same shape (a checkpoint of the process).
    VadTree(const VadTree& other);
    VadTree& operator=(const VadTree& other);
    VadTree(VadTree&& other) noexcept;
    VadTree& operator=(VadTree&& other) noexcept;

    Vad* root() const { return m_root; }
    size_t size() const { return m_count; }
    bool empty() const { return m_count == 0; }

    // The VAD containing vpn (MiLocateAddress), or nullptr.
    Vad* find(uint32_t vpn) const;
    // The first VAD (by address) that overlaps [first, last], or nullptr.
    Vad* findOverlap(uint32_t firstVpn, uint32_t lastVpn) const;
    // MiFindEmptyAddressRange: the lowest start >= lowVpn on an allocation boundary (64 KB)
    // where `pages` pages fit below highVpn (inclusive).
    std::optional<uint32_t> findFree(uint32_t pages, uint32_t lowVpn, uint32_t highVpn) const;

    // Takes ownership; the range must not overlap an existing VAD.
    Vad* insert(std::unique_ptr<Vad> vad);
    // Unlinks and returns the node.
    std::unique_ptr<Vad> remove(Vad* vad);

    // The nodes whose links (Parent, LeftChild, RightChild) changed since the last call, in
    // address order: a new node, and those that insertions, removals and rebalancing
    // relinked. The memory manager writes these to their MMVADs in pool.
    std::vector<const Vad*> takeRelinked();
    const Vad* parentOf(const Vad& vad) const; // nullptr for the root

    // In address order, with each node's level (root = 0) and parent.
    using VadVisitor = std::function<void(const Vad&, int level, const Vad* parent)>;
    void forEach(const VadVisitor& f) const;
    int maximumDepth() const;

private:
    static int height(const Vad* n) { return n ? n->height : 0; }
    static void update(Vad* n);
    void link(Vad* parent, Vad*& slot, Vad* child); // slot = child, noting both as relinked
    void setRoot(Vad* root);
    Vad* rotateLeft(Vad* n);
    Vad* rotateRight(Vad* n);
    Vad* rebalance(Vad* n);
    Vad* insertAt(Vad* node, Vad* vad);
    Vad* removeAt(Vad* node, uint32_t startingVpn, Vad** removed);
    Vad* removeMin(Vad* node, Vad** min);
    static void destroy(Vad* node);
    static void walk(const Vad* n, int level, const Vad* parent, const VadVisitor& f);
    static Vad* clone(const Vad* node);

    Vad* m_root = nullptr;
    size_t m_count = 0;
    std::vector<Vad*> m_relinked; // until takeRelinked(); not part of a copy
};

} // namespace mm

#include "mm/vadtree.h"

#include <algorithm>
#include <utility>

namespace mm {

VadTree::~VadTree()
{
    destroy(m_root);
}

VadTree::VadTree(const VadTree& other)
    : m_root(clone(other.m_root))
    , m_count(other.m_count)
{
}

VadTree& VadTree::operator=(const VadTree& other)
{
    if (this != &other) {
        Vad* copy = clone(other.m_root);
        destroy(m_root);
        m_root = copy;
        m_count = other.m_count;
        m_relinked.clear();
    }
    return *this;
}

VadTree::VadTree(VadTree&& other) noexcept
    : m_root(std::exchange(other.m_root, nullptr))
    , m_count(std::exchange(other.m_count, 0))
    , m_relinked(std::exchange(other.m_relinked, {}))
{
}

VadTree& VadTree::operator=(VadTree&& other) noexcept
{
    if (this != &other) {
        destroy(m_root);
        m_root = std::exchange(other.m_root, nullptr);
        m_count = std::exchange(other.m_count, 0);
        m_relinked = std::exchange(other.m_relinked, {});
    }
    return *this;
}

Vad* VadTree::clone(const Vad* node)
{
    if (!node)
        return nullptr;
    auto* copy = new Vad(*node);
    copy->left = clone(node->left);
    copy->right = clone(node->right);
    return copy;
}

void VadTree::destroy(Vad* node)
{
    if (!node)
        return;
    destroy(node->left);
    destroy(node->right);
    delete node;
}

void VadTree::setRoot(Vad* root)
{
    if (root != m_root && root)
        m_relinked.push_back(root); // its Parent is now none
    m_root = root;
}

std::vector<const Vad*> VadTree::takeRelinked()
{
    std::vector<const Vad*> nodes(m_relinked.begin(), m_relinked.end());
    m_relinked.clear();
    std::sort(nodes.begin(), nodes.end(), [](const Vad* a, const Vad* b) { return a->startingVpn < b->startingVpn; });
    nodes.erase(std::unique(nodes.begin(), nodes.end()), nodes.end());
    return nodes;
}

const Vad* VadTree::parentOf(const Vad& vad) const
{
    const Vad* parent = nullptr;
    for (const Vad* n = m_root; n && n != &vad; n = vad.startingVpn < n->startingVpn ? n->left : n->right)
        parent = n;
    return parent;
}

Vad* VadTree::find(uint32_t vpn) const
{
    Vad* n = m_root;
    while (n) {
        if (vpn < n->startingVpn)
            n = n->left;
        else if (vpn > n->endingVpn)
            n = n->right;
        else
            return n;
    }
    return nullptr;
}

Vad* VadTree::findOverlap(uint32_t firstVpn, uint32_t lastVpn) const
{
    Vad* best = nullptr;
    Vad* n = m_root;
    while (n) {
        if (n->endingVpn < firstVpn) {
            n = n->right;
        } else {
            if (n->startingVpn <= lastVpn)
                best = n; // overlaps; look left for an earlier one
            n = n->left;
        }
    }
    return best;
}

std::optional<uint32_t> VadTree::findFree(uint32_t pages, uint32_t lowVpn, uint32_t highVpn) const
{
    // MiFindEmptyAddressRange: from the lowest VAD up, the first gap that fits. A subtree
    // that cannot hold the range (not before its first VAD, and no gap between two of its
    // VADs is that large) is passed over whole: the search ends above its last VAD.
    auto alignUp = [](uint64_t v) { return (v + kAllocationGranularity - 1) & ~uint64_t(kAllocationGranularity - 1); };
    uint64_t candidate = alignUp(lowVpn);
    const std::function<bool(const Vad*)> search = [&](const Vad* n) {
        if (!n)
            return false;
        if (candidate + pages > n->subtreeFirstVpn && n->subtreeLargestGap < pages) {
            candidate = std::max(candidate, alignUp(n->subtreeLastVpn + 1ull));
            return false;
        }
        if (search(n->left))
            return true;
        if (candidate + pages <= n->startingVpn)
            return true;
        if (n->endingVpn + 1ull > candidate)
            candidate = alignUp(n->endingVpn + 1ull);
        return search(n->right);
    };
    search(m_root);
    if (candidate + pages - 1 > highVpn)
        return std::nullopt;
    return static_cast<uint32_t>(candidate);
}

void VadTree::update(Vad* n)
{
    n->height = 1 + std::max(height(n->left), height(n->right));
    n->subtreeFirstVpn = n->left ? n->left->subtreeFirstVpn : n->startingVpn;
    n->subtreeLastVpn = n->right ? n->right->subtreeLastVpn : n->endingVpn;
    // The pages free from the first allocation boundary after one VAD to the next VAD.
    auto fits = [](uint32_t lastVpn, uint32_t nextVpn) {
        const uint64_t from = (lastVpn + uint64_t(kAllocationGranularity)) & ~uint64_t(kAllocationGranularity - 1);
        return nextVpn > from ? static_cast<uint32_t>(nextVpn - from) : 0u;
    };
    uint32_t gap = 0;
    if (const Vad* l = n->left)
        gap = std::max({gap, l->subtreeLargestGap, fits(l->subtreeLastVpn, n->startingVpn)});
    if (const Vad* r = n->right)
        gap = std::max({gap, r->subtreeLargestGap, fits(n->endingVpn, r->subtreeFirstVpn)});
    n->subtreeLargestGap = gap;
}

void VadTree::link(Vad* parent, Vad*& slot, Vad* child)
{
    if (slot == child)
        return;
    slot = child;
    m_relinked.push_back(parent);
    if (child)
        m_relinked.push_back(child);
}

Vad* VadTree::rotateLeft(Vad* n)
{
    Vad* r = n->right;
    link(n, n->right, r->left);
    link(r, r->left, n);
    update(n);
    update(r);
    return r;
}

Vad* VadTree::rotateRight(Vad* n)
{
    Vad* l = n->left;
    link(n, n->left, l->right);
    link(l, l->right, n);
    update(n);
    update(l);
    return l;
}

Vad* VadTree::rebalance(Vad* n)
{
    update(n);
    const int balance = height(n->left) - height(n->right);
    if (balance > 1) {
        if (height(n->left->left) < height(n->left->right))
            link(n, n->left, rotateLeft(n->left));
        return rotateRight(n);
    }
    if (balance < -1) {
        if (height(n->right->right) < height(n->right->left))
            link(n, n->right, rotateRight(n->right));
        return rotateLeft(n);
    }
    return n;
}

Vad* VadTree::insertAt(Vad* node, Vad* vad)
{
    if (!node)
        return vad;
    if (vad->startingVpn < node->startingVpn)
        link(node, node->left, insertAt(node->left, vad));
    else
        link(node, node->right, insertAt(node->right, vad));
    return rebalance(node);
}

Vad* VadTree::insert(std::unique_ptr<Vad> vad)
{
    Vad* raw = vad.release();
    raw->left = raw->right = nullptr;
    update(raw);
    m_relinked.push_back(raw);
    setRoot(insertAt(m_root, raw));
    ++m_count;
    return raw;
}

Vad* VadTree::removeMin(Vad* node, Vad** min)
{
    if (!node->left) {
        *min = node;
        return node->right;
    }
    link(node, node->left, removeMin(node->left, min));
    return rebalance(node);
}

Vad* VadTree::removeAt(Vad* node, uint32_t startingVpn, Vad** removed)
{
    if (!node)
        return nullptr;
    if (startingVpn < node->startingVpn) {
        link(node, node->left, removeAt(node->left, startingVpn, removed));
    } else if (startingVpn > node->startingVpn) {
        link(node, node->right, removeAt(node->right, startingVpn, removed));
    } else {
        *removed = node;
        if (!node->left || !node->right)
            return node->left ? node->left : node->right;
        Vad* successor = nullptr;
        Vad* right = removeMin(node->right, &successor);
        link(successor, successor->right, right);
        link(successor, successor->left, node->left);
        return rebalance(successor);
    }
    return rebalance(node);
}

std::unique_ptr<Vad> VadTree::remove(Vad* vad)
{
    Vad* removed = nullptr;
    setRoot(removeAt(m_root, vad->startingVpn, &removed));
    if (!removed)
        return nullptr;
    --m_count;
    std::erase(m_relinked, removed);
    removed->left = removed->right = nullptr;
    removed->height = 1;
    return std::unique_ptr<Vad>(removed);
}

void VadTree::walk(const Vad* n, int level, const Vad* parent, const VadVisitor& f)
{
    if (!n)
        return;
    walk(n->left, level + 1, n, f);
    f(*n, level, parent);
    walk(n->right, level + 1, n, f);
}

void VadTree::forEach(const VadVisitor& f) const
{
    walk(m_root, 0, nullptr, f);
}

int VadTree::maximumDepth() const
{
    return m_root ? m_root->height - 1 : 0;
}

} // namespace mm

#pragma once

#include "mm/mmpfn.h"

#include <QString>

#include <optional>

namespace mm::sim {
class Simulator;
}

namespace mmvis {

// Who a physical frame belongs to, worked out from the PFN database the way a debugger
// would: the PTE that maps it, the page table holding that PTE, and the page directory
// (whose PFN entry names its process).
struct FrameOwner {
    quint16 cid = 0;
    quint32 va = 0; // the virtual address the PTE maps
    quint32 pteAddress = 0;
};

class FrameInfo {
public:
    static std::optional<FrameOwner> owner(const mm::sim::Simulator& sim, quint32 pfn);
    // !pfn's text plus a line about the owner.
    static QString describe(const mm::sim::Simulator& sim, quint32 pfn);
    // The list (or state) the frame is in now; none for no frame or one beyond RAM.
    static std::optional<mm::PageLocation> list(const mm::sim::Simulator& sim, std::optional<quint32> pfn);
};

} // namespace mmvis

#pragma once

#include "hw/paginggeometry.h"

#include <cstdint>

namespace mm {

// Where user allocations may go, and how MMVADs are laid out in nonpaged pool.
inline constexpr uint32_t kAllocationGranularity = 16; // pages (64 KB)
inline constexpr uint32_t kLowestUserVpn = 0x10; // the first 64 KB is never mapped
inline constexpr uint32_t kHighestUserVpn = 0x7FFEF; // MmHighestUserAddress 0x7FFEFFFF
inline constexpr uint32_t kVadPoolTag = 0x20646156; // 'Vad '
inline constexpr uint32_t kPrivateVadSize = 0x18; // start, end, parent, left, right, flags
inline constexpr uint32_t kMappedVadSize = 0x28; // then ControlArea, FirstPrototypePte, LastContiguousPte

// A virtual address descriptor: one allocated range of a process's user space. NT keeps
// them in a balanced binary tree rooted in EPROCESS.VadRoot; the memory manager consults
// it whenever a PTE does not say what an address means.
struct Vad {
    uint32_t startingVpn = 0;
    uint32_t endingVpn = 0; // inclusive
    uint8_t protection = 0; // 5-bit mask the range was allocated with
    bool privateMemory = true; // false: a mapped view of a section
    bool memCommit = false; // allocated with MEM_COMMIT: every page committed, PTEs may still be zero
    uint32_t commitCharge = 0; // pages charged to the process
    hw::VirtualAddress address = 0; // where the MMVAD lives in nonpaged pool

    // A mapped view (privateMemory false): the section's control area and the prototype
    // PTE of the view's first page (MMVAD.ControlArea, FirstPrototypePte).
    hw::VirtualAddress controlArea = 0; // the CONTROL_AREA's address in nonpaged pool (0: none)
    hw::VirtualAddress firstPrototypePte = 0;
    bool image = false; // an image view: each page's protection comes from its subsection

    // AVL links (the tree owns the nodes), and what the tree keeps of the subtree rooted
    // here to find free ranges quickly: its first and last VPN, and the most free pages
    // from an allocation boundary after one of its VADs to the next.
    Vad* left = nullptr;
    Vad* right = nullptr;
    int height = 1;
    uint32_t subtreeFirstVpn = 0;
    uint32_t subtreeLastVpn = 0;
    uint32_t subtreeLargestGap = 0;

    // MMVAD.u.LongFlags: CommitCharge (19 bits), Protection (bits 24-28), MemCommit, PrivateMemory.
    uint32_t flags() const
    {
        return (commitCharge & 0x7FFFF) | (static_cast<uint32_t>(protection) << 24) | (memCommit ? 1u << 30 : 0)
            | (privateMemory ? 1u << 31 : 0);
    }
    bool contains(uint32_t vpn) const { return vpn >= startingVpn && vpn <= endingVpn; }
    uint32_t pages() const { return endingVpn - startingVpn + 1; }
};

} // namespace mm

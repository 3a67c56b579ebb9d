#pragma once

#include "hw/paginggeometry.h"
#include "mm/mmpfn.h"
#include "mm/vadtree.h"

#include <cstdint>
#include <vector>

namespace mm {

// The three pages MmCreateProcessAddressSpace allocates, and where each came from.
struct ProcessPages {
    hw::Pfn pageDirectory = 0; // DirectoryTableBase[0] >> 12
    hw::Pfn hyperspacePageTable = 0; // DirectoryTableBase[1] >> 12
    hw::Pfn workingSetPage = 0;
    PageLocation source[3] = {}; // list each was taken from
};

// What MmCreateProcessAddressSpace did: the three pages, and how the parent wrote the new
// page directory (mapped through its own hyperspace, the system PDEs copied into it).
struct AddressSpaceCreation {
    ProcessPages pages;
    uint32_t systemPdesCopied = 0; // not counting the self-map and hyperspace entries
    hw::VirtualAddress directoryMappedAt = 0; // the hyperspace address it was written through
};

// What the memory manager keeps for one process: its pages, its VAD tree, its working set
// (MMSUPPORT) and its commit charge. The working set list itself is in the process's
// hyperspace at MmWorkingSetList, in simulated memory.
struct AddressSpace {
    uint16_t cid = 0; // tags events
    ProcessPages pages;
    VadTree vads;

    uint32_t workingSetSize = 0; // in pages
    uint32_t peakWorkingSetSize = 0;
    uint32_t minimumWorkingSet = 50;
    uint32_t maximumWorkingSet = 345;
    uint32_t pageFaultCount = 0;
    uint32_t workingSetListPages = 1; // pages mapped from MmWorkingSetList on

    uint32_t commitCharge = 0; // in pages
    uint32_t privatePages = 0; // NumberOfPrivatePages

    uint32_t directoryTableBase() const { return pages.pageDirectory << hw::kPageShift; }
};

// How the memory manager reaches the processes (kept by the process manager): the address
// space CR3 holds, all address spaces, and KeAttachProcess/KeDetachProcess to work on one.
class ProcessContext {
public:
    virtual ~ProcessContext() = default;
    virtual AddressSpace& currentAddressSpace() = 0;
    virtual std::vector<AddressSpace*> addressSpaces() = 0; // in MmProcessList order
    virtual void attach(AddressSpace& target) = 0; // nests, like KeStackAttachProcess
    virtual void detach() = 0;
};

} // namespace mm

#pragma once

#include "hw/mmu.h"
#include "hw/paginggeometry.h"
#include "mm/pfndatabase.h"
#include "mm/systemlayout.h"
#include "sim/eventlog.h"

#include <cstdint>
#include <map>
#include <stdexcept>
#include <vector>

namespace mm {

// KeBugCheckEx: the memory manager found its own data inconsistent. Never expected; a
// command that raises it fails with the stop code.
struct BugCheck : std::runtime_error {
    BugCheck(uint32_t stopCode, uint32_t p1, uint32_t p2, uint32_t p3, uint32_t p4, const std::string& what);
    uint32_t code;
    uint32_t parameters[4];
};

// The three pages MmCreateProcessAddressSpace allocates, and where each came from.
struct ProcessPages {
    hw::Pfn pageDirectory = 0; // DirectoryTableBase[0] >> 12
    hw::Pfn hyperspacePageTable = 0; // DirectoryTableBase[1] >> 12
    hw::Pfn workingSetPage = 0;
    PageLocation source[3] = {}; // list each was taken from
};

// The NT memory manager's routines over the PFN database and the page tables of the
// current address space (whatever CR3 holds). Page tables are read and written only
// through the self-map window and hyperspace; frames that need zeroing are reached
// through hyperspace or KSEG0. Every state change is appended to the event log.
class MemoryManager {
public:
    MemoryManager(hw::Mmu& mmu, PfnDatabase& pfns, sim::EventLog& log, const SystemLayout& layout);

    const SystemLayout& layout() const { return m_layout; }
    const hw::PagingGeometry& geometry() const { return hw::kX86Geometry; }
    PfnDatabase& pfnDatabase() { return m_pfns; }
    const PfnDatabase& pfnDatabase() const { return m_pfns; }

    // The process the current work is done for; it tags the events.
    void setEventProcess(uint16_t cid) { m_eventCid = cid; }
    uint16_t eventProcess() const { return m_eventCid; }

    // Boot, after the loader has built the System page directory and paging is on
    // (MiInitMachineDependent). Returns the System process's pages.
    ProcessPages initializeSystemSpace(hw::Pfn systemPageDirectory);
    // What the loader does with paging still off: the System page directory with the
    // KSEG0 large pages and the self-map entry, written straight into physical memory.
    static void buildLoaderPageDirectory(
        hw::PhysicalMemory& memory, const SystemLayout& layout, hw::Pfn pd, sim::EventLog& log);

    // --- Page lists (pfnlist.c) ---
    hw::Pfn removeZeroPage(PageLocation* from = nullptr); // MiRemoveZeroPage
    hw::Pfn removeAnyPage(PageLocation* from = nullptr); // MiRemoveAnyPage
    void insertPageInFreeList(hw::Pfn pfn); // MiInsertPageInFreeList
    void insertPageInList(PageLocation list, hw::Pfn pfn); // MiInsertPageInList
    // MiInitializePfn: the frame becomes Active, mapped by the PTE at pteAddress.
    void initializePfn(hw::Pfn pfn, hw::VirtualAddress pteAddress, bool modified);
    void decrementShareCount(hw::Pfn pfn); // MiDecrementShareCount
    void decrementReferenceCount(hw::Pfn pfn); // MiDecrementReferenceCount
    bool zeroingEventSignaled() const { return m_zeroingEvent; }

    // --- Hyperspace (hypermap.c) ---
    hw::VirtualAddress mapPageInHyperSpace(hw::Pfn pfn); // MiMapPageInHyperSpace
    void unmapPageInHyperSpace(hw::VirtualAddress va); // MiUnmapPageInHyperSpace
    hw::VirtualAddress mapPageToZeroInHyperSpace(hw::Pfn pfn); // MiMapPageToZeroInHyperSpace
    void zeroPhysicalPage(hw::Pfn pfn); // MiZeroPhysicalPage

    // MmZeroPageThread: zeroes Free pages into the Zeroed list until Free is empty or
    // maxPages were done. Runs in the System process's context. Returns pages zeroed.
    uint32_t runZeroPageThread(uint32_t maxPages);

    // --- Process address spaces (procsup.c) ---
    // MmCreateProcessAddressSpace, in the parent's context: takes the three pages,
    // initialises the child's hyperspace and page directory through the parent's hyperspace.
    ProcessPages createProcessAddressSpace();
    // MmInitializeProcessAddressSpace, attached to the child: PFN entries of the three
    // pages and the working set list. eprocess is the owner recorded in the PD's PFN.
    void initializeProcessAddressSpace(const ProcessPages& pages, hw::VirtualAddress eprocess);
    // MmDeleteProcessAddressSpace: the three pages go back to the Free list.
    void deleteProcessAddressSpace(const ProcessPages& pages);
    // True when n pages can be taken by MiRemoveZeroPage/MiRemoveAnyPage.
    bool canAllocatePages(uint32_t n) const
    {
        return m_pfns.count(PageLocation::Zeroed) + m_pfns.count(PageLocation::Free) >= n;
    }

    // --- Page tables, through the self-map of the current address space ---
    uint32_t readPte(hw::VirtualAddress pteAddress);
    // Writes a PTE (or PDE) through the self-map; flushes the TLB entry for the page it
    // maps when the old entry was valid and flush is true.
    void writePte(sim::Routine routine, hw::VirtualAddress pteAddress, uint32_t value, bool flush = true);
    uint32_t readKernel32(hw::VirtualAddress va);
    void writeKernel32(hw::VirtualAddress va, uint32_t value);

    // --- Nonpaged pool (a simple first-fit allocator in the initial pool) ---
    hw::VirtualAddress allocateNonPagedPool(uint32_t bytes, uint32_t tag); // 0 when exhausted
    void freeNonPagedPool(hw::VirtualAddress va);

    sim::EventLog& log() { return m_log; }
    hw::Mmu& mmu() { return m_mmu; }

    // Working set list layout in hyperspace (MMWSL at MmWorkingSetList).
    static constexpr hw::VirtualAddress kWorkingSetList = 0xC0502000; // MmWorkingSetList
    static constexpr hw::VirtualAddress kWsle = 0xC0502690; // MmWsle
    static constexpr hw::VirtualAddress kHyperspaceCounterPte = 0xC0301000; // MmFirstReservedMappingPte
    static constexpr hw::VirtualAddress kZeroingPte = 0xC0301404; // maps 0xC0501000
    static constexpr hw::VirtualAddress kZeroingVa = 0xC0501000;
    static constexpr uint32_t kHyperspacePtes = 255; // MI_HYPERSPACE_PTES
    static constexpr uint32_t kMinimumFreePagesToZero = 8; // MmMinimumFreePagesToZero
    static constexpr uint32_t kWsleLocked = 0x403; // valid | internal use | not hashed

private:
    void recordMove(sim::Routine routine, hw::Pfn pfn, uint8_t from, uint8_t to);
    void recordCall(sim::Routine routine, hw::VirtualAddress va = sim::Event::kNone, hw::Pfn pfn = hw::kNoPfn);
    void recordPteWrite(sim::Routine routine, hw::VirtualAddress where, uint32_t oldValue, uint32_t newValue,
        hw::VirtualAddress mapsVa);
    hw::Pfn takeFrom(PageLocation list, sim::Routine routine);
    void initializeWorkingSetList(hw::Pfn hyperspacePt, hw::Pfn wsPage);
    hw::Pfn bootPageTable(hw::VirtualAddress va);

    hw::Mmu& m_mmu;
    PfnDatabase& m_pfns;
    sim::EventLog& m_log;
    SystemLayout m_layout;
    uint16_t m_eventCid = 0;
    bool m_zeroingEvent = false;

    hw::VirtualAddress m_poolNext = 0; // bump pointer in the initial nonpaged pool
    std::map<hw::VirtualAddress, uint32_t> m_poolBlocks; // allocated block -> size (with header)
    std::map<uint32_t, std::vector<hw::VirtualAddress>> m_poolFree; // size -> freed blocks (LIFO)
};

} // namespace mm

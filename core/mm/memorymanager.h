#pragma once

#include "hw/mmu.h"
#include "hw/paginggeometry.h"
#include "hw/pte.h"
#include "mm/addressspace.h"
#include "mm/filestore.h"
#include "mm/ntstatus.h"
#include "mm/pagingfile.h"
#include "mm/pfndatabase.h"
#include "mm/section.h"
#include "mm/systemlayout.h"
#include "sim/eventlog.h"

#include <cstdint>
#include <deque>
#include <map>
#include <memory>
#include <optional>
#include <stdexcept>
#include <string>
#include <vector>

namespace mm {

// KeBugCheckEx: the memory manager found its own data inconsistent, or kernel code touched
// memory that is not there. A command that raises it fails with the stop code.
struct BugCheck : std::runtime_error {
    BugCheck(uint32_t stopCode, uint32_t p1, uint32_t p2, uint32_t p3, uint32_t p4, const std::string& what);
    uint32_t code;
    uint32_t parameters[4];
};

// One step of resolving a page fault, for the console's one line per fault.
struct FaultRecord {
    hw::VirtualAddress va = 0;
    bool write = false;
    bool user = false;
    bool pageTable = false; // the fault was on the page table (PDE) of va
    sim::Routine resolver = sim::Routine::Count;
    uint32_t status = 0; // STATUS_PAGE_FAULT_* when resolved, else the error
    hw::Pfn pfn = hw::kNoPfn; // the frame the PTE now maps
    PageLocation from = PageLocation::Zeroed; // list the frame came from
    const char* reason = ""; // why an access was refused
    bool prototype = false; // resolved through a prototype PTE (a page of a section)
    hw::Pfn shared = hw::kNoPfn; // copy-on-write: the shared page that was copied
    uint32_t filePage = 0xFFFFFFFF; // read from this page of the mapped file
};

// Memory-manager tunables (NT's values for the system size; see SystemLayout).
struct MmThresholds {
    uint32_t minimumFreePages = 26; // MmMinimumFreePages: below this, working sets are trimmed
    uint32_t plentyFreePages = 400; // MmPlentyFreePages: trimming stops, working sets may pass their maximum
    uint32_t modifiedPageMaximum = 800; // MmModifiedPageMaximum: the modified page writer wakes
    uint32_t modifiedPageMinimum = 400; // MmModifiedPageMinimum: and stops below this
    uint32_t minimumWorkingSet = 50;
    uint32_t maximumWorkingSet = 345;
};

// Everything the memory manager keeps besides RAM and the PFN database: the paging files,
// commit, pool allocators, the simulated disk, sections and control areas. Kept apart so
// that it is one value a checkpoint copies and restores; nothing in it points at another
// object (a VAD or section names its control area by the CONTROL_AREA's address, a
// control area its file by name).
struct MemoryManagerState {
    uint16_t m_eventCid = 0;
    bool m_zeroingEvent = false;
    bool m_relievingPressure = false;

    std::vector<PagingFile> m_pagingFiles;
    uint32_t m_totalCommitted = 0;

    hw::VirtualAddress m_poolNext = 0; // bump pointer in the initial nonpaged pool
    // Allocated block -> size (with header), and size -> freed blocks (LIFO); shared with
    // checkpoints until the next allocation or free.
    hw::CowValue<std::map<hw::VirtualAddress, uint32_t>> m_poolBlocks;
    hw::CowValue<std::map<uint32_t, std::vector<hw::VirtualAddress>>> m_poolFree;

    hw::VirtualAddress m_pagedPoolNext = SystemLayout::kPagedPoolStart; // bump pointer
    hw::VirtualAddress m_pagedPoolMapped = SystemLayout::kPagedPoolStart; // end of the backed pages
    FileStore m_files;
    std::map<std::string, Section> m_sections; // by name
    std::deque<ControlArea> m_controlAreas; // in creation order
};

// The NT memory manager's routines over the PFN database and the page tables of the
// current address space (whatever CR3 holds). Page tables are read and written only
// through the self-map window and hyperspace; frames that need zeroing are reached
// through hyperspace or KSEG0. Every state change is appended to the event log.
//
// The implementation follows NT's source layout: memorymanager.cpp (page lists,
// hyperspace, boot), procsup.cpp (process address spaces), wslist.cpp (working sets),
// pagfault.cpp (faults), modwrite.cpp (modified page writer), allocvm.cpp (virtual memory).
class MemoryManager : private MemoryManagerState {
public:
    using State = MemoryManagerState;
    MemoryManager(hw::Mmu& mmu, PfnDatabase& pfns, sim::EventLog& log, const SystemLayout& layout);

    const State& state() const { return *this; }
    void restore(const State& state) { static_cast<State&>(*this) = state; }

    const SystemLayout& layout() const { return m_layout; }
    const hw::PagingGeometry& geometry() const { return hw::kX86Geometry; }
    PfnDatabase& pfnDatabase() { return m_pfns; }
    const PfnDatabase& pfnDatabase() const { return m_pfns; }
    const MmThresholds& thresholds() const { return m_thresholds; }
    sim::EventLog& log() { return m_log; }
    hw::Mmu& mmu() { return m_mmu; }
    void setProcessContext(ProcessContext* context) { m_context = context; }

    // The process the current work is done for; it tags the events.
    void setEventProcess(uint16_t cid) { m_eventCid = cid; }
    uint16_t eventProcess() const { return m_eventCid; }

    // --- Boot ---
    // What the loader does with paging still off: the System page directory with the
    // KSEG0 large pages and the self-map entry, written straight into physical memory.
    static void buildLoaderPageDirectory(
        hw::PhysicalMemory& memory, const SystemLayout& layout, hw::Pfn pd, sim::EventLog& log);
    // MiInitMachineDependent, once paging is on. Returns the System process's pages.
    ProcessPages initializeSystemSpace(hw::Pfn systemPageDirectory);
    void addPagingFile(uint32_t sizeInPages); // NtCreatePagingFile
    const std::vector<PagingFile>& pagingFiles() const { return m_pagingFiles; }

    // --- Page lists (pfnlist.c) ---
    hw::Pfn removeZeroPage(PageLocation* from = nullptr); // MiRemoveZeroPage
    hw::Pfn removeAnyPage(PageLocation* from = nullptr); // MiRemoveAnyPage
    void insertPageInFreeList(hw::Pfn pfn); // MiInsertPageInFreeList
    void insertPageInList(PageLocation list, hw::Pfn pfn); // MiInsertPageInList
    void unlinkPageFromList(hw::Pfn pfn); // MiUnlinkPageFromList
    // MiInitializePfn: the frame becomes Active, mapped by the PTE at pteAddress.
    void initializePfn(hw::Pfn pfn, hw::VirtualAddress pteAddress, bool modified);
    void decrementShareCount(hw::Pfn pfn); // MiDecrementShareCount
    void decrementReferenceCount(hw::Pfn pfn); // MiDecrementReferenceCount
    // MiRestoreTransitionPte: before a Standby page is reused, the PTE that still names it
    // gets back the PTE it had before (page file or demand zero).
    void restoreTransitionPte(hw::Pfn pfn);
    bool zeroingEventSignaled() const { return m_zeroingEvent; }
    // Makes sure n pages can be taken (Zeroed + Free + Standby), running the modified page
    // writer and trimming working sets as NT does under pressure. False if impossible.
    bool ensureAvailablePages(uint32_t n);
    // True when n pages can be taken without trimming or writing anything.
    bool canAllocatePages(uint32_t n) const { return m_pfns.availablePages() >= n; }

    // --- Hyperspace (hypermap.c) ---
    hw::VirtualAddress mapPageInHyperSpace(hw::Pfn pfn); // MiMapPageInHyperSpace
    void unmapPageInHyperSpace(hw::VirtualAddress va); // MiUnmapPageInHyperSpace
    hw::VirtualAddress mapPageToZeroInHyperSpace(hw::Pfn pfn); // MiMapPageToZeroInHyperSpace
    void zeroPhysicalPage(hw::Pfn pfn); // MiZeroPhysicalPage
    // MmZeroPageThread: zeroes Free pages into the Zeroed list until Free is empty or
    // maxPages were done. Runs in the System process's context. Returns pages zeroed.
    uint32_t runZeroPageThread(uint32_t maxPages);

    // --- Process address spaces (procsup.c) ---
    AddressSpaceCreation createProcessAddressSpace(); // MmCreateProcessAddressSpace, in the parent's context
    void initializeProcessAddressSpace(AddressSpace& space, hw::VirtualAddress eprocess); // attached to the child
    void cleanProcessAddressSpace(AddressSpace& space); // MmCleanProcessAddressSpace: every VAD deleted
    void deleteProcessAddressSpace(const ProcessPages& pages); // MmDeleteProcessAddressSpace

    // --- Virtual memory (allocvm.c, freevm.c, protect.c), on the current process ---
    struct VmResult {
        uint32_t status = 0;
        hw::VirtualAddress base = 0;
        uint32_t size = 0; // in bytes
        uint8_t oldProtection = 0;
    };
    VmResult allocateVirtualMemory(
        hw::VirtualAddress base, uint32_t size, bool reserve, bool commit, uint8_t protection);
    VmResult freeVirtualMemory(hw::VirtualAddress base, uint32_t size, bool release);
    VmResult protectVirtualMemory(hw::VirtualAddress base, uint32_t size, uint8_t protection);
    uint32_t commitLimit() const; // MmTotalCommitLimit: RAM + paging files, in pages
    uint32_t totalCommitted() const { return m_totalCommitted; } // MmTotalCommittedPages

    // --- Faults (pagfault.c) ---
    // MmAccessFault for the current process; appends what it did to records. Returns the
    // STATUS_PAGE_FAULT_* of the last resolution, or an error status (the access fails).
    uint32_t accessFault(hw::VirtualAddress va, bool write, hw::Mode mode, std::vector<FaultRecord>& records);

    // --- Working sets (wslist.c, wsmanage.c) ---
    // Removes up to `pages` dynamic pages from a working set (all with UINT32_MAX),
    // oldest first (MmAdjustWorkingSetSize). Returns the pages removed.
    uint32_t trimWorkingSet(AddressSpace& space, uint32_t pages);
    // MmWorkingSetManager: ages working sets by the Accessed bit and trims pages that were
    // not touched for three passes, in processes above their minimum. Returns pages trimmed.
    uint32_t runWorkingSetManager();
    // --- Modified page writer (modwrite.c) ---
    // MiModifiedPageWriter: writes Modified pages to a paging file and moves them to Standby.
    // Returns the pages written; toFiles, if given, counts those that went back to a mapped
    // file (MiMappedPageWriter) rather than to a paging file.
    uint32_t runModifiedPageWriter(uint32_t maxPages, uint32_t* toFiles = nullptr);
    // MiMappedPageWriter for one Modified page of a mapped file.
    void writeMappedPage(hw::Pfn pfn);
    // What the balance set manager and the modified page writer's event do between
    // commands: write modified pages past MmModifiedPageMaximum, trim when pages run low.
    struct BalanceReport {
        uint32_t modifiedWritten = 0; // pages that left the Modified list
        uint32_t trimmed = 0; // working set entries removed
    };
    BalanceReport balance();

    // --- Page tables, through the self-map of the current address space ---
    uint32_t readPte(hw::VirtualAddress pteAddress);
    // Writes a PTE (or PDE); flushes the TLB entry of the page it maps when the old entry
    // was valid and flush is true.
    void writePte(sim::Routine routine, hw::VirtualAddress pteAddress, uint32_t value, bool flush = true);
    uint32_t readKernel32(hw::VirtualAddress va);
    void writeKernel32(hw::VirtualAddress va, uint32_t value);

    // --- Nonpaged pool (a first-fit allocator in the initial pool) ---
    hw::VirtualAddress allocateNonPagedPool(uint32_t bytes, uint32_t tag); // 0 when exhausted
    void freeNonPagedPool(hw::VirtualAddress va);

    // --- Paged pool: pages from MmPagedPoolStart, resident (nothing in kernel space pages
    // in this simulation), within the first page table of paged pool ---
    hw::VirtualAddress allocatePagedPool(uint32_t bytes, uint32_t tag); // 0 when exhausted

    // --- Sections (creasect.c) ---
    FileStore& files() { return m_files; }
    const FileStore& files() const { return m_files; }
    // MmCreateSection: a section over a file (data or image) or the paging file (file
    // nullptr). pages 0 means the whole file. nullptr with a reason when it cannot be made.
    Section* createSection(const std::string& name, const SimFile* file, uint32_t pages, uint8_t protection, bool image,
        status::Refusal* refusal);
    Section* findSection(const std::string& name);
    // The image section of an .exe or DLL, named after the file, created on first use.
    Section* imageSection(const std::string& fileName);
    // MmMapViewOfSection: the whole section into the current process at base (0: the
    // image's preferred base, else the lowest free 64 KB-aligned range).
    VmResult mapViewOfSection(Section& section, hw::VirtualAddress base, uint8_t protection);
    VmResult unmapViewOfSection(hw::VirtualAddress base); // MmUnmapViewOfSection
    // MiCloneProcessAddressSpace (a fork): the child gets the parent's VADs, and every
    // private page of the parent moves to a prototype PTE in a clone block that both map,
    // copy-on-write. Runs with neither attached. Returns the pages moved to the new clone
    // block and all pages now shared (those of older clone blocks too), or nullopt with a
    // reason when the child cannot be built.
    struct CloneResult {
        uint32_t moved = 0;
        uint32_t shared = 0;
    };
    std::optional<CloneResult> cloneAddressSpace(AddressSpace& parent, AddressSpace& child, status::Refusal* refusal);
    // A process PTE stopped referring to a clone block's prototype PTE (a copy was made,
    // the page was freed or the process ended): MiDecrementCloneBlockReference.
    void releaseCloneReference(hw::VirtualAddress protoPte);
    // The control area whose prototype PTEs include protoPte (nullptr if none).
    ControlArea* controlAreaOf(hw::VirtualAddress protoPte);
    const ControlArea* controlAreaOf(hw::VirtualAddress protoPte) const;
    // The control area whose CONTROL_AREA is at address (what a VAD or section names).
    ControlArea& controlAreaAt(hw::VirtualAddress address);
    const ControlArea& controlAreaAt(hw::VirtualAddress address) const;
    // The file a control area maps (nullptr: the paging file).
    const SimFile* fileOf(const ControlArea& ca) const { return ca.file.empty() ? nullptr : m_files.find(ca.file); }
    const std::map<std::string, Section>& sections() const { return m_sections; }
    const std::deque<ControlArea>& controlAreas() const { return m_controlAreas; }
    const ControlArea* findControlArea(hw::VirtualAddress address) const;
    hw::pte::SubsectionPte::Bases subsectionBases() const;

    // Working set list layout in hyperspace (MMWSL at MmWorkingSetList).
    static constexpr hw::VirtualAddress kWorkingSetList = 0xC0502000; // MmWorkingSetList
    static constexpr hw::VirtualAddress kPageFaultCounters = 0xC0502030; // a WORD per user page table
    static constexpr hw::VirtualAddress kWsle = 0xC0502690; // MmWsle
    static constexpr hw::VirtualAddress kWorkingSetListEnd = 0xC0800000;
    static constexpr hw::VirtualAddress kHyperspaceCounterPte = 0xC0301000; // MmFirstReservedMappingPte
    static constexpr hw::VirtualAddress kZeroingPte = 0xC0301404; // maps 0xC0501000
    static constexpr hw::VirtualAddress kZeroingVa = 0xC0501000;
    static constexpr uint32_t kHyperspacePtes = 255; // MI_HYPERSPACE_PTES
    static constexpr uint32_t kMinimumFreePagesToZero = 8; // MmMinimumFreePagesToZero
    static constexpr uint32_t kWsleValid = 0x1;
    static constexpr uint32_t kWsleLocked = 0x2; // WSLE_INTERNALUSE: never trimmed
    static constexpr uint32_t kWsleNotHashed = 0x400;
    static constexpr uint32_t kWsleAgeShift = 2; // age (0-3) in bits 2-3
    static constexpr uint32_t kWsleListEnd = 0xFFFFFFF0; // the last free entry

private:
    void recordMove(sim::Routine routine, hw::Pfn pfn, uint8_t from, uint8_t to);
    void recordCall(sim::Routine routine, hw::VirtualAddress va = sim::Event::kNone, hw::Pfn pfn = hw::kNoPfn,
        sim::Detail detail = sim::Detail::None, uint32_t value = 0);
    void recordPteWrite(sim::Routine routine, hw::VirtualAddress where, uint32_t oldValue, uint32_t newValue,
        hw::VirtualAddress mapsVa);
    void recordFlush(sim::Routine routine, hw::VirtualAddress va);
    hw::Pfn takeFrom(PageLocation list, sim::Routine routine);
    hw::Pfn bootPageTable(hw::VirtualAddress va);
    // Frees a page the memory manager itself used (page table, directory, working set list page).
    void deleteTablePage(hw::Pfn pfn);
    // Writes the PTE at pteAddress in the page table `table`, through the self-map when the
    // current address space maps that table there, else through hyperspace.
    void writePteInTable(sim::Routine routine, hw::Pfn table, hw::VirtualAddress pteAddress, uint32_t value);
    uint32_t readPteInTable(hw::Pfn table, hw::VirtualAddress pteAddress);

    // Working set list (current address space).
    void initializeWorkingSetList(hw::Pfn hyperspacePt, hw::Pfn wsPage);
    uint32_t wslRead(uint32_t offset) { return readKernel32(kWorkingSetList + offset); }
    void wslWrite(uint32_t offset, uint32_t value) { writeKernel32(kWorkingSetList + offset, value); }
    uint32_t wsleRead(uint32_t index) { return readKernel32(kWsle + index * 4); }
    void wsleWrite(uint32_t index, uint32_t value) { writeKernel32(kWsle + index * 4, value); }
    void growWorkingSetList(AddressSpace& space); // MiGrowWsleHash / MiAddWorkingSetPage
    // MiLocateAndReserveWsle + MiUpdateWsle: adds va to the working set; returns the index.
    uint32_t insertWsle(AddressSpace& space, hw::VirtualAddress va, hw::Pfn pfn, bool locked);
    void removeWsle(AddressSpace& space, uint32_t index); // MiRemoveWsle + MiReleaseWsle
    // MiFreeWsle: takes a private page out of the working set; the PTE becomes a transition PTE.
    void evictPage(AddressSpace& space, uint32_t index);
    uint32_t trimCurrent(AddressSpace& space, uint32_t pages, bool aging);
    void makeRoomInWorkingSet(AddressSpace& space);

    // Faults.
    void countFault(hw::VirtualAddress va);
    uint32_t resolveDemandZero(AddressSpace& space, hw::VirtualAddress va, hw::VirtualAddress pteVa, uint32_t pte,
        FaultRecord& record); // MiResolveDemandZeroFault
    uint32_t resolveTransition(AddressSpace& space, hw::VirtualAddress va, hw::VirtualAddress pteVa, uint32_t pte,
        FaultRecord& record); // MiResolveTransitionFault
    uint32_t resolvePageFile(AddressSpace& space, hw::VirtualAddress va, hw::VirtualAddress pteVa, uint32_t pte,
        FaultRecord& record); // MiResolvePageFileFault
    uint32_t makePageTable(AddressSpace& space, hw::VirtualAddress va, FaultRecord& record);
    // MiResolveProtoPteFault + MiCompleteProtoPteFault: the page the prototype PTE at
    // protoPte describes, brought in if need be, mapped by the process PTE at pteVa.
    uint32_t resolveProtoPte(AddressSpace& space, hw::VirtualAddress va, hw::VirtualAddress pteVa,
        hw::VirtualAddress protoPte, uint8_t protection, bool write, FaultRecord& record);
    // The frame for a prototype PTE that is not valid (transition, demand zero, paging
    // file or file); kNoPfn when no page can be had.
    hw::Pfn makeProtoPteValid(hw::VirtualAddress protoPte, hw::VirtualAddress va, FaultRecord& record);
    // MiCopyOnWrite: the process PTE at pteVa gets a private, writable copy of `shared`.
    uint32_t copyOnWrite(AddressSpace& space, hw::VirtualAddress va, hw::VirtualAddress pteVa, hw::Pfn shared,
        uint8_t protection, FaultRecord& record);
    void writeProtoPte(sim::Routine routine, hw::VirtualAddress protoPte, uint32_t value);
    // Takes a shared page out of the current process (trim, unmap): the PTE becomes
    // `replacement`, the page loses a share, its page table a reference.
    void releaseSharedPage(
        AddressSpace& space, hw::VirtualAddress va, uint32_t wsleIndex, uint32_t replacement, sim::Routine routine);
    uint32_t findWsle(hw::VirtualAddress va); // the working set index of a page of the current process
    void deleteView(AddressSpace& space, Vad& vad); // every page of a mapped view released
    // A page waiting on a list whose PTE is gone: its paging-file copy released, onto Free.
    void freeTransitionPage(hw::Pfn pfn);
    uint8_t viewProtection(const Vad& vad, uint32_t vpn) const; // a mapped page's protection
    // The protection a prototype PTE gives its page (from the PFN when it is valid).
    uint8_t protoProtection(hw::VirtualAddress protoPte);
    // A valid prototype PTE: a kernel, global template the MMU never uses.
    uint32_t validProtoPte(hw::Pfn pfn, uint8_t protection) const;
    // A zeroed page table for va's PDE (kNoPfn when no page can be had).
    hw::Pfn createPageTable(AddressSpace& space, hw::VirtualAddress va, sim::Routine routine, PageLocation* from);
    uint32_t validPte(hw::Pfn pfn, uint8_t protection, bool user, bool dirty) const;

    // Virtual memory.
    // MiDeleteVirtualAddresses: releases every page in [first, last] of the current
    // process; with decommit, leaves MM_DECOMMIT PTEs where the VAD commits by default.
    void deleteVirtualAddresses(
        AddressSpace& space, uint32_t firstVpn, uint32_t lastVpn, const Vad& vad, bool decommit);
    bool isCommitted(const Vad& vad, uint32_t vpn);
    uint32_t committedPagesIn(const Vad& vad, uint32_t firstVpn, uint32_t lastVpn);
    // The MMVADs in nonpaged pool mirror the tree: writes those the tree relinked, and
    // changed (whose range or charge changed).
    void syncVadsToPool(AddressSpace& space, const Vad* changed = nullptr);
    AddressSpace& current();

    // Paging files.
    void releasePageFileSpace(uint32_t pageFilePte); // MiReleasePageFileSpace

    hw::Mmu& m_mmu;
    PfnDatabase& m_pfns;
    sim::EventLog& m_log;
    SystemLayout m_layout;
    MmThresholds m_thresholds;
    ProcessContext* m_context = nullptr;
    // Writes a control area's counters into its CONTROL_AREA in pool.
    void writeControlArea(const ControlArea& ca);
    // A control area with its subsections, segment and prototype PTEs (nullptr: no pool).
    ControlArea* buildControlArea(const SimFile* file, uint32_t pages, uint8_t protection, bool image);
};

} // namespace mm

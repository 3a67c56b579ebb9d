#include "mm/memorymanager.h"

#include "hw/pte.h"

#include <algorithm>
#include <cstdio>

namespace mm {

using hw::Pfn;
using hw::VirtualAddress;
using sim::Event;
using sim::EventKind;
using sim::Routine;

namespace {
std::string bugCheckText(uint32_t code, uint32_t p1, uint32_t p2, uint32_t p3, uint32_t p4, const std::string& what)
{
    char buf[96];
    std::snprintf(buf, sizeof buf, "*** STOP 0x%08X (0x%08X,0x%08X,0x%08X,0x%08X) ", code, p1, p2, p3, p4);
    return buf + what;
}
constexpr uint32_t kPfnListCorrupt = 0x4E; // PFN_LIST_CORRUPT
constexpr uint32_t kPageFaultInNonPagedArea = 0x50; // PAGE_FAULT_IN_NONPAGED_AREA
constexpr uint32_t kNoMorePages = 0x4D; // NO_PAGES_AVAILABLE
} // namespace

BugCheck::BugCheck(uint32_t c, uint32_t p1, uint32_t p2, uint32_t p3, uint32_t p4, const std::string& what)
    : std::runtime_error(bugCheckText(c, p1, p2, p3, p4, what))
    , code(c)
    , parameters {p1, p2, p3, p4}
{
}

MemoryManager::MemoryManager(hw::Mmu& mmu, PfnDatabase& pfns, sim::EventLog& log, const SystemLayout& layout)
    : m_mmu(mmu)
    , m_pfns(pfns)
    , m_log(log)
    , m_layout(layout)
{
    m_poolNext = layout.nonPagedPoolStart;
    // MmModifiedPageMaximum/Minimum and the default working set limits by system size
    // (small up to 19 MB, medium below 32 MB, large from 32 MB).
    const uint64_t megabytes = layout.ramBytes >> 20;
    m_thresholds.plentyFreePages = std::min<uint32_t>(400, layout.frames / 8);
    if (megabytes <= 19) {
        m_thresholds.modifiedPageMaximum = 100;
        m_thresholds.modifiedPageMinimum = 40;
        m_thresholds.minimumWorkingSet = 20;
        m_thresholds.maximumWorkingSet = 45;
    } else if (megabytes < 32) {
        m_thresholds.modifiedPageMaximum = 300;
        m_thresholds.modifiedPageMinimum = 150;
        m_thresholds.minimumWorkingSet = 30;
        m_thresholds.maximumWorkingSet = 145;
    }
}

AddressSpace& MemoryManager::current()
{
    if (!m_context)
        throw BugCheck(0x1A, 0, 0, 0, 0, "MEMORY_MANAGEMENT: no process context");
    return m_context->currentAddressSpace();
}

// --- Events ---

void MemoryManager::recordMove(Routine routine, Pfn pfn, uint8_t from, uint8_t to)
{
    Event e;
    e.routine = routine;
    e.kind = EventKind::PageMove;
    e.cid = m_eventCid;
    e.pfn = pfn;
    e.listOld = from;
    e.listNew = to;
    m_log.append(e);
}

void MemoryManager::recordCall(Routine routine, VirtualAddress va, Pfn pfn, sim::Detail detail, uint32_t value)
{
    Event e;
    e.routine = routine;
    e.kind = EventKind::Call;
    e.cid = m_eventCid;
    e.va = va;
    e.pfn = pfn;
    e.detail = detail;
    e.value = value;
    m_log.append(e);
}

void MemoryManager::recordFlush(Routine routine, VirtualAddress va)
{
    Event e;
    e.routine = routine;
    e.kind = EventKind::TlbFlush;
    e.cid = m_eventCid;
    e.va = va;
    m_log.append(e);
}

void MemoryManager::recordPteWrite(
    Routine routine, VirtualAddress where, uint32_t oldValue, uint32_t newValue, VirtualAddress mapsVa)
{
    Event e;
    e.routine = routine;
    e.kind = EventKind::PteWrite;
    e.cid = m_eventCid;
    e.pteAddress = where;
    e.pteOld = oldValue;
    e.pteNew = newValue;
    e.va = mapsVa;
    m_log.append(e);
}

// --- Kernel memory access through the MMU ---

uint32_t MemoryManager::readKernel32(VirtualAddress va)
{
    auto v = m_mmu.read32(va, hw::Mode::Kernel);
    if (!v)
        throw BugCheck(kPageFaultInNonPagedArea, va, 0, 0, 2, "PAGE_FAULT_IN_NONPAGED_AREA: memory manager read");
    return *v;
}

void MemoryManager::writeKernel32(VirtualAddress va, uint32_t value)
{
    if (!m_mmu.write32(va, value, hw::Mode::Kernel))
        throw BugCheck(kPageFaultInNonPagedArea, va, 1, 0, 2, "PAGE_FAULT_IN_NONPAGED_AREA: memory manager write");
}

uint32_t MemoryManager::readPte(VirtualAddress pteAddress)
{
    return readKernel32(pteAddress);
}

void MemoryManager::writePte(Routine routine, VirtualAddress pteAddress, uint32_t value, bool flush)
{
    const uint32_t old = readPte(pteAddress);
    writeKernel32(pteAddress, value);
    const auto& geo = geometry();
    const VirtualAddress mapsVa = geo.isPteWindow(pteAddress) ? geo.vaForPteAddress(pteAddress) : Event::kNone;
    recordPteWrite(routine, pteAddress, old, value, mapsVa);
    if (flush && (old & hw::pte::Valid) && mapsVa != Event::kNone) {
        m_mmu.invlpg(mapsVa); // KeFlushSingleTb
        recordFlush(routine, mapsVa);
    }
}

// --- Page lists ---

Pfn MemoryManager::takeFrom(PageLocation list, Routine routine)
{
    const Pfn pfn = m_pfns.head(list);
    if (pfn == kListEnd)
        throw BugCheck(kNoMorePages, m_pfns.availablePages(), 0, 0, 0, "NO_PAGES_AVAILABLE");
    m_pfns.unlink(pfn);
    MmPfn& e = m_pfns[pfn];
    m_pfns.setLocation(pfn, PageLocation::Active);
    recordMove(routine, pfn, static_cast<uint8_t>(list), static_cast<uint8_t>(PageLocation::Active));
    if (list == PageLocation::Standby)
        restoreTransitionPte(pfn); // the page is being repurposed: its old PTE must let go of it
    e.flags &= (MmPfn::ColorMask | MmPfn::LocationMask); // keep the colour, clear the rest
    return pfn;
}

Pfn MemoryManager::removeZeroPage(PageLocation* from)
{
    // A zeroed page, else a free or standby page zeroed now (C2: nobody sees another
    // process's data).
    if (!m_pfns.availablePages() && !ensureAvailablePages(1))
        throw BugCheck(kNoMorePages, m_pfns.count(PageLocation::Modified), 0, 0, 0, "NO_PAGES_AVAILABLE");
    PageLocation source = PageLocation::Zeroed;
    if (!m_pfns.count(PageLocation::Zeroed))
        source = m_pfns.count(PageLocation::Free) ? PageLocation::Free : PageLocation::Standby;
    if (from)
        *from = source;
    const Pfn pfn = takeFrom(source, Routine::MiRemoveZeroPage);
    if (source != PageLocation::Zeroed)
        zeroPhysicalPage(pfn);
    return pfn;
}

Pfn MemoryManager::removeAnyPage(PageLocation* from)
{
    // For callers that overwrite the page anyway: Free, else Zeroed, else Standby.
    if (!m_pfns.availablePages() && !ensureAvailablePages(1))
        throw BugCheck(kNoMorePages, m_pfns.count(PageLocation::Modified), 0, 0, 0, "NO_PAGES_AVAILABLE");
    PageLocation source = PageLocation::Free;
    if (!m_pfns.count(PageLocation::Free))
        source = m_pfns.count(PageLocation::Zeroed) ? PageLocation::Zeroed : PageLocation::Standby;
    if (from)
        *from = source;
    return takeFrom(source, Routine::MiRemoveAnyPage);
}

bool MemoryManager::ensureAvailablePages(uint32_t n)
{
    if (m_pfns.availablePages() >= n)
        return true;
    if (m_relievingPressure)
        return false;
    m_relievingPressure = true;
    // What NT's threads would do while the faulting thread waits: the modified page writer
    // turns Modified pages into Standby ones, and the working set manager trims.
    while (m_pfns.availablePages() < n) {
        if (m_pfns.count(PageLocation::Modified) && runModifiedPageWriter(UINT32_MAX))
            continue;
        // Trim the largest working set (the first in list order on a tie).
        AddressSpace* victim = nullptr;
        if (m_context) {
            for (AddressSpace* space : m_context->addressSpaces()) {
                if (!victim || space->workingSetSize > victim->workingSetSize)
                    victim = space;
            }
        }
        if (!victim || !trimWorkingSet(*victim, std::max<uint32_t>(n - m_pfns.availablePages(), 8)))
            break;
    }
    m_relievingPressure = false;
    return m_pfns.availablePages() >= n;
}

void MemoryManager::unlinkPageFromList(Pfn pfn)
{
    const auto old = static_cast<uint8_t>(m_pfns[pfn].location());
    m_pfns.unlink(pfn);
    m_pfns.setLocation(pfn, PageLocation::Transition);
    recordMove(Routine::MiUnlinkPageFromList, pfn, old, static_cast<uint8_t>(PageLocation::Transition));
}

uint32_t MemoryManager::readPteInTable(Pfn table, VirtualAddress pteAddress)
{
    const uint32_t tablePte = readPte(geometry().pteAddress(pteAddress));
    if ((tablePte & hw::pte::Valid) && (tablePte >> hw::kPageShift) == table)
        return readPte(pteAddress);
    const VirtualAddress va = mapPageInHyperSpace(table);
    const uint32_t value = readKernel32(va + (pteAddress & hw::kPageMask));
    unmapPageInHyperSpace(va);
    return value;
}

void MemoryManager::writePteInTable(Routine routine, Pfn table, VirtualAddress pteAddress, uint32_t value)
{
    // In the current address space the table is at the page containing pteAddress;
    // another process's table is reached through hyperspace.
    const uint32_t tablePte = readPte(geometry().pteAddress(pteAddress));
    if ((tablePte & hw::pte::Valid) && (tablePte >> hw::kPageShift) == table) {
        writePte(routine, pteAddress, value);
        return;
    }
    const VirtualAddress va = mapPageInHyperSpace(table);
    const VirtualAddress where = va + (pteAddress & hw::kPageMask);
    const uint32_t old = readKernel32(where);
    writeKernel32(where, value);
    recordPteWrite(routine, where, old, value, geometry().vaForPteAddress(pteAddress));
    unmapPageInHyperSpace(va);
}

void MemoryManager::restoreTransitionPte(Pfn pfn)
{
    MmPfn& e = m_pfns[pfn];
    const VirtualAddress pteAddress = e.pteAddress & ~MmPfn::PteAddressDeleted;
    const Pfn table = e.pteFrame;
    if (e.flags & MmPfn::PrototypePte) {
        // A section page: its prototype PTE names the file (subsection) or the paging file again.
        writeProtoPte(Routine::MiRestoreTransitionPte, pteAddress, e.originalPte);
        decrementShareCount(table);
        if (ControlArea* ca = controlAreaOf(pteAddress)) {
            --ca->pfnReferences;
            writeControlArea(*ca);
        }
        return;
    }
    // The old owner's PTE gets back what it held before the page came in: a page-file
    // PTE when the page was written out, else demand zero with its protection.
    writePteInTable(Routine::MiRestoreTransitionPte, table, pteAddress, e.originalPte);
    decrementShareCount(table); // that PTE no longer refers to a frame
}

void MemoryManager::insertPageInFreeList(Pfn pfn)
{
    const auto old = static_cast<uint8_t>(m_pfns[pfn].location());
    m_pfns.insertTail(PageLocation::Free, pfn);
    recordMove(Routine::MiInsertPageInFreeList, pfn, old, static_cast<uint8_t>(PageLocation::Free));
    if (m_pfns.count(PageLocation::Free) >= kMinimumFreePagesToZero && !m_zeroingEvent) {
        m_zeroingEvent = true; // KeSetEvent(&MmZeroingPageEvent): the zero page thread may run when idle
        Event e;
        e.routine = Routine::KeSetEvent;
        e.kind = EventKind::Status;
        e.cid = m_eventCid;
        e.detail = sim::Detail::Pages; // the Free list's length when the event was set
        e.value = m_pfns.count(PageLocation::Free);
        m_log.append(e);
    }
}

void MemoryManager::insertPageInList(PageLocation list, Pfn pfn)
{
    if (list == PageLocation::Free) {
        insertPageInFreeList(pfn);
        return;
    }
    const auto old = static_cast<uint8_t>(m_pfns[pfn].location());
    if (list == PageLocation::Zeroed)
        m_pfns.insertHead(list, pfn); // zeroed pages are taken from the head, most recent first
    else
        m_pfns.insertTail(list, pfn);
    recordMove(Routine::MiInsertPageInList, pfn, old, static_cast<uint8_t>(list));
}

void MemoryManager::initializePfn(Pfn pfn, VirtualAddress pteAddress, bool modified)
{
    MmPfn& e = m_pfns[pfn];
    const uint32_t pte = readPte(pteAddress);
    e.pteAddress = pteAddress;
    // What to put back when the page leaves memory: the software PTE, or demand-zero RW.
    e.originalPte = (pte & hw::pte::Valid) ? hw::pte::DemandZeroPte {hw::protection::ReadWrite}.encode() : pte;
    e.u1 = 0;
    e.shareCount() = 1;
    e.referenceCount = 1;
    e.flags = static_cast<uint16_t>(
        (e.flags & (MmPfn::ColorMask | MmPfn::LocationMask)) | (modified ? MmPfn::Modified : 0));
    m_pfns.setLocation(pfn, PageLocation::Active);
    // The page table holding the PTE: the frame the self-map PTE of pteAddress names.
    const Pfn pteFrame = readPte(geometry().pteAddress(pteAddress)) >> hw::kPageShift;
    e.pteFrame = pteFrame;
    ++m_pfns[pteFrame].shareCount();
    recordCall(Routine::MiInitializePfn, Event::kNone, pfn);
}

void MemoryManager::decrementShareCount(Pfn pfn)
{
    MmPfn& e = m_pfns[pfn];
    if ((e.location() != PageLocation::Active && e.location() != PageLocation::Standby) || e.shareCount() == 0)
        throw BugCheck(kPfnListCorrupt, 0x99, pfn, static_cast<uint32_t>(e.location()), e.shareCount(),
            "PFN_LIST_CORRUPT: share count of a page that is not in use");
    if (--e.shareCount() != 0)
        return;
    if ((e.flags & MmPfn::PrototypePte) && !(e.pteAddress & MmPfn::PteAddressDeleted)) {
        // No process maps the shared page now: its prototype PTE becomes a transition PTE,
        // so the next fault on it finds the page while it is still on a list.
        writeProtoPte(Routine::MiDecrementShareCount, e.pteAddress,
            hw::pte::TransitionPte {pfn, hw::pte::protectionOf(e.originalPte)}.encode());
    }
    m_pfns.setLocation(pfn, PageLocation::Transition);
    recordMove(Routine::MiDecrementShareCount, pfn, static_cast<uint8_t>(PageLocation::Active),
        static_cast<uint8_t>(PageLocation::Transition));
    decrementReferenceCount(pfn);
}

void MemoryManager::decrementReferenceCount(Pfn pfn)
{
    MmPfn& e = m_pfns[pfn];
    if (e.referenceCount == 0)
        throw BugCheck(kPfnListCorrupt, 0x07, pfn, e.shareCount(), 0, "PFN_LIST_CORRUPT: reference count underflow");
    if (--e.referenceCount != 0)
        return;
    if (e.shareCount() != 0)
        throw BugCheck(
            kPfnListCorrupt, 0x07, pfn, e.shareCount(), 0, "PFN_LIST_CORRUPT: unreferenced page still shared");
    if (e.pteAddress & MmPfn::PteAddressDeleted)
        insertPageInFreeList(pfn);
    else if (e.isModified())
        insertPageInList(PageLocation::Modified, pfn);
    else
        insertPageInList(PageLocation::Standby, pfn);
}

// --- Hyperspace ---

VirtualAddress MemoryManager::mapPageInHyperSpace(Pfn pfn)
{
    // The first reserved mapping PTE is a counter, used as a stack that grows down from 255.
    uint32_t n = readPte(kHyperspaceCounterPte) >> hw::kPageShift;
    if (n == 0) {
        // Every slot was used since the last flush: flush this process's TB and start over.
        n = kHyperspacePtes;
        m_mmu.flushNonGlobalTlb();
        recordFlush(Routine::MiMapPageInHyperSpace, Event::kNone);
    }
    writePte(Routine::MiMapPageInHyperSpace, kHyperspaceCounterPte, (n - 1) << hw::kPageShift, false);
    const VirtualAddress pte = kHyperspaceCounterPte + n * 4;
    writePte(Routine::MiMapPageInHyperSpace, pte, (pfn << hw::kPageShift) | hw::pte::ValidKernelPteLocal, false);
    return geometry().vaForPteAddress(pte);
}

void MemoryManager::unmapPageInHyperSpace(VirtualAddress va)
{
    // No invlpg: the slot is not reused before the counter wraps and the TB is flushed.
    writePte(Routine::MiUnmapPageInHyperSpace, geometry().pteAddress(va), 0, false);
}

VirtualAddress MemoryManager::mapPageToZeroInHyperSpace(Pfn pfn)
{
    if (m_layout.inKseg0(pfn) && pfn < SystemLayout::kKseg2Frame)
        return m_layout.kseg0Address(pfn);
    writePte(Routine::MiMapPageToZeroInHyperSpace, kZeroingPte, 0, false);
    m_mmu.invlpg(kZeroingVa);
    recordFlush(Routine::MiMapPageToZeroInHyperSpace, kZeroingVa);
    writePte(Routine::MiMapPageToZeroInHyperSpace, kZeroingPte, (pfn << hw::kPageShift) | hw::pte::ValidKernelPteLocal,
        false);
    return kZeroingVa;
}

void MemoryManager::zeroPhysicalPage(Pfn pfn)
{
    const VirtualAddress va = mapPageInHyperSpace(pfn);
    if (!m_mmu.zeroPage(va))
        throw BugCheck(kPageFaultInNonPagedArea, va, 1, 0, 2, "PAGE_FAULT_IN_NONPAGED_AREA: hyperspace");
    recordCall(Routine::MiZeroPhysicalPage, va, pfn);
    unmapPageInHyperSpace(va);
}

uint32_t MemoryManager::runZeroPageThread(uint32_t maxPages)
{
    uint32_t done = 0;
    while (done < maxPages && m_pfns.count(PageLocation::Free)) {
        const Pfn pfn = m_pfns.head(PageLocation::Free);
        m_pfns.unlink(pfn);
        m_pfns.setLocation(pfn, PageLocation::Active); // held by the thread while it zeroes
        const VirtualAddress va = mapPageToZeroInHyperSpace(pfn);
        if (!m_mmu.zeroPage(va))
            throw BugCheck(kPageFaultInNonPagedArea, va, 1, 0, 2, "PAGE_FAULT_IN_NONPAGED_AREA: zeroing");
        m_pfns.insertHead(PageLocation::Zeroed, pfn);
        recordMove(Routine::MmZeroPageThread, pfn, static_cast<uint8_t>(PageLocation::Free),
            static_cast<uint8_t>(PageLocation::Zeroed));
        ++done;
    }
    if (!m_pfns.count(PageLocation::Free))
        m_zeroingEvent = false;
    return done;
}

// --- Boot ---

void MemoryManager::buildLoaderPageDirectory(
    hw::PhysicalMemory& memory, const SystemLayout& layout, Pfn pd, sim::EventLog& log)
{
    const auto& geo = hw::kX86Geometry;
    const hw::PhysicalAddress base = static_cast<hw::PhysicalAddress>(pd) << hw::kPageShift;
    auto write = [&](uint32_t index, uint32_t value) {
        memory.write32(base + index * 4, value);
        Event e;
        e.routine = Routine::NtLdrBuildPageTables;
        e.kind = EventKind::PteWrite;
        e.pteAddress = geo.pdeBase + index * 4;
        e.pteOld = 0;
        e.pteNew = value;
        e.va = index << geo.pdeShift;
        log.append(e);
    };
    const uint32_t kseg0Index = SystemLayout::kKseg0Base >> geo.pdeShift;
    for (uint32_t i = 0; i < layout.kseg0Pdes; ++i)
        write(kseg0Index + i, (i << geo.pdeShift) | hw::pte::ValidKernelLargePde);
    write(geo.selfMapIndex, (pd << hw::kPageShift) | hw::pte::ValidKernelPteLocal);
}

Pfn MemoryManager::bootPageTable(VirtualAddress va)
{
    const Pfn pt = removeZeroPage();
    const VirtualAddress pde = geometry().pdeAddress(va);
    writePte(Routine::MiInitMachineDependent, pde, (pt << hw::kPageShift) | hw::pte::ValidKernelPteGlobal);
    initializePfn(pt, pde, true);
    return pt;
}

ProcessPages MemoryManager::initializeSystemSpace(Pfn pd)
{
    const auto& geo = geometry();
    recordCall(Routine::MiInitMachineDependent);

    // Frames the loader handed over (firmware, kernel image, PFN database, initial
    // nonpaged pool) are in use and mapped by the KSEG0 large pages: no page table.
    for (Pfn pfn = 0; pfn < m_layout.firstLoaderFreeFrame; ++pfn) {
        MmPfn& e = m_pfns[pfn];
        e = MmPfn {};
        e.pteAddress = geo.pteAddress(m_layout.kseg0Address(pfn));
        e.shareCount() = 1;
        e.referenceCount = 1;
        m_pfns.setLocation(pfn, PageLocation::Active);
    }
    m_pfns.setLocation(pd, PageLocation::Active);
    initializePfn(pd, geo.pdeAddress(geo.pteBase), true);

    // The rest of RAM goes on the Free list in frame order.
    for (Pfn pfn = 0; pfn < m_pfns.size(); ++pfn) {
        if (pfn >= m_layout.firstLoaderFreeFrame && pfn != pd)
            m_pfns.insertTail(PageLocation::Free, pfn);
    }
    m_zeroingEvent = m_pfns.count(PageLocation::Free) >= kMinimumFreePagesToZero;

    // Hyperspace: its page table is zeroed through KSEG0, since hyperspace is not there yet.
    ProcessPages pages;
    pages.pageDirectory = pd;
    pages.source[0] = PageLocation::Free;
    const Pfn hpt = takeFrom(PageLocation::Free, Routine::MiRemoveAnyPage);
    const VirtualAddress hptKseg0 = m_layout.kseg0Address(hpt);
    m_mmu.zeroPage(hptKseg0);
    recordCall(Routine::MiZeroPhysicalPage, hptKseg0, hpt);
    const VirtualAddress hyperspacePde = geo.pdeAddress(geo.hyperspaceStart);
    writePte(Routine::MiInitMachineDependent, hyperspacePde, (hpt << hw::kPageShift) | hw::pte::ValidKernelPteLocal);
    initializePfn(hpt, hyperspacePde, true);
    writePte(Routine::MiInitMachineDependent, kHyperspaceCounterPte, kHyperspacePtes << hw::kPageShift);
    pages.hyperspacePageTable = hpt;
    pages.source[1] = PageLocation::Free;

    // The working set list page, now through hyperspace like any other.
    const Pfn ws = removeZeroPage(&pages.source[2]);
    const VirtualAddress wsPte = geo.pteAddress(kWorkingSetList);
    writePte(Routine::MiInitMachineDependent, wsPte, (ws << hw::kPageShift) | hw::pte::ValidKernelPteLocal);
    initializePfn(ws, wsPte, true);
    pages.workingSetPage = ws;

    // Page tables every process shares: system PTEs, nonpaged pool expansion and the crash
    // dump area up to the HAL, the first 4 MB of paged pool, and the HAL's own table.
    bootPageTable(SystemLayout::kPagedPoolStart);
    for (VirtualAddress va = m_layout.systemPteStart; va < SystemLayout::kHalStart; va += geo.largePageSize())
        bootPageTable(va);
    bootPageTable(SystemLayout::kHalStart);
    for (VirtualAddress va : {SystemLayout::kSharedUserData, SystemLayout::kPcr}) {
        const Pfn page = removeZeroPage();
        const VirtualAddress pte = geo.pteAddress(va);
        writePte(Routine::MiInitMachineDependent, pte, (page << hw::kPageShift) | hw::pte::ValidKernelPteGlobal);
        initializePfn(page, pte, true);
    }

    initializeWorkingSetList(hpt, ws);
    m_totalCommitted = m_pfns.count(PageLocation::Active); // what the system itself holds
    return pages;
}

// --- Nonpaged pool ---

VirtualAddress MemoryManager::allocateNonPagedPool(uint32_t bytes, uint32_t tag)
{
    const uint32_t size = ((bytes + 7) & ~7u) + 8; // with the 8-byte POOL_HEADER
    VirtualAddress block = 0;
    auto& freed = m_poolFree.mutate()[size];
    if (!freed.empty()) {
        block = freed.back();
        freed.pop_back();
    } else if (m_poolNext + size <= m_layout.nonPagedPoolInitialEnd) {
        block = m_poolNext;
        m_poolNext += size;
    } else {
        return 0;
    }
    m_poolBlocks.mutate()[block] = size;
    // POOL_HEADER: BlockSize (8-byte units) in bits 16-24, PoolType + 1 in bits 25-31 (0 = free).
    writeKernel32(block, (1u << 25) | ((size / 8) << 16));
    writeKernel32(block + 4, tag);
    return block + 8;
}

void MemoryManager::freeNonPagedPool(VirtualAddress va)
{
    const VirtualAddress block = va - 8;
    const auto found = m_poolBlocks->find(block);
    if (found == m_poolBlocks->end())
        throw BugCheck(0xC2, 7, 0, va, 0, "BAD_POOL_CALLER: freeing a block that is not allocated");
    const uint32_t size = found->second;
    writeKernel32(block, (size / 8) << 16); // PoolType field 0: free
    m_poolFree.mutate()[size].push_back(block);
    m_poolBlocks.mutate().erase(block);
}

} // namespace mm

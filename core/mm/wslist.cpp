// Working sets: the working set list in hyperspace (MMWSL at MmWorkingSetList, WSLEs from
// MmWsle), adding and removing entries, trimming and the working set manager (NT's
// wslist.c, wsmanage.c). The list is real memory of the process it describes, so every
// routine here runs in (or attached to) that process.
#include "hw/pte.h"
#include "mm/memorymanager.h"

#include <algorithm>

namespace mm {

using hw::Pfn;
using hw::VirtualAddress;
using sim::Routine;

namespace {
// MMWSL header offsets (NT 4.0 layout).
constexpr uint32_t kFirstFree = 0x04;
constexpr uint32_t kFirstDynamic = 0x08;
constexpr uint32_t kLastEntry = 0x0C;
constexpr uint32_t kNextSlot = 0x10;
constexpr uint32_t kWslePointer = 0x14;
constexpr uint32_t kLastInitialized = 0x1C;
constexpr uint32_t kInserted = 0x20;
constexpr uint32_t kNoFreeEntry = MemoryManager::kWsleListEnd >> 4;
} // namespace

void MemoryManager::initializeWorkingSetList(Pfn hyperspacePt, Pfn wsPage)
{
    const auto& geo = geometry();
    const uint32_t entries = (kWorkingSetList + hw::kPageSize - kWsle) / 4; // WSLEs in the first page
    const uint32_t locked = 3;
    wslWrite(kFirstFree, locked);
    wslWrite(kFirstDynamic, locked);
    wslWrite(kLastEntry, locked - 1);
    wslWrite(kNextSlot, locked);
    wslWrite(kWslePointer, kWsle);
    wslWrite(kLastInitialized, entries - 1);
    wslWrite(kInserted, locked);
    // The locked entries: page directory, hyperspace page table, working set list page.
    const uint32_t lockedFlags = kWsleValid | kWsleLocked | kWsleNotHashed;
    wsleWrite(0, geo.pdeBase | lockedFlags);
    wsleWrite(1, geo.pteAddress(geo.hyperspaceStart) | lockedFlags);
    wsleWrite(2, kWorkingSetList | lockedFlags);
    m_pfns[hyperspacePt].u1 = 1; // working set index
    m_pfns[wsPage].u1 = 2;
    // Free entries: each holds the index of the next free one, shifted left by 4.
    for (uint32_t i = locked; i < entries; ++i)
        wsleWrite(i, i + 1 < entries ? (i + 1) << 4 : kWsleListEnd);
    recordCall(Routine::MiInitializeWorkingSetList, kWorkingSetList, wsPage);
}

void MemoryManager::growWorkingSetList(AddressSpace& space)
{
    const auto& geo = geometry();
    const VirtualAddress page = kWorkingSetList + space.workingSetListPages * hw::kPageSize;
    if (page >= kWorkingSetListEnd)
        throw BugCheck(0x1A, 0x41284, page, 0, 0, "MEMORY_MANAGEMENT: the working set list cannot grow further");
    const Pfn pfn = removeZeroPage();
    ++m_totalCommitted;
    const VirtualAddress pteVa = geo.pteAddress(page);
    writePte(Routine::MiAddWorkingSetPage, pteVa, (pfn << hw::kPageShift) | hw::pte::ValidKernelPteLocal);
    initializePfn(pfn, pteVa, true);
    ++space.workingSetListPages;
    // Chain the new page's entries into the (empty) free list.
    const uint32_t first = wslRead(kLastInitialized) + 1;
    const uint32_t last = (page + hw::kPageSize - kWsle) / 4 - 1;
    for (uint32_t i = first; i <= last; ++i)
        wsleWrite(i, i < last ? (i + 1) << 4 : kWsleListEnd);
    wslWrite(kLastInitialized, last);
    wslWrite(kFirstFree, first);
    insertWsle(space, page, pfn, true); // the new page is itself a locked entry
}

uint32_t MemoryManager::insertWsle(AddressSpace& space, VirtualAddress va, Pfn pfn, bool locked)
{
    if (wslRead(kFirstFree) == kNoFreeEntry)
        growWorkingSetList(space);
    const uint32_t index = wslRead(kFirstFree);
    wslWrite(kFirstFree, wsleRead(index) >> 4);
    const uint32_t flags = kWsleValid | kWsleNotHashed | (locked ? kWsleLocked : 0);
    wsleWrite(index, (va & ~hw::kPageMask) | flags);
    if (index > wslRead(kLastEntry))
        wslWrite(kLastEntry, index);
    wslWrite(kInserted, wslRead(kInserted) + 1);
    if (pfn != hw::kNoPfn)
        m_pfns[pfn].u1 = index; // a private page finds its entry directly
    ++space.workingSetSize;
    ++space.pageFaultCount; // as in NT, counted here rather than per fault (the seed's note)
    if (space.workingSetSize > space.peakWorkingSetSize)
        space.peakWorkingSetSize = space.workingSetSize;
    recordCall(Routine::MiLocateAndReserveWsle, va & ~hw::kPageMask, pfn, sim::Detail::WsleIndex, index);
    return index;
}

void MemoryManager::removeWsle(AddressSpace& space, uint32_t index)
{
    const uint32_t value = wsleRead(index);
    if (!(value & kWsleValid))
        throw BugCheck(0x1A, 0x41284, index, value, kWorkingSetList, "MEMORY_MANAGEMENT: freeing a free WSLE");
    wsleWrite(index, wslRead(kFirstFree) << 4);
    wslWrite(kFirstFree, index);
    wslWrite(kInserted, wslRead(kInserted) - 1);
    if (index == wslRead(kLastEntry)) {
        uint32_t last = index;
        while (last > 0 && !(wsleRead(last) & kWsleValid))
            --last;
        wslWrite(kLastEntry, last);
    }
    --space.workingSetSize;
    recordCall(Routine::MiReleaseWsle, value & ~hw::kPageMask, hw::kNoPfn, sim::Detail::WsleIndex, index);
}

void MemoryManager::evictPage(AddressSpace& space, uint32_t index)
{
    const auto& geo = geometry();
    const VirtualAddress va = wsleRead(index) & ~hw::kPageMask;
    const VirtualAddress pteVa = geo.pteAddress(va);
    const uint32_t pte = readPte(pteVa);
    if (!(pte & hw::pte::Valid))
        throw BugCheck(0x1A, 0x41284, va, pte, index, "MEMORY_MANAGEMENT: a working set entry whose PTE is not valid");
    const Pfn pfn = pte >> hw::kPageShift;
    MmPfn& e = m_pfns[pfn];
    if ((e.flags & MmPfn::PrototypePte) && e.pteAddress != pteVa) {
        // A shared page: this process's PTE points back at the prototype PTE (found through
        // the VAD), and the page stays valid for every other process that maps it.
        // (A page of a private range a fork shared has no view to look it up in: its PTE
        // names the prototype PTE's address instead.)
        const Vad* vad = space.vads.find(va >> hw::kPageShift);
        const uint32_t replacement = vad && !vad->privateMemory
            ? hw::pte::PrototypePointerPte {0, false, true, viewProtection(*vad, va >> hw::kPageShift)}.encode()
            : hw::pte::PrototypePointerPte {e.pteAddress}.encode();
        releaseSharedPage(space, va, index, replacement, Routine::MiEliminateWorkingSetEntry);
        return;
    }
    if (pte & hw::pte::Dirty) {
        // Written since it came in: a copy in the paging file is stale now.
        e.flags |= MmPfn::Modified;
        if (hw::pte::classify(e.originalPte) == hw::pte::Kind::PageFile) {
            releasePageFileSpace(e.originalPte);
            e.originalPte = hw::pte::DemandZeroPte {hw::pte::protectionOf(e.originalPte)}.encode();
        }
    }
    const hw::pte::TransitionPte transition {pfn, hw::pte::protectionOf(e.originalPte)};
    writePte(Routine::MiEliminateWorkingSetEntry, pteVa, transition.encode());
    removeWsle(space, index);
    decrementShareCount(pfn); // share count 0: onto the Modified or Standby list
}

uint32_t MemoryManager::trimCurrent(AddressSpace& space, uint32_t pages, bool aging)
{
    const uint32_t firstDynamic = wslRead(kFirstDynamic);
    const uint32_t lastEntry = wslRead(kLastEntry);
    if (lastEntry < firstDynamic || pages == 0)
        return 0;
    const uint32_t span = lastEntry - firstDynamic + 1;
    uint32_t slot = wslRead(kNextSlot);
    if (slot < firstDynamic || slot > lastEntry)
        slot = firstDynamic;
    uint32_t removed = 0;
    for (uint32_t visited = 0; visited < span && removed < pages; ++visited) {
        const uint32_t index = slot;
        slot = slot == lastEntry ? firstDynamic : slot + 1;
        const uint32_t wsle = wsleRead(index);
        if (!(wsle & kWsleValid) || (wsle & kWsleLocked))
            continue;
        if (aging) {
            // Accessed since the last pass: clear A and start over; else grow older.
            const VirtualAddress pteVa = geometry().pteAddress(wsle & ~hw::kPageMask);
            const uint32_t pte = readPte(pteVa);
            uint32_t age = (wsle >> kWsleAgeShift) & 3;
            if (pte & hw::pte::Accessed) {
                writePte(Routine::MmWorkingSetManager, pteVa, pte & ~hw::pte::Accessed);
                age = 0;
            } else if (age < 3) {
                ++age;
            } else {
                evictPage(space, index);
                ++removed;
                continue;
            }
            wsleWrite(index, (wsle & ~(3u << kWsleAgeShift)) | (age << kWsleAgeShift));
            continue;
        }
        evictPage(space, index);
        ++removed;
    }
    wslWrite(kNextSlot, slot);
    return removed;
}

uint32_t MemoryManager::trimWorkingSet(AddressSpace& space, uint32_t pages)
{
    m_context->attach(space);
    const uint16_t previous = m_eventCid;
    m_eventCid = space.cid;
    recordCall(Routine::MmAdjustWorkingSetSize);
    const uint32_t removed = trimCurrent(space, pages, false);
    m_eventCid = previous;
    m_context->detach();
    return removed;
}

uint32_t MemoryManager::runWorkingSetManager()
{
    // One aging pass over every working set above its minimum, processes above their
    // maximum first, until available pages (and those about to be) reach MmPlentyFreePages.
    auto goalReached = [&] {
        return m_pfns.availablePages() + m_pfns.count(PageLocation::Modified) >= m_thresholds.plentyFreePages;
    };
    uint32_t trimmed = 0;
    const uint16_t previous = m_eventCid;
    for (bool overMaximumOnly : {true, false}) {
        for (AddressSpace* space : m_context->addressSpaces()) {
            const uint32_t floor = overMaximumOnly ? space->maximumWorkingSet : space->minimumWorkingSet;
            if (goalReached())
                break;
            if (space->workingSetSize <= floor)
                continue;
            const uint32_t wanted
                = m_thresholds.plentyFreePages - m_pfns.availablePages() - m_pfns.count(PageLocation::Modified);
            m_context->attach(*space);
            m_eventCid = space->cid;
            recordCall(Routine::MmWorkingSetManager);
            trimmed += trimCurrent(*space, std::min(space->workingSetSize - floor, wanted), true);
            m_context->detach();
        }
    }
    m_eventCid = previous;
    return trimmed;
}

void MemoryManager::makeRoomInWorkingSet(AddressSpace& space)
{
    // At its maximum while memory is not plentiful, a working set replaces one of its own
    // pages instead of growing (MiDoReplacement).
    if (space.workingSetSize < space.maximumWorkingSet || m_pfns.availablePages() >= m_thresholds.plentyFreePages)
        return;
    recordCall(Routine::MiTrimWorkingSet, sim::Event::kNone, hw::kNoPfn, sim::Detail::Pages, space.workingSetSize);
    trimCurrent(space, 1, false);
}

} // namespace mm

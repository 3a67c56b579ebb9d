// Process address spaces: MmCreateProcessAddressSpace, MmInitializeProcessAddressSpace,
// MmCleanProcessAddressSpace, MmDeleteProcessAddressSpace (NT's procsup.c).
#include "hw/pte.h"
#include "mm/memorymanager.h"

namespace mm {

using hw::Pfn;
using hw::VirtualAddress;
using sim::Routine;

AddressSpaceCreation MemoryManager::createProcessAddressSpace()
{
    const auto& geo = geometry();
    recordCall(Routine::MmCreateProcessAddressSpace);
    AddressSpaceCreation created;
    ProcessPages& p = created.pages;
    p.pageDirectory = removeZeroPage(&p.source[0]);
    p.hyperspacePageTable = removeZeroPage(&p.source[1]);
    p.workingSetPage = removeZeroPage(&p.source[2]);
    m_totalCommitted += 3;

    auto writeMapped = [&](VirtualAddress where, uint32_t value, VirtualAddress mapsVa) {
        const uint32_t old = readKernel32(where);
        writeKernel32(where, value);
        recordPteWrite(Routine::MmCreateProcessAddressSpace, where, old, value, mapsVa);
    };

    // The child's hyperspace page table, through the parent's hyperspace: the mapping
    // counter, and the PTE of its working set list page.
    VirtualAddress va = mapPageInHyperSpace(p.hyperspacePageTable);
    writeMapped(va, kHyperspacePtes << hw::kPageShift, geo.hyperspaceStart);
    const uint32_t wsIndex = geo.pteIndex(kWorkingSetList);
    writeMapped(va + wsIndex * 4, (p.workingSetPage << hw::kPageShift) | hw::pte::ValidKernelPteLocal, kWorkingSetList);
    unmapPageInHyperSpace(va);

    // The child's page directory: copy the parent's system-range PDEs, then point the
    // self-map entry at the new directory and the hyperspace entry at the new table.
    va = mapPageInHyperSpace(p.pageDirectory);
    created.directoryMappedAt = va;
    const uint32_t hyperIndex = geo.pdeIndex(geo.hyperspaceStart);
    for (uint32_t i = geo.pdeIndex(hw::kSystemRangeStart); i < geo.entriesPerTable(); ++i) {
        if (i == geo.selfMapIndex || i == hyperIndex)
            continue;
        const uint32_t pde = readKernel32(geo.pdeBase + i * 4); // the parent's, through its self-map
        if (pde) {
            writeMapped(va + i * 4, pde, i << geo.pdeShift);
            ++created.systemPdesCopied;
        }
    }
    writeMapped(
        va + geo.selfMapIndex * 4, (p.pageDirectory << hw::kPageShift) | hw::pte::ValidKernelPteLocal, geo.pteBase);
    writeMapped(va + hyperIndex * 4, (p.hyperspacePageTable << hw::kPageShift) | hw::pte::ValidKernelPteLocal,
        geo.hyperspaceStart);
    unmapPageInHyperSpace(va);
    return created;
}

void MemoryManager::initializeProcessAddressSpace(AddressSpace& space, VirtualAddress eprocess)
{
    const auto& geo = geometry();
    const ProcessPages& pages = space.pages;
    recordCall(Routine::MmInitializeProcessAddressSpace);
    initializePfn(pages.pageDirectory, geo.pdeAddress(geo.pteBase), true);
    initializePfn(pages.hyperspacePageTable, geo.pdeAddress(geo.hyperspaceStart), true);
    initializePfn(pages.workingSetPage, geo.pteAddress(kWorkingSetList), true);
    initializeWorkingSetList(pages.hyperspacePageTable, pages.workingSetPage);
    m_pfns[pages.pageDirectory].u1 = eprocess; // a page directory's PFN names its process
    space.workingSetSize = space.peakWorkingSetSize = 3;
    space.minimumWorkingSet = m_thresholds.minimumWorkingSet;
    space.maximumWorkingSet = m_thresholds.maximumWorkingSet;
}

void MemoryManager::cleanProcessAddressSpace(AddressSpace& space)
{
    const auto& geo = geometry();
    m_context->attach(space);
    recordCall(Routine::MmCleanProcessAddressSpace);
    // Every VAD goes, and with it every page of the process.
    while (Vad* vad = space.vads.root()) {
        if (vad->privateMemory) {
            deleteVirtualAddresses(space, vad->startingVpn, vad->endingVpn, *vad, false);
        } else {
            deleteView(space, *vad); // MiRemoveMappedView
            ControlArea& ca = controlAreaAt(vad->controlArea);
            --ca.mappedViews;
            --ca.userReferences;
            writeControlArea(ca);
        }
        space.commitCharge -= vad->commitCharge;
        m_totalCommitted -= vad->commitCharge;
        const VirtualAddress poolAddress = vad->address;
        space.vads.remove(vad);
        freeNonPagedPool(poolAddress);
    }
    // Then the user page tables.
    for (uint32_t i = 0; i < geo.pdeIndex(hw::kSystemRangeStart); ++i) {
        const VirtualAddress pdeVa = geo.pdeBase + i * 4;
        const uint32_t pde = readPte(pdeVa);
        if (!(pde & hw::pte::Valid))
            continue;
        const Pfn table = pde >> hw::kPageShift;
        removeWsle(space, m_pfns[table].u1);
        writePte(Routine::MmCleanProcessAddressSpace, pdeVa, 0);
        deleteTablePage(table);
        --m_totalCommitted;
    }
    // And the working set list pages beyond the first (the first goes with the directory).
    for (uint32_t k = space.workingSetListPages; k-- > 1;) {
        const VirtualAddress pteVa = geo.pteAddress(kWorkingSetList + k * hw::kPageSize);
        const Pfn page = readPte(pteVa) >> hw::kPageShift;
        writePte(Routine::MmCleanProcessAddressSpace, pteVa, 0);
        deleteTablePage(page);
        --m_totalCommitted;
    }
    space.workingSetListPages = 1;
    m_context->detach();
}

void MemoryManager::deleteProcessAddressSpace(const ProcessPages& pages)
{
    recordCall(Routine::MmDeleteProcessAddressSpace);
    // Working set page(s), then hyperspace page table, then page directory: each is marked
    // deleted and loses the share it holds on its page table and its own.
    for (Pfn pfn : {pages.workingSetPage, pages.hyperspacePageTable, pages.pageDirectory})
        deleteTablePage(pfn);
    m_totalCommitted -= 3;
}

void MemoryManager::deleteTablePage(Pfn pfn)
{
    // Marked deleted, it loses the share it holds on its page table and its own, and so
    // reaches the Free list.
    MmPfn& e = m_pfns[pfn];
    e.pteAddress |= MmPfn::PteAddressDeleted;
    decrementShareCount(e.pteFrame);
    decrementShareCount(pfn);
}

} // namespace mm

// Mapped views of sections: MmMapViewOfSection, MmUnmapViewOfSection (NT's mapview.c),
// and taking a shared page out of a process (trim, unmap).
#include "hw/protection.h"
#include "mm/memorymanager.h"
#include "mm/ntstatus.h"

#include <utility>

namespace mm {

using hw::Pfn;
using hw::VirtualAddress;
using sim::Routine;
namespace pte = hw::pte;
namespace prot = hw::protection;

void MemoryManager::writeProtoPte(Routine routine, VirtualAddress protoPte, uint32_t value)
{
    // Prototype PTEs are paged pool memory, the same in every address space.
    const uint32_t old = readKernel32(protoPte);
    writeKernel32(protoPte, value);
    recordPteWrite(routine, protoPte, old, value, sim::Event::kNone);
}

const ControlArea* MemoryManager::controlAreaOf(VirtualAddress protoPte) const
{
    for (const auto& ca : m_controlAreas) {
        if (protoPte >= ca.firstPrototypePte && protoPte < ca.prototypePte(ca.totalPtes))
            return &ca;
    }
    return nullptr;
}

ControlArea* MemoryManager::controlAreaOf(VirtualAddress protoPte)
{
    return const_cast<ControlArea*>(std::as_const(*this).controlAreaOf(protoPte));
}

uint8_t MemoryManager::viewProtection(const Vad& vad, uint32_t vpn) const
{
    // An image page has its PE section's protection; a data view, the view's.
    if (vad.image && vad.controlArea) {
        const ControlArea& ca = controlAreaAt(vad.controlArea);
        const uint32_t index = (vad.firstPrototypePte - ca.firstPrototypePte) / 4 + vpn - vad.startingVpn;
        return ca.subsectionOf(index).protection;
    }
    return vad.protection;
}

MemoryManager::VmResult MemoryManager::mapViewOfSection(Section& section, VirtualAddress base, uint8_t protection)
{
    AddressSpace& space = current();
    ControlArea& ca = controlAreaAt(section.controlArea);
    if (protection == 0)
        protection = ca.image ? prot::ExecuteWriteCopy : section.protection;
    // A view may not write what its section may not (copy-on-write only writes a copy).
    if (!ca.image && prot::allowsWrite(protection) && !prot::isCopyOnWrite(protection)
        && (!prot::allowsWrite(section.protection) || prot::isCopyOnWrite(section.protection)))
        return {status::SectionProtection};
    const uint32_t pages = section.pages;
    uint32_t firstVpn;
    if (base) {
        firstVpn = (base >> hw::kPageShift) & ~(kAllocationGranularity - 1);
        if (firstVpn < kLowestUserVpn || firstVpn + pages - 1 > kHighestUserVpn)
            return {status::InvalidParameter};
        if (space.vads.findOverlap(firstVpn, firstVpn + pages - 1))
            return {status::ConflictingAddresses};
    } else {
        const SimFile* file = fileOf(ca);
        const uint32_t preferred = ca.image && file ? file->preferredBase >> hw::kPageShift : 0;
        if (preferred && !space.vads.findOverlap(preferred, preferred + pages - 1)) {
            firstVpn = preferred;
        } else {
            auto found = space.vads.findFree(pages, kLowestUserVpn, kHighestUserVpn);
            if (!found)
                return {status::NoMemory};
            firstVpn = *found;
        }
    }
    // Copy-on-write pages may each become a private page: they are charged now.
    auto vad = std::make_unique<Vad>();
    vad->startingVpn = firstVpn;
    vad->endingVpn = firstVpn + pages - 1;
    vad->protection = protection;
    vad->privateMemory = false;
    vad->memCommit = true;
    vad->controlArea = ca.address;
    vad->firstPrototypePte = ca.firstPrototypePte;
    vad->image = ca.image;
    uint32_t charge = 0;
    for (uint32_t vpn = vad->startingVpn; vpn <= vad->endingVpn; ++vpn)
        charge += prot::isCopyOnWrite(viewProtection(*vad, vpn)) ? 1 : 0;
    if (m_totalCommitted + charge > commitLimit())
        return {status::CommitmentLimit};
    const VirtualAddress poolAddress = allocateNonPagedPool(kMappedVadSize, kVadPoolTag);
    if (!poolAddress)
        return {status::InsufficientResources};
    vad->address = poolAddress;
    vad->commitCharge = charge;
    space.commitCharge += charge;
    m_totalCommitted += charge;
    space.vads.insert(std::move(vad));
    syncVadsToPool(space);
    recordCall(Routine::MiInsertVad, firstVpn << hw::kPageShift, hw::kNoPfn, sim::Detail::PoolAddress, poolAddress);
    ++ca.mappedViews;
    ++ca.userReferences;
    writeControlArea(ca);
    VmResult r;
    r.base = firstVpn << hw::kPageShift;
    r.size = pages << hw::kPageShift;
    recordCall(Routine::MmMapViewOfSection, r.base, hw::kNoPfn, sim::Detail::ControlArea, ca.address);
    return r;
}

uint32_t MemoryManager::findWsle(VirtualAddress va)
{
    const uint32_t last = wslRead(0x0C); // LastEntry
    for (uint32_t i = 0; i <= last; ++i) {
        const uint32_t wsle = wsleRead(i);
        if ((wsle & kWsleValid) && (wsle & ~hw::kPageMask) == (va & ~hw::kPageMask))
            return i;
    }
    throw BugCheck(0x1A, 0x41284, va, 0, kWorkingSetList, "MEMORY_MANAGEMENT: a valid page not in the working set");
}

void MemoryManager::releaseSharedPage(
    AddressSpace& space, VirtualAddress va, uint32_t wsleIndex, uint32_t replacement, Routine routine)
{
    const VirtualAddress pteVa = geometry().pteAddress(va);
    const uint32_t entry = readPte(pteVa);
    const Pfn pfn = entry >> hw::kPageShift;
    MmPfn& e = m_pfns[pfn];
    if (entry & pte::Dirty) {
        // MiCaptureDirtyBit: the shared page was written through this mapping.
        e.flags |= MmPfn::Modified;
        if (pte::classify(e.originalPte) == pte::Kind::PageFile) {
            releasePageFileSpace(e.originalPte);
            e.originalPte = pte::DemandZeroPte {pte::protectionOf(e.originalPte)}.encode();
        }
    }
    writePte(routine, pteVa, replacement);
    removeWsle(space, wsleIndex);
    decrementShareCount(readPte(geometry().pteAddress(pteVa)) >> hw::kPageShift); // the process page table
    decrementShareCount(pfn); // the last share: the prototype PTE goes to transition
}

void MemoryManager::deleteView(AddressSpace& space, Vad& vad)
{
    const auto& geo = geometry();
    for (uint32_t vpn = vad.startingVpn; vpn <= vad.endingVpn; ++vpn) {
        const VirtualAddress va = vpn << hw::kPageShift;
        if (!(readPte(geo.pdeAddress(va)) & pte::Valid))
            continue;
        const uint32_t entry = readPte(geo.pteAddress(va));
        const bool shared = (entry & pte::Valid) && (m_pfns[entry >> hw::kPageShift].flags & MmPfn::PrototypePte)
            && m_pfns[entry >> hw::kPageShift].pteAddress != geo.pteAddress(va);
        if (shared)
            releaseSharedPage(space, va, findWsle(va), 0, Routine::MiDeleteVirtualAddresses);
        else
            deleteVirtualAddresses(space, vpn, vpn, vad, false); // a private copy, or a PTE without a page
    }
}

MemoryManager::VmResult MemoryManager::unmapViewOfSection(VirtualAddress base)
{
    AddressSpace& space = current();
    Vad* vad = space.vads.find(base >> hw::kPageShift);
    if (!vad || vad->privateMemory || !vad->controlArea)
        return {status::NotMappedView};
    VmResult r;
    r.base = vad->startingVpn << hw::kPageShift;
    r.size = vad->pages() << hw::kPageShift;
    ControlArea& ca = controlAreaAt(vad->controlArea);
    deleteView(space, *vad);
    space.commitCharge -= vad->commitCharge;
    m_totalCommitted -= vad->commitCharge;
    const VirtualAddress poolAddress = vad->address;
    space.vads.remove(vad);
    freeNonPagedPool(poolAddress);
    syncVadsToPool(space);
    recordCall(Routine::MiRemoveVad, r.base, hw::kNoPfn, sim::Detail::PoolAddress, poolAddress);
    --ca.mappedViews;
    --ca.userReferences;
    writeControlArea(ca);
    recordCall(Routine::MmUnmapViewOfSection, r.base, hw::kNoPfn, sim::Detail::ControlArea, ca.address);
    return r;
}

} // namespace mm

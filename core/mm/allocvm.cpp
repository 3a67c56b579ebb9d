// Virtual memory of the current process: NtAllocateVirtualMemory, NtFreeVirtualMemory,
// NtProtectVirtualMemory, and MiDeleteVirtualAddresses behind them (NT's allocvm.c,
// freevm.c, protect.c).
#include "hw/pte.h"
#include "mm/memorymanager.h"
#include "mm/ntstatus.h"

#include <algorithm>

namespace mm {

using hw::Pfn;
using hw::VirtualAddress;
using sim::Routine;
namespace pte = hw::pte;
namespace prot = hw::protection;

namespace {

// A protection private memory may have: copy-on-write only makes sense for a view of a
// section (NtAllocateVirtualMemory refuses PAGE_WRITECOPY).
bool validProtection(uint8_t p)
{
    return ((p & prot::AccessMask) != 0 || p == prot::NoAccess) && !prot::isCopyOnWrite(p);
}
} // namespace

Pfn MemoryManager::createPageTable(AddressSpace& space, VirtualAddress va, Routine routine, PageLocation* from)
{
    const auto& geo = geometry();
    if (!ensureAvailablePages(1))
        return hw::kNoPfn;
    const VirtualAddress pdeVa = geo.pdeAddress(va);
    const Pfn table = removeZeroPage(from);
    ++m_totalCommitted; // page tables are charged like any other page
    writePte(routine, pdeVa, (table << hw::kPageShift) | pte::ValidUserPde);
    initializePfn(table, pdeVa, true);
    insertWsle(space, geo.pteAddress(va) & ~hw::kPageMask, table, true); // page tables stay in the working set
    return table;
}

void MemoryManager::freeTransitionPage(Pfn pfn)
{
    MmPfn& e = m_pfns[pfn];
    if (pte::classify(e.originalPte) == pte::Kind::PageFile)
        releasePageFileSpace(e.originalPte);
    e.pteAddress |= MmPfn::PteAddressDeleted;
    const Pfn table = e.pteFrame;
    if (isList(e.location()))
        unlinkPageFromList(pfn);
    insertPageInFreeList(pfn);
    decrementShareCount(table); // the page holding its PTE no longer refers to it
}

bool MemoryManager::isCommitted(const Vad& vad, uint32_t vpn)
{
    const auto& geo = geometry();
    const VirtualAddress va = vpn << hw::kPageShift;
    if (!(readPte(geo.pdeAddress(va)) & pte::Valid))
        return vad.memCommit;
    const uint32_t entry = readPte(geo.pteAddress(va));
    if (entry == 0)
        return vad.memCommit;
    return !(pte::classify(entry) == pte::Kind::DemandZero && pte::protectionOf(entry) == prot::Decommit);
}

uint32_t MemoryManager::committedPagesIn(const Vad& vad, uint32_t firstVpn, uint32_t lastVpn)
{
    uint32_t n = 0;
    for (uint32_t vpn = firstVpn; vpn <= lastVpn; ++vpn)
        n += isCommitted(vad, vpn);
    return n;
}

void MemoryManager::syncVadsToPool(AddressSpace& space, const Vad* changed)
{
    // NT 4.0's VAD header: StartingVa, EndingVa, Parent, LeftChild, RightChild, Flags. As
    // MiInsertVad and MiRemoveVad do, only the MMVADs an operation changed are written:
    // the nodes the tree relinked, and the one whose range or charge changed; and of
    // those, the fields whose value differs from what the pool holds.
    const hw::PhysicalMemory& memory = m_mmu.memory();
    const uint32_t directory = m_mmu.cr3();
    auto store = [&](VirtualAddress va, uint32_t value) {
        const hw::Walk w = hw::Mmu::walk(memory, directory, va); // no TLB fill for the comparison
        if (!w.valid || memory.read32(w.physical) != value)
            writeKernel32(va, value);
    };
    std::vector<const Vad*> nodes = space.vads.takeRelinked();
    if (changed && std::find(nodes.begin(), nodes.end(), changed) == nodes.end())
        nodes.insert(std::lower_bound(nodes.begin(), nodes.end(), changed,
                         [](const Vad* a, const Vad* b) { return a->startingVpn < b->startingVpn; }),
            changed);
    for (const Vad* v : nodes) {
        const Vad* parent = space.vads.parentOf(*v);
        store(v->address + 0x00, v->startingVpn << hw::kPageShift);
        store(v->address + 0x04, (v->endingVpn << hw::kPageShift) | hw::kPageMask);
        store(v->address + 0x08, parent ? parent->address : 0);
        store(v->address + 0x0C, v->left ? v->left->address : 0);
        store(v->address + 0x10, v->right ? v->right->address : 0);
        store(v->address + 0x14, v->flags());
        if (!v->privateMemory) {
            // The mapped-view tail of an MMVAD: ControlArea, FirstPrototypePte, LastContiguousPte.
            store(v->address + 0x18, v->controlArea);
            store(v->address + 0x1C, v->firstPrototypePte);
            store(v->address + 0x20, v->firstPrototypePte + (v->endingVpn - v->startingVpn) * 4);
        }
    }
}

MemoryManager::VmResult MemoryManager::allocateVirtualMemory(
    VirtualAddress base, uint32_t size, bool reserve, bool commit, uint8_t protection)
{
    AddressSpace& space = current();
    VmResult r;
    if (size == 0 || (!reserve && !commit))
        return {status::InvalidParameter};
    if (!validProtection(protection))
        return {status::InvalidPageProtection};
    const uint64_t end = static_cast<uint64_t>(base) + size - 1;
    if (base && end > (static_cast<uint64_t>(kHighestUserVpn) << hw::kPageShift | hw::kPageMask))
        return {status::InvalidParameter};

    if (reserve || !base) { // a NULL base address always reserves, as NtAllocateVirtualMemory does
        uint32_t firstVpn;
        uint32_t lastVpn;
        if (base) {
            firstVpn = (base >> hw::kPageShift) & ~(kAllocationGranularity - 1);
            lastVpn = static_cast<uint32_t>(end >> hw::kPageShift);
            if (firstVpn < kLowestUserVpn)
                return {status::InvalidParameter};
            if (space.vads.findOverlap(firstVpn, lastVpn))
                return {status::ConflictingAddresses};
        } else {
            const uint32_t pages
                = static_cast<uint32_t>((static_cast<uint64_t>(size) + hw::kPageMask) >> hw::kPageShift);
            auto found = space.vads.findFree(pages, kLowestUserVpn, kHighestUserVpn);
            if (!found)
                return {status::NoMemory};
            firstVpn = *found;
            lastVpn = firstVpn + pages - 1;
        }
        const uint32_t pages = lastVpn - firstVpn + 1;
        if (commit && m_totalCommitted + pages > commitLimit())
            return {status::CommitmentLimit};
        const VirtualAddress poolAddress = allocateNonPagedPool(kPrivateVadSize, kVadPoolTag);
        if (!poolAddress)
            return {status::InsufficientResources};
        auto vad = std::make_unique<Vad>();
        vad->startingVpn = firstVpn;
        vad->endingVpn = lastVpn;
        vad->protection = protection;
        vad->memCommit = commit;
        vad->commitCharge = commit ? pages : 0;
        vad->address = poolAddress;
        space.commitCharge += vad->commitCharge;
        m_totalCommitted += vad->commitCharge;
        space.vads.insert(std::move(vad));
        syncVadsToPool(space);
        recordCall(Routine::MiInsertVad, firstVpn << hw::kPageShift, hw::kNoPfn, sim::Detail::PoolAddress, poolAddress);
        r.base = firstVpn << hw::kPageShift;
        r.size = pages << hw::kPageShift;
        recordCall(Routine::NtAllocateVirtualMemory, r.base, hw::kNoPfn, sim::Detail::Bytes, r.size);
        return r;
    }

    // MEM_COMMIT alone: pages of an existing reservation.
    const uint32_t firstVpn = base >> hw::kPageShift;
    const uint32_t lastVpn = static_cast<uint32_t>(end >> hw::kPageShift);
    Vad* vad = space.vads.find(firstVpn);
    if (!vad || !vad->contains(lastVpn) || !vad->privateMemory)
        return {status::ConflictingAddresses};
    const uint32_t newPages = (lastVpn - firstVpn + 1) - committedPagesIn(*vad, firstVpn, lastVpn);
    if (m_totalCommitted + newPages > commitLimit())
        return {status::CommitmentLimit};
    for (uint32_t vpn = firstVpn; vpn <= lastVpn; ++vpn) {
        if (isCommitted(*vad, vpn))
            continue; // committing a committed page is not an error, and changes nothing
        const VirtualAddress va = vpn << hw::kPageShift;
        if (!(readPte(geometry().pdeAddress(va)) & pte::Valid)
            && createPageTable(space, va, Routine::MiMakePdeExistAndMakeValid, nullptr) == hw::kNoPfn)
            return {status::NoMemory};
        writePte(Routine::NtAllocateVirtualMemory, geometry().pteAddress(va), pte::DemandZeroPte {protection}.encode());
        ++vad->commitCharge;
        ++space.commitCharge;
        ++m_totalCommitted;
    }
    syncVadsToPool(space, vad);
    r.base = firstVpn << hw::kPageShift;
    r.size = (lastVpn - firstVpn + 1) << hw::kPageShift;
    recordCall(Routine::NtAllocateVirtualMemory, r.base, hw::kNoPfn, sim::Detail::Bytes, r.size);
    return r;
}

void MemoryManager::deleteVirtualAddresses(
    AddressSpace& space, uint32_t firstVpn, uint32_t lastVpn, const Vad& vad, bool decommit)
{
    const auto& geo = geometry();
    recordCall(Routine::MiDeleteVirtualAddresses, firstVpn << hw::kPageShift, hw::kNoPfn, sim::Detail::Pages,
        lastVpn - firstVpn + 1);
    // Where the VAD commits by default, a decommitted page needs an explicit MM_DECOMMIT PTE.
    const uint32_t replacement = decommit && vad.memCommit ? pte::DemandZeroPte {prot::Decommit}.encode() : 0;
    for (uint32_t vpn = firstVpn; vpn <= lastVpn; ++vpn) {
        const VirtualAddress va = vpn << hw::kPageShift;
        if (!(readPte(geo.pdeAddress(va)) & pte::Valid)) {
            if (!replacement)
                continue; // no page table: nothing was ever there
            if (createPageTable(space, va, Routine::MiMakePdeExistAndMakeValid, nullptr) == hw::kNoPfn)
                throw BugCheck(0x4D, 0, 0, 0, 0, "NO_PAGES_AVAILABLE: a page table to decommit into");
        }
        const VirtualAddress pteVa = geo.pteAddress(va);
        const uint32_t entry = readPte(pteVa);
        switch (pte::classify(entry)) {
        case pte::Kind::Hardware: {
            const Pfn pfn = entry >> hw::kPageShift;
            MmPfn& e = m_pfns[pfn];
            if ((e.flags & MmPfn::PrototypePte) && e.pteAddress != pteVa) {
                // A page a fork shared: this process lets go of its share.
                const VirtualAddress proto = e.pteAddress;
                releaseSharedPage(space, va, findWsle(va), replacement, Routine::MiDeleteVirtualAddresses);
                releaseCloneReference(proto);
                break;
            }
            removeWsle(space, e.u1);
            writePte(Routine::MiDeleteVirtualAddresses, pteVa, replacement);
            if (pte::classify(e.originalPte) == pte::Kind::PageFile)
                releasePageFileSpace(e.originalPte);
            e.pteAddress |= MmPfn::PteAddressDeleted;
            const Pfn table = e.pteFrame;
            decrementShareCount(pfn); // deleted: straight to the Free list
            decrementShareCount(table);
            --space.privatePages;
            break;
        }
        case pte::Kind::TransitionPage: {
            writePte(Routine::MiDeleteVirtualAddresses, pteVa, replacement);
            freeTransitionPage(entry >> hw::kPageShift);
            --space.privatePages;
            break;
        }
        case pte::Kind::PageFile:
            releasePageFileSpace(entry);
            writePte(Routine::MiDeleteVirtualAddresses, pteVa, replacement);
            --space.privatePages;
            break;
        default:
            if (entry != replacement)
                writePte(Routine::MiDeleteVirtualAddresses, pteVa, replacement);
            if (pte::classify(entry) == pte::Kind::PrototypePointer) {
                const auto pointer = pte::PrototypePointerPte::decode(entry);
                if (!pointer.lookupNeeded)
                    releaseCloneReference(pointer.protoPteAddress);
            }
            break;
        }
    }
}

MemoryManager::VmResult MemoryManager::freeVirtualMemory(VirtualAddress base, uint32_t size, bool release)
{
    AddressSpace& space = current();
    const uint32_t firstVpn = base >> hw::kPageShift;
    Vad* vad = space.vads.find(firstVpn);
    if (!vad || !vad->privateMemory)
        return {status::MemoryNotAllocated};
    if (release) {
        if (firstVpn != vad->startingVpn || (base & hw::kPageMask))
            return {status::FreeVmNotAtBase};
        if (size != 0 && size != vad->pages() << hw::kPageShift)
            return {status::UnableToFreeVm}; // only whole reservations are released here
        VmResult r {status::Success, base, vad->pages() << hw::kPageShift, vad->protection};
        deleteVirtualAddresses(space, vad->startingVpn, vad->endingVpn, *vad, false);
        space.commitCharge -= vad->commitCharge;
        m_totalCommitted -= vad->commitCharge;
        const VirtualAddress poolAddress = vad->address;
        recordCall(Routine::MiRemoveVad, base, hw::kNoPfn, sim::Detail::PoolAddress, poolAddress);
        space.vads.remove(vad);
        freeNonPagedPool(poolAddress);
        syncVadsToPool(space);
        recordCall(Routine::NtFreeVirtualMemory, r.base, hw::kNoPfn, sim::Detail::Bytes, r.size);
        return r;
    }
    // MEM_DECOMMIT: size 0 means to the end of the reservation.
    const uint32_t lastVpn
        = size ? static_cast<uint32_t>((static_cast<uint64_t>(base) + size - 1) >> hw::kPageShift) : vad->endingVpn;
    if (!vad->contains(lastVpn))
        return {status::UnableToFreeVm};
    const uint32_t committed = committedPagesIn(*vad, firstVpn, lastVpn);
    deleteVirtualAddresses(space, firstVpn, lastVpn, *vad, true);
    vad->commitCharge -= committed;
    space.commitCharge -= committed;
    m_totalCommitted -= committed;
    syncVadsToPool(space, vad);
    VmResult r {status::Success, firstVpn << hw::kPageShift, (lastVpn - firstVpn + 1) << hw::kPageShift, 0};
    recordCall(Routine::NtFreeVirtualMemory, r.base, hw::kNoPfn, sim::Detail::Bytes, r.size);
    return r;
}

MemoryManager::VmResult MemoryManager::protectVirtualMemory(VirtualAddress base, uint32_t size, uint8_t protection)
{
    const auto& geo = geometry();
    AddressSpace& space = current();
    if (!validProtection(protection) || size == 0)
        return {status::InvalidPageProtection};
    const uint32_t firstVpn = base >> hw::kPageShift;
    const uint32_t lastVpn = static_cast<uint32_t>((static_cast<uint64_t>(base) + size - 1) >> hw::kPageShift);
    Vad* vad = space.vads.find(firstVpn);
    if (!vad || !vad->contains(lastVpn))
        return {status::ConflictingAddresses};
    if (!vad->privateMemory)
        return {status::InvalidPageProtection}; // views keep their section's protection here
    if (committedPagesIn(*vad, firstVpn, lastVpn) != lastVpn - firstVpn + 1)
        return {status::NotCommitted};

    auto currentProtection = [&](uint32_t vpn) -> uint8_t {
        const VirtualAddress va = vpn << hw::kPageShift;
        if (!(readPte(geo.pdeAddress(va)) & pte::Valid))
            return vad->protection;
        const uint32_t entry = readPte(geo.pteAddress(va));
        if (entry == 0)
            return vad->protection;
        if (entry & pte::Valid)
            return pte::protectionOf(m_pfns[entry >> hw::kPageShift].originalPte);
        return pte::protectionOf(entry);
    };
    VmResult r {status::Success, firstVpn << hw::kPageShift, (lastVpn - firstVpn + 1) << hw::kPageShift,
        currentProtection(firstVpn)};
    const bool inaccessible = !prot::allowsRead(protection) || (protection & prot::Guard);
    // Pages a fork shares keep their clone block's protection here: such a range is refused
    // before anything changes.
    for (uint32_t vpn = firstVpn; vpn <= lastVpn; ++vpn) {
        const VirtualAddress va = vpn << hw::kPageShift;
        if (!(readPte(geo.pdeAddress(va)) & pte::Valid))
            continue;
        const uint32_t entry = readPte(geo.pteAddress(va));
        const bool pointer = pte::classify(entry) == pte::Kind::PrototypePointer;
        const bool shared = (entry & pte::Valid) && (m_pfns[entry >> hw::kPageShift].flags & MmPfn::PrototypePte)
            && m_pfns[entry >> hw::kPageShift].pteAddress != geo.pteAddress(va);
        if (pointer || shared)
            return {status::NotSupported};
    }
    for (uint32_t vpn = firstVpn; vpn <= lastVpn; ++vpn) {
        const VirtualAddress va = vpn << hw::kPageShift;
        if (!(readPte(geo.pdeAddress(va)) & pte::Valid)
            && createPageTable(space, va, Routine::MiMakePdeExistAndMakeValid, nullptr) == hw::kNoPfn)
            return {status::NoMemory};
        const VirtualAddress pteVa = geo.pteAddress(va);
        uint32_t entry = readPte(pteVa);
        if (entry & pte::Valid) {
            const Pfn pfn = entry >> hw::kPageShift;
            MmPfn& e = m_pfns[pfn];
            e.originalPte = (e.originalPte & ~(0x1Fu << 5)) | (static_cast<uint32_t>(protection) << 5);
            if (inaccessible) {
                // x86 cannot express no-access in a valid PTE: the page leaves the working set.
                evictPage(space, e.u1);
                continue;
            }
            const uint32_t updated = validPte(pfn, protection, true, entry & pte::Dirty) | (entry & pte::Accessed);
            writePte(Routine::NtProtectVirtualMemory, pteVa, updated);
            continue;
        }
        switch (pte::classify(entry)) {
        case pte::Kind::TransitionPage: {
            MmPfn& e = m_pfns[entry >> hw::kPageShift];
            e.originalPte = (e.originalPte & ~(0x1Fu << 5)) | (static_cast<uint32_t>(protection) << 5);
            entry = pte::TransitionPte {entry >> hw::kPageShift, protection}.encode();
            break;
        }
        case pte::Kind::PageFile: {
            auto pf = pte::PageFilePte::decode(entry);
            pf.protection = protection;
            entry = pf.encode();
            break;
        }
        default:
            entry = pte::DemandZeroPte {protection}.encode();
            break;
        }
        writePte(Routine::NtProtectVirtualMemory, pteVa, entry);
    }
    recordCall(Routine::NtProtectVirtualMemory, r.base, hw::kNoPfn, sim::Detail::Protection, protection);
    return r;
}

} // namespace mm

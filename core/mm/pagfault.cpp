// Page faults: MmAccessFault -> MiDispatchFault -> MiResolveDemandZeroFault,
// MiResolveTransitionFault, MiResolvePageFileFault (NT's pagfault.c).
#include "hw/pte.h"
#include "mm/memorymanager.h"
#include "mm/ntstatus.h"

#include <array>

namespace mm {

using hw::Pfn;
using hw::VirtualAddress;
using sim::Routine;
namespace pte = hw::pte;
namespace prot = hw::protection;

namespace {
constexpr uint32_t kIssuePagingIo = 0xC0033333; // what MiResolvePageFileFault returns: "issue the read"
}

uint32_t MemoryManager::validPte(Pfn pfn, uint8_t protection, bool user, bool dirty) const
{
    // The hardware bits for a protection: W only for writable, non-copy-on-write pages.
    const bool writable = prot::allowsWrite(protection) && !prot::isCopyOnWrite(protection);
    return (pfn << hw::kPageShift) | pte::Valid | pte::Accessed | (user ? pte::Owner : 0) | (writable ? pte::Write : 0)
        | (writable && dirty ? pte::Dirty : 0) | ((protection & prot::NoCache) ? pte::CacheDisable : 0)
        | (prot::isCopyOnWrite(protection) ? pte::CopyOnWrite : 0);
}

void MemoryManager::countFault(VirtualAddress va)
{
    // A WORD per user page table in the working set list header page.
    const VirtualAddress counter = kPageFaultCounters + geometry().pdeIndex(va) * 2;
    const uint32_t word = readKernel32(counter & ~3u);
    const uint32_t shift = (counter & 2) * 8;
    const uint32_t count = ((word >> shift) + 1) & 0xFFFF;
    writeKernel32(counter & ~3u, (word & ~(0xFFFFu << shift)) | (count << shift));
}

uint32_t MemoryManager::makePageTable(AddressSpace& space, VirtualAddress va, FaultRecord& record)
{
    PageLocation from;
    const Pfn table = createPageTable(space, va, Routine::MiResolveDemandZeroFault, &from);
    if (table == hw::kNoPfn)
        return status::NoMemory;
    record.pageTable = true;
    record.resolver = Routine::MiResolveDemandZeroFault;
    record.pfn = table;
    record.from = from;
    record.status = status::PageFaultDemandZero;
    return record.status;
}

uint32_t MemoryManager::resolveDemandZero(
    AddressSpace& space, VirtualAddress va, VirtualAddress pteVa, uint32_t softwarePte, FaultRecord& record)
{
    if (!ensureAvailablePages(1))
        return status::NoMemory;
    const uint8_t protection = pte::protectionOf(softwarePte);
    PageLocation from;
    const Pfn pfn = removeZeroPage(&from);
    initializePfn(pfn, pteVa, true); // OriginalPte: the demand-zero PTE, with its protection
    ++space.privatePages;
    writePte(Routine::MiResolveDemandZeroFault, pteVa, validPte(pfn, protection, true, true));
    insertWsle(space, va, pfn, false);
    record.resolver = Routine::MiResolveDemandZeroFault;
    record.pfn = pfn;
    record.from = from;
    return status::PageFaultDemandZero;
}

uint32_t MemoryManager::resolveTransition(
    AddressSpace& space, VirtualAddress va, VirtualAddress pteVa, uint32_t transitionPte, FaultRecord& record)
{
    const Pfn pfn = transitionPte >> hw::kPageShift;
    MmPfn& e = m_pfns[pfn];
    const PageLocation from = e.location();
    if (isList(from)) {
        unlinkPageFromList(pfn); // no I/O: the page was still in memory
        ++e.referenceCount;
    }
    ++e.shareCount();
    m_pfns.setLocation(pfn, PageLocation::Active);
    recordMove(Routine::MiResolveTransitionFault, pfn, static_cast<uint8_t>(PageLocation::Transition),
        static_cast<uint8_t>(PageLocation::Active));
    const uint8_t protection = pte::protectionOf(transitionPte);
    writePte(Routine::MiResolveTransitionFault, pteVa, validPte(pfn, protection, true, e.isModified()));
    insertWsle(space, va, pfn, false);
    record.resolver = Routine::MiResolveTransitionFault;
    record.pfn = pfn;
    record.from = from;
    return status::PageFaultTransition;
}

uint32_t MemoryManager::resolvePageFile(
    AddressSpace& space, VirtualAddress va, VirtualAddress pteVa, uint32_t pageFilePte, FaultRecord& record)
{
    const auto location = pte::PageFilePte::decode(pageFilePte);
    if (location.fileNumber >= m_pagingFiles.size() || !m_pagingFiles[location.fileNumber].inUse(location.offset))
        throw BugCheck(0x7A, pteVa, status::InPageError, pageFilePte, va,
            "KERNEL_DATA_INPAGE_ERROR: a page-file PTE names no page of a paging file");
    if (!ensureAvailablePages(1))
        return status::NoMemory;
    PageLocation from;
    const Pfn pfn = removeAnyPage(&from); // it will be overwritten by the read
    initializePfn(pfn, pteVa, false); // OriginalPte keeps the page-file location
    MmPfn& e = m_pfns[pfn];
    e.flags |= MmPfn::ReadInProgress;
    // A transition PTE while the read is in progress: another faulting thread would wait on it.
    writePte(Routine::MiResolvePageFileFault, pteVa, pte::TransitionPte {pfn, location.protection}.encode());
    recordCall(Routine::MiResolvePageFileFault, va, pfn, sim::Detail::Status, kIssuePagingIo);
    std::array<uint8_t, hw::kPageSize> page;
    m_pagingFiles[location.fileNumber].read(location.offset, page.data());
    m_mmu.memory().writeFrame(pfn, page.data()); // the disk controller's DMA into the frame
    recordCall(Routine::IoPageRead, va, pfn, sim::Detail::PageFileOffset, location.offset);
    e.flags &= ~MmPfn::ReadInProgress;
    writePte(Routine::MiCompleteInPageSupport, pteVa, validPte(pfn, location.protection, true, false));
    insertWsle(space, va, pfn, false);
    record.resolver = Routine::MiResolvePageFileFault;
    record.pfn = pfn;
    record.from = from;
    return status::PageFaultPagingFile;
}

uint32_t MemoryManager::validProtoPte(Pfn pfn, uint8_t protection) const
{
    const bool writable = prot::allowsWrite(protection) && !prot::isCopyOnWrite(protection);
    return (pfn << hw::kPageShift) | pte::Valid | pte::Accessed | pte::Global | (writable ? pte::Write : 0);
}

uint8_t MemoryManager::protoProtection(VirtualAddress protoPte)
{
    const uint32_t proto = readKernel32(protoPte);
    if (proto & pte::Valid)
        return pte::protectionOf(m_pfns[proto >> hw::kPageShift].originalPte);
    return pte::protectionOf(proto);
}

Pfn MemoryManager::makeProtoPteValid(VirtualAddress protoPte, VirtualAddress va, FaultRecord& record)
{
    const uint32_t proto = readKernel32(protoPte);
    ControlArea* ca = controlAreaOf(protoPte);
    const auto kind = pte::classify(proto, true);
    const uint8_t protection = pte::protectionOf(proto);
    auto validProto = [&](Pfn pfn) { return validProtoPte(pfn, protection); };
    switch (kind) {
    case pte::Kind::TransitionPage: {
        // Still in memory, on Standby or Modified: a soft fault, no I/O.
        const Pfn pfn = proto >> hw::kPageShift;
        MmPfn& e = m_pfns[pfn];
        record.from = e.location();
        if (isList(e.location())) {
            unlinkPageFromList(pfn);
            ++e.referenceCount;
        }
        ++e.shareCount();
        m_pfns.setLocation(pfn, PageLocation::Active);
        recordMove(Routine::MiResolveTransitionFault, pfn, static_cast<uint8_t>(PageLocation::Transition),
            static_cast<uint8_t>(PageLocation::Active));
        writeProtoPte(Routine::MiResolveTransitionFault, protoPte, validProto(pfn));
        record.resolver = Routine::MiResolveTransitionFault;
        return pfn;
    }
    case pte::Kind::DemandZero: {
        // A page of a paging-file section touched for the first time.
        const Pfn pfn = removeZeroPage(&record.from);
        initializePfn(pfn, protoPte, true);
        writeProtoPte(Routine::MiResolveDemandZeroFault, protoPte, validProto(pfn));
        record.resolver = Routine::MiResolveDemandZeroFault;
        break;
    }
    case pte::Kind::PageFile:
    case pte::Kind::Subsection: {
        // In the paging file (a paging-file section page written out) or only in the file.
        const Pfn pfn = removeAnyPage(&record.from); // it will be overwritten by the read
        initializePfn(pfn, protoPte, false); // OriginalPte: where the page lives outside memory
        MmPfn& e = m_pfns[pfn];
        e.flags |= MmPfn::ReadInProgress;
        writeProtoPte(Routine::MiResolveProtoPteFault, protoPte, pte::TransitionPte {pfn, protection}.encode());
        std::array<uint8_t, hw::kPageSize> page;
        uint32_t where;
        if (kind == pte::Kind::PageFile) {
            const auto location = pte::PageFilePte::decode(proto);
            m_pagingFiles[location.fileNumber].read(location.offset, page.data());
            where = location.offset;
            record.resolver = Routine::MiResolvePageFileFault;
        } else {
            const uint32_t index = (protoPte - ca->firstPrototypePte) / 4;
            const Subsection& s = ca->subsectionOf(index);
            where = s.startingSector + index - s.firstPte;
            m_files.readPage(*fileOf(*ca), where, page.data());
            record.resolver = Routine::MiResolveProtoPteFault;
            record.filePage = where;
        }
        recordCall(Routine::MiResolveProtoPteFault, va, pfn, sim::Detail::Status, 0xC0033333); // "issue the read"
        m_mmu.memory().writeFrame(pfn, page.data()); // the disk controller's DMA into the frame
        recordCall(Routine::IoPageRead, va, pfn,
            kind == pte::Kind::PageFile ? sim::Detail::PageFileOffset : sim::Detail::FilePage, where);
        e.flags &= ~MmPfn::ReadInProgress;
        writeProtoPte(Routine::MiCompleteInPageSupport, protoPte, validProto(pfn));
        break;
    }
    default:
        return hw::kNoPfn; // a reserved page of the section: nothing to map
    }
    // A new frame holds a page of the section.
    const Pfn pfn = readKernel32(protoPte) >> hw::kPageShift;
    if (ca) {
        ++ca->pfnReferences;
        writeControlArea(*ca);
    }
    return pfn;
}

uint32_t MemoryManager::copyOnWrite(
    AddressSpace& space, VirtualAddress va, VirtualAddress pteVa, Pfn shared, uint8_t protection, FaultRecord& record)
{
    // MiCopyOnWrite: a private copy of the shared page, writable, for this process only.
    const Pfn copy = removeAnyPage(&record.from);
    m_mmu.memory().copyFrame(shared, copy);
    recordCall(Routine::MiCopyOnWrite, va, copy, sim::Detail::Frame, shared);
    record.shared = shared;
    const uint8_t writable = static_cast<uint8_t>((protection & ~prot::AccessMask)
        | ((protection & prot::AccessMask) == prot::ExecuteWriteCopy ? prot::ExecuteReadWrite : prot::ReadWrite));
    initializePfn(copy, pteVa, true);
    m_pfns[copy].originalPte = pte::DemandZeroPte {writable}.encode();
    ++space.privatePages;
    writePte(Routine::MiCopyOnWrite, pteVa, validPte(copy, writable, true, true));
    record.resolver = Routine::MiCopyOnWrite;
    record.pfn = copy;
    return status::PageFaultCopyOnWrite;
}

uint32_t MemoryManager::resolveProtoPte(AddressSpace& space, VirtualAddress va, VirtualAddress pteVa,
    VirtualAddress protoPte, uint8_t protection, bool write, FaultRecord& record)
{
    if (!ensureAvailablePages(2))
        return status::NoMemory;
    recordCall(Routine::MiResolveProtoPteFault, va, hw::kNoPfn, sim::Detail::PteAddress, protoPte);
    record.prototype = true;
    const uint32_t proto = readKernel32(protoPte);
    Pfn pfn;
    if (proto & pte::Valid) {
        pfn = proto >> hw::kPageShift; // in memory and mapped elsewhere: one more share
        ++m_pfns[pfn].shareCount();
        record.resolver = Routine::MiResolveProtoPteFault;
        record.from = PageLocation::Active;
    } else {
        pfn = makeProtoPteValid(protoPte, va, record);
        if (pfn == hw::kNoPfn)
            return status::AccessViolation;
    }
    MmPfn& e = m_pfns[pfn];
    e.flags |= MmPfn::PrototypePte;
    // A page a fork shared is copy-on-write for both processes, whatever its protection.
    if (const ControlArea* ca = controlAreaOf(protoPte);
        ca && ca->fork && prot::allowsWrite(protection) && !prot::isCopyOnWrite(protection))
        protection = static_cast<uint8_t>((protection & ~prot::AccessMask)
            | ((protection & prot::AccessMask) == prot::ExecuteReadWrite ? prot::ExecuteWriteCopy : prot::WriteCopy));
    if (write && prot::isCopyOnWrite(protection)) {
        // Resolved as a read first; the writer gets a copy and the shared page loses this share.
        const uint32_t result = copyOnWrite(space, va, pteVa, pfn, protection, record);
        insertWsle(space, va, record.pfn, false);
        decrementShareCount(pfn);
        releaseCloneReference(protoPte);
        return result;
    }
    // MiCompleteProtoPteFault: the process PTE maps the shared frame; the PFN keeps the
    // prototype PTE's address; the process page table counts one more reference.
    const Pfn table = readPte(geometry().pteAddress(pteVa)) >> hw::kPageShift;
    ++m_pfns[table].shareCount();
    const bool dirty = write && prot::allowsWrite(protection) && !prot::isCopyOnWrite(protection);
    if (dirty) {
        e.flags |= MmPfn::Modified;
        if (pte::classify(e.originalPte) == pte::Kind::PageFile) {
            releasePageFileSpace(e.originalPte);
            e.originalPte = pte::DemandZeroPte {pte::protectionOf(e.originalPte)}.encode();
        }
    }
    writePte(Routine::MiCompleteProtoPteFault, pteVa, validPte(pfn, protection, true, dirty));
    insertWsle(space, va, hw::kNoPfn, false); // a shared page's PFN names no one working set entry
    record.pfn = pfn;
    return record.resolver == Routine::MiResolveTransitionFault ? status::PageFaultTransition
        : record.resolver == Routine::MiResolveDemandZeroFault  ? status::PageFaultDemandZero
        : record.resolver == Routine::MiResolvePageFileFault    ? status::PageFaultPagingFile
                                                                : status::Success;
}

uint32_t MemoryManager::accessFault(VirtualAddress va, bool write, hw::Mode mode, std::vector<FaultRecord>& records)
{
    const auto& geo = geometry();
    AddressSpace& space = current();
    FaultRecord record;
    record.va = va;
    record.write = write;
    record.user = mode == hw::Mode::User;
    auto refuse = [&](uint32_t code, const char* reason) {
        record.status = code;
        record.reason = reason;
        records.push_back(record);
        recordCall(Routine::MiAccessCheck, va, hw::kNoPfn, sim::Detail::Status, code);
        return code;
    };
    recordCall(Routine::MmAccessFault, va, hw::kNoPfn, sim::Detail::Write, write ? 1 : 0);

    if (va >= hw::kSystemRangeStart) {
        if (mode == hw::Mode::User)
            return refuse(status::AccessViolation, "a user-mode access to a system address");
        // Kernel space is built at boot and never faults in this simulation (no paged pool yet).
        throw BugCheck(0x50, va, write, 0, 2, "PAGE_FAULT_IN_NONPAGED_AREA: nothing maps this system address");
    }

    const uint32_t vpn = va >> hw::kPageShift;
    const Vad* vad = space.vads.find(vpn);
    const VirtualAddress pteVa = geo.pteAddress(va);

    if (!(readPte(geo.pdeAddress(va)) & pte::Valid)) {
        // No page table: what the address means comes from the VAD alone (MiCheckVirtualAddress).
        if (!vad)
            return refuse(status::AccessViolation, "no VAD: the address was never allocated");
        if (!vad->memCommit)
            return refuse(status::AccessViolation, "reserved but not committed");
        if (!prot::allowsRead(vad->protection))
            return refuse(status::AccessViolation, "the page is PAGE_NOACCESS");
        if (write && !prot::allowsWrite(vad->protection))
            return refuse(status::AccessViolation, "a write to a read-only page");
        const uint32_t result = makePageTable(space, va, record);
        records.push_back(record);
        if (status::isError(result))
            return result;
        record = FaultRecord {va, write, mode == hw::Mode::User};
    }

    uint32_t entry = readPte(pteVa);
    if (entry & pte::Valid) {
        const Pfn mapped = entry >> hw::kPageShift;
        if (write && !(entry & pte::Write) && (entry & pte::CopyOnWrite) && mode == hw::Mode::User
            && (m_pfns[mapped].flags & MmPfn::PrototypePte) && m_pfns[mapped].pteAddress != pteVa) {
            // A copy-on-write page that was read first: the write gets a private copy.
            recordCall(Routine::MiDispatchFault, va, hw::kNoPfn, sim::Detail::Pte, entry);
            if (!ensureAvailablePages(1))
                return refuse(status::NoMemory, "no page for the copy");
            const Pfn shared = entry >> hw::kPageShift;
            const Pfn table = readPte(geo.pteAddress(pteVa)) >> hw::kPageShift;
            const uint32_t index = findWsle(va);
            const uint8_t protection = vad ? viewProtection(*vad, vpn) : prot::WriteCopy;
            const uint32_t result = copyOnWrite(space, va, pteVa, shared, protection, record);
            m_pfns[record.pfn].u1 = index; // the copy takes over the working set entry
            const VirtualAddress proto = m_pfns[shared].pteAddress;
            decrementShareCount(table); // the page table's reference to the shared page
            decrementShareCount(shared);
            releaseCloneReference(proto);
            record.status = result;
            records.push_back(record);
            countFault(va);
            return result;
        }
        if (write && !(entry & pte::Write))
            return refuse(status::AccessViolation, "a write to a read-only page");
        m_mmu.invlpg(va); // resolved already: only a stale TLB entry was in the way
        return status::Success;
    }
    if (entry == 0) {
        if (!vad)
            return refuse(status::AccessViolation, "no VAD: the address was never allocated");
        if (!vad->memCommit)
            return refuse(status::AccessViolation, "reserved but not committed");
        // A private page is demand zero; a page of a view points at its prototype PTE,
        // found through the VAD ("lookup needed").
        const uint8_t protection = vad->privateMemory ? vad->protection : viewProtection(*vad, vpn);
        entry = vad->privateMemory ? pte::DemandZeroPte {protection}.encode()
                                   : pte::PrototypePointerPte {0, false, true, protection}.encode();
        if (prot::allowsRead(protection) && !(write && !prot::allowsWrite(protection)))
            writePte(Routine::MiDispatchFault, pteVa, entry);
    }

    const auto kind = pte::classify(entry);
    const auto pointer = pte::PrototypePointerPte::decode(entry);
    const uint8_t protection = kind == pte::Kind::PrototypePointer && !pointer.lookupNeeded
        ? (pointer.readOnly ? prot::ReadOnly : protoProtection(pointer.protoPteAddress))
        : pte::protectionOf(entry);
    {
        // MiAccessCheck on the software protection.
        if (protection == prot::Decommit)
            return refuse(status::AccessViolation, "the page was decommitted");
        if (!prot::allowsRead(protection))
            return refuse(status::AccessViolation, "the page is PAGE_NOACCESS");
        if (write && !prot::allowsWrite(protection))
            return refuse(status::AccessViolation, "a write to a read-only page");
        if (protection & prot::Guard) {
            // First touch of a guard page: the guard goes, the access fails once.
            writePte(Routine::MiAccessCheck, pteVa, (entry & ~(0x1Fu << 5)) | ((protection & ~prot::Guard) << 5));
            return refuse(status::GuardPageViolation, "a guard page: the guard is now cleared");
        }
    }

    recordCall(Routine::MiDispatchFault, va, hw::kNoPfn, sim::Detail::Pte, entry);
    makeRoomInWorkingSet(space);
    uint32_t result;
    switch (kind) {
    case pte::Kind::DemandZero:
        result = resolveDemandZero(space, va, pteVa, entry, record);
        break;
    case pte::Kind::TransitionPage:
        result = resolveTransition(space, va, pteVa, entry, record);
        break;
    case pte::Kind::PageFile:
        result = resolvePageFile(space, va, pteVa, entry, record);
        break;
    case pte::Kind::PrototypePointer: {
        const VirtualAddress protoPte = pointer.lookupNeeded
            ? (vad && !vad->privateMemory ? vad->firstPrototypePte + (vpn - vad->startingVpn) * 4 : 0)
            : pointer.protoPteAddress;
        if (!protoPte)
            return refuse(status::AccessViolation, "a prototype PTE outside any view");
        result = resolveProtoPte(space, va, pteVa, protoPte, protection, write, record);
        if (result == status::AccessViolation)
            return refuse(result, "a reserved page of the section");
        break;
    }
    default:
        return refuse(status::AccessViolation, "a PTE the fault handler cannot resolve");
    }
    record.status = result;
    records.push_back(record);
    if (!status::isError(result))
        countFault(va);
    return result;
}

} // namespace mm

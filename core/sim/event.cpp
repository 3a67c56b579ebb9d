#include "sim/event.h"

#include "mm/mmpfn.h"

#include <array>
#include <cstdio>

namespace mm::sim {

namespace {
constexpr std::array<const char*, static_cast<size_t>(Routine::Count)> kRoutineNames = {
    "NtLdrBuildPageTables",
    "MiInitMachineDependent",
    "MiInsertPageInList",
    "MiInsertPageInFreeList",
    "MiUnlinkPageFromList",
    "MiRemoveZeroPage",
    "MiRemoveAnyPage",
    "MiZeroPhysicalPage",
    "MiMapPageInHyperSpace",
    "MiUnmapPageInHyperSpace",
    "MiMapPageToZeroInHyperSpace",
    "MiInitializePfn",
    "MiDecrementShareCount",
    "MiDecrementReferenceCount",
    "MiRestoreTransitionPte",
    "MmZeroPageThread",
    "MmCreateProcessAddressSpace",
    "MmInitializeProcessAddressSpace",
    "MiInitializeWorkingSetList",
    "MmCleanProcessAddressSpace",
    "MmDeleteProcessAddressSpace",
    "PspCreateProcess",
    "PspExitProcess",
    "KiSwapProcess",
    "KeAttachProcess",
    "KeDetachProcess",
    "KeSetEvent",
    "MmAccessFault",
    "MiDispatchFault",
    "MiResolveDemandZeroFault",
    "MiResolveTransitionFault",
    "MiResolvePageFileFault",
    "IoPageRead",
    "MiCompleteInPageSupport",
    "MiAccessCheck",
    "MiLocateAndReserveWsle",
    "MiReleaseWsle",
    "MiAddWorkingSetPage",
    "MiEliminateWorkingSetEntry",
    "MmWorkingSetManager",
    "MmAdjustWorkingSetSize",
    "MiTrimWorkingSet",
    "MiModifiedPageWriter",
    "MiGatherPagefilePages",
    "IoAsynchronousPageWrite",
    "MiWriteComplete",
    "MiReleasePageFileSpace",
    "NtAllocateVirtualMemory",
    "NtFreeVirtualMemory",
    "NtProtectVirtualMemory",
    "MiInsertVad",
    "MiRemoveVad",
    "MiDeleteVirtualAddresses",
    "MiMakePdeExistAndMakeValid",
    "MiChargeCommitment",
    "MiReturnCommitment",
    "kd!ed",
    "MiAllocatePoolPages",
    "MmCreateSection",
    "MiCreateDataFileMap",
    "MiCreatePagingFileMap",
    "MiCreateImageFileMap",
    "MmMapViewOfSection",
    "MmUnmapViewOfSection",
    "MiResolveProtoPteFault",
    "MiCompleteProtoPteFault",
    "MiCopyOnWrite",
    "MiMappedPageWriter",
    "MiCloneProcessAddressSpace",
};

std::string listName(uint8_t list)
{
    return list == Event::kNoList ? std::string("-") : std::string(mm::pageLocationName(list));
}

std::string hex8(uint64_t v)
{
    return hexText(v, 8);
}

std::string hex(uint64_t v)
{
    return hexText(v);
}

std::string cidText(uint16_t cid)
{
    char buf[16];
    std::snprintf(buf, sizeof buf, "Cid %04x", cid);
    return buf;
}
} // namespace

std::string hexText(uint64_t v, int width)
{
    char buf[24];
    std::snprintf(buf, sizeof buf, "%0*llx", width, static_cast<unsigned long long>(v));
    return buf;
}

const char* routineName(Routine routine)
{
    const auto i = static_cast<size_t>(routine);
    return i < kRoutineNames.size() ? kRoutineNames[i] : "?";
}

const char* detailName(Detail detail)
{
    switch (detail) {
    case Detail::None:
        return "none";
    case Detail::Status:
        return "status";
    case Detail::PoolAddress:
        return "pool address";
    case Detail::ControlArea:
        return "control area";
    case Detail::Bytes:
        return "bytes";
    case Detail::Pages:
        return "pages";
    case Detail::Protection:
        return "protection";
    case Detail::Pte:
        return "PTE";
    case Detail::PteAddress:
        return "PTE address";
    case Detail::Frame:
        return "frame";
    case Detail::PageFileOffset:
        return "paging file offset";
    case Detail::FilePage:
        return "file page";
    case Detail::WsleIndex:
        return "WSLE index";
    case Detail::Write:
        return "write";
    }
    return "?";
}

std::string formatTraceLine(const Event& e)
{
    char head[64];
    std::snprintf(head, sizeof head, "%-32s", routineName(e.routine));
    std::string line = head;
    switch (e.kind) {
    case EventKind::PteWrite:
        line += "PTE " + hex8(e.pteAddress) + ": " + hex8(e.pteOld) + " -> " + hex8(e.pteNew);
        if (e.va != Event::kNone)
            line += "  va " + hex8(e.va);
        break;
    case EventKind::PageMove:
        line += "pfn " + hex(e.pfn) + " " + listName(e.listOld) + " -> " + listName(e.listNew);
        break;
    case EventKind::Cr3Load:
        line += "CR3 " + hex8(e.pteOld) + " -> " + hex8(e.pteNew);
        break;
    case EventKind::TlbFlush:
        line += e.va == Event::kNone ? std::string("TLB flush (global entries kept)") : "invlpg " + hex8(e.va);
        break;
    case EventKind::Status:
        line += "status " + hex8(e.value);
        break;
    case EventKind::Call:
        if (e.va != Event::kNone)
            line += "va " + hex8(e.va) + " ";
        if (e.pfn != Event::kNone)
            line += "pfn " + hex(e.pfn) + " ";
        if (!line.empty() && line.back() == ' ')
            line.pop_back();
        break;
    }
    if (e.cid)
        line += "  [" + cidText(e.cid) + "]";
    while (!line.empty() && line.back() == ' ')
        line.pop_back();
    return line;
}

std::string describe(const Event& e)
{
    const std::string who = e.cid ? " for " + cidText(e.cid) : std::string();
    switch (e.kind) {
    case EventKind::PteWrite:
        return std::string(routineName(e.routine)) + " wrote the entry at " + hex8(e.pteAddress) + who + ": "
            + hex8(e.pteOld) + " became " + hex8(e.pteNew) + ".";
    case EventKind::PageMove:
        return std::string(routineName(e.routine)) + " moved frame " + hex(e.pfn) + " from " + listName(e.listOld)
            + " to " + listName(e.listNew) + who + ".";
    case EventKind::Cr3Load:
        return "CR3 was loaded with " + hex8(e.pteNew) + who + "; the TLB dropped every entry not marked Global.";
    case EventKind::TlbFlush:
        return e.va == Event::kNone ? std::string("The TLB was flushed except for global entries.")
                                    : "invlpg removed the TLB entry for " + hex8(e.va) + ".";
    case EventKind::Status:
        return std::string(routineName(e.routine)) + " returned " + hex8(e.value) + who + ".";
    case EventKind::Call:
        break;
    }
    return std::string(routineName(e.routine)) + " ran" + who + ".";
}

} // namespace mm::sim

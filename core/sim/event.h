#pragma once

#include <cstdint>
#include <string>

namespace mm::sim {

// The NT routines whose work the simulator mirrors; each event names one, so that a
// student can follow the real call path in the trace.
enum class Routine : uint16_t {
    NtLdrBuildPageTables, // the boot loader, paging still off
    MiInitMachineDependent,
    MiInsertPageInList,
    MiInsertPageInFreeList,
    MiUnlinkPageFromList,
    MiRemoveZeroPage,
    MiRemoveAnyPage,
    MiZeroPhysicalPage,
    MiMapPageInHyperSpace,
    MiUnmapPageInHyperSpace,
    MiMapPageToZeroInHyperSpace,
    MiInitializePfn,
    MiDecrementShareCount,
    MiDecrementReferenceCount,
    MiRestoreTransitionPte,
    MmZeroPageThread,
    MmCreateProcessAddressSpace,
    MmInitializeProcessAddressSpace,
    MiInitializeWorkingSetList,
    MmCleanProcessAddressSpace,
    MmDeleteProcessAddressSpace,
    PspCreateProcess,
    PspExitProcess,
    KiSwapProcess,
    KeAttachProcess,
    KeDetachProcess,
    KeSetEvent,
    MmAccessFault,
    MiDispatchFault,
    MiResolveDemandZeroFault,
    MiResolveTransitionFault,
    MiResolvePageFileFault,
    IoPageRead,
    MiCompleteInPageSupport,
    MiAccessCheck,
    MiLocateAndReserveWsle,
    MiReleaseWsle,
    MiAddWorkingSetPage,
    MiEliminateWorkingSetEntry,
    MmWorkingSetManager,
    MmAdjustWorkingSetSize,
    MiTrimWorkingSet,
    MiModifiedPageWriter,
    MiGatherPagefilePages,
    IoAsynchronousPageWrite,
    MiWriteComplete,
    MiReleasePageFileSpace,
    NtAllocateVirtualMemory,
    NtFreeVirtualMemory,
    NtProtectVirtualMemory,
    MiInsertVad,
    MiRemoveVad,
    MiDeleteVirtualAddresses,
    MiMakePdeExistAndMakeValid,
    MiChargeCommitment,
    MiReturnCommitment,
    DebuggerWrite,
    MiAllocatePoolPages,
    MmCreateSection,
    MiCreateDataFileMap,
    MiCreatePagingFileMap,
    MiCreateImageFileMap,
    MmMapViewOfSection,
    MmUnmapViewOfSection,
    MiResolveProtoPteFault,
    MiCompleteProtoPteFault,
    MiCopyOnWrite,
    MiMappedPageWriter,
    MiCloneProcessAddressSpace,
    Count
};
const char* routineName(Routine routine);

enum class EventKind : uint8_t {
    Call, // a routine was entered (or did something not captured by the fields below)
    PteWrite, // a PTE or PDE changed: pteAddress, pteOld -> pteNew
    PageMove, // a frame changed state: pfn, listOld -> listNew
    Cr3Load, // pteOld -> pteNew hold the old and new CR3
    TlbFlush, // va = the page for invlpg, or kNone for a flush of every non-global entry
    Status, // a routine's result or an event object's state: detail and value say which
};

// What an event's value is, so that a reader need not know each routine's habits.
enum class Detail : uint8_t {
    None,
    Status, // an NTSTATUS (or the status a routine is about to return)
    PoolAddress, // a structure in nonpaged pool (an MMVAD)
    ControlArea, // the CONTROL_AREA of a section or view
    Bytes, // a size in bytes
    Pages, // a number of pages
    Protection, // an MM_* protection mask
    Pte, // a PTE value (hardware or software)
    PteAddress, // the address of a PTE (a prototype PTE)
    Frame, // a page frame number, other than the event's pfn
    PageFileOffset, // a page of a paging file
    FilePage, // a page of a mapped file
    WsleIndex, // an entry of the working set list
    Write, // 1 for a write, 0 for a read
};
const char* detailName(Detail detail);

// One state change, recorded as data; sentences are rendered from it on demand.
// Fields that do not apply hold kNone.
struct Event {
    static constexpr uint32_t kNone = 0xFFFFFFFF;
    static constexpr uint8_t kNoList = 0xFF;

    uint64_t seq = 0;
    Routine routine = Routine::Count;
    EventKind kind = EventKind::Call;
    uint8_t listOld = kNoList; // a PageLocation (0 Zeroed .. 7 Transition)
    uint8_t listNew = kNoList;
    Detail detail = Detail::None; // what value is
    uint16_t cid = 0; // process the work was done for (0: none)
    uint32_t va = kNone;
    uint32_t pteAddress = kNone;
    uint64_t pteOld = 0;
    uint64_t pteNew = 0;
    uint32_t pfn = kNone;
    uint32_t value = 0; // see detail
};
static_assert(sizeof(Event) == 48, "an event stays 48 bytes: the log holds millions");

// v in lower-case hex with at least `width` digits ("71c", "0071c067"), as events print numbers.
std::string hexText(uint64_t v, int width = 0);

// "MiRemoveZeroPage  pfn 7ff Zeroed -> Active" style trace line (no sequence prefix).
std::string formatTraceLine(const Event& event);
// A one-sentence explanation for people: "The page directory frame 7ff was taken from the Zeroed list."
std::string describe(const Event& event);

} // namespace mm::sim

#include "sim/explain.h"

#include "hw/protection.h"
#include "hw/pte.h"
#include "mm/mmpfn.h"
#include "mm/ntstatus.h"
#include "sim/glossary.h"

#include <cstdio>

namespace mm::sim {

namespace {
namespace pte = hw::pte;

// Where the structures the explanations recognise live (NT 4.0 x86, non-PAE).
constexpr uint32_t kPdWindow = 0xC0300000; // the page directory through the self-map
constexpr uint32_t kPteBase = 0xC0000000;
constexpr uint32_t kHyperspace = 0xC0400000;
constexpr uint32_t kHyperspaceCounterPte = 0xC0301000; // MmFirstReservedMappingPte
constexpr uint32_t kWorkingSetList = 0xC0502000;
constexpr uint32_t kPrototypePtes = 0xE1000000; // paged pool: prototype PTEs live there
constexpr uint32_t kHyperspaceSlots = 255;

std::string hex(uint64_t v)
{
    return hexText(v);
}

std::string hex8(uint64_t v)
{
    return hexText(v, 8);
}

// "ReadWrite" for 4 (the name without protection::describe's number).
std::string protectionName(uint8_t mask)
{
    const std::string text = hw::protection::describe(mask);
    const size_t dash = text.find(" - ");
    return dash == std::string::npos ? text : text.substr(dash + 3);
}

std::string list(uint8_t location)
{
    return pageLocationName(location);
}

bool isPrototypePte(const Event& e)
{
    return e.pteAddress != Event::kNone && e.pteAddress >= kPrototypePtes;
}

bool isPde(const Event& e)
{
    if (e.pteAddress >= kPdWindow && e.pteAddress < kPdWindow + hw::kPageSize)
        return true;
    // A new process's directory, written through its parent's hyperspace: the entries
    // that map 4 MB regions (the working set list's PTE and the counter are not).
    return e.routine == Routine::MmCreateProcessAddressSpace && (e.pteNew & pte::Valid) && e.va != Event::kNone
        && (e.va & 0x3FFFFF) == 0;
}

// The hyperspace mapping counter is kept in a PTE but is a number, not a PTE.
bool isHyperspaceCounter(const Event& e)
{
    if (e.routine == Routine::MiMapPageInHyperSpace)
        return e.pteAddress == kHyperspaceCounterPte;
    return e.routine == Routine::MmCreateProcessAddressSpace && e.va == kHyperspace && !(e.pteNew & pte::Valid);
}

enum class SceneKind { None, Trim, Release, Fault, Writer, Create };

SceneKind kindOf(Routine scene)
{
    switch (scene) {
    case Routine::MiTrimWorkingSet:
    case Routine::MmWorkingSetManager:
    case Routine::MmAdjustWorkingSetSize:
        return SceneKind::Trim;
    case Routine::NtFreeVirtualMemory:
    case Routine::MiDeleteVirtualAddresses:
    case Routine::MmUnmapViewOfSection:
    case Routine::MmCleanProcessAddressSpace:
    case Routine::MmDeleteProcessAddressSpace:
    case Routine::PspExitProcess:
        return SceneKind::Release;
    case Routine::MmAccessFault:
        return SceneKind::Fault;
    case Routine::MiModifiedPageWriter:
    case Routine::MiMappedPageWriter:
        return SceneKind::Writer;
    case Routine::PspCreateProcess:
    case Routine::MmCreateProcessAddressSpace:
    case Routine::MiCloneProcessAddressSpace:
        return SceneKind::Create;
    default:
        return SceneKind::None;
    }
}

// A sentence of this file, for the window to translate (context "mm::explain").
Message say(const char* source, std::vector<Message> args = {})
{
    return Message {"mm::explain", source, std::move(args)};
}

Message pageMoveWhy(const Event& e, SceneKind scene)
{
    using L = PageLocation;
    const auto from = static_cast<L>(e.listOld);
    const auto to = static_cast<L>(e.listNew);
    switch (e.routine) {
    case Routine::MiRemoveZeroPage:
        if (from == L::Zeroed)
            return say(MM_TRANSLATE_NOOP("mm::explain",
                "A zero-filled page was needed and the Zeroed list had one, so nothing has to be cleared."));
        if (from == L::Free)
            return say(MM_TRANSLATE_NOOP("mm::explain",
                "A zero-filled page was needed but the Zeroed list was empty, so a Free page was taken; "
                "MiZeroPhysicalPage clears it before use."));
        if (from == L::Standby)
            return say(MM_TRANSLATE_NOOP("mm::explain",
                "The Zeroed and Free lists were empty, so a Standby page is repurposed: its old owner's PTE gets "
                "back what it held (MiRestoreTransitionPte), then the page is cleared."));
        break;
    case Routine::MiRemoveAnyPage:
        if (from == L::Free)
            return say(MM_TRANSLATE_NOOP("mm::explain",
                "A page was needed whose contents will be overwritten (read from disk or copied), so any page will "
                "do: the Free list comes first."));
        if (from == L::Zeroed)
            return say(MM_TRANSLATE_NOOP("mm::explain",
                "A page was needed whose contents will be overwritten; the Free list was empty, so a Zeroed page "
                "was taken."));
        if (from == L::Standby)
            return say(MM_TRANSLATE_NOOP("mm::explain",
                "A page was needed and the Free and Zeroed lists were empty, so a Standby page is repurposed: its "
                "old owner's PTE gets back what it held (MiRestoreTransitionPte)."));
        break;
    case Routine::MmZeroPageThread:
        return say(MM_TRANSLATE_NOOP("mm::explain",
            "The zero page thread cleared a Free page and put it on the Zeroed list; it runs when the processor is "
            "idle, once the Free list holds 8 pages or more (MmZeroingPageEvent)."));
    case Routine::MiDecrementShareCount:
        if (to != L::Transition)
            break;
        if (scene == SceneKind::Trim)
            return say(MM_TRANSLATE_NOOP("mm::explain",
                "The page left the working set. No PTE maps the frame any more (its share count fell to 0); it "
                "stays in memory until its last reference goes, then it goes to a list."));
        if (scene == SceneKind::Release)
            return say(MM_TRANSLATE_NOOP("mm::explain",
                "The memory was released. No PTE maps the frame any more (its share count fell to 0); it stays in "
                "memory until its last reference goes, then it goes to a list."));
        return say(MM_TRANSLATE_NOOP("mm::explain",
            "No PTE maps the frame any more (its share count fell to 0); it stays in memory until its last "
            "reference goes, then it goes to a list."));
    case Routine::MiInsertPageInList:
        if (to == L::Modified)
            return scene == SceneKind::Trim
                ? say(MM_TRANSLATE_NOOP("mm::explain",
                    "The working set was trimmed and the page is dirty, so it goes to the Modified list: its contents "
                    "exist nowhere else until the modified page writer writes them to the paging file."))
                : say(MM_TRANSLATE_NOOP("mm::explain",
                    "Nothing refers to the page now and it is dirty, so it goes to the Modified list: its contents "
                    "exist nowhere else until the modified page writer writes them to the paging file."));
        if (to == L::Standby) {
            if (scene == SceneKind::Writer)
                return say(MM_TRANSLATE_NOOP("mm::explain",
                    "The write finished, so the page is clean: it goes to Standby, where a fault takes it back "
                    "without reading the disk (a soft fault) until the frame is needed for something else."));
            if (scene == SceneKind::Trim)
                return say(MM_TRANSLATE_NOOP("mm::explain",
                    "The working set was trimmed and the page is clean (its contents are also in the paging file or "
                    "its file): it goes to Standby, where a fault takes it back without reading the disk (a soft "
                    "fault) until the frame is needed for something else."));
            return say(MM_TRANSLATE_NOOP("mm::explain",
                "Nothing refers to the page now and it is clean: it goes to Standby, where a fault takes it back "
                "without reading the disk (a soft fault) until the frame is needed for something else."));
        }
        break;
    case Routine::MiInsertPageInFreeList:
        return say(MM_TRANSLATE_NOOP("mm::explain",
            "No PTE will ever ask for the page's contents again (the memory was freed or its process ended), so the "
            "page goes to the Free list."));
    case Routine::MiMappedPageWriter:
        return say(MM_TRANSLATE_NOOP("mm::explain",
            "The mapped page writer took the page off the Modified list to write it back to its file; it is in "
            "transition while the write is in progress."));
    case Routine::MiGatherPagefilePages:
        return say(MM_TRANSLATE_NOOP("mm::explain",
            "The modified page writer took the page off the Modified list to write it to the paging file; it is in "
            "transition while the write is in progress."));
    case Routine::MiUnlinkPageFromList:
        if (scene == SceneKind::Fault)
            return say(MM_TRANSLATE_NOOP("mm::explain",
                           "A fault found the page still on the %1 list (a soft fault), so it is taken off the list to "
                           "be used again."),
                {list(e.listOld)});
        if (scene == SceneKind::Release)
            return say(MM_TRANSLATE_NOOP("mm::explain",
                           "The memory was freed while its page waited on the %1 list, so the page is taken off it."),
                {list(e.listOld)});
        return say(MM_TRANSLATE_NOOP("mm::explain", "The page is taken off the %1 list."), {list(e.listOld)});
    case Routine::MiResolveTransitionFault:
        return say(MM_TRANSLATE_NOOP("mm::explain",
            "A soft fault: the page was still in memory, so it goes back into use without reading the disk."));
    default:
        break;
    }
    return say(MM_TRANSLATE_NOOP("mm::explain", "%1 moved the frame from %2 to %3."),
        {routineName(e.routine), list(e.listOld), list(e.listNew)});
}

Message pteWriteWhy(const Event& e, SceneKind scene)
{
    const bool proto = isPrototypePte(e);
    const pte::Kind before = pte::classify(uint32_t(e.pteOld), proto);
    const pte::Kind after = pte::classify(uint32_t(e.pteNew), proto);
    // PTE, PDE and prototype PTE are the same words in every language.
    const std::string entry = proto ? "prototype PTE" : isPde(e) ? "PDE" : "PTE";
    switch (e.routine) {
    case Routine::DebuggerWrite:
        return say(MM_TRANSLATE_NOOP(
            "mm::explain", "The debugger wrote this value (ed): the memory manager did not choose it."));
    case Routine::MiDispatchFault:
        if (before == pte::Kind::Zero && after == pte::Kind::DemandZero)
            return say(MM_TRANSLATE_NOOP("mm::explain",
                "The PTE was empty, so the VAD decides: the address is committed private memory, so the PTE "
                "becomes demand zero with the VAD's protection."));
        if (before == pte::Kind::Zero && after == pte::Kind::PrototypePointer)
            return say(MM_TRANSLATE_NOOP("mm::explain",
                "The PTE was empty, so the VAD decides: the address is in a view of a section, so the PTE points at "
                "the section's prototype PTE."));
        break;
    case Routine::MiResolveDemandZeroFault:
    case Routine::MiMakePdeExistAndMakeValid:
        if (isPde(e))
            return say(MM_TRANSLATE_NOOP("mm::explain",
                "The page table did not exist yet: a zero-filled page becomes the page table and its PDE is made "
                "valid."));
        if (after == pte::Kind::Hardware)
            return say(MM_TRANSLATE_NOOP("mm::explain",
                "A demand-zero fault: a zero-filled page now backs the address (marked dirty at once when "
                "writable, so a write does not fault again)."));
        break;
    case Routine::MiEliminateWorkingSetEntry:
        if (after == pte::Kind::TransitionPage)
            return scene == SceneKind::Trim
                ? say(MM_TRANSLATE_NOOP("mm::explain",
                    "The working set was trimmed: the page left the working set, and its PTE becomes a transition "
                    "PTE that still names the frame, so a fault can take the page back without I/O while it stays "
                    "on a list."))
                : say(MM_TRANSLATE_NOOP("mm::explain",
                    "The page left the working set, and its PTE becomes a transition PTE that still names the frame, "
                    "so a fault can take the page back without I/O while it stays on a list."));
        if (after == pte::Kind::PrototypePointer)
            return say(MM_TRANSLATE_NOOP("mm::explain",
                "The shared page left this working set: the PTE points at the section's prototype PTE again."));
        break;
    case Routine::MiRestoreTransitionPte:
        if (after == pte::Kind::PageFile)
            return say(MM_TRANSLATE_NOOP("mm::explain",
                           "The frame is being reused for something else, so its old owner's %1 gets back what it "
                           "held before the page came in (the PFN's OriginalPte): where its contents are in the "
                           "paging file."),
                {entry});
        if (after == pte::Kind::Subsection)
            return say(MM_TRANSLATE_NOOP("mm::explain",
                           "The frame is being reused for something else, so its old owner's %1 gets back what it "
                           "held before the page came in (the PFN's OriginalPte): the page's place in its file."),
                {entry});
        if (after == pte::Kind::DemandZero)
            return say(MM_TRANSLATE_NOOP("mm::explain",
                           "The frame is being reused for something else, so its old owner's %1 gets back what it "
                           "held before the page came in (the PFN's OriginalPte): demand zero."),
                {entry});
        return say(MM_TRANSLATE_NOOP("mm::explain",
                       "The frame is being reused for something else, so its old owner's %1 gets back what it held "
                       "before the page came in (the PFN's OriginalPte)."),
            {entry});
    case Routine::MiDeleteVirtualAddresses:
        return say(MM_TRANSLATE_NOOP("mm::explain",
            "The memory was freed or decommitted: the PTE no longer maps a page, and the page is released."));
    case Routine::MmCleanProcessAddressSpace:
        return say(MM_TRANSLATE_NOOP(
            "mm::explain", "The process is ending: its page tables are freed and their PDEs cleared."));
    case Routine::MiMapPageInHyperSpace:
        if (isHyperspaceCounter(e))
            return say(MM_TRANSLATE_NOOP("mm::explain",
                           "The hyperspace mapping counter (a number kept in the first reserved PTE, not a PTE): %1 "
                           "of %2 slots left."),
                {std::to_string(uint32_t(e.pteNew) >> hw::kPageShift), std::to_string(kHyperspaceSlots)});
        if (after == pte::Kind::Hardware)
            return say(MM_TRANSLATE_NOOP("mm::explain",
                           "Frame %1 is mapped in hyperspace, so the running process can reach a page it does not "
                           "map (another process's page table or directory, a page to clear)."),
                {hex(uint32_t(e.pteNew) >> hw::kPageShift)});
        break;
    case Routine::MiUnmapPageInHyperSpace:
        return say(MM_TRANSLATE_NOOP("mm::explain",
            "The hyperspace slot is released. No invlpg: the slot is not used again until the counter runs out and "
            "the whole TLB is flushed."));
    case Routine::MiMapPageToZeroInHyperSpace:
        return say(MM_TRANSLATE_NOOP(
            "mm::explain", "The zero page thread's own hyperspace PTE maps the frame so that it can be cleared."));
    case Routine::MmCreateProcessAddressSpace:
        if (isHyperspaceCounter(e))
            return say(MM_TRANSLATE_NOOP("mm::explain",
                "The new process's hyperspace mapping counter starts with all 255 slots free (a number, not a "
                "PTE)."));
        if (e.va == kWorkingSetList)
            return say(MM_TRANSLATE_NOOP(
                "mm::explain", "The new hyperspace page table maps the working set list page at c0502000."));
        if (e.va == kPteBase)
            return say(MM_TRANSLATE_NOOP("mm::explain",
                "The new directory's self-map entry (PDE 300) points at the directory itself, so its page tables "
                "appear at c0000000 once it is the running directory."));
        if (e.va == kHyperspace)
            return say(MM_TRANSLATE_NOOP(
                "mm::explain", "The new directory's PDE 301 points at the new process's own hyperspace page table."));
        if (isPde(e))
            return say(MM_TRANSLATE_NOOP("mm::explain",
                "A system PDE copied from the parent's directory: every process sees the same system space."));
        break;
    case Routine::MiAddWorkingSetPage:
        return say(MM_TRANSLATE_NOOP(
            "mm::explain", "The working set list needs another page: a new page is mapped at its end."));
    case Routine::MiCreateImageFileMap:
    case Routine::MiCreateDataFileMap:
        if (after == pte::Kind::Subsection)
            return say(MM_TRANSLATE_NOOP("mm::explain",
                "A prototype PTE of the new section names its subsection: the page is in the file, nothing is in "
                "memory yet."));
        break;
    case Routine::MiCreatePagingFileMap:
        return say(MM_TRANSLATE_NOOP("mm::explain",
            "A prototype PTE of the new section backed by the paging file: demand zero until first touched."));
    case Routine::MiResolveProtoPteFault:
        if (after == pte::Kind::TransitionPage)
            return say(MM_TRANSLATE_NOOP("mm::explain",
                "A hard fault on a section page: the page is being read from its file, and the prototype PTE is in "
                "transition while the read is in progress."));
        break;
    case Routine::MiCompleteInPageSupport:
        return say(MM_TRANSLATE_NOOP("mm::explain", "The read from disk finished: the %1 becomes valid."), {entry});
    case Routine::MiCompleteProtoPteFault:
        return say(MM_TRANSLATE_NOOP("mm::explain",
            "The process's PTE gets the frame its prototype PTE holds: the page is shared, and the PFN's share count "
            "counts this mapping."));
    case Routine::MiResolvePageFileFault:
        return say(MM_TRANSLATE_NOOP("mm::explain",
            "A hard fault: the page is being read from the paging file; the PTE is in transition while the read is "
            "in progress, so other faults on it wait."));
    case Routine::MiResolveTransitionFault:
        return say(MM_TRANSLATE_NOOP("mm::explain",
                       "A soft fault: the frame is still in memory, so the %1 becomes valid again without reading "
                       "the disk."),
            {entry});
    case Routine::MiCopyOnWrite:
        return say(MM_TRANSLATE_NOOP("mm::explain",
            "A write to a copy-on-write page: the process gets its own copy, writable, and lets go of the shared "
            "page."));
    case Routine::MiDecrementShareCount:
        if (proto)
            return say(MM_TRANSLATE_NOOP("mm::explain",
                "No process maps the shared page any more: its prototype PTE becomes a transition PTE, so the next "
                "fault finds the page while it stays on a list."));
        break;
    case Routine::MiCloneProcessAddressSpace:
        return say(MM_TRANSLATE_NOOP("mm::explain",
            "Fork: the parent's and the child's private pages become shared through prototype PTEs, to be copied on "
            "the first write."));
    case Routine::NtProtectVirtualMemory:
        return say(MM_TRANSLATE_NOOP("mm::explain", "The page's protection changed."));
    case Routine::NtAllocateVirtualMemory:
        return say(MM_TRANSLATE_NOOP("mm::explain",
            "Committing memory whose page table exists: the PTE becomes demand zero with the protection asked for, "
            "and the first touch takes a zero-filled page."));
    case Routine::MiAccessCheck:
        return say(MM_TRANSLATE_NOOP("mm::explain",
            "The first touch of a guard page: the guard goes and this access fails once "
            "(STATUS_GUARD_PAGE_VIOLATION); the next one succeeds."));
    case Routine::MiAllocatePoolPages:
        return say(MM_TRANSLATE_NOOP("mm::explain",
            "Paged pool grows: a zero-filled page is mapped for the structures that live there (prototype PTEs)."));
    case Routine::NtLdrBuildPageTables:
    case Routine::MiInitMachineDependent:
        return say(MM_TRANSLATE_NOOP("mm::explain", "Boot builds the system's page tables."));
    default:
        break;
    }
    return say(MM_TRANSLATE_NOOP("mm::explain", "%1 changed the %2."), {routineName(e.routine), entry});
}

Message statusWhy(const Event& e)
{
    if (e.routine == Routine::KeSetEvent)
        return say(MM_TRANSLATE_NOOP("mm::explain",
                       "The Free list holds %1 pages (8 or more): MmZeroingPageEvent is set, so the zero page thread "
                       "may run when the processor is idle."),
            {std::to_string(e.value)});
    if (e.detail == Detail::Status)
        return say(
            MM_TRANSLATE_NOOP("mm::explain", "%1 returned %2."), {routineName(e.routine), status::name(e.value)});
    return say("%1: %2 %3.", {routineName(e.routine), detailName(e.detail), hex(e.value)});
}

Message callWhy(const Event& e)
{
    switch (e.routine) {
    case Routine::MmAccessFault:
        if (e.va != Event::kNone)
            return say(
                MM_TRANSLATE_NOOP("mm::explain",
                    "The MMU could not translate %1: a page fault. MmAccessFault finds out why and resolves it."),
                {hex8(e.va)});
        break;
    case Routine::MiZeroPhysicalPage:
        return say(
            MM_TRANSLATE_NOOP("mm::explain", "The frame is cleared through a hyperspace mapping before it is used."));
    default:
        break;
    }
    // What the routine does, from the glossary (translated in its own context).
    const GlossaryEntry* entry = glossaryEntry(e.routine);
    return Message {"mm::glossary", entry ? entry->what : "", {}};
}
} // namespace

Message pageListName(uint8_t location)
{
    static const char* const names[kPageLocationCount]
        = {MM_TRANSLATE_NOOP("mm::lists", "Zeroed"), MM_TRANSLATE_NOOP("mm::lists", "Free"),
            MM_TRANSLATE_NOOP("mm::lists", "Standby"), MM_TRANSLATE_NOOP("mm::lists", "Modified"),
            MM_TRANSLATE_NOOP("mm::lists", "ModifiedNoWrite"), MM_TRANSLATE_NOOP("mm::lists", "Bad"),
            MM_TRANSLATE_NOOP("mm::lists", "Active"), MM_TRANSLATE_NOOP("mm::lists", "Transition")};
    return location < kPageLocationCount ? Message {"mm::lists", names[location]} : Message(pageLocationName(location));
}

bool opensScene(Routine routine)
{
    switch (routine) {
    case Routine::MmAccessFault:
    case Routine::MiTrimWorkingSet:
    case Routine::MmWorkingSetManager:
    case Routine::MmAdjustWorkingSetSize:
    case Routine::MiModifiedPageWriter:
    case Routine::MiMappedPageWriter:
    case Routine::NtAllocateVirtualMemory:
    case Routine::NtFreeVirtualMemory:
    case Routine::NtProtectVirtualMemory:
    case Routine::MmUnmapViewOfSection:
    case Routine::MmMapViewOfSection:
    case Routine::MmCreateSection:
    case Routine::PspCreateProcess:
    case Routine::MmCreateProcessAddressSpace:
    case Routine::MiCloneProcessAddressSpace:
    case Routine::MmCleanProcessAddressSpace:
    case Routine::MmDeleteProcessAddressSpace:
    case Routine::PspExitProcess:
    case Routine::MmZeroPageThread:
    case Routine::KiSwapProcess:
        return true;
    default:
        return false;
    }
}

std::string decodeEntry(uint32_t entry, bool prototypePte)
{
    switch (pte::classify(entry, prototypePte)) {
    case pte::Kind::Zero:
        return "0";
    case pte::Kind::Hardware: {
        const auto h = pte::HardwarePte::decode(entry);
        std::string s = "Valid pfn " + hex(h.pfn) + (h.write ? " RW" : " RO") + (h.owner ? " user" : " kernel");
        if (h.largePage)
            s += " large";
        if (h.global)
            s += " global";
        if (h.dirty)
            s += " dirty";
        if (h.copyOnWrite)
            s += " copy-on-write";
        return s;
    }
    case pte::Kind::DemandZero:
        return "DemandZero " + protectionName(pte::protectionOf(entry));
    case pte::Kind::TransitionPage: {
        const auto t = pte::TransitionPte::decode(entry);
        return "Transition pfn " + hex(t.pfn) + " " + protectionName(t.protection);
    }
    case pte::Kind::PageFile: {
        const auto f = pte::PageFilePte::decode(entry);
        return "PageFile " + hex(f.fileNumber) + " offset " + hex(f.offset) + " " + protectionName(f.protection);
    }
    case pte::Kind::PrototypePointer: {
        const auto p = pte::PrototypePointerPte::decode(entry);
        return p.lookupNeeded ? std::string("Proto (VAD)") : "Proto " + hex8(p.protoPteAddress);
    }
    case pte::Kind::Subsection:
        return "Subsection";
    }
    return "?";
}

Explanation explain(const Event& e, Routine scene)
{
    const SceneKind kind = kindOf(scene);
    Explanation x;
    switch (e.kind) {
    case EventKind::PteWrite:
        if (isHyperspaceCounter(e))
            x.change = "counter " + std::to_string(uint32_t(e.pteOld) >> hw::kPageShift) + " -> "
                + std::to_string(uint32_t(e.pteNew) >> hw::kPageShift);
        else
            x.change = decodeEntry(uint32_t(e.pteOld), isPrototypePte(e)) + " -> "
                + decodeEntry(uint32_t(e.pteNew), isPrototypePte(e));
        x.why = pteWriteWhy(e, kind);
        break;
    case EventKind::PageMove:
        x.change = list(e.listOld) + " -> " + list(e.listNew);
        x.why = pageMoveWhy(e, kind);
        break;
    case EventKind::Cr3Load:
        x.change = "CR3 " + hex8(e.pteOld) + " -> " + hex8(e.pteNew);
        x.why = e.routine == Routine::KeAttachProcess ? say(MM_TRANSLATE_NOOP("mm::explain",
                    "The thread attaches to another process's address space to work in it; the TLB keeps only global "
                    "entries."))
            : e.routine == Routine::KeDetachProcess
            ? say(MM_TRANSLATE_NOOP("mm::explain",
                "The thread goes back to its own process's address space; the TLB keeps only global entries."))
            : say(MM_TRANSLATE_NOOP("mm::explain",
                "A context switch: CR3 now holds the new process's page directory, and the TLB keeps only global "
                "entries."));
        break;
    case EventKind::TlbFlush:
        if (e.va != Event::kNone) {
            x.change = "invlpg " + hex8(e.va);
            x.why = say(MM_TRANSLATE_NOOP(
                "mm::explain", "The TLB may still hold the old translation of this page, so invlpg drops it."));
        } else {
            x.change = "TLB flush";
            x.why = e.routine == Routine::MiMapPageInHyperSpace
                ? say(MM_TRANSLATE_NOOP("mm::explain",
                    "Every hyperspace slot was used since the last flush: the TLB is flushed (global entries kept) "
                    "and the counter starts over."))
                : say(MM_TRANSLATE_NOOP("mm::explain", "Every TLB entry not marked Global is dropped."));
        }
        break;
    case EventKind::Status:
        x.why = statusWhy(e);
        break;
    case EventKind::Call:
        x.why = callWhy(e);
        break;
    }
    return x;
}

} // namespace mm::sim

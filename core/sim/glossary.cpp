#include "sim/glossary.h"

#include <algorithm>
#include <cctype>
#include <iterator>

namespace mm::sim {

namespace {

// In the order of Routine. "Digest" is ../shared/reference/seed-digest.md, "nt-mm" is
// ../shared/reference/nt-mm.md.
const GlossaryEntry kEntries[] = {
    {"NtLdrBuildPageTables", "The boot loader builds the first page tables before paging is turned on.",
        "Once, at boot.",
        "Builds the System page directory with the self-map, hyperspace and the KSEG0 large-page PDEs.",
        "Digest: Address space and the two per-process upper-half PDEs (KSEG0)."},
    {"MiInitMachineDependent",
        "Sets up the memory manager's x86 structures: the PFN database, the lists, the "
        "system PTEs and the initial nonpaged pool.",
        "Once, at boot (MmInitSystem phase 0).",
        "Builds the PFN database at MmPfnDatabase and puts every frame not used by the system on the Free list.",
        "Digest: Physical memory: the PFN database."},
    {"MiInsertPageInList", "Puts a frame on one of the page lists (Zeroed, Standby, Modified, ...).",
        "When a page leaves a working set or is written out, and at boot.",
        "Links the PFN entry into the list and updates its count; the frame's state becomes the list's.",
        "Digest: Physical memory: the PFN database; nt-mm: page lists."},
    {"MiInsertPageInFreeList",
        "Puts a frame on the Free list; wakes the zero page thread when the list "
        "reaches 8 pages.",
        "When a page's last reference goes away (process exit, a freed private page).",
        "Links the frame to the Free list; sets MmZeroingPageEvent when Free holds 8 pages or more.",
        "Digest: Page list dynamics."},
    {"MiUnlinkPageFromList", "Takes a frame off whatever list it is on.",
        "A soft fault taking a page back, or a page picked to be reused.",
        "Unlinks the PFN entry and decrements the list's count.", "nt-mm: page lists."},
    {"MiRemoveZeroPage",
        "Gives a zeroed page: from the Zeroed list, else a Free page zeroed now, else a "
        "Standby page zeroed now.",
        "Demand-zero faults, new page tables, process creation (its three pages).",
        "Takes the page and zeroes it when needed (through hyperspace); the console says which list it came from.",
        "Digest: Page list dynamics; Process creation."},
    {"MiRemoveAnyPage", "Gives a page that will be overwritten anyway: Free, else Zeroed, else Standby.",
        "Page reads (hard faults), copy-on-write copies, the zero page thread.",
        "Takes the page; a Standby page first has its old PTE pointed at where its data now lives.",
        "Digest: Page list dynamics."},
    {"MiZeroPhysicalPage", "Fills a frame with zeros.", "Whenever a page must be handed out zeroed.",
        "Zeroes the frame's bytes through KSEG0 or hyperspace.", "Digest: Hyperspace (zeroing)."},
    {"MiMapPageInHyperSpace", "Maps a physical page into the current process's hyperspace for a moment.",
        "To reach a frame that is not mapped in this address space, such as a new process's page directory.",
        "Writes one of the reserved mapping PTEs at C0301000 and returns its address in C0400000-C04FFFFF.",
        "Digest: Hyperspace; Process creation (step 4)."},
    {"MiUnmapPageInHyperSpace", "Releases a hyperspace mapping.", "After the work through hyperspace is done.",
        "Clears the mapping PTE and flushes its TLB entry.", "Digest: Hyperspace."},
    {"MiMapPageToZeroInHyperSpace",
        "Maps a frame to be zeroed: its KSEG0 address when the frame is below "
        "MmKseg2Frame, else the zeroing PTE.",
        "Zeroing a page.", "Returns (pfn + 80000h) << 12, or writes the PTE at C0301404 and returns C0501000.",
        "Digest: Hyperspace (zeroing)."},
    {"MiInitializePfn", "Fills in a frame's PFN entry when a PTE starts to map it.",
        "Every time a page becomes valid for the first time (faults, new page tables).",
        "Sets PteAddress, OriginalPte (the PTE's old value, or demand zero), reference and share count 1, Active; "
        "increments the page table's share count.",
        "nt-mm: MiInitializePfn."},
    {"MiDecrementShareCount", "One fewer PTE maps the frame; at zero the page leaves use.",
        "A page removed from a working set, unmapped or deleted.",
        "At share count 0 the PTE becomes a transition PTE and the frame goes to Modified or Standby.",
        "nt-mm: reference and share counts."},
    {"MiDecrementReferenceCount", "One fewer reason to keep the frame; at zero it goes to a list.",
        "After the share count reaches 0, or an I/O completes.",
        "Puts the frame on Modified (if dirty), Standby, or Free (when nothing maps it any more).",
        "nt-mm: reference and share counts."},
    {"MiRestoreTransitionPte", "Gives a reused Standby page's old PTE its data's location.",
        "When a Standby page is taken for something else.",
        "Writes the frame's OriginalPte (a paging-file or prototype PTE) into the PTE that still named the frame.",
        "Digest: Page list dynamics."},
    {"MmZeroPageThread", "The zero page thread: priority 0, zeroes Free pages into the Zeroed list.",
        "When the CPU is idle and MmZeroingPageEvent is set (Free holds at least 8 pages).",
        "`idle` or `zero` let it run; it empties the Free list into Zeroed.",
        "Digest: Page list dynamics; nt-mm: zero page thread."},
    {"MmCreateProcessAddressSpace",
        "Builds a new process's address space in the parent's context: page "
        "directory, hyperspace page table, working set list page.",
        "From PspCreateProcess.",
        "Takes three zeroed pages, maps the directory in the parent's hyperspace, writes PDE 301 and the self-map "
        "PDE 300, copies the system PDEs.",
        "Digest: Process creation; seed 000."},
    {"MmInitializeProcessAddressSpace",
        "Finishes the new address space in the new process's context: the "
        "working set list, the image view.",
        "Right after MmCreateProcessAddressSpace.",
        "Builds the working set list at C0502000 with its three locked entries, maps the image and the system DLLs.",
        "Digest: Hyperspace (the working set list); Process creation."},
    {"MiInitializeWorkingSetList", "Sets up a working set list: its header and the first locked entries.",
        "When a process's address space is initialised.",
        "Writes MMWSL at C0502000 and the WSLEs of the page directory, hyperspace page table and list page.",
        "Digest: Hyperspace."},
    {"MmCleanProcessAddressSpace", "Tears down a process's user space: every VAD and the pages they map.",
        "When a process exits (PspExitProcess).",
        "Deletes every VAD's pages (private pages to Free), unmaps views, frees the user page tables.",
        "nt-mm: process deletion."},
    {"MmDeleteProcessAddressSpace",
        "Frees the last pages of a process: working set list, hyperspace page "
        "table, page directory.",
        "At the end of process deletion.", "Puts the three pages on the Free list.", "nt-mm: process deletion."},
    {"PspCreateProcess", "Creates a process object and its address space.", "NtCreateProcess (here: `spawn`, `fork`).",
        "Allocates the EPROCESS in nonpaged pool, calls MmCreateProcessAddressSpace and "
        "MmInitializeProcessAddressSpace.",
        "Digest: Process creation; seed 000."},
    {"PspExitProcess", "Ends a process.", "When its last thread exits (here: `exit`).",
        "Calls MmCleanProcessAddressSpace and MmDeleteProcessAddressSpace, frees the EPROCESS.",
        "nt-mm: process deletion."},
    {"KiSwapProcess", "Switches the CPU to another process: loads CR3.", "On a context switch (here: `switch`).",
        "Loads CR3 from the new DirectoryTableBase[0]; the TLB keeps only global entries.", "Digest: Context switch."},
    {"KeAttachProcess", "Makes the current thread run in another process's address space for a while.",
        "When the memory manager must touch another process's pages (trimming it, deleting it).",
        "Loads the other process's CR3 (nested attaches are stacked).", "Digest: Context switch."},
    {"KeDetachProcess", "Returns from KeAttachProcess to the thread's own process.", "After the attached work.",
        "Loads the previous CR3.", "Digest: Context switch."},
    {"KeSetEvent", "Signals an event a thread waits on.",
        "Here: MmZeroingPageEvent, set when the Free list reaches 8 pages.", "Wakes the zero page thread.",
        "Digest: Page list dynamics."},
    {"MmAccessFault", "The page fault handler.", "On every page fault (the CPU's exception 14).",
        "Checks the address and access, makes the page table valid first if needed, then calls MiDispatchFault.",
        "Digest: Faults (MmAccessFault -> MiDispatchFault)."},
    {"MiDispatchFault", "Decides how to resolve a fault from the PTE's format.",
        "From MmAccessFault, for an invalid PTE.",
        "Calls the resolver: demand zero, transition, paging file, or prototype PTE.", "Digest: Faults."},
    {"MiResolveDemandZeroFault",
        "Gives a zeroed page for a PTE that says demand zero (or for a new page "
        "table).",
        "The first touch of committed private memory.",
        "Takes a page with MiRemoveZeroPage, makes the PTE valid, adds the page to the working set.",
        "Digest: Faults; Page list dynamics."},
    {"MiResolveTransitionFault", "Takes a page back from the Standby or Modified list (a soft fault).",
        "The PTE is a transition PTE: the page is still in memory.",
        "Unlinks the frame from its list, makes the PTE valid again; no disk read.", "Digest: Faults."},
    {"MiResolvePageFileFault", "Reads a page back from the paging file (a hard fault).",
        "The PTE is a paging-file PTE.",
        "Takes a page, reads the paging-file slot into it (IoPageRead), makes the PTE valid.",
        "Digest: Faults; PTE formats."},
    {"IoPageRead", "Reads a page from a file or the paging file into a frame.",
        "From the fault resolvers (hard faults).",
        "Copies the page's bytes from the simulated disk; the frame is marked read-in-progress meanwhile.",
        "Digest: Faults."},
    {"MiCompleteInPageSupport", "Finishes a page read: the page becomes usable.", "When IoPageRead completes.",
        "Clears read-in-progress and makes the PTE valid.", "Digest: Faults."},
    {"MiAccessCheck", "Checks an access against the page's protection.",
        "In MmAccessFault, before resolving the fault.",
        "Refuses (STATUS_ACCESS_VIOLATION, STATUS_GUARD_PAGE_VIOLATION) what the protection does not allow.",
        "Digest: Faults; PTE formats (protection)."},
    {"MiLocateAndReserveWsle", "Finds a free entry in the working set list.", "When a page joins a working set.",
        "Takes the list's FirstFree entry (growing the list when it is full).", "Digest: Hyperspace (the WSLE array)."},
    {"MiReleaseWsle", "Returns a working set list entry to the free chain.", "When a page leaves a working set.",
        "Marks the WSLE free and links it to FirstFree.", "Digest: Hyperspace."},
    {"MiAddWorkingSetPage", "Adds a page to a working set.", "After a fault makes a page valid.",
        "Writes the page's WSLE and stores its index in the PFN entry; the working set grows.",
        "Digest: Page list dynamics (working set limits)."},
    {"MiEliminateWorkingSetEntry", "Takes a page out of a working set.", "When a working set is trimmed.",
        "Turns the PTE into a transition PTE, frees the WSLE, decrements the share count.",
        "Digest: Page list dynamics."},
    {"MmWorkingSetManager", "The balance set manager's working set pass: ages and trims working sets.",
        "When available pages fall below MmMinimumFreePages (26).",
        "Clears Accessed bits (age 0) or ages pages; trims those at age 3; processes above their maximum first.",
        "Digest: Page list dynamics; nt-mm: thresholds."},
    {"MmAdjustWorkingSetSize", "Changes a working set's limits; trimming empties it.",
        "SetProcessWorkingSetSize (here: `trim`).", "Evicts pages from NextSlot round the list.",
        "Digest: Page list dynamics."},
    {"MiTrimWorkingSet", "Removes pages from a working set.", "From the working set manager and trims.",
        "Evicts the chosen pages (MiEliminateWorkingSetEntry).", "Digest: Page list dynamics."},
    {"MiModifiedPageWriter", "The modified page writer: writes Modified pages out and moves them to Standby.",
        "When the Modified list passes MmModifiedPageMaximum (here also: `modwrite`).",
        "Gathers pages, writes them to the paging file, then the pages are Standby.",
        "Digest: Page list dynamics; nt-mm: modified page writer."},
    {"MiGatherPagefilePages", "Collects Modified pages and reserves paging-file slots for them.",
        "In the modified page writer.", "Allocates a slot for each page in the paging file's bitmap.",
        "Digest: Page list dynamics."},
    {"IoAsynchronousPageWrite", "Writes pages to a file or the paging file.", "From the page writers.",
        "Copies the frame's bytes to the slot on the simulated disk.", "Digest: Page list dynamics."},
    {"MiWriteComplete", "Finishes a page write.", "When the write completes.",
        "Clears the Modified bit; the OriginalPte says where the page now is; the frame goes to Standby.",
        "Digest: Page list dynamics."},
    {"MiReleasePageFileSpace", "Frees a paging-file slot.",
        "When the page's copy on disk is no longer needed (the page was written to again, or freed).",
        "Clears the slot's bit in the paging file's bitmap.", "Digest: Page list dynamics."},
    {"NtAllocateVirtualMemory", "Reserves and/or commits a range of a process's address space.",
        "VirtualAlloc (here: `alloc`).",
        "Inserts a VAD (reserve), charges commitment (commit); no page or page table exists until the first touch.",
        "Digest: Faults (VADs)."},
    {"NtFreeVirtualMemory", "Decommits or releases a range.", "VirtualFree (here: `free`).",
        "Deletes the range's pages (MiDeleteVirtualAddresses), returns commitment, removes the VAD on release.",
        "nt-mm: virtual memory."},
    {"NtProtectVirtualMemory", "Changes the protection of committed pages.", "VirtualProtect (here: `protect`).",
        "Rewrites each PTE (or its PFN's OriginalPte) with the new protection.", "Digest: PTE formats (protection)."},
    {"MiInsertVad", "Inserts a VAD into the process's balanced tree.",
        "Reserving memory, mapping a view, creating a process.",
        "Adds the node (rebalancing) and writes the MMVADs whose links changed into nonpaged pool.",
        "Digest: Faults (VADs)."},
    {"MiRemoveVad", "Removes a VAD from the tree.", "Releasing memory, unmapping a view, process exit.",
        "Unlinks the node (rebalancing) and frees its pool block.", "Digest: Faults (VADs)."},
    {"MiDeleteVirtualAddresses", "Deletes the pages of a range: valid, transition and paging-file PTEs.",
        "Freeing memory, unmapping, process exit.",
        "Frees each page (private pages to Free), releases paging-file slots, zeroes the PTEs.",
        "nt-mm: virtual memory."},
    {"MiMakePdeExistAndMakeValid", "Makes sure the page table of an address exists and is valid.",
        "Before writing a PTE (committing, protecting).", "Creates the page table with a zeroed page if needed.",
        "Digest: Faults (page-table fault)."},
    {"MiChargeCommitment", "Charges pages against the commit limit.", "Committing memory, creating sections.",
        "Refuses (STATUS_COMMITMENT_LIMIT) beyond the limit: RAM plus paging files.", "nt-mm: commitment."},
    {"MiReturnCommitment", "Gives commitment back.", "Decommitting, releasing, process exit.",
        "Lowers the committed total.", "nt-mm: commitment."},
    {"kd!ed", "Not an NT routine: the debugger writing memory (`ed`).", "When you type `ed` in the console.",
        "Writes the dwords into the page's frame (faulting it in if needed).", "WinDbg's ed."},
    {"MiAllocatePoolPages", "Gives nonpaged pool pages.", "For EPROCESS blocks, VADs, control areas (nonpaged pool).",
        "Takes pool from the initial nonpaged pool in KSEG0, then the expansion range.", "nt-mm: pool."},
    {"MmCreateSection", "Creates a section object: a file, the paging file or an image to map.",
        "NtCreateSection (here: `section`, and images at process creation).",
        "Builds the control area, segment and subsections with their prototype PTEs.",
        "Digest: Sections and prototype PTEs."},
    {"MiCreateDataFileMap", "Builds the segment of a data-file section.", "From MmCreateSection.",
        "One subsection and a prototype PTE per page, each pointing at the file.",
        "Digest: Sections and prototype PTEs."},
    {"MiCreatePagingFileMap", "Builds the segment of a section backed by the paging file.",
        "From MmCreateSection (shared memory).", "Prototype PTEs that say demand zero.",
        "Digest: Sections and prototype PTEs."},
    {"MiCreateImageFileMap", "Builds the segment of an image: a subsection per PE section.",
        "From MmCreateSection for an .exe or .dll.",
        "Subsections for headers, .text, .rdata, .data, each with its protection (.data copy-on-write).",
        "Digest: Sections and prototype PTEs."},
    {"MmMapViewOfSection", "Maps a view of a section into a process.",
        "NtMapViewOfSection (here: `map`, and the image and DLLs at process creation).",
        "Inserts a VAD naming the control area; the PTEs stay empty until the first touch.",
        "Digest: Sections and prototype PTEs."},
    {"MmUnmapViewOfSection", "Unmaps a view.", "NtUnmapViewOfSection (here: `unmap`).",
        "Drops the view's pages and removes its VAD.", "Digest: Sections and prototype PTEs."},
    {"MiResolveProtoPteFault", "Resolves a fault through a prototype PTE (a shared page).",
        "A PTE of a mapped view that is empty or points at a prototype PTE.",
        "If the prototype PTE is valid, shares its frame; else reads the page from the file or makes it demand zero.",
        "Digest: Sections and prototype PTEs; PTE formats."},
    {"MiCompleteProtoPteFault", "Finishes a prototype PTE fault: the process's PTE maps the shared frame.",
        "After MiResolveProtoPteFault.",
        "Writes the process PTE (read-only and copy-on-write for writable image data); the share count grows.",
        "Digest: Sections and prototype PTEs."},
    {"MiCopyOnWrite", "Gives the writing process its own copy of a copy-on-write page.",
        "A write to a page whose PTE has the copy-on-write bit.",
        "Copies the frame into a new private page; the shared frame keeps its other users.",
        "Digest: Sections and prototype PTEs."},
    {"MiMappedPageWriter", "The mapped page writer: writes modified pages of mapped files back to their files.",
        "When such pages are Modified (here also: `modwrite`).",
        "Writes the page to its file; the frame goes to Standby.", "nt-mm: modified page writer."},
    {"MiCloneProcessAddressSpace",
        "Builds a child that is a copy of its parent (fork): private pages shared "
        "copy-on-write.",
        "Process creation with no section (here: `fork`).",
        "Moves the parent's private pages into a clone block; both processes' PTEs point at its prototype PTEs.",
        "nt-mm: fork."},
};
static_assert(std::size(kEntries) == size_t(Routine::Count), "an entry for every routine");

// NT services the console names when it refuses a command, that raise no event of their own.
const GlossaryEntry kServices[] = {
    {"NtCreateFile", "Creates or opens a file.", "Here: `file`, creating a data file on the simulated disk.",
        "Refused (STATUS_OBJECT_NAME_COLLISION) when a file of that name exists.",
        "WinDbg and the DDK's NtCreateFile."},
    {"NtTerminateProcess", "Ends a process from outside.", "Here: `exit`.",
        "Refuses to end System or a process that does not exist; otherwise PspExitProcess runs.",
        "nt-mm: process deletion."},
};

} // namespace

const GlossaryEntry* glossaryEntry(Routine routine)
{
    const size_t i = size_t(routine);
    return i < std::size(kEntries) ? &kEntries[i] : nullptr;
}

const GlossaryEntry* glossaryEntry(std::string_view name)
{
    auto same = [&](const GlossaryEntry& e) {
        const std::string_view r(e.name);
        return r.size() == name.size() && std::equal(r.begin(), r.end(), name.begin(), [](char a, char b) {
            return std::tolower(static_cast<unsigned char>(a)) == std::tolower(static_cast<unsigned char>(b));
        });
    };
    for (const auto* table : {std::begin(kEntries), std::begin(kServices)}) {
        const auto* end = table == std::begin(kEntries) ? std::end(kEntries) : std::end(kServices);
        if (const auto* e = std::find_if(table, end, same); e != end)
            return e;
    }
    return nullptr;
}

std::string glossaryText(const GlossaryEntry& e)
{
    return std::string(e.name) + "\n  " + e.what + "\n  When: " + e.when + "\n  Here: " + e.here + "\n  Read: " + e.read
        + "\n";
}

} // namespace mm::sim

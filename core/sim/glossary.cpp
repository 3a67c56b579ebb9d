#include "sim/glossary.h"

#include "sim/message.h"

#include <algorithm>
#include <cctype>
#include <iterator>

namespace mm::sim {

namespace {

// In the order of Routine. "Digest" is ../shared/reference/seed-digest.md, "nt-mm" is
// ../shared/reference/nt-mm.md.
const GlossaryEntry kEntries[] = {
    {"NtLdrBuildPageTables",
        MM_TRANSLATE_NOOP("mm::glossary", "The boot loader builds the first page tables before paging is turned on."),
        MM_TRANSLATE_NOOP("mm::glossary", "Once, at boot."),
        MM_TRANSLATE_NOOP("mm::glossary",
            "Builds the System page directory with the self-map, hyperspace and the KSEG0 large-page PDEs."),
        "Digest: Address space and the two per-process upper-half PDEs (KSEG0)."},
    {"MiInitMachineDependent",
        MM_TRANSLATE_NOOP("mm::glossary",
            "Sets up the memory manager's x86 structures: the PFN database, the lists, the "
            "system PTEs and the initial nonpaged pool."),
        MM_TRANSLATE_NOOP("mm::glossary", "Once, at boot (MmInitSystem phase 0)."),
        MM_TRANSLATE_NOOP("mm::glossary",
            "Builds the PFN database at MmPfnDatabase and puts every frame not used by the system on the Free list."),
        "Digest: Physical memory: the PFN database."},
    {"MiInsertPageInList",
        MM_TRANSLATE_NOOP("mm::glossary", "Puts a frame on one of the page lists (Zeroed, Standby, Modified, ...)."),
        MM_TRANSLATE_NOOP("mm::glossary", "When a page leaves a working set or is written out, and at boot."),
        MM_TRANSLATE_NOOP("mm::glossary",
            "Links the PFN entry into the list and updates its count; the frame's state becomes the list's."),
        "Digest: Physical memory: the PFN database; nt-mm: page lists."},
    {"MiInsertPageInFreeList",
        MM_TRANSLATE_NOOP("mm::glossary",
            "Puts a frame on the Free list; wakes the zero page thread when the list "
            "reaches 8 pages."),
        MM_TRANSLATE_NOOP(
            "mm::glossary", "When a page's last reference goes away (process exit, a freed private page)."),
        MM_TRANSLATE_NOOP("mm::glossary",
            "Links the frame to the Free list; sets MmZeroingPageEvent when Free holds 8 pages or more."),
        "Digest: Page list dynamics."},
    {"MiUnlinkPageFromList", MM_TRANSLATE_NOOP("mm::glossary", "Takes a frame off whatever list it is on."),
        MM_TRANSLATE_NOOP("mm::glossary", "A soft fault taking a page back, or a page picked to be reused."),
        MM_TRANSLATE_NOOP("mm::glossary", "Unlinks the PFN entry and decrements the list's count."),
        "nt-mm: page lists."},
    {"MiRemoveZeroPage",
        MM_TRANSLATE_NOOP("mm::glossary",
            "Gives a zeroed page: from the Zeroed list, else a Free page zeroed now, else a "
            "Standby page zeroed now."),
        MM_TRANSLATE_NOOP("mm::glossary", "Demand-zero faults, new page tables, process creation (its three pages)."),
        MM_TRANSLATE_NOOP("mm::glossary",
            "Takes the page and zeroes it when needed (through hyperspace); the console says which list it came from."),
        "Digest: Page list dynamics; Process creation."},
    {"MiRemoveAnyPage",
        MM_TRANSLATE_NOOP(
            "mm::glossary", "Gives a page that will be overwritten anyway: Free, else Zeroed, else Standby."),
        MM_TRANSLATE_NOOP("mm::glossary", "Page reads (hard faults), copy-on-write copies, the zero page thread."),
        MM_TRANSLATE_NOOP("mm::glossary",
            "Takes the page; a Standby page first has its old PTE pointed at where its data now lives."),
        "Digest: Page list dynamics."},
    {"MiZeroPhysicalPage", MM_TRANSLATE_NOOP("mm::glossary", "Fills a frame with zeros."),
        MM_TRANSLATE_NOOP("mm::glossary", "Whenever a page must be handed out zeroed."),
        MM_TRANSLATE_NOOP("mm::glossary", "Zeroes the frame's bytes through KSEG0 or hyperspace."),
        "Digest: Hyperspace (zeroing)."},
    {"MiMapPageInHyperSpace",
        MM_TRANSLATE_NOOP("mm::glossary", "Maps a physical page into the current process's hyperspace for a moment."),
        MM_TRANSLATE_NOOP("mm::glossary",
            "To reach a frame that is not mapped in this address space, such as a new process's page directory."),
        MM_TRANSLATE_NOOP("mm::glossary",
            "Writes one of the reserved mapping PTEs at C0301000 and returns its address in C0400000-C04FFFFF."),
        "Digest: Hyperspace; Process creation (step 4)."},
    {"MiUnmapPageInHyperSpace", MM_TRANSLATE_NOOP("mm::glossary", "Releases a hyperspace mapping."),
        MM_TRANSLATE_NOOP("mm::glossary", "After the work through hyperspace is done."),
        MM_TRANSLATE_NOOP("mm::glossary", "Clears the mapping PTE and flushes its TLB entry."), "Digest: Hyperspace."},
    {"MiMapPageToZeroInHyperSpace",
        MM_TRANSLATE_NOOP("mm::glossary",
            "Maps a frame to be zeroed: its KSEG0 address when the frame is below "
            "MmKseg2Frame, else the zeroing PTE."),
        MM_TRANSLATE_NOOP("mm::glossary", "Zeroing a page."),
        MM_TRANSLATE_NOOP(
            "mm::glossary", "Returns (pfn + 80000h) << 12, or writes the PTE at C0301404 and returns C0501000."),
        "Digest: Hyperspace (zeroing)."},
    {"MiInitializePfn", MM_TRANSLATE_NOOP("mm::glossary", "Fills in a frame's PFN entry when a PTE starts to map it."),
        MM_TRANSLATE_NOOP(
            "mm::glossary", "Every time a page becomes valid for the first time (faults, new page tables)."),
        MM_TRANSLATE_NOOP("mm::glossary",
            "Sets PteAddress, OriginalPte (the PTE's old value, or demand zero), reference and share count 1, Active; "
            "increments the page table's share count."),
        "nt-mm: MiInitializePfn."},
    {"MiDecrementShareCount",
        MM_TRANSLATE_NOOP("mm::glossary", "One fewer PTE maps the frame; at zero the page leaves use."),
        MM_TRANSLATE_NOOP("mm::glossary", "A page removed from a working set, unmapped or deleted."),
        MM_TRANSLATE_NOOP("mm::glossary",
            "At share count 0 the PTE becomes a transition PTE and the frame goes to Modified or Standby."),
        "nt-mm: reference and share counts."},
    {"MiDecrementReferenceCount",
        MM_TRANSLATE_NOOP("mm::glossary", "One fewer reason to keep the frame; at zero it goes to a list."),
        MM_TRANSLATE_NOOP("mm::glossary", "After the share count reaches 0, or an I/O completes."),
        MM_TRANSLATE_NOOP(
            "mm::glossary", "Puts the frame on Modified (if dirty), Standby, or Free (when nothing maps it any more)."),
        "nt-mm: reference and share counts."},
    {"MiRestoreTransitionPte",
        MM_TRANSLATE_NOOP("mm::glossary", "Gives a reused Standby page's old PTE its data's location."),
        MM_TRANSLATE_NOOP("mm::glossary", "When a Standby page is taken for something else."),
        MM_TRANSLATE_NOOP("mm::glossary",
            "Writes the frame's OriginalPte (a paging-file or prototype PTE) into the PTE that still named the frame."),
        "Digest: Page list dynamics."},
    {"MmZeroPageThread",
        MM_TRANSLATE_NOOP("mm::glossary", "The zero page thread: priority 0, zeroes Free pages into the Zeroed list."),
        MM_TRANSLATE_NOOP(
            "mm::glossary", "When the CPU is idle and MmZeroingPageEvent is set (Free holds at least 8 pages)."),
        MM_TRANSLATE_NOOP("mm::glossary", "`idle` or `zero` let it run; it empties the Free list into Zeroed."),
        "Digest: Page list dynamics; nt-mm: zero page thread."},
    {"MmCreateProcessAddressSpace",
        MM_TRANSLATE_NOOP("mm::glossary",
            "Builds a new process's address space in the parent's context: page "
            "directory, hyperspace page table, working set list page."),
        MM_TRANSLATE_NOOP("mm::glossary", "From PspCreateProcess."),
        MM_TRANSLATE_NOOP("mm::glossary",
            "Takes three zeroed pages, maps the directory in the parent's hyperspace, writes PDE 301 and the self-map "
            "PDE 300, copies the system PDEs."),
        "Digest: Process creation; seed 000."},
    {"MmInitializeProcessAddressSpace",
        MM_TRANSLATE_NOOP("mm::glossary",
            "Finishes the new address space in the new process's context: the "
            "working set list, the image view."),
        MM_TRANSLATE_NOOP("mm::glossary", "Right after MmCreateProcessAddressSpace."),
        MM_TRANSLATE_NOOP("mm::glossary",
            "Builds the working set list at C0502000 with its three locked entries, maps the image and the system "
            "DLLs."),
        "Digest: Hyperspace (the working set list); Process creation."},
    {"MiInitializeWorkingSetList",
        MM_TRANSLATE_NOOP("mm::glossary", "Sets up a working set list: its header and the first locked entries."),
        MM_TRANSLATE_NOOP("mm::glossary", "When a process's address space is initialised."),
        MM_TRANSLATE_NOOP("mm::glossary",
            "Writes MMWSL at C0502000 and the WSLEs of the page directory, hyperspace page table and list page."),
        "Digest: Hyperspace."},
    {"MmCleanProcessAddressSpace",
        MM_TRANSLATE_NOOP("mm::glossary", "Tears down a process's user space: every VAD and the pages they map."),
        MM_TRANSLATE_NOOP("mm::glossary", "When a process exits (PspExitProcess)."),
        MM_TRANSLATE_NOOP("mm::glossary",
            "Deletes every VAD's pages (private pages to Free), unmaps views, frees the user page tables."),
        "nt-mm: process deletion."},
    {"MmDeleteProcessAddressSpace",
        MM_TRANSLATE_NOOP("mm::glossary",
            "Frees the last pages of a process: working set list, hyperspace page "
            "table, page directory."),
        MM_TRANSLATE_NOOP("mm::glossary", "At the end of process deletion."),
        MM_TRANSLATE_NOOP("mm::glossary", "Puts the three pages on the Free list."), "nt-mm: process deletion."},
    {"PspCreateProcess", MM_TRANSLATE_NOOP("mm::glossary", "Creates a process object and its address space."),
        MM_TRANSLATE_NOOP("mm::glossary", "NtCreateProcess (here: `spawn`, `fork`)."),
        MM_TRANSLATE_NOOP("mm::glossary",
            "Allocates the EPROCESS in nonpaged pool, calls MmCreateProcessAddressSpace and "
            "MmInitializeProcessAddressSpace."),
        "Digest: Process creation; seed 000."},
    {"PspExitProcess", MM_TRANSLATE_NOOP("mm::glossary", "Ends a process."),
        MM_TRANSLATE_NOOP("mm::glossary", "When its last thread exits (here: `exit`)."),
        MM_TRANSLATE_NOOP(
            "mm::glossary", "Calls MmCleanProcessAddressSpace and MmDeleteProcessAddressSpace, frees the EPROCESS."),
        "nt-mm: process deletion."},
    {"KiSwapProcess", MM_TRANSLATE_NOOP("mm::glossary", "Switches the CPU to another process: loads CR3."),
        MM_TRANSLATE_NOOP("mm::glossary", "On a context switch (here: `switch`)."),
        MM_TRANSLATE_NOOP(
            "mm::glossary", "Loads CR3 from the new DirectoryTableBase[0]; the TLB keeps only global entries."),
        "Digest: Context switch."},
    {"KeAttachProcess",
        MM_TRANSLATE_NOOP(
            "mm::glossary", "Makes the current thread run in another process's address space for a while."),
        MM_TRANSLATE_NOOP(
            "mm::glossary", "When the memory manager must touch another process's pages (trimming it, deleting it)."),
        MM_TRANSLATE_NOOP("mm::glossary", "Loads the other process's CR3 (nested attaches are stacked)."),
        "Digest: Context switch."},
    {"KeDetachProcess", MM_TRANSLATE_NOOP("mm::glossary", "Returns from KeAttachProcess to the thread's own process."),
        MM_TRANSLATE_NOOP("mm::glossary", "After the attached work."),
        MM_TRANSLATE_NOOP("mm::glossary", "Loads the previous CR3."), "Digest: Context switch."},
    {"KeSetEvent", MM_TRANSLATE_NOOP("mm::glossary", "Signals an event a thread waits on."),
        MM_TRANSLATE_NOOP("mm::glossary", "Here: MmZeroingPageEvent, set when the Free list reaches 8 pages."),
        MM_TRANSLATE_NOOP("mm::glossary", "Wakes the zero page thread."), "Digest: Page list dynamics."},
    {"MmAccessFault", MM_TRANSLATE_NOOP("mm::glossary", "The page fault handler."),
        MM_TRANSLATE_NOOP("mm::glossary", "On every page fault (the CPU's exception 14)."),
        MM_TRANSLATE_NOOP("mm::glossary",
            "Checks the address and access, makes the page table valid first if needed, then calls MiDispatchFault."),
        "Digest: Faults (MmAccessFault -> MiDispatchFault)."},
    {"MiDispatchFault", MM_TRANSLATE_NOOP("mm::glossary", "Decides how to resolve a fault from the PTE's format."),
        MM_TRANSLATE_NOOP("mm::glossary", "From MmAccessFault, for an invalid PTE."),
        MM_TRANSLATE_NOOP(
            "mm::glossary", "Calls the resolver: demand zero, transition, paging file, or prototype PTE."),
        "Digest: Faults."},
    {"MiResolveDemandZeroFault",
        MM_TRANSLATE_NOOP("mm::glossary",
            "Gives a zeroed page for a PTE that says demand zero (or for a new page "
            "table)."),
        MM_TRANSLATE_NOOP("mm::glossary", "The first touch of committed private memory."),
        MM_TRANSLATE_NOOP("mm::glossary",
            "Takes a page with MiRemoveZeroPage, makes the PTE valid, adds the page to the working set."),
        "Digest: Faults; Page list dynamics."},
    {"MiResolveTransitionFault",
        MM_TRANSLATE_NOOP("mm::glossary", "Takes a page back from the Standby or Modified list (a soft fault)."),
        MM_TRANSLATE_NOOP("mm::glossary", "The PTE is a transition PTE: the page is still in memory."),
        MM_TRANSLATE_NOOP("mm::glossary", "Unlinks the frame from its list, makes the PTE valid again; no disk read."),
        "Digest: Faults."},
    {"MiResolvePageFileFault",
        MM_TRANSLATE_NOOP("mm::glossary", "Reads a page back from the paging file (a hard fault)."),
        MM_TRANSLATE_NOOP("mm::glossary", "The PTE is a paging-file PTE."),
        MM_TRANSLATE_NOOP(
            "mm::glossary", "Takes a page, reads the paging-file slot into it (IoPageRead), makes the PTE valid."),
        "Digest: Faults; PTE formats."},
    {"IoPageRead", MM_TRANSLATE_NOOP("mm::glossary", "Reads a page from a file or the paging file into a frame."),
        MM_TRANSLATE_NOOP("mm::glossary", "From the fault resolvers (hard faults)."),
        MM_TRANSLATE_NOOP("mm::glossary",
            "Copies the page's bytes from the simulated disk; the frame is marked read-in-progress meanwhile."),
        "Digest: Faults."},
    {"MiCompleteInPageSupport", MM_TRANSLATE_NOOP("mm::glossary", "Finishes a page read: the page becomes usable."),
        MM_TRANSLATE_NOOP("mm::glossary", "When IoPageRead completes."),
        MM_TRANSLATE_NOOP("mm::glossary", "Clears read-in-progress and makes the PTE valid."), "Digest: Faults."},
    {"MiAccessCheck", MM_TRANSLATE_NOOP("mm::glossary", "Checks an access against the page's protection."),
        MM_TRANSLATE_NOOP("mm::glossary", "In MmAccessFault, before resolving the fault."),
        MM_TRANSLATE_NOOP("mm::glossary",
            "Refuses (STATUS_ACCESS_VIOLATION, STATUS_GUARD_PAGE_VIOLATION) what the protection does not allow."),
        "Digest: Faults; PTE formats (protection)."},
    {"MiLocateAndReserveWsle", MM_TRANSLATE_NOOP("mm::glossary", "Finds a free entry in the working set list."),
        MM_TRANSLATE_NOOP("mm::glossary", "When a page joins a working set."),
        MM_TRANSLATE_NOOP("mm::glossary", "Takes the list's FirstFree entry (growing the list when it is full)."),
        "Digest: Hyperspace (the WSLE array)."},
    {"MiReleaseWsle", MM_TRANSLATE_NOOP("mm::glossary", "Returns a working set list entry to the free chain."),
        MM_TRANSLATE_NOOP("mm::glossary", "When a page leaves a working set."),
        MM_TRANSLATE_NOOP("mm::glossary", "Marks the WSLE free and links it to FirstFree."), "Digest: Hyperspace."},
    {"MiAddWorkingSetPage", MM_TRANSLATE_NOOP("mm::glossary", "Adds a page to a working set."),
        MM_TRANSLATE_NOOP("mm::glossary", "After a fault makes a page valid."),
        MM_TRANSLATE_NOOP(
            "mm::glossary", "Writes the page's WSLE and stores its index in the PFN entry; the working set grows."),
        "Digest: Page list dynamics (working set limits)."},
    {"MiEliminateWorkingSetEntry", MM_TRANSLATE_NOOP("mm::glossary", "Takes a page out of a working set."),
        MM_TRANSLATE_NOOP("mm::glossary", "When a working set is trimmed."),
        MM_TRANSLATE_NOOP(
            "mm::glossary", "Turns the PTE into a transition PTE, frees the WSLE, decrements the share count."),
        "Digest: Page list dynamics."},
    {"MmWorkingSetManager",
        MM_TRANSLATE_NOOP("mm::glossary", "The balance set manager's working set pass: ages and trims working sets."),
        MM_TRANSLATE_NOOP("mm::glossary", "When available pages fall below MmMinimumFreePages (26)."),
        MM_TRANSLATE_NOOP("mm::glossary",
            "Clears Accessed bits (age 0) or ages pages; trims those at age 3; processes above their maximum first."),
        "Digest: Page list dynamics; nt-mm: thresholds."},
    {"MmAdjustWorkingSetSize",
        MM_TRANSLATE_NOOP("mm::glossary", "Changes a working set's limits; trimming empties it."),
        MM_TRANSLATE_NOOP("mm::glossary", "SetProcessWorkingSetSize (here: `trim`)."),
        MM_TRANSLATE_NOOP("mm::glossary", "Evicts pages from NextSlot round the list."), "Digest: Page list dynamics."},
    {"MiTrimWorkingSet", MM_TRANSLATE_NOOP("mm::glossary", "Removes pages from a working set."),
        MM_TRANSLATE_NOOP("mm::glossary", "From the working set manager and trims."),
        MM_TRANSLATE_NOOP("mm::glossary", "Evicts the chosen pages (MiEliminateWorkingSetEntry)."),
        "Digest: Page list dynamics."},
    {"MiModifiedPageWriter",
        MM_TRANSLATE_NOOP(
            "mm::glossary", "The modified page writer: writes Modified pages out and moves them to Standby."),
        MM_TRANSLATE_NOOP(
            "mm::glossary", "When the Modified list passes MmModifiedPageMaximum (here also: `modwrite`)."),
        MM_TRANSLATE_NOOP("mm::glossary", "Gathers pages, writes them to the paging file, then the pages are Standby."),
        "Digest: Page list dynamics; nt-mm: modified page writer."},
    {"MiGatherPagefilePages",
        MM_TRANSLATE_NOOP("mm::glossary", "Collects Modified pages and reserves paging-file slots for them."),
        MM_TRANSLATE_NOOP("mm::glossary", "In the modified page writer."),
        MM_TRANSLATE_NOOP("mm::glossary", "Allocates a slot for each page in the paging file's bitmap."),
        "Digest: Page list dynamics."},
    {"IoAsynchronousPageWrite", MM_TRANSLATE_NOOP("mm::glossary", "Writes pages to a file or the paging file."),
        MM_TRANSLATE_NOOP("mm::glossary", "From the page writers."),
        MM_TRANSLATE_NOOP("mm::glossary", "Copies the frame's bytes to the slot on the simulated disk."),
        "Digest: Page list dynamics."},
    {"MiWriteComplete", MM_TRANSLATE_NOOP("mm::glossary", "Finishes a page write."),
        MM_TRANSLATE_NOOP("mm::glossary", "When the write completes."),
        MM_TRANSLATE_NOOP("mm::glossary",
            "Clears the Modified bit; the OriginalPte says where the page now is; the frame goes to Standby."),
        "Digest: Page list dynamics."},
    {"MiReleasePageFileSpace", MM_TRANSLATE_NOOP("mm::glossary", "Frees a paging-file slot."),
        MM_TRANSLATE_NOOP("mm::glossary",
            "When the page's copy on disk is no longer needed (the page was written to again, or freed)."),
        MM_TRANSLATE_NOOP("mm::glossary", "Clears the slot's bit in the paging file's bitmap."),
        "Digest: Page list dynamics."},
    {"NtAllocateVirtualMemory",
        MM_TRANSLATE_NOOP("mm::glossary", "Reserves and/or commits a range of a process's address space."),
        MM_TRANSLATE_NOOP("mm::glossary", "VirtualAlloc (here: `alloc`)."),
        MM_TRANSLATE_NOOP("mm::glossary",
            "Inserts a VAD (reserve), charges commitment (commit); no page or page table exists until the first "
            "touch."),
        "Digest: Faults (VADs)."},
    {"NtFreeVirtualMemory", MM_TRANSLATE_NOOP("mm::glossary", "Decommits or releases a range."),
        MM_TRANSLATE_NOOP("mm::glossary", "VirtualFree (here: `free`)."),
        MM_TRANSLATE_NOOP("mm::glossary",
            "Deletes the range's pages (MiDeleteVirtualAddresses), returns commitment, removes the VAD on release."),
        "nt-mm: virtual memory."},
    {"NtProtectVirtualMemory", MM_TRANSLATE_NOOP("mm::glossary", "Changes the protection of committed pages."),
        MM_TRANSLATE_NOOP("mm::glossary", "VirtualProtect (here: `protect`)."),
        MM_TRANSLATE_NOOP("mm::glossary", "Rewrites each PTE (or its PFN's OriginalPte) with the new protection."),
        "Digest: PTE formats (protection)."},
    {"MiInsertVad", MM_TRANSLATE_NOOP("mm::glossary", "Inserts a VAD into the process's balanced tree."),
        MM_TRANSLATE_NOOP("mm::glossary", "Reserving memory, mapping a view, creating a process."),
        MM_TRANSLATE_NOOP("mm::glossary",
            "Adds the node (rebalancing) and writes the MMVADs whose links changed into nonpaged pool."),
        "Digest: Faults (VADs)."},
    {"MiRemoveVad", MM_TRANSLATE_NOOP("mm::glossary", "Removes a VAD from the tree."),
        MM_TRANSLATE_NOOP("mm::glossary", "Releasing memory, unmapping a view, process exit."),
        MM_TRANSLATE_NOOP("mm::glossary", "Unlinks the node (rebalancing) and frees its pool block."),
        "Digest: Faults (VADs)."},
    {"MiDeleteVirtualAddresses",
        MM_TRANSLATE_NOOP("mm::glossary", "Deletes the pages of a range: valid, transition and paging-file PTEs."),
        MM_TRANSLATE_NOOP("mm::glossary", "Freeing memory, unmapping, process exit."),
        MM_TRANSLATE_NOOP(
            "mm::glossary", "Frees each page (private pages to Free), releases paging-file slots, zeroes the PTEs."),
        "nt-mm: virtual memory."},
    {"MiMakePdeExistAndMakeValid",
        MM_TRANSLATE_NOOP("mm::glossary", "Makes sure the page table of an address exists and is valid."),
        MM_TRANSLATE_NOOP("mm::glossary", "Before writing a PTE (committing, protecting)."),
        MM_TRANSLATE_NOOP("mm::glossary", "Creates the page table with a zeroed page if needed."),
        "Digest: Faults (page-table fault)."},
    {"MiChargeCommitment", MM_TRANSLATE_NOOP("mm::glossary", "Charges pages against the commit limit."),
        MM_TRANSLATE_NOOP("mm::glossary", "Committing memory, creating sections."),
        MM_TRANSLATE_NOOP("mm::glossary", "Refuses (STATUS_COMMITMENT_LIMIT) beyond the limit: RAM plus paging files."),
        "nt-mm: commitment."},
    {"MiReturnCommitment", MM_TRANSLATE_NOOP("mm::glossary", "Gives commitment back."),
        MM_TRANSLATE_NOOP("mm::glossary", "Decommitting, releasing, process exit."),
        MM_TRANSLATE_NOOP("mm::glossary", "Lowers the committed total."), "nt-mm: commitment."},
    {"kd!ed", MM_TRANSLATE_NOOP("mm::glossary", "Not an NT routine: the debugger writing memory (`ed`)."),
        MM_TRANSLATE_NOOP("mm::glossary", "When you type `ed` in the console."),
        MM_TRANSLATE_NOOP("mm::glossary", "Writes the dwords into the page's frame (faulting it in if needed)."),
        "WinDbg's ed."},
    {"MiAllocatePoolPages", MM_TRANSLATE_NOOP("mm::glossary", "Gives nonpaged pool pages."),
        MM_TRANSLATE_NOOP("mm::glossary", "For EPROCESS blocks, VADs, control areas (nonpaged pool)."),
        MM_TRANSLATE_NOOP(
            "mm::glossary", "Takes pool from the initial nonpaged pool in KSEG0, then the expansion range."),
        "nt-mm: pool."},
    {"MmCreateSection",
        MM_TRANSLATE_NOOP("mm::glossary", "Creates a section object: a file, the paging file or an image to map."),
        MM_TRANSLATE_NOOP("mm::glossary", "NtCreateSection (here: `section`, and images at process creation)."),
        MM_TRANSLATE_NOOP(
            "mm::glossary", "Builds the control area, segment and subsections with their prototype PTEs."),
        "Digest: Sections and prototype PTEs."},
    {"MiCreateDataFileMap", MM_TRANSLATE_NOOP("mm::glossary", "Builds the segment of a data-file section."),
        MM_TRANSLATE_NOOP("mm::glossary", "From MmCreateSection."),
        MM_TRANSLATE_NOOP("mm::glossary", "One subsection and a prototype PTE per page, each pointing at the file."),
        "Digest: Sections and prototype PTEs."},
    {"MiCreatePagingFileMap",
        MM_TRANSLATE_NOOP("mm::glossary", "Builds the segment of a section backed by the paging file."),
        MM_TRANSLATE_NOOP("mm::glossary", "From MmCreateSection (shared memory)."),
        MM_TRANSLATE_NOOP("mm::glossary", "Prototype PTEs that say demand zero."),
        "Digest: Sections and prototype PTEs."},
    {"MiCreateImageFileMap",
        MM_TRANSLATE_NOOP("mm::glossary", "Builds the segment of an image: a subsection per PE section."),
        MM_TRANSLATE_NOOP("mm::glossary", "From MmCreateSection for an .exe or .dll."),
        MM_TRANSLATE_NOOP("mm::glossary",
            "Subsections for headers, .text, .rdata, .data, each with its protection (.data copy-on-write)."),
        "Digest: Sections and prototype PTEs."},
    {"MmMapViewOfSection", MM_TRANSLATE_NOOP("mm::glossary", "Maps a view of a section into a process."),
        MM_TRANSLATE_NOOP(
            "mm::glossary", "NtMapViewOfSection (here: `map`, and the image and DLLs at process creation)."),
        MM_TRANSLATE_NOOP(
            "mm::glossary", "Inserts a VAD naming the control area; the PTEs stay empty until the first touch."),
        "Digest: Sections and prototype PTEs."},
    {"MmUnmapViewOfSection", MM_TRANSLATE_NOOP("mm::glossary", "Unmaps a view."),
        MM_TRANSLATE_NOOP("mm::glossary", "NtUnmapViewOfSection (here: `unmap`)."),
        MM_TRANSLATE_NOOP("mm::glossary", "Drops the view's pages and removes its VAD."),
        "Digest: Sections and prototype PTEs."},
    {"MiResolveProtoPteFault",
        MM_TRANSLATE_NOOP("mm::glossary", "Resolves a fault through a prototype PTE (a shared page)."),
        MM_TRANSLATE_NOOP("mm::glossary", "A PTE of a mapped view that is empty or points at a prototype PTE."),
        MM_TRANSLATE_NOOP("mm::glossary",
            "If the prototype PTE is valid, shares its frame; else reads the page from the file or makes it demand "
            "zero."),
        "Digest: Sections and prototype PTEs; PTE formats."},
    {"MiCompleteProtoPteFault",
        MM_TRANSLATE_NOOP("mm::glossary", "Finishes a prototype PTE fault: the process's PTE maps the shared frame."),
        MM_TRANSLATE_NOOP("mm::glossary", "After MiResolveProtoPteFault."),
        MM_TRANSLATE_NOOP("mm::glossary",
            "Writes the process PTE (read-only and copy-on-write for writable image data); the share count grows."),
        "Digest: Sections and prototype PTEs."},
    {"MiCopyOnWrite",
        MM_TRANSLATE_NOOP("mm::glossary", "Gives the writing process its own copy of a copy-on-write page."),
        MM_TRANSLATE_NOOP("mm::glossary", "A write to a page whose PTE has the copy-on-write bit."),
        MM_TRANSLATE_NOOP(
            "mm::glossary", "Copies the frame into a new private page; the shared frame keeps its other users."),
        "Digest: Sections and prototype PTEs."},
    {"MiMappedPageWriter",
        MM_TRANSLATE_NOOP(
            "mm::glossary", "The mapped page writer: writes modified pages of mapped files back to their files."),
        MM_TRANSLATE_NOOP("mm::glossary", "When such pages are Modified (here also: `modwrite`)."),
        MM_TRANSLATE_NOOP("mm::glossary", "Writes the page to its file; the frame goes to Standby."),
        "nt-mm: modified page writer."},
    {"MiCloneProcessAddressSpace",
        MM_TRANSLATE_NOOP("mm::glossary",
            "Builds a child that is a copy of its parent (fork): private pages shared "
            "copy-on-write."),
        MM_TRANSLATE_NOOP("mm::glossary", "Process creation with no section (here: `fork`)."),
        MM_TRANSLATE_NOOP("mm::glossary",
            "Moves the parent's private pages into a clone block; both processes' PTEs point at its prototype PTEs."),
        "nt-mm: fork."},
};
static_assert(std::size(kEntries) == size_t(Routine::Count), "an entry for every routine");

// NT services the console names when it refuses a command, that raise no event of their own.
const GlossaryEntry kServices[] = {
    {"NtCreateFile", MM_TRANSLATE_NOOP("mm::glossary", "Creates or opens a file."),
        MM_TRANSLATE_NOOP("mm::glossary", "Here: `file`, creating a data file on the simulated disk."),
        MM_TRANSLATE_NOOP("mm::glossary", "Refused (STATUS_OBJECT_NAME_COLLISION) when a file of that name exists."),
        "WinDbg and the DDK's NtCreateFile."},
    {"NtTerminateProcess", MM_TRANSLATE_NOOP("mm::glossary", "Ends a process from outside."),
        MM_TRANSLATE_NOOP("mm::glossary", "Here: `exit`."),
        MM_TRANSLATE_NOOP(
            "mm::glossary", "Refuses to end System or a process that does not exist; otherwise PspExitProcess runs."),
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

# !pte in the newer WinDbg layout, for each kind of mapping the boot builds.
# KSEG0: ntoskrnl's range, a 4 MB large page (the Microsoft !pte example address).
!pte 801544f4
# The page directory seen through the self-map: its PDE is the self-map entry.
!pte c0300000
# c0301000 lies in the page-table window, so !pte takes it as a PTE address: the first
# hyperspace PTE, which maps nothing and counts the free mapping slots instead.
!pte c0301000
# The working set list page, mapped by the hyperspace page table (PDE 301).
!pte c0502000
# HAL: the KPCR of processor 0 and KUSER_SHARED_DATA, 4 KB global pages.
!pte ffdff000
!pte ffdf0000
# Nothing mapped: no page table for the first 4 MB of user space yet.
!pte 10000
# A system PTE page table exists but the PTE is empty.
!pte f8000000

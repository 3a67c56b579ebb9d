# PFN entries of a new process's three pages, and !vtop through its directory.
zero
spawn notepad.exe
!process notepad.exe 0
# The page directory: mapped by its own PDE 300, share count 3 (itself, its
# hyperspace page table, its self-map entry).
!pfn 7ff
# The hyperspace page table and the working set list page.
!pfn 7fe
!pfn 7fd
# A frame on the Zeroed list, and one of the kernel's KSEG0 frames.
!pfn 7fc
!pfn 154
!vtop 7ff c0300c00
!vtop 7ff000 c0502000
!vtop 0 801544f4
!vtop 7ff 10000

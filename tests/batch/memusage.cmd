# Page counts after boot: everything not used by the kernel is on the Free list until
# the zero page thread runs; TOTAL is the RAM given with --ram (16 MB = 4096 pages).
# The usage summary charges each page in use to one owner: the boot image's parts in
# KSEG0, the System process (its page tables and paged pool), a process, or the control
# area of a section whose prototype PTE maps it.
!memusage
zero
!memusage 8
# Two processes read the same ntdll.dll page (one frame, share count 2: 4 Kb Shared),
# b.exe writes 16 private pages and is trimmed: they go to the Modified list (Dirty).
spawn a.exe
spawn b.exe
switch a.exe
read 77f61000
switch b.exe
read 77f61000
alloc 10000 10000
touch 10000 10000 write
!memusage
trim b.exe all
!memusage

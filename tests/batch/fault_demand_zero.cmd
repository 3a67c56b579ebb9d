# A first touch of committed private memory: a page-table fault (the PDE is empty) and
# a demand-zero fault, both resolved by MiResolveDemandZeroFault from the Zeroed list.
.trace off
zero
spawn notepad.exe
switch notepad.exe
.trace on
alloc 0 10000
read 10010
!pte 10010
!pfn 3fb
write 10010 cafe
!pte 10010
!wsle

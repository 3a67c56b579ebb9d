# NtAllocateVirtualMemory, NtFreeVirtualMemory and NtProtectVirtualMemory, and the VAD tree.
spawn db.exe
switch db.exe
alloc 12345 1000
alloc 0 10000 reserve
alloc 20000 2000 commit PAGE_EXECUTE_READ
alloc 0 40000 reserve,commit PAGE_READONLY
alloc 0 1M reserve
alloc 100000 1000
alloc 0 0n40000000
!vad
!process db.exe 1
protect 10000 2000 PAGE_READONLY
protect 10000 1000 PAGE_EXECUTE_READWRITE
protect 30000 1000 PAGE_READWRITE
free 20000 1000 decommit
read 20000
read 21000
free 20000 0 release
free 30000 0 release
!vad
!vm

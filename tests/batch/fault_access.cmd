# Accesses the memory manager refuses: the access fails with STATUS_ACCESS_VIOLATION,
# the process survives and nothing else changes. A guard page fails once with
# STATUS_GUARD_PAGE_VIOLATION and loses its guard.
.trace off
spawn app.exe
switch app.exe
alloc 10000 1000
alloc 20000 10000 reserve
alloc 30000 1000 reserve,commit PAGE_READONLY
alloc 40000 1000 reserve,commit PAGE_NOACCESS
alloc 50000 2000 reserve,commit PAGE_GUARD|PAGE_READWRITE
read 10000
.trace on
read 6000000
read 20000
write 30000 1
read 40000
read 80000000
write 10000 2
free 10000 0 release
read 10000
read 50000
read 50000
!pte 50000
!pte 51000

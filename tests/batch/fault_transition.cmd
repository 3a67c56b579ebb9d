# Soft faults: trimmed pages stay in memory on the Modified list (written) or the
# Standby list (clean), and a touch brings them back without I/O (MiResolveTransitionFault).
.trace off
zero
spawn editor.exe
switch editor.exe
alloc 10000 2000
write 10000 11111111
write 11000 22222222
.trace on
trim editor.exe
!pte 10000
!memusage 8
read 10000
modwrite
!pte 11000
!pfn 3fa
read 11000
!memusage 8

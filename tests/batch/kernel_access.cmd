# Kernel-mode accesses: KSEG0 needs no fault, a user page of the current process is
# reachable from kernel mode (and faults in like any user access), and a system address
# nothing maps is a STOP 0x50 in NT: here the command fails and nothing changes.
spawn svc.exe
switch svc.exe
alloc 10000 1000
kread 80100000
kwrite 10000 600d
read 10000
kread ffdff000
kread f0000000
!memusage 8

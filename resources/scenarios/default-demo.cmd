# The default demo: a process created by another, their page directories compared,
# and the System process's zero page thread at work.
!memusage
zero
spawn smss.exe
spawn csrss.exe parent smss.exe
!process 0 0
switch csrss.exe
r cr3
!pte c0300000
!pte 801544f4
!pte ffdff000
.process smss.exe
dd c0300c00 L2
.process csrss.exe
dd c0300c00 L2
exit csrss.exe
zero
!memusage

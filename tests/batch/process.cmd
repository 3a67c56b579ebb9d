# The process list, the debugger's process context and the CPU's context.
spawn smss.exe
spawn csrss.exe parent smss.exe
spawn winlogon.exe parent smss.exe
!process 0 0
!process csrss.exe 1
r cr3
.process
.process 10
.process
r cr3
switch csrss.exe
r cr3
.process
switch 8
exit smss.exe
!process 0 0

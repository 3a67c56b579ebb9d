# The default demo: a process created by another, their page directories (equal in the
# upper half but for the self-map and hyperspace entries), demand-zero faults, a trim,
# soft faults back from the Modified and Standby lists. It ends in notepad.exe.
zero
spawn explorer.exe
spawn notepad.exe parent explorer.exe
!process 0 0
.process explorer.exe
dd c0300c00 L2
.process notepad.exe
dd c0300c00 L2
switch notepad.exe
r cr3
alloc 0 20000
touch 10000 20000 write
!vad
!pte 10000
trim notepad.exe
!pte 10000
read 10000
modwrite
read 11000
!memusage
!wsle

# A hard fault: a page written out by the modified page writer, then repurposed when
# another process needs memory (its PTE becomes a page-file PTE), is read back from the
# paging file by MiResolvePageFileFault, with its data intact.
.trace off
zero
spawn saver.exe
spawn hog.exe
switch saver.exe
alloc 10000 1000
write 10000 5a5a5a5a
trim saver.exe
modwrite
!pte 10000
# hog.exe takes every page there is: the Standby pages are repurposed.
switch hog.exe
alloc 0 200000
touch 10000 200000 write
switch saver.exe
.trace on
!pte 10000
read 10000
!pte 10000
!vm

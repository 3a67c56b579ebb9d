# Process creation with a parent and no section clones the parent (MiCloneProcessAddressSpace):
# the child gets copies of the parent's VADs, and every private page of the parent - valid,
# in transition or in the paging file - moves to a clone block of prototype PTEs that both
# processes point at. The pages are copy-on-write for both: a write by either gets a private
# copy and the other still sees the value from before the fork. A page nobody refers to any
# more (both sides wrote it, or both exited) is freed.
spawn a.exe
switch a.exe
alloc 0 8000
write 10000 aaaa
write 11000 bbbb
write 12000 cccc
trim a.exe 1
!pte 10000
fork a.exe child.exe
!pte 10000
!pte 11000
.process child.exe
!vad
!pte 10000
!pte 11000
switch child.exe
read 10000
read 11000
write 11000 1111
read 11000
switch a.exe
read 11000
write 10000 2222
read 10000
switch child.exe
read 10000
# a.exe has its own copy of 10000 now, child.exe still shares the original; when child.exe
# writes it too, nobody refers to the original any more and it is freed.
write 10000 3333
read 10000
!pfn 2cd
trim child.exe all
trim a.exe all
read 12000
exit a.exe
read 11000
read 12000
exit child.exe
!memusage
fork System

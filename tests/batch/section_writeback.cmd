# A shared data section over a file: a write marks the shared page Modified; when no one
# maps it, the modified page writer hands it to the mapped page writer, which writes it
# back to its file (not to the paging file) and leaves it on Standby with its prototype
# PTE in transition. Once the frame is taken for something else, the prototype PTE names
# the subsection again, and the next fault reads the written data back from the file.
# A paging-file section's pages go to the paging file instead.
file data.bin 4000
section d file data.bin 0 PAGE_READWRITE
section anon pagefile 4000 PAGE_READWRITE
spawn a.exe
spawn b.exe
switch a.exe
map d
map anon
write 10000 11111111
write 20000 22222222
switch b.exe
map d
map anon
read 10000
read 20000
!pfn 283
trim a.exe all
trim b.exe all
dd e1000040 L1
dd e1000090 L1
modwrite
dd e1000040 L1
!pfn 283
# Memory pressure: a big process takes every Standby page.
spawn hog.exe
switch hog.exe
alloc 0 800000
.trace off
touch 10000 800000 write
.trace on
dd e1000040 L1
dd e1000090 L1
switch b.exe
read 10000
read 20000
!ca 0

# Copy-on-write: the .data pages of an image are PAGE_WRITECOPY. A write gives the writer
# a private copy (a new frame, the contents copied, its PTE private and writable); every
# other process still sees the original page, whose share count dropped by one.
spawn a.exe
spawn b.exe
switch a.exe
read 77f71000
switch b.exe
read 77f71000
!pte 77f71000
!pfn 2d0
write 77f71000 12345678
!pte 77f71000
!pfn 2d0
read 77f71000
switch a.exe
read 77f71000
!pte 77f71000
# A first touch that is a write: the page is read from the file, copied, and the shared
# page, mapped by no one, waits on the Standby list.
write 77f72000 cafe
!process a.exe 1
# A data view mapped PAGE_WRITECOPY copies on write too: the copy is private memory, so
# the modified page writer sends it to the paging file, and the file keeps its contents.
file notes.txt 2000
section notes file notes.txt 0 PAGE_READWRITE
map notes 0 PAGE_WRITECOPY
write 10000 1
trim a.exe all
modwrite
# Mapping a read-only section writable, or writing through a read-only view, is refused;
# the view shows the file's page as it always was, the copy-on-write view its own copy.
section ro file notes.txt 0 PAGE_READONLY
map ro 0 PAGE_READWRITE
map ro 0 PAGE_READONLY
write 20000 1
read 20000
read 10000

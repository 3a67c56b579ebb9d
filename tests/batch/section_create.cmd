# MmCreateSection: a data file section, a second section of the same file (one control
# area per file: Section Ref 2), a paging-file section and an image section of ntdll.dll.
# Prototype PTEs live in paged pool at e1000000 (after the segment header); a file page
# not read yet holds a subsection PTE, a paging-file page a demand-zero PTE (80 = RW).
file data.bin 10000
section shared file data.bin 8000 PAGE_READWRITE
section again file data.bin 10000 PAGE_READONLY
section anon pagefile 3000 PAGE_READWRITE
section nt file ntdll.dll 0 PAGE_EXECUTE_WRITECOPY image
!ca 0
dd e1000040 L4
dd e10000c0 L3
dd e1000110 L13
!vm
# Refused by the memory manager (the status is the output) and errors in the input:
# nothing changes either way.
section shared file data.bin 1000 PAGE_READWRITE
section big file data.bin 20000 PAGE_READWRITE
section none file missing.dat 1000 PAGE_READWRITE
section img file data.bin 0 PAGE_READONLY image
file data.bin 1000
!ca 12345678

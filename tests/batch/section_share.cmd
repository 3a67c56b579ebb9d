# A DLL code page shared by three processes: one frame, share count 3, its PFN pointing
# at the prototype PTE (Shared). Trimming one process leaves the page valid in the others;
# that process's PTE points back at the prototype PTE through the VAD ("lookup needed").
# When no process maps it, the prototype PTE becomes a transition PTE and the page waits
# on the Standby list, and the next fault on it is a soft fault.
section nt file ntdll.dll 0 PAGE_EXECUTE_WRITECOPY image
spawn a.exe
spawn b.exe
spawn c.exe
switch a.exe
map nt
read 77f61000
switch b.exe
map nt
read 77f61000
switch c.exe
map nt
read 77f61000
!pte 77f61000
!pfn 2d3
!vad
!vad 80218920 1
trim a.exe all
.process a.exe
!pte 77f61000
.process c.exe
!pte 77f61000
!pfn 2d3
trim b.exe all
trim c.exe all
dd e1000044 L1
!pfn 2d3
read 77f61000
!pfn 2d3
!ca 80218208

# A DLL code page shared by three processes (each maps ntdll.dll at 77f60000 when it is
# created, from the image section made at boot): one frame, share count 3, its PFN pointing
# at the prototype PTE (Shared). Trimming one process leaves the page valid in the others;
# that process's PTE points back at the prototype PTE through the VAD ("lookup needed").
# When no process maps it, the prototype PTE becomes a transition PTE and the page waits
# on the Standby list, and the next fault on it is a soft fault.
spawn a.exe
spawn b.exe
spawn c.exe
switch a.exe
read 77f61000
switch b.exe
read 77f61000
switch c.exe
read 77f61000
!pte 77f61000
!pfn 2d3
!vad
!vad 80218cf0 1
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

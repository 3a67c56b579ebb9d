# .select and .export in a batch run without --export: .select is checked and changes
# nothing, .export is refused (nothing here draws), and each bad request names its column.
spawn a.exe
.select process a.exe
.select va 10000
.select table 0
.select directory
.select pfn 8000
.select process nobody.exe
.select frame 1
.export tlb
.export nonsense
.export page-table out.svg extra
.select lists modified,standby
.select lists modified,frobnicate
!process 0 0

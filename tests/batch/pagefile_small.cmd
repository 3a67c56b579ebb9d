# A small paging file lowers the commit limit (RAM + paging file): committing more than
# it allows fails with STATUS_COMMITMENT_LIMIT and changes nothing.
spawn app.exe
switch app.exe
!vm
alloc 0 8M
alloc 0 2M
!vm

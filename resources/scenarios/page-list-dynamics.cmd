# Page-list dynamics: each step moves pages between the lists the way the NT 4.0 memory
# manager does (see shared/reference/seed-digest.md, "Page list dynamics").
# A line "#= <List> <+n|-n> ..." gives the exact change the next command makes to the
# !memusage counts (lists not named do not change); "#~ <List>+ <List>- ..." gives only
# the direction. The test suite replays this file and checks every step.

# The zero page thread turns Free pages into Zeroed ones when the CPU idles.
#~ Free- Zeroed+
zero
!memusage

# Process creation: page directory, hyperspace page table, working set list page,
# each from the Zeroed list.
#= Zeroed -3 Active +3
spawn word.exe
#= Zeroed -3 Active +3
spawn excel.exe
switch word.exe
alloc 0 40000
!memusage

# Demand-zero faults take zeroed pages: 64 pages and the page table that maps them.
#= Zeroed -65 Active +65
touch 10000 40000 write
!memusage

# Trimming a working set: modified pages go to the Modified list (the page table stays).
#= Active -64 Modified +64
trim word.exe
!memusage

# A soft fault: the page comes back from the Modified list without any I/O.
#= Modified -1 Active +1
read 10000

# The modified page writer writes the rest to the paging file; they become Standby pages.
#= Modified -63 Standby +63
modwrite
!memusage

# A soft fault from the Standby list.
#= Standby -1 Active +1
read 11000
!memusage

# Another process faults in fresh pages from the Zeroed list.
switch excel.exe
alloc 0 100000
#= Zeroed -257 Active +257
touch 10000 100000 read
!memusage

# Process exit: every page of the process goes to the Free list (256 pages, the page
# table, and the three process pages).
#= Active -260 Free +260
exit excel.exe
!memusage

# Idle: the Free list holds more than 8 pages, so MmZeroingPageEvent is set.
#= Free -260 Zeroed +260
idle

# word.exe exits: its active pages (2 data pages, 1 page table, 3 process pages) and its
# 62 Standby pages all go to the Free list.
#= Active -6 Standby -62 Free +68
exit word.exe
!memusage

#= Free -68 Zeroed +68
zero
!memusage

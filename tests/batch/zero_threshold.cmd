# The zero page thread waits on MmZeroingPageEvent, which MiInsertPageInFreeList sets
# once the Free list holds MmMinimumFreePagesToZero (8) pages. "idle" lets it run only
# then; "zero" runs it regardless, until the Free list is empty.
idle
idle
spawn a.exe
spawn b.exe
exit a.exe
# Three pages on the Free list: not enough to wake the thread.
idle
exit b.exe
spawn c.exe
spawn d.exe
exit c.exe
exit d.exe
# Twelve pages on the Free list now (four exits): the event is set.
!memusage 8
idle
!memusage 8

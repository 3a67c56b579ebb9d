# A process is created in its parent's context and exits again; after the zero page
# thread has run, every list is back at the count it had before.
zero
!memusage
spawn winlogon.exe
!memusage
exit winlogon.exe
!memusage
zero
!memusage

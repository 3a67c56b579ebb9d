# A process is created in its parent's context and exits again; after the zero page
# thread has run, every list is back at the count it had before.
zero
!memusage 8
spawn winlogon.exe
!memusage 8
exit winlogon.exe
!memusage 8
zero
!memusage 8

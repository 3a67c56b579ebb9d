# Malformed commands: each is reported with its line and column and changes nothing;
# the commands after them still run. (exit System is not malformed: NtTerminateProcess
# refuses it, and the transcript says so.)
!memusage 8
frobnicate
dd c0300000 Lzz
spawn
exit System
ed c0300c00 0
!pfn 8000
!memusage 8

# Time travel. A position counts the commands that changed the machine or the debugger
# (0: just booted); looking (!memusage, .hash, r) is not a position and keeps the recorded
# future. Going back and forward again gives the same machine: the same state hash.
spawn a.exe
switch a.exe
alloc 0 20000
touch 10000 20000 write
.hash
trim a.exe
.hash
!tt
# Back one: before the trim, the hash is the one printed after the touch.
t-
.hash
!memusage 8
# Forward one: the trim again, replayed from the recorded commands.
t
.hash
!memusage 8
g-
!tt
.hash
g
!tt 2
r cr3
# A different command in the past replaces the recorded future (the alloc, touch, trim).
.process a.exe
!tt
# Nothing is recorded after position 3 now (an error), and there is no position 9.
t
t-
!tt 0x1
!tt 9

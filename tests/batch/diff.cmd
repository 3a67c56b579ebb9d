# !diff: what changed between two positions, read at both and compared (the machine
# comes back to where it was). The trim: four PTEs become transition PTEs, their frames
# go from Active to Modified, the working set shrinks by four.
spawn a.exe
switch a.exe
alloc 0 4000
touch 10000 4000 write
trim a.exe
!diff 4 5
# The context switch: no page changes, the CPU runs another process.
!diff 1 2
# Backwards: at position 0 a.exe did not exist yet, and its eight frames were Free.
!diff 5 0
!tt
!diff 5 9

# Two processes' page directories, each read through its own self-map window
# (c0300000 + PDE index * 4). The upper halves (c0300800 - c0300ffc) are the same in
# both except at c0300c00 (PDE 300: the directory maps itself) and c0300c04 (PDE 301:
# the process's own hyperspace page table).
spawn notepad.exe
spawn calc.exe parent notepad.exe
.process notepad.exe
dd c0300800 L200
.process calc.exe
dd c0300800 L200

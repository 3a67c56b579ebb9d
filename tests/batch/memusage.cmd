# Page counts after boot: everything not used by the kernel is on the Free list until
# the zero page thread runs; TOTAL is the RAM given with --ram (16 MB = 4096 pages).
!memusage
zero
!memusage

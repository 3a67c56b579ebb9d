# Display and edit memory: dwords, dwords with characters, bytes, physical memory.
# The System EPROCESS: pool tag 'Proc' in its header, DirectoryTableBase[2] at +18.
!process System 0
dc 802c0000 L8
dd 802c0008+18 L2
# The same page directory, virtually through the self-map and physically.
dd c0300c00 L4
dd /p 6e0c00 L4
# Edit a data page (KUSER_SHARED_DATA) and read it back as bytes.
ed ffdf0000 64636261 0
db ffdf0000 L14
# Unmapped memory reads as question marks.
dd 7ffe0000 L4

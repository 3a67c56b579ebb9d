spawn p0.exe
spawn p1.exe
spawn p2.exe
spawn p3.exe
spawn p4.exe
spawn p5.exe
spawn p6.exe
spawn p7.exe
spawn p8.exe
spawn p9.exe
spawn p10.exe
spawn p11.exe
spawn p12.exe
spawn p13.exe
spawn p14.exe
spawn p15.exe
spawn p16.exe
alloc 0 200000
touch 10000 200000 write
alloc 0 400000
modwrite
section s pagefile 400000 PAGE_READWRITE
fork p3.exe
exit p3.exe
fork p4.exe
touch 10000 200000 read
zero
!vm
!memusage

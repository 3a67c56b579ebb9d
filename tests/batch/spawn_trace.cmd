# The event trace of MmCreateProcessAddressSpace and MmDeleteProcessAddressSpace on a
# 4 MB machine (one KSEG0 PDE, ten system page tables), before the zero page thread ran.
spawn smss.exe
exit smss.exe

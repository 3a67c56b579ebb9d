#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace mm::dbg {

// What the console's output names, as WinDbg's DML makes links of it: a process, a page
// frame, a virtual address, the address of a PTE or PDE (which stands for the addresses
// it maps), a physical address, an NT routine. Choosing one selects it in every view, and
// `command` is the command that shows it ("!pfn 71c", "!pte 10000", "!process c 0",
// "help MiRemoveZeroPage").
struct OutputLink {
    enum class Kind { Process, Eprocess, Frame, Va, PteAddress, Physical, Routine };
    Kind kind = Kind::Va;
    size_t begin = 0; // in the line, in bytes
    size_t length = 0;
    uint32_t value = 0; // the Cid, EPROCESS address, frame number, address (0 for a routine)
    std::string command;
};

// The links in one line of output, left to right, not overlapping. Recognised: "Cid 000c"
// and "Cid: 000c"; "PROCESS 802c0378"; "pfn 71c", "pfn(0070d)", "PFN 00000710", "frame
// 71c", "Transition: 71c"; "VA 00010000", "va 00010000", "BaseAddress 00010000", "mapped
// at c04d4000", and an address opening a line (dd, !vtop); "PTE at C0000040" and "PDE at
// C0300000"; "DirBase: 00709000" (the frame of a page directory); a routine the glossary
// explains ("MiRemoveZeroPage").
std::vector<OutputLink> findLinks(std::string_view line);

// The virtual address whose translation the entry at `entryAddress` is part of: the VA a
// PTE maps, or the first VA a PDE maps (x86, non-PAE: PTEs at c0000000, the page
// directory at c0300000).
uint32_t vaOfEntry(uint32_t entryAddress);

} // namespace mm::dbg

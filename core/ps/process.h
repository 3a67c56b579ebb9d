#pragma once

#include "hw/paginggeometry.h"
#include "mm/addressspace.h"

#include <cstdint>
#include <string>

namespace mm::ps {

// The part of EPROCESS (and its KPROCESS and MMSUPPORT) the simulation keeps.
struct Process {
    static constexpr uint32_t kEprocessSize = 0x1F8; // NT 4.0's process body: 504 bytes
    static constexpr uint32_t kDirectoryTableBaseOffset = 0x18; // KPROCESS.DirectoryTableBase[2]
    static constexpr size_t kMaxImageName = 15; // ImageFileName[16]

    uint16_t cid = 0; // UniqueProcessId
    uint16_t parentCid = 0; // InheritedFromUniqueProcessId
    std::string imageName;
    hw::VirtualAddress eprocess = 0; // address of the EPROCESS in nonpaged pool
    // [0]: physical address of the page directory (loaded into CR3); [1]: of the hyperspace page table.
    uint32_t directoryTableBase[2] = {};
    mm::AddressSpace vm; // VadRoot, Vm (MMSUPPORT), commit charge
};

} // namespace mm::ps

#pragma once

#include "hw/paginggeometry.h"

#include <cstdint>
#include <optional>
#include <string>

namespace mm {

// Where boot puts things, physical and virtual, for a given amount of RAM. The sizes follow
// NT's formulas (initial and maximum nonpaged pool, number of system PTEs); the fixed
// addresses are NT 4.0's (ntoskrnl at 0x80100000, paged pool at 0xE1000000, HAL at 0xFFC00000).
struct SystemLayout {
    static constexpr uint64_t kMinRam = 4ull << 20;
    static constexpr uint64_t kMaxRam = 4ull << 30;
    static constexpr hw::Pfn kKseg2Frame = 0x20000; // MmKseg2Frame: frames below are in KSEG0
    static constexpr hw::VirtualAddress kKseg0Base = 0x80000000;
    static constexpr hw::VirtualAddress kPagedPoolStart = 0xE1000000; // MmPagedPoolStart
    static constexpr hw::VirtualAddress kNonPagedPoolEnd = 0xFFBE0000; // MmNonPagedPoolEnd
    static constexpr hw::VirtualAddress kHalStart = 0xFFC00000;
    static constexpr hw::VirtualAddress kSharedUserData = 0xFFDF0000; // KUSER_SHARED_DATA, kernel alias
    static constexpr hw::VirtualAddress kPcr = 0xFFDFF000; // KPCR of processor 0

    uint64_t ramBytes = 0;
    hw::Pfn frames = 0;

    // Physical layout (frame numbers); all of it is reachable through KSEG0.
    hw::Pfn firmwareFrames = 0x100; // 0 - 1 MB: real-mode and firmware data
    hw::Pfn kernelFirst = 0x100; // ntoskrnl, HAL and boot drivers at physical 1 MB
    hw::Pfn kernelFrames = 0x100;
    hw::Pfn pfnDatabaseFirst = 0;
    hw::Pfn pfnDatabaseFrames = 0;
    hw::Pfn nonPagedPoolFirst = 0;
    hw::Pfn nonPagedPoolFrames = 0;
    hw::Pfn firstLoaderFreeFrame = 0; // the loader puts the System page directory here

    // Virtual layout.
    uint32_t kseg0Pdes = 0; // 4 MB large pages mapping physical 0.. at 0x80000000
    hw::VirtualAddress pfnDatabase = 0; // MmPfnDatabase
    hw::VirtualAddress nonPagedPoolStart = 0; // MmNonPagedPoolStart (initial pool, in KSEG0)
    hw::VirtualAddress nonPagedPoolInitialEnd = 0;
    hw::VirtualAddress pagedPoolEnd = 0; // inclusive end of the paged pool range
    hw::VirtualAddress systemPteStart = 0; // MmNonPagedSystemStart
    uint32_t numberOfSystemPtes = 0; // MmNumberOfSystemPtes
    hw::VirtualAddress nonPagedPoolExpansionStart = 0; // grows up to kNonPagedPoolEnd

    hw::VirtualAddress kseg0Address(hw::Pfn pfn) const { return kKseg0Base + (pfn << hw::kPageShift); }
    bool inKseg0(hw::Pfn pfn) const { return pfn < kseg0Pdes * 1024u; }

    // nullopt with a reason when the RAM size cannot be simulated.
    static std::optional<SystemLayout> compute(uint64_t ramBytes, std::string* error = nullptr);
};

} // namespace mm

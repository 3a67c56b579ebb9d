#pragma once

#include "hw/paginggeometry.h"
#include "mm/filestore.h"

#include <cstdint>
#include <string>
#include <vector>

namespace mm {

// The structures behind a section object, as NT chains them: SECTION -> SEGMENT <->
// CONTROL_AREA -> SUBSECTIONs -> prototype PTEs. Each lives in simulated pool memory too
// (the control area and its subsections in nonpaged pool, the segment with its prototype
// PTE array in paged pool), so a prototype-pointer PTE encodes a real address and `dd`
// shows the prototype PTEs; these C++ objects are the memory manager's own bookkeeping.
struct Subsection {
    hw::VirtualAddress address = 0; // the SUBSECTION in nonpaged pool (subsection PTEs point here)
    uint32_t startingSector = 0; // the file page it starts at
    uint32_t firstPte = 0; // index of its first prototype PTE in the segment
    uint32_t ptes = 0; // PtesInSubsection
    uint8_t protection = 0;
};

struct ControlArea {
    hw::VirtualAddress address = 0; // CONTROL_AREA in nonpaged pool
    hw::VirtualAddress segment = 0; // SEGMENT in paged pool
    hw::VirtualAddress firstPrototypePte = 0; // Segment.ThePtes
    uint32_t totalPtes = 0;
    std::string file; // the mapped file's name on the simulated disk; empty: the paging file
    bool image = false;
    bool fork = false; // a clone block: private pages a fork made shared, copied on write by either side
    uint32_t sectionReferences = 0; // NumberOfSectionReferences
    uint32_t pfnReferences = 0; // NumberOfPfnReferences: frames holding its pages
    uint32_t mappedViews = 0; // NumberOfMappedViews
    uint32_t userReferences = 0; // NumberOfUserReferences
    std::vector<Subsection> subsections;
    // A clone block: how many process PTEs refer to each prototype PTE (CloneRefCount).
    // At zero no process can reach the page again and it is freed.
    std::vector<uint32_t> cloneReferences;

    hw::VirtualAddress prototypePte(uint32_t index) const { return firstPrototypePte + index * 4; }
    // The subsection that covers prototype PTE `index`.
    const Subsection& subsectionOf(uint32_t index) const;
};

// A named section object (NtCreateSection's handle, simplified to a name).
struct Section {
    std::string name;
    hw::VirtualAddress controlArea = 0; // SECTION.Segment->ControlArea: the CONTROL_AREA's address
    uint32_t pages = 0; // the section's size in pages
    uint8_t protection = 0; // the most a view may be mapped with
};

// Pool layouts (x86, NT 4.0 / 2000 field order; the sizes are this simulation's).
namespace pool {
inline constexpr uint32_t kControlAreaSize = 0x30;
inline constexpr uint32_t kCaSegment = 0x00;
inline constexpr uint32_t kCaSectionReferences = 0x0C;
inline constexpr uint32_t kCaPfnReferences = 0x10;
inline constexpr uint32_t kCaMappedViews = 0x14;
inline constexpr uint32_t kCaSubsections = 0x18; // USHORT NumberOfSubsections
inline constexpr uint32_t kCaUserReferences = 0x1C;
inline constexpr uint32_t kCaFlags = 0x20;
inline constexpr uint32_t kCaFilePointer = 0x24;
inline constexpr uint32_t kSubsectionSize = 0x20;
inline constexpr uint32_t kSsControlArea = 0x00;
inline constexpr uint32_t kSsFlags = 0x04;
inline constexpr uint32_t kSsStartingSector = 0x08;
inline constexpr uint32_t kSsNumberOfSectors = 0x0C;
inline constexpr uint32_t kSsSubsectionBase = 0x10;
inline constexpr uint32_t kSsPtesInSubsection = 0x18;
inline constexpr uint32_t kSsNextSubsection = 0x1C;
inline constexpr uint32_t kSegmentHeader = 0x38; // ThePtes follow
inline constexpr uint32_t kSegControlArea = 0x00;
inline constexpr uint32_t kSegTotalPtes = 0x08;
inline constexpr uint32_t kSegSizeOfSegment = 0x10;
inline constexpr uint32_t kSegPteTemplate = 0x28;
inline constexpr uint32_t kSegPrototypePte = 0x34;
// MMSECTION_FLAGS bits used here.
inline constexpr uint32_t kFlagBeingDeleted = 0x1;
inline constexpr uint32_t kFlagFile = 0x80;
inline constexpr uint32_t kFlagImage = 0x20;
inline constexpr uint32_t kFlagCommit = 0x2000; // a paging-file section, committed at creation
} // namespace pool

} // namespace mm

#pragma once

#include "hw/paginggeometry.h"

#include "hw/protection.h"

#include <cstdint>

// Non-PAE x86 PTE and PDE formats as NT uses them: the hardware format the MMU walks,
// and the software formats the memory manager stores in a PTE whose Valid bit is 0.
// Each format is a small value type with encode() and decode() that round-trip.
namespace mm::hw::pte {

// Hardware bits (valid PTE/PDE).
inline constexpr uint32_t Valid = 0x001;
inline constexpr uint32_t Write = 0x002;
inline constexpr uint32_t Owner = 0x004; // U/S: 1 = user
inline constexpr uint32_t WriteThrough = 0x008;
inline constexpr uint32_t CacheDisable = 0x010;
inline constexpr uint32_t Accessed = 0x020;
inline constexpr uint32_t Dirty = 0x040;
inline constexpr uint32_t LargePage = 0x080; // PS, PDE only
inline constexpr uint32_t Global = 0x100;
inline constexpr uint32_t CopyOnWrite = 0x200; // software bit
inline constexpr uint32_t Prototype = 0x400; // software bit
inline constexpr uint32_t Transition = 0x800; // software bit
inline constexpr uint32_t FrameMask = 0xFFFFF000;

// PTE templates NT uses (ValidKernelPte and friends).
inline constexpr uint32_t ValidKernelPteLocal = Valid | Write | Accessed | Dirty; // 0x063
inline constexpr uint32_t ValidKernelPteGlobal = ValidKernelPteLocal | Global; // 0x163
inline constexpr uint32_t ValidKernelLargePde = ValidKernelPteGlobal | LargePage; // 0x1E3
inline constexpr uint32_t ValidUserPde = Valid | Write | Owner | Accessed | Dirty; // 0x067

// Where prototype PTEs live (paged pool); the prototype-pointer format stores an offset from it.
inline constexpr uint32_t ProtoPteBase = 0xE1000000;
// MI_PTE_LOOKUP_NEEDED: a prototype-pointer PTE with this in bits 12-31 says "ask the VAD".
inline constexpr uint32_t LookupNeeded = 0xFFFFF;

enum class Kind {
    Zero, // 0: nothing known, consult the VAD
    Hardware, // valid: the MMU uses it
    DemandZero, // protection only
    TransitionPage, // frame still in memory, on a list
    PageFile, // paging file number + offset
    PrototypePointer, // points at a prototype PTE (or "lookup needed")
    Subsection, // a prototype PTE whose page is only in the file
};
const char* kindName(Kind kind);

// Decides the format the way MiDispatchFault tests it: Valid, then Prototype (a subsection
// PTE when the entry is itself a prototype PTE), Transition, page file offset, non-zero, zero.
Kind classify(uint32_t raw, bool isPrototypePte = false);

inline constexpr uint8_t protectionOf(uint32_t raw)
{
    return static_cast<uint8_t>((raw >> 5) & 0x1F);
}

struct HardwarePte {
    Pfn pfn = 0;
    bool write = false;
    bool owner = false;
    bool writeThrough = false;
    bool cacheDisable = false;
    bool accessed = false;
    bool dirty = false;
    bool largePage = false;
    bool global = false;
    bool copyOnWrite = false;

    uint32_t encode() const;
    static HardwarePte decode(uint32_t raw);
    bool operator==(const HardwarePte&) const = default;
};

struct DemandZeroPte {
    uint8_t protection = 0;

    uint32_t encode() const { return static_cast<uint32_t>(protection & 0x1F) << 5; }
    static DemandZeroPte decode(uint32_t raw) { return {protectionOf(raw)}; }
    bool operator==(const DemandZeroPte&) const = default;
};

struct TransitionPte {
    Pfn pfn = 0;
    uint8_t protection = 0;
    bool write = false;
    bool owner = false;
    bool writeThrough = false;
    bool cacheDisable = false;

    uint32_t encode() const;
    static TransitionPte decode(uint32_t raw);
    bool operator==(const TransitionPte&) const = default;
};

struct PageFilePte {
    uint8_t fileNumber = 0; // 0-15, bits 1-4
    uint32_t offset = 0; // in pages, bits 12-31; never 0 for a real page-file PTE
    uint8_t protection = 0;

    uint32_t encode() const;
    static PageFilePte decode(uint32_t raw);
    bool operator==(const PageFilePte&) const = default;
};

struct PrototypePointerPte {
    VirtualAddress protoPteAddress = 0; // 4-byte aligned, within 1 GB above ProtoPteBase
    bool readOnly = false; // bit 8: force read-only
    bool lookupNeeded = false; // 0xFFFFF in bits 12-31: find the prototype PTE through the VAD
    uint8_t protection = 0; // only meaningful with lookupNeeded

    uint32_t encode() const;
    static PrototypePointerPte decode(uint32_t raw);
    bool operator==(const PrototypePointerPte&) const = default;
};

// The content of a *prototype* PTE whose page is only in the file: it names the subsection.
// Bit 31 chooses the base: MmSubsectionBase + offset, or MmNonPagedPoolEnd - offset.
struct SubsectionPte {
    VirtualAddress subsectionAddress = 0; // 8-byte aligned
    uint8_t protection = 0;

    struct Bases {
        VirtualAddress subsectionBase; // MmSubsectionBase (start of initial nonpaged pool)
        VirtualAddress nonPagedPoolEnd; // MmNonPagedPoolEnd
    };
    uint32_t encode(const Bases& bases) const;
    static SubsectionPte decode(uint32_t raw, const Bases& bases);
    bool operator==(const SubsectionPte&) const = default;
};

// The 11 flag letters of WinDbg's !pte (C G L D A N T U/K W/R E V), e.g. "-G-DA--KWEV".
// Valid PTEs only; E is always set on non-NX hardware.
void flagLetters(uint32_t raw, char out[12]);

} // namespace mm::hw::pte

#include "hw/pte.h"

namespace mm::hw::pte {

const char* kindName(Kind kind)
{
    switch (kind) {
    case Kind::Zero:
        return "Zero";
    case Kind::Hardware:
        return "Valid";
    case Kind::DemandZero:
        return "DemandZero";
    case Kind::TransitionPage:
        return "Transition";
    case Kind::PageFile:
        return "PageFile";
    case Kind::PrototypePointer:
        return "Prototype";
    case Kind::Subsection:
        return "Subsection";
    }
    return "?";
}

Kind classify(uint32_t raw, bool isPrototypePte)
{
    if (raw & Valid)
        return Kind::Hardware;
    if (raw & Prototype)
        return isPrototypePte ? Kind::Subsection : Kind::PrototypePointer;
    if (raw & Transition)
        return Kind::TransitionPage;
    if (raw >> 12)
        return Kind::PageFile;
    if (raw)
        return Kind::DemandZero;
    return Kind::Zero;
}

uint32_t HardwarePte::encode() const
{
    return (pfn << kPageShift) | Valid | (write ? Write : 0) | (owner ? Owner : 0) | (writeThrough ? WriteThrough : 0)
        | (cacheDisable ? CacheDisable : 0) | (accessed ? Accessed : 0) | (dirty ? Dirty : 0)
        | (largePage ? LargePage : 0) | (global ? Global : 0) | (copyOnWrite ? CopyOnWrite : 0);
}

HardwarePte HardwarePte::decode(uint32_t raw)
{
    HardwarePte p;
    p.pfn = raw >> kPageShift;
    p.write = raw & Write;
    p.owner = raw & Owner;
    p.writeThrough = raw & WriteThrough;
    p.cacheDisable = raw & CacheDisable;
    p.accessed = raw & Accessed;
    p.dirty = raw & Dirty;
    p.largePage = raw & LargePage;
    p.global = raw & Global;
    p.copyOnWrite = raw & CopyOnWrite;
    return p;
}

uint32_t TransitionPte::encode() const
{
    return (pfn << kPageShift) | Transition | (static_cast<uint32_t>(protection & 0x1F) << 5)
        | (cacheDisable ? CacheDisable : 0) | (writeThrough ? WriteThrough : 0) | (owner ? Owner : 0)
        | (write ? Write : 0);
}

TransitionPte TransitionPte::decode(uint32_t raw)
{
    TransitionPte p;
    p.pfn = raw >> kPageShift;
    p.protection = protectionOf(raw);
    p.write = raw & Write;
    p.owner = raw & Owner;
    p.writeThrough = raw & WriteThrough;
    p.cacheDisable = raw & CacheDisable;
    return p;
}

uint32_t PageFilePte::encode() const
{
    return (offset << kPageShift) | (static_cast<uint32_t>(protection & 0x1F) << 5)
        | (static_cast<uint32_t>(fileNumber & 0xF) << 1);
}

PageFilePte PageFilePte::decode(uint32_t raw)
{
    PageFilePte p;
    p.offset = raw >> kPageShift;
    p.protection = protectionOf(raw);
    p.fileNumber = static_cast<uint8_t>((raw >> 1) & 0xF);
    return p;
}

uint32_t PrototypePointerPte::encode() const
{
    if (lookupNeeded)
        return (LookupNeeded << kPageShift) | Prototype | (static_cast<uint32_t>(protection & 0x1F) << 5);
    // MiProtoAddressForPte: offset bits 2-8 go to PTE bits 1-7, offset bits 9-29 to PTE bits 11-31.
    const uint32_t off = protoPteAddress - ProtoPteBase;
    return Prototype | ((off & 0x3FFFFE00) << 2) | ((off & 0x1FC) >> 1) | (readOnly ? 0x100 : 0);
}

PrototypePointerPte PrototypePointerPte::decode(uint32_t raw)
{
    PrototypePointerPte p;
    if ((raw >> kPageShift) == LookupNeeded) {
        p.lookupNeeded = true;
        p.protection = protectionOf(raw);
        return p;
    }
    p.protoPteAddress = ProtoPteBase + (((raw >> 11) << 9) | (((raw >> 1) & 0x7F) << 2));
    p.readOnly = raw & 0x100;
    return p;
}

uint32_t SubsectionPte::encode(const Bases& bases) const
{
    // MI_MAKE_SUBSECTION_PTE: an address within 128 MB above MmSubsectionBase is encoded as
    // an offset from it with bit 31 set; others (nonpaged pool expansion) as a distance
    // below MmNonPagedPoolEnd.
    const bool fromBase
        = subsectionAddress >= bases.subsectionBase && subsectionAddress - bases.subsectionBase < (1u << 27);
    const uint32_t off
        = fromBase ? subsectionAddress - bases.subsectionBase : bases.nonPagedPoolEnd - subsectionAddress;
    return (fromBase ? 0x80000000u : 0) | ((off & 0xFFFFF80) << 4) | Prototype
        | (static_cast<uint32_t>(protection & 0x1F) << 5) | ((off & 0x78) >> 2);
}

SubsectionPte SubsectionPte::decode(uint32_t raw, const Bases& bases)
{
    SubsectionPte p;
    const uint32_t off = (((raw >> 11) & 0xFFFFF) << 7) | (((raw >> 1) & 0xF) << 3);
    p.subsectionAddress = (raw & 0x80000000u) ? bases.subsectionBase + off : bases.nonPagedPoolEnd - off;
    p.protection = protectionOf(raw);
    return p;
}

void flagLetters(uint32_t raw, char out[12])
{
    out[0] = (raw & CopyOnWrite) ? 'C' : '-';
    out[1] = (raw & Global) ? 'G' : '-';
    out[2] = (raw & LargePage) ? 'L' : '-';
    out[3] = (raw & Dirty) ? 'D' : '-';
    out[4] = (raw & Accessed) ? 'A' : '-';
    out[5] = (raw & CacheDisable) ? 'N' : '-';
    out[6] = (raw & WriteThrough) ? 'T' : '-';
    out[7] = (raw & Owner) ? 'U' : 'K';
    out[8] = (raw & Write) ? 'W' : 'R';
    out[9] = 'E';
    out[10] = (raw & Valid) ? 'V' : '-';
    out[11] = '\0';
}

} // namespace mm::hw::pte

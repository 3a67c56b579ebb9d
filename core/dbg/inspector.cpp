#include "dbg/inspector.h"

#include "dbg/format.h"

#include "hw/mmu.h"
#include "hw/pte.h"
#include "mm/addressspace.h"
#include "mm/memorymanager.h"
#include "mm/section.h"
#include "sim/simulator.h"

#include <algorithm>
#include <cstdio>
#include <map>

namespace mm::dbg {

namespace {
std::string padTo(std::string s, size_t width)
{
    if (s.size() < width)
        s.append(width - s.size(), ' ');
    return s;
}

// "pfn 7b314     ---DA--UWEV" for a valid entry.
std::string pfnAndFlags(uint32_t entry)
{
    char flags[12];
    hw::pte::flagLetters(entry, flags);
    return padTo(format("pfn %x", entry >> hw::kPageShift), 14) + flags;
}

// The right-hand decode of an entry that is not valid, one item per line.
std::vector<std::string> decodeInvalid(uint32_t entry)
{
    namespace pte = hw::pte;
    std::vector<std::string> lines;
    const std::string protect = "Protect: " + hw::protection::describe(pte::protectionOf(entry));
    switch (pte::classify(entry)) {
    case pte::Kind::Zero:
    case pte::Kind::Hardware:
    case pte::Kind::Subsection:
        break;
    case pte::Kind::DemandZero:
        lines.push_back("DemandZero");
        lines.push_back(protect);
        break;
    case pte::Kind::TransitionPage:
        lines.push_back(format("Transition: %x", entry >> hw::kPageShift));
        lines.push_back(protect);
        break;
    case pte::Kind::PageFile: {
        const auto pf = pte::PageFilePte::decode(entry);
        lines.push_back(format("PageFile: %x Offset: %x", pf.fileNumber, pf.offset));
        lines.push_back(protect);
        break;
    }
    case pte::Kind::PrototypePointer: {
        const auto proto = pte::PrototypePointerPte::decode(entry);
        if (proto.lookupNeeded) {
            lines.push_back("Proto: VAD");
            lines.push_back(protect);
        } else {
            lines.push_back(format("Proto: %08X", proto.protoPteAddress));
            if (proto.readOnly)
                lines.push_back("Protect: 1 - Readonly");
        }
        break;
    }
    }
    return lines;
}
} // namespace

Inspector::Inspector(const sim::Simulator& simulator)
    : m_sim(simulator)
{
}

std::optional<hw::PhysicalAddress> Inspector::translate(uint32_t dirBase, hw::VirtualAddress va) const
{
    const hw::Walk w = hw::Mmu::walk(m_sim.memory(), dirBase, va);
    if (!w.valid || !m_sim.memory().contains(w.physical))
        return std::nullopt;
    return w.physical;
}

std::optional<uint32_t> Inspector::readVirtual32(uint32_t dirBase, hw::VirtualAddress va) const
{
    uint32_t v = 0;
    for (int i = 3; i >= 0; --i) {
        auto b = readVirtual8(dirBase, va + i);
        if (!b)
            return std::nullopt;
        v = (v << 8) | *b;
    }
    return v;
}

std::optional<uint8_t> Inspector::readVirtual8(uint32_t dirBase, hw::VirtualAddress va) const
{
    auto pa = translate(dirBase, va);
    if (!pa)
        return std::nullopt;
    return m_sim.memory().read8(*pa);
}

std::string Inspector::processBlock(const ps::Process& p, uint32_t flags) const
{
    std::string out = format(
        "PROCESS %08x  SessionId: none  Cid: %04x    Peb: %08x  ParentCid: %04x\n", p.eprocess, p.cid, 0u, p.parentCid);
    out += format("    DirBase: %08x  ObjectTable: %08x  HandleCount: %u.\n", p.directoryTableBase[0], 0u, 0u);
    out += "    Image: " + p.imageName + "\n";
    if (flags & 1) {
        const mm::AddressSpace& vm = p.vm;
        const mm::Vad* root = vm.vads.root();
        out += format("    VadRoot %08x Vads %zu Clone 0 Private %u. Modified 0. Locked 0.\n",
            root ? root->address : 0u, vm.vads.size(), vm.privatePages);
        out += format("    Working Set Sizes (now,min,max)  (%u, %u, %u) (%uKB, %uKB, %uKB)\n", vm.workingSetSize,
            vm.minimumWorkingSet, vm.maximumWorkingSet, vm.workingSetSize * 4, vm.minimumWorkingSet * 4,
            vm.maximumWorkingSet * 4);
        out += format("    PeakWorkingSetSize                %u\n", vm.peakWorkingSetSize);
        out += format("    PageFaultCount                    %u\n", vm.pageFaultCount);
        out += format("    CommitCharge                      %u\n", vm.commitCharge);
    }
    return out + "\n";
}

std::string Inspector::processList(uint32_t flags) const
{
    std::string out = "**** NT ACTIVE PROCESS DUMP ****\n";
    for (const auto& p : m_sim.processes().processes())
        out += processBlock(*p, flags);
    return out;
}

std::string Inspector::pte(hw::VirtualAddress va, uint32_t dirBase) const
{
    const auto& geo = hw::kX86Geometry;
    const hw::VirtualAddress pdeVa = geo.pdeAddress(va);
    const hw::VirtualAddress pteVa = geo.pteAddress(va);
    std::string out = format("                    VA %08x\n", va);
    out += padTo(format("PDE at %08X", pdeVa), 27) + format("PTE at %08X\n", pteVa);

    const auto pde = readVirtual32(dirBase, pdeVa);
    if (!pde)
        return out + "PDE is not readable: the page directory is not mapped\n";
    const bool pdeValid = *pde & hw::pte::Valid;
    const auto pteRead = pdeValid ? readVirtual32(dirBase, pteVa) : std::nullopt;
    const bool pteReadable = pteRead.has_value();
    const uint32_t pteValue = pteRead.value_or(0);

    std::string contains = format("contains %08X", *pde);
    if (pteReadable)
        contains = padTo(contains, 27) + format("contains %08X", pteValue);
    out += contains + "\n";

    if (!pdeValid) {
        out += "not valid\n";
        for (const auto& line : decodeInvalid(*pde))
            out += line + "\n";
        return out;
    }
    std::string line = padTo(pfnAndFlags(*pde), 27);
    if (*pde & hw::pte::LargePage) {
        const hw::Pfn pfn = (*pde >> hw::kPageShift) + geo.pteIndex(va);
        return out + line + format("LARGE PAGE pfn %x\n", pfn);
    }
    if (!pteReadable)
        return out + line + "page table not readable\n";
    if (pteValue & hw::pte::Valid)
        return out + line + pfnAndFlags(pteValue) + "\n";
    out += line + "not valid\n";
    if (pteVa == MemoryManager::kHyperspaceCounterPte) {
        // MmFirstReservedMappingPte is never a mapping: its frame field counts free slots.
        return out + std::string(28, ' ') + format("Hyperspace mapping counter: %x\n", pteValue >> hw::kPageShift);
    }
    for (const auto& decoded : decodeInvalid(pteValue))
        out += std::string(28, ' ') + decoded + "\n";
    return out;
}

std::string Inspector::pfn(hw::Pfn pfn) const
{
    const MmPfn& e = m_sim.pfnDatabase()[pfn];
    const uint32_t address = m_sim.layout().pfnDatabase + pfn * static_cast<uint32_t>(sizeof(MmPfn));
    std::string letters;
    std::string names;
    auto flag = [&](uint16_t bit, char letter, const char* name) {
        if (e.flags & bit) {
            letters += letter;
            names += names.empty() ? name : std::string(" ") + name;
        }
    };
    flag(MmPfn::Modified, 'M', "Modified");
    flag(MmPfn::PrototypePte, 'P', "Shared");
    flag(MmPfn::ReadInProgress, 'R', "ReadInProgress");
    flag(MmPfn::WriteInProgress, 'W', "WriteInProgress");
    flag(MmPfn::ParityError, 'X', "ParityError");
    flag(MmPfn::InPageError, 'E', "InPageError");

    std::string out = format("    PFN %08X at address %08X\n", pfn, address);
    out += format("    flink       %08X  blink / share count %08X  pteaddress %08X\n", e.u1, e.u2, e.pteAddress);
    out += format("    reference count %04X%33scolor %u\n", e.referenceCount, "", (e.flags & MmPfn::ColorMask) >> 4);
    std::string state = format("    restore pte %08X  containing page        %06X  %-10s %s", e.originalPte, e.pteFrame,
        pageLocationName(e.location()), letters.c_str());
    while (!state.empty() && state.back() == ' ')
        state.pop_back();
    out += state + "\n";
    if (!names.empty())
        out += "    " + names + "\n";
    return out;
}

std::string Inspector::vtop(uint32_t dirBase, hw::VirtualAddress va) const
{
    const auto& geo = hw::kX86Geometry;
    const hw::Walk w = hw::Mmu::walk(m_sim.memory(), dirBase, va);
    std::string out = format("Pdi %x Pti %x\n", geo.pdeIndex(va), geo.pteIndex(va));
    if (!w.pdeValid)
        return out + format("%08x - PDE %08x not valid\n", va, w.pde);
    if (w.large) {
        const hw::PhysicalAddress page = w.physical & ~static_cast<hw::PhysicalAddress>(hw::kPageMask);
        return out
            + format("%08x %08llx pfn(%05llx) (large page)\n", va, static_cast<unsigned long long>(page),
                static_cast<unsigned long long>(page >> hw::kPageShift));
    }
    if (!w.valid)
        return out + format("%08x - PTE %08x not valid\n", va, w.pte);
    const hw::PhysicalAddress page = w.physical & ~static_cast<hw::PhysicalAddress>(hw::kPageMask);
    return out
        + format("%08x %08llx pfn(%05llx)\n", va, static_cast<unsigned long long>(page),
            static_cast<unsigned long long>(page >> hw::kPageShift));
}

std::string Inspector::memusage(uint32_t flags) const
{
    const PfnDatabase& db = m_sim.pfnDatabase();
    std::string out;
    auto line = [&](const char* label, uint64_t pages) {
        out += format("%19s:%9llu (%8llu kb)\n", label, static_cast<unsigned long long>(pages),
            static_cast<unsigned long long>(pages * 4));
    };
    line("Zeroed", db.count(PageLocation::Zeroed));
    line("Free", db.count(PageLocation::Free));
    line("Standby", db.count(PageLocation::Standby));
    line("Modified", db.count(PageLocation::Modified));
    line("ModifiedNoWrite", db.count(PageLocation::ModifiedNoWrite));
    line("Active/Valid", db.count(PageLocation::Active));
    line("Transition", db.count(PageLocation::Transition));
    line("Bad", db.count(PageLocation::Bad));
    uint64_t total = 0;
    for (int l = 0; l < kPageLocationCount; ++l)
        total += db.count(static_cast<PageLocation>(l));
    line("TOTAL", total);
    if (flags & 0x8)
        return out; // general summary only
    return out + usageSummary();
}

// The usage summary of !memusage: every frame in use, charged to the control area of its
// prototype PTE (mapped files, paging-file sections, fork clone blocks), to the process
// whose page tables map it (found by following PteFrame to a page directory), or to the
// part of the boot image in KSEG0 that holds it. Kb.
std::string Inspector::usageSummary() const
{
    const auto& geo = hw::kX86Geometry;
    const PfnDatabase& db = m_sim.pfnDatabase();
    const MemoryManager& mm = m_sim.memoryManager();
    struct Usage {
        uint64_t valid = 0, standby = 0, dirty = 0, shared = 0, pageTables = 0;
    };
    std::map<const ControlArea*, Usage> byControlArea;
    std::map<hw::Pfn, Usage> byDirectory; // page directory frame -> its process's pages
    std::map<hw::Pfn, const ps::Process*> directories;
    for (const auto& p : m_sim.processes().processes())
        directories[static_cast<hw::Pfn>(p->directoryTableBase[0] >> hw::kPageShift)] = p.get();
    // The boot image's frames, mapped by KSEG0's large pages (no page table, PteFrame 0).
    const SystemLayout& layout = m_sim.layout();
    struct Region {
        hw::Pfn first, count;
        const char* name;
        Usage usage;
    };
    Region regions[] = {{0, layout.firmwareFrames, "firmware ( below 1 MB )", {}},
        {layout.kernelFirst, layout.kernelFrames, "driver ( ntoskrnl.exe, hal.dll, boot drivers )", {}},
        {layout.pfnDatabaseFirst, layout.pfnDatabaseFrames, "pfn database", {}},
        {layout.nonPagedPoolFirst, layout.nonPagedPoolFrames, "nonpaged pool ( initial )", {}},
        {0, db.size(), "unknown", {}}}; // the last catches what nothing above claims
    const hw::VirtualAddress pdeEnd = geo.pdeBase + geo.entriesPerTable() * geo.entrySize;

    for (hw::Pfn pfn = 0; pfn < db.size(); ++pfn) {
        const MmPfn& e = db[pfn];
        const PageLocation l = e.location();
        if (l == PageLocation::Zeroed || l == PageLocation::Free || l == PageLocation::Bad)
            continue;
        Usage* usage = nullptr;
        const hw::VirtualAddress pteVa = e.pteAddress & ~MmPfn::PteAddressDeleted;
        if (e.flags & MmPfn::PrototypePte) {
            if (const ControlArea* ca = mm.controlAreaOf(pteVa))
                usage = &byControlArea[ca];
        } else {
            hw::Pfn frame = pfn; // up the containing pages: page -> page table -> directory
            for (int step = 0; step < 3 && !directories.count(frame) && frame < db.size(); ++step)
                frame = db[frame].pteFrame;
            if (directories.count(frame))
                usage = &byDirectory[frame];
        }
        for (Region& r : regions) {
            if (!usage && pfn >= r.first && pfn - r.first < r.count)
                usage = &r.usage;
        }
        const bool pageTable = !(e.flags & MmPfn::PrototypePte) && pteVa >= geo.pdeBase && pteVa < pdeEnd;
        if (pageTable && l == PageLocation::Active)
            usage->pageTables += 4;
        else if (l == PageLocation::Active)
            usage->valid += 4;
        else if (l == PageLocation::Modified || l == PageLocation::ModifiedNoWrite)
            usage->dirty += 4;
        else
            usage->standby += 4; // Standby, or Transition (I/O in progress)
        if (l == PageLocation::Active && (e.flags & MmPfn::PrototypePte) && e.shareCount() > 1)
            usage->shared += 4;
    }

    std::string out = "  Usage Summary (in Kb):\n"
                      "Control     Valid  Standby    Dirty   Shared   Locked PageTables  name\n";
    auto sectionName = [&](const ControlArea* ca) -> std::string {
        if (!ca->file.empty())
            return "mapped_file( " + ca->file + " )";
        if (ca->fork)
            return "fork clone block";
        for (const auto& [name, section] : mm.sections()) {
            if (section.controlArea == ca->address)
                return "pagefile section( " + name + " )";
        }
        return "pagefile section";
    };
    std::vector<const ControlArea*> controlAreas; // in pool address order
    for (const auto& [ca, usage] : byControlArea)
        controlAreas.push_back(ca);
    std::sort(controlAreas.begin(), controlAreas.end(),
        [](const ControlArea* a, const ControlArea* b) { return a->address < b->address; });
    for (const ControlArea* ca : controlAreas) {
        const Usage& u = byControlArea[ca];
        out += format("%08x %8llu %8llu %8llu %8llu %8llu %10llu  %s\n", ca->address,
            static_cast<unsigned long long>(u.valid), static_cast<unsigned long long>(u.standby),
            static_cast<unsigned long long>(u.dirty), static_cast<unsigned long long>(u.shared), 0ull,
            static_cast<unsigned long long>(u.pageTables), sectionName(ca).c_str());
    }
    auto processLine = [&](const Usage& u, const std::string& name) { // WinDbg's "--------" rows
        out += format("-------- %8llu %8llu %8llu    -----    ----- %10llu  %s\n",
            static_cast<unsigned long long>(u.valid), static_cast<unsigned long long>(u.standby),
            static_cast<unsigned long long>(u.dirty), static_cast<unsigned long long>(u.pageTables), name.c_str());
    };
    for (const auto& p : m_sim.processes().processes()) { // in Cid order
        const auto it = byDirectory.find(static_cast<hw::Pfn>(p->directoryTableBase[0] >> hw::kPageShift));
        if (it != byDirectory.end())
            processLine(it->second, "process ( " + p->imageName + " )");
    }
    for (const Region& r : regions) {
        const Usage& u = r.usage;
        if (u.valid + u.standby + u.dirty + u.pageTables)
            processLine(u, r.name);
    }
    return out;
}

std::string Inspector::vadProtectionName(uint8_t protection)
{
    static const char* const names[8] = {"NO_ACCESS", "READONLY", "EXECUTE", "EXECUTE_READ", "READWRITE", "WRITECOPY",
        "EXECUTE_READWRITE", "EXECUTE_WRITECOPY"};
    if ((protection & hw::protection::AccessMask) == 0)
        return "NO_ACCESS";
    std::string name = names[protection & hw::protection::AccessMask];
    if (protection & hw::protection::NoCache)
        name = "NOCACHE " + name;
    if (protection & hw::protection::Guard)
        name = "GUARD " + name;
    return name;
}

std::string Inspector::vadTree(const mm::AddressSpace& space) const
{
    std::string out = "VAD     level      start      end    commit\n";
    uint64_t levels = 0;
    space.vads.forEach([&](const mm::Vad& v, int level, const mm::Vad*) {
        out += format("%08x (%2d) %10x %8x %9u %-13s%s\n", v.address, level, v.startingVpn, v.endingVpn, v.commitCharge,
            v.privateMemory ? "Private" : "Mapped", vadProtectionName(v.protection).c_str());
        levels += static_cast<uint64_t>(level) + 1;
    });
    const size_t count = space.vads.size();
    out += format("\nTotal VADs: %5zu  average level: %4llu  maximum depth: %d\n", count,
        static_cast<unsigned long long>(count ? levels / count : 0), space.vads.maximumDepth());
    return out;
}

std::string Inspector::vm() const
{
    const PfnDatabase& db = m_sim.pfnDatabase();
    const mm::MemoryManager& mm = m_sim.memoryManager();
    std::string out = "\n*** Virtual Memory Usage ***\n";
    auto pages = [&](const char* label, uint64_t n) {
        out += format("\t%-16s %8llu (%9llu Kb)\n", label, static_cast<unsigned long long>(n),
            static_cast<unsigned long long>(n * 4));
    };
    pages("Physical Memory:", db.size());
    for (const auto& file : mm.pagingFiles()) {
        out += format(
            "\tPage File: \\??\\C:\\pagefile.sys%s\n", file.number() ? std::to_string(file.number()).c_str() : "");
        out += format("\t   Current: %9u Kb  Free Space: %9u Kb\n", file.size() * 4, file.free() * 4);
    }
    pages("Available Pages:", db.availablePages());
    pages("Modified Pages:", db.count(PageLocation::Modified));
    uint64_t privatePages = 0;
    for (const auto& p : m_sim.processes().processes())
        privatePages += p->vm.privatePages;
    pages("Total Private:", privatePages);
    pages("Committed pages:", mm.totalCommitted());
    pages("Commit limit:", mm.commitLimit());
    return out;
}

std::string Inspector::controlArea(const mm::ControlArea& ca) const
{
    // The counters as they are in pool, where a debugger reads them.
    const uint32_t dirBase = m_sim.mmu().cr3(); // system space looks the same from every process
    auto field = [&](hw::VirtualAddress va) {
        const auto pa = translate(dirBase, va);
        return pa ? m_sim.memory().read32(*pa) : 0u;
    };
    namespace pool = mm::pool;
    const uint32_t flags = field(ca.address + pool::kCaFlags);
    std::string flagNames;
    if (flags & pool::kFlagImage)
        flagNames += " Image";
    if (flags & pool::kFlagFile)
        flagNames += " File";
    if (flags & pool::kFlagCommit)
        flagNames += " Commit";
    std::string out = format("ControlArea  @ %08x\n", ca.address);
    out += format(
        "  Segment      %08x  Flink      %08x  Blink        %08x\n", field(ca.address + pool::kCaSegment), 0u, 0u);
    out += format("  Section Ref  %8x  Pfn Ref    %8x  Mapped Views %8x\n",
        field(ca.address + pool::kCaSectionReferences), field(ca.address + pool::kCaPfnReferences),
        field(ca.address + pool::kCaMappedViews));
    out += format("  User Ref     %8x  Subsections %7x  Flush Count  %8x\n",
        field(ca.address + pool::kCaUserReferences), field(ca.address + pool::kCaSubsections) & 0xFFFF, 0u);
    out += format("  File Object  %08x\n", field(ca.address + pool::kCaFilePointer));
    out += format("  Flags (%x)%s\n\n", flags, flagNames.c_str());
    out += !ca.file.empty() ? format("  %s\n\n", ca.file.c_str()) : std::string("  Backed by the paging file\n\n");
    out += format("Segment @ %08x\n", ca.segment);
    out += format("  ControlArea  %08x  ExtendInfo %08x\n", field(ca.segment + pool::kSegControlArea), 0u);
    out += format("  Total Ptes   %8x  Segment Size %6x  PrototypePte %08x\n", field(ca.segment + pool::kSegTotalPtes),
        field(ca.segment + pool::kSegSizeOfSegment), field(ca.segment + pool::kSegPrototypePte));
    for (size_t i = 0; i < ca.subsections.size(); ++i) {
        const hw::VirtualAddress s = ca.subsections[i].address;
        out += format("\nSubsection %zu @ %08x\n", i + 1, s);
        out += format("  ControlArea  %08x  Starting Sector %4x  Number Of Sectors %4x\n",
            field(s + pool::kSsControlArea), field(s + pool::kSsStartingSector), field(s + pool::kSsNumberOfSectors));
        out += format("  Base Pte     %08x  Ptes In Subsect %4x  Protection        %4x\n",
            field(s + pool::kSsSubsectionBase), field(s + pool::kSsPtesInSubsection),
            (field(s + pool::kSsFlags) >> 4) & 0x1F);
    }
    return out;
}

std::string Inspector::workingSetList(const ps::Process& process) const
{
    using mm::MemoryManager;
    const uint32_t dirBase = process.directoryTableBase[0];
    auto header
        = [&](uint32_t offset) { return readVirtual32(dirBase, MemoryManager::kWorkingSetList + offset).value_or(0); };
    const uint32_t firstFree = header(0x04), firstDynamic = header(0x08), lastEntry = header(0x0C),
                   nextSlot = header(0x10), lastInitialized = header(0x1C);
    std::string out = format("\nWorking Set @ %08x\n", MemoryManager::kWorkingSetList);
    out += format("    FirstFree %8x  FirstDynamic %8x\n", firstFree, firstDynamic);
    out += format("    LastEntry %8x  NextSlot %12x  LastInitialized %8x\n", lastEntry, nextSlot, lastInitialized);
    out += format("    NonDirect %8x  HashTable %11x  HashTableSize %10x\n\n", 0u, 0u, 0u);
    out += "Virtual Address           Age  Locked  ReferenceCount\n";
    for (uint32_t i = 0; i <= lastEntry && i <= lastInitialized; ++i) {
        const uint32_t wsle = readVirtual32(dirBase, MemoryManager::kWsle + i * 4).value_or(0);
        if (!(wsle & MemoryManager::kWsleValid))
            continue;
        const auto pa = translate(dirBase, wsle & ~hw::kPageMask);
        const uint32_t refs = pa ? m_sim.pfnDatabase()[static_cast<hw::Pfn>(*pa >> hw::kPageShift)].referenceCount : 0;
        out += format("        %08x %10u %8u %8u\n", wsle, (wsle >> MemoryManager::kWsleAgeShift) & 3,
            (wsle & MemoryManager::kWsleLocked) ? 1u : 0u, refs);
    }
    return out;
}

std::string Inspector::dump(Unit unit, uint64_t address, uint32_t count, bool physical, uint32_t dirBase) const
{
    const uint32_t unitBytes = unit == Unit::Byte ? 1 : 4;
    const uint64_t totalBytes = static_cast<uint64_t>(count) * unitBytes;
    const uint64_t limit = physical ? (1ull << 36) : (1ull << 32);
    auto byteAt = [&](uint64_t a) -> std::optional<uint8_t> {
        if (a >= limit)
            return std::nullopt;
        if (physical)
            return m_sim.memory().contains(a) ? std::optional<uint8_t>(m_sim.memory().read8(a)) : std::nullopt;
        return readVirtual8(dirBase, static_cast<hw::VirtualAddress>(a));
    };

    std::string out;
    for (uint64_t offset = 0; offset < totalBytes; offset += 16) {
        const uint64_t lineAddress = address + offset;
        const uint32_t lineBytes = static_cast<uint32_t>(std::min<uint64_t>(16, totalBytes - offset));
        std::optional<uint8_t> bytes[16];
        for (uint32_t i = 0; i < lineBytes; ++i)
            bytes[i] = byteAt(lineAddress + i);

        std::string line = physical ? format("#%8llx", static_cast<unsigned long long>(lineAddress))
                                    : format("%08llx ", static_cast<unsigned long long>(lineAddress));
        if (unit == Unit::Byte) {
            for (uint32_t i = 0; i < 16; ++i) {
                const char sep = i == 8 ? '-' : ' ';
                if (i < lineBytes)
                    line += bytes[i] ? format("%c%02x", sep, *bytes[i]) : format("%c??", sep);
                else
                    line += "   ";
            }
        } else {
            for (uint32_t i = 0; i < lineBytes; i += 4) {
                bool readable = true;
                uint32_t v = 0;
                for (int b = 3; b >= 0; --b) {
                    readable = readable && bytes[i + b].has_value();
                    v = (v << 8) | (bytes[i + b] ? *bytes[i + b] : 0);
                }
                line += readable ? format(" %08x", v) : std::string(" ????????");
            }
            if (unit == Unit::DwordChars)
                line += std::string((16 - lineBytes) / 4 * 9, ' ');
        }
        if (unit != Unit::Dword) {
            line += "  ";
            for (uint32_t i = 0; i < lineBytes; ++i) {
                if (!bytes[i])
                    line += '?';
                else
                    line += (*bytes[i] >= 0x20 && *bytes[i] < 0x7F) ? static_cast<char>(*bytes[i]) : '.';
            }
        }
        out += line + "\n";
    }
    return out;
}

} // namespace mm::dbg

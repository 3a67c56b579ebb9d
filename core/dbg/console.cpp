#include "dbg/console.h"
#include "sim/glossary.h"

#include "dbg/batchrunner.h"
#include "dbg/format.h"
#include "dbg/quiz.h"

#include "hw/pte.h"
#include "mm/memorymanager.h"
#include "mm/ntstatus.h"
#include "sim/simulator.h"

#include <algorithm>
#include <array>
#include <cstdio>
#include <string_view>

namespace mm::dbg {

using sim::Event;
using sim::Routine;

Console::Console(sim::Simulator& simulator)
    : m_sim(simulator)
    , m_inspector(simulator)
{
}

const ps::Process& Console::implicitProcess() const
{
    if (m_implicitCid) {
        if (const ps::Process* p = m_sim.processes().findByCid(m_implicitCid))
            return *p;
    }
    return m_sim.processes().current();
}

ps::Process& Console::resolveProcess(const Token& token) const
{
    auto& processes = m_sim.processes();
    if (auto value = tryParseNumber(token.text)) {
        // A number is an EPROCESS address when it is a system address, otherwise a Cid.
        ps::Process* p = *value >= hw::kSystemRangeStart
            ? processes.findByEprocess(static_cast<uint32_t>(*value))
            : (*value <= 0xFFFF ? processes.findByCid(static_cast<uint32_t>(*value)) : nullptr);
        if (p)
            return *p;
        if (processes.findByImage(token.text).empty())
            throw CommandError(token.column,
                "no process with " + std::string(*value >= hw::kSystemRangeStart ? "EPROCESS " : "Cid ") + token.text
                    + " (see !process 0 0)");
    }
    const auto found = processes.findByImage(token.text);
    if (found.empty())
        throw CommandError(token.column, "no process named '" + token.text + "' (see !process 0 0)");
    if (found.size() > 1) {
        std::string cids;
        for (const ps::Process* p : found)
            cids += (cids.empty() ? "" : ", ") + format("%04x", p->cid);
        throw CommandError(token.column,
            "'" + token.text + "' names " + std::to_string(found.size()) + " processes (Cid " + cids
                + "); give a Cid instead");
    }
    return *found.front();
}

CommandResult Console::execute(std::string_view line)
{
    try {
        if (const auto command = parseCommand(line))
            return run(*command);
    } catch (const CommandError& e) {
        CommandResult result;
        result.firstSeq = result.lastSeq = m_sim.events().lastSeq();
        result.ok = false;
        result.errorColumn = e.column;
        result.error = e.what();
        return result;
    }
    CommandResult result;
    result.firstSeq = result.lastSeq = m_sim.events().lastSeq();
    return result;
}

CommandResult Console::run(const Command& command)
{
    CommandResult result;
    result.firstSeq = result.lastSeq = m_sim.events().lastSeq();
    try {
        m_stateChanged = false;
        m_view = {};
        m_status = 0;
        result.output = std::visit([this](const auto& a) { return run(a); }, command.arguments);
        result.view = m_view;
        result.status = m_status;
        // A refused service did nothing, so the machine does not run on after it either;
        // changedState still tells the truth if it got as far as changing something.
        const bool refused = status::isError(m_status);
        if (command.changesState && !refused)
            result.output += balance();
        result.changedState
            = (command.changesState && !refused) || m_stateChanged || m_sim.events().lastSeq() != result.firstSeq;
        if (result.changedState)
            m_implicitCid = 0; // the target ran: the debugger's context follows the CPU again
    } catch (const CommandError& e) {
        result.ok = false;
        result.errorColumn = e.column;
        result.error = e.what();
    } catch (const BugCheck& e) {
        result.ok = false;
        result.errorColumn = 1;
        result.error = e.what();
    }
    result.lastSeq = m_sim.events().lastSeq();
    return result;
}

std::string Console::refused(const char* routine, const mm::status::Refusal& refusal)
{
    m_status = refusal.status;
    return format("%s: %s: %s\n", routine, status::name(refusal.status), refusal.reason.c_str());
}

std::string Console::refused(const char* routine, uint32_t code)
{
    m_status = code;
    return format("%s: %s\n", routine, status::name(code));
}

// --- Inspection ---

std::string Console::run(const args::ProcessInfo& a)
{
    switch (a.what) {
    case args::ProcessInfo::What::Implicit:
        return m_inspector.processBlock(implicitProcess(), a.flags.value_or(1));
    case args::ProcessInfo::What::All:
        return m_inspector.processList(a.flags.value_or(0));
    case args::ProcessInfo::What::One:
        break;
    }
    return m_inspector.processBlock(resolveProcess(a.process), a.flags.value_or(1));
}

std::string Console::run(const args::SetProcess& a)
{
    if (a.process)
        m_implicitCid = resolveProcess(*a.process).cid;
    return format("Implicit process is now %08x\n", implicitProcess().eprocess);
}

std::string Console::run(const args::Register&)
{
    return format("cr3=%08x\n", m_sim.mmu().cr3());
}

std::string Console::run(const args::Dump& a)
{
    return m_inspector.dump(a.unit, a.address, a.count, a.physical, implicitProcess().directoryTableBase[0]);
}

std::string Console::run(const args::EnterDwords& a)
{
    const uint32_t dirBase = implicitProcess().directoryTableBase[0];
    const auto& layout = m_sim.layout();
    const auto& geo = hw::kX86Geometry;
    std::vector<std::pair<hw::PhysicalAddress, uint32_t>> writes;
    for (size_t i = 0; i < a.values.size(); ++i) {
        const uint32_t value = a.values[i];
        const uint32_t va = a.address + static_cast<uint32_t>(i) * 4;
        for (uint32_t b = 0; b < 4; ++b) {
            const auto pa = m_inspector.translate(dirBase, va + b);
            if (!pa)
                throw CommandError(a.column,
                    format(
                        "memory access error at %08x: not mapped in %s", va + b, implicitProcess().imageName.c_str()));
            const hw::Pfn pfn = static_cast<hw::Pfn>(*pa >> hw::kPageShift);
            const MmPfn& e = m_sim.pfnDatabase()[pfn];
            const bool pageTable = e.location() == PageLocation::Active && e.pteAddress >= geo.pdeBase
                && e.pteAddress < geo.pdeBase + hw::kPageSize;
            const bool workingSetList = e.location() == PageLocation::Active
                && e.pteAddress == geo.pteAddress(MemoryManager::kWorkingSetList);
            const bool pfnDatabase
                = pfn >= layout.pfnDatabaseFirst && pfn < layout.pfnDatabaseFirst + layout.pfnDatabaseFrames;
            if (pageTable || workingSetList || pfnDatabase)
                throw CommandError(a.column,
                    format("%08x is in %s; the simulation changes that only through its memory manager", va + b,
                        pageTable            ? "a page table"
                            : workingSetList ? "a working set list"
                                             : "the PFN database"));
            writes.emplace_back(*pa, (value >> (8 * b)) & 0xFF);
        }
    }
    for (const auto& [pa, byte] : writes)
        m_sim.memory().write8(pa, static_cast<uint8_t>(byte));
    Event e;
    e.routine = Routine::DebuggerWrite;
    e.cid = implicitProcess().cid;
    e.va = a.address;
    e.pfn = static_cast<uint32_t>(writes.front().first >> hw::kPageShift);
    m_sim.events().append(e);
    m_stateChanged = true;
    return {};
}

std::string Console::run(const args::Pte& a)
{
    uint32_t va = a.va;
    const auto& geo = hw::kX86Geometry;
    if (geo.isPteWindow(va))
        va = geo.vaForPteAddress(va & ~3u); // an address in the page tables is taken as a PTE address
    return m_inspector.pte(va, implicitProcess().directoryTableBase[0]);
}

std::string Console::run(const args::Pfn& a)
{
    const uint64_t pfn = a.pfn.value;
    if (pfn >= m_sim.pfnDatabase().size())
        throw CommandError(a.pfn.column,
            format("%llx is not a page frame: RAM has %x frames (0 - %x)", static_cast<unsigned long long>(pfn),
                m_sim.pfnDatabase().size(), m_sim.pfnDatabase().size() - 1));
    return m_inspector.pfn(static_cast<hw::Pfn>(pfn));
}

std::string Console::run(const args::Vtop& a)
{
    uint64_t base = a.base.value;
    const hw::Pfn frames = m_sim.pfnDatabase().size();
    uint32_t dirBase;
    if (base == 0)
        dirBase = implicitProcess().directoryTableBase[0];
    else {
        // Like WinDbg: a number too large to be a page frame number is a full DirBase.
        if (base >= frames)
            base >>= hw::kPageShift;
        if (base >= frames)
            throw CommandError(
                a.base.column, "'" + a.baseText + "' is neither a page frame number nor a DirBase in RAM");
        dirBase = static_cast<uint32_t>(base << hw::kPageShift);
    }
    return m_inspector.vtop(dirBase, a.va);
}

std::string Console::run(const args::Memusage& a)
{
    return m_inspector.memusage(a.flags);
}

std::string Console::run(const args::Echo& a)
{
    return a.text + "\n";
}

std::string Console::run(const args::Lesson& a)
{
    using Kind = args::Lesson::Kind;
    switch (a.kind) {
    case Kind::Title:
        return "Lesson: " + a.text + "\n";
    case Kind::Step:
        return "\n== " + a.text + " ==\n";
    case Kind::Ask:
        return "Question: " + a.text + "\n";
    case Kind::Answer:
        return "Answer: " + a.text + "\n";
    case Kind::Say:
        break;
    }
    return a.text + "\n";
}

std::string Console::run(const args::Quiz& a)
{
    return formatWorksheet(makeQuiz(m_sim, a.count, a.seed), a.seed);
}

std::string Console::run(const args::Focus&)
{
    return {}; // the lesson player's; a batch run has no views to bring forward
}

std::string Console::run(const args::Expect& a)
{
    const CommandResult inner = run(*parseCommand(a.command));
    if (!inner.ok)
        throw CommandError(a.commandColumn + inner.errorColumn - 1, inner.error);
    if (inner.output.find(a.text) == std::string::npos)
        throw CommandError(
            a.textColumn, "'" + a.command + "' does not print '" + a.text + "'; it prints:\n" + inner.output);
    return inner.output;
}

std::string Console::run(const args::Help& a)
{
    if (a.command.empty())
        return helpText();
    if (const auto* entry = sim::glossaryEntry(a.command))
        return sim::glossaryText(*entry);
    return commandHelp(a.command);
}

std::string Console::run(const args::Trace& a)
{
    if (a.on)
        m_trace = *a.on;
    return format("Event trace is %s\n", m_trace ? "on" : "off");
}

std::string Console::run(const args::Select& a)
{
    m_view = a.request;
    if (a.process)
        m_view.value = resolveProcess(*a.process).cid;
    if (a.pfn) {
        const uint64_t frames = m_sim.pfnDatabase().size();
        if (a.pfn->value >= frames)
            throw CommandError(a.pfn->column,
                format("%llx is not a page frame: RAM has %llx frames (0 - %llx)",
                    static_cast<unsigned long long>(a.pfn->value), static_cast<unsigned long long>(frames),
                    static_cast<unsigned long long>(frames - 1)));
        m_view.value = static_cast<uint32_t>(a.pfn->value);
    }
    return {};
}

std::string Console::run(const args::Export& a)
{
    m_view = a.request;
    return {};
}

std::string Console::run(const args::Vad& a)
{
    const ps::Process* process = &implicitProcess();
    const Vad* only = nullptr;
    if (a.target) {
        const auto value = tryParseNumber(a.target->text);
        const Vad* found = nullptr;
        if (value && *value >= hw::kSystemRangeStart) {
            for (const auto& p : m_sim.processes().processes()) {
                p->vm.vads.forEach([&](const Vad& v, int, const Vad*) {
                    if (v.address == *value) {
                        found = &v;
                        process = p.get();
                    }
                });
            }
        }
        if (found)
            only = a.flag && parseNumber(*a.flag) == 1 ? found : nullptr;
        else
            process = &resolveProcess(*a.target);
        if (found && !only && a.flag)
            throw CommandError(a.flag->column, "the flag is 0 (the tree) or 1 (one VAD in detail)");
    }
    if (only) {
        const uint32_t controlArea = only->controlArea;
        const uint32_t lastPte = only->privateMemory ? 0 : only->firstPrototypePte + (only->pages() - 1) * 4;
        return format("VAD @ %08x\n  Start VPN: %13x  End VPN: %8x  Control Area:  %08x\n"
                      "  First ProtoPte: %08x  Last PTE %08x  Commit Charge %9u (0n%u.)\n"
                      "  %s %s%s%s\n",
            only->address, only->startingVpn, only->endingVpn, controlArea, only->firstPrototypePte, lastPte,
            only->commitCharge, only->commitCharge, only->privateMemory ? "Private" : "Mapped",
            only->image ? "ImageMap " : "", only->memCommit ? "MemCommit " : "",
            m_inspector.vadProtectionName(only->protection).c_str());
    }
    return m_inspector.vadTree(process->vm);
}

std::string Console::run(const args::Wsle& a)
{
    const ps::Process& process = a.process ? resolveProcess(*a.process) : implicitProcess();
    return m_inspector.workingSetList(process);
}

std::string Console::run(const args::Vm&)
{
    return m_inspector.vm();
}

std::string Console::run(const args::ControlArea& a)
{
    const auto& mm = m_sim.memoryManager();
    const uint32_t address = static_cast<uint32_t>(a.address.value);
    if (address == 0) {
        std::string out;
        for (const auto& ca : mm.controlAreas())
            out += m_inspector.controlArea(ca) + "\n";
        return out.empty() ? std::string("No control areas\n") : out;
    }
    const mm::ControlArea* ca = mm.findControlArea(address);
    if (!ca)
        throw CommandError(a.address.column, format("%08x is not a control area", address));
    return m_inspector.controlArea(*ca);
}

// --- Simulation verbs ---

std::string Console::run(const args::Spawn& a)
{
    auto& processes = m_sim.processes();
    ps::Process* parent = a.parent ? &resolveProcess(*a.parent) : &processes.current();
    status::Refusal refusal;
    ps::ProcessManager::Creation created;
    ps::Process* child = processes.createProcess(a.image.text, *parent, &refusal, false, &created);
    if (!child)
        return refused("PspCreateProcess", refusal);

    std::string out = format("PspCreateProcess: %s  Cid %04x  EPROCESS %08x  parent %s (Cid %04x)\n",
        child->imageName.c_str(), child->cid, child->eprocess, parent->imageName.c_str(), parent->cid);
    const mm::ProcessPages& pages = created.space.pages;
    const hw::Pfn taken[] = {pages.pageDirectory, pages.hyperspacePageTable, pages.workingSetPage};
    static const char* const roles[] = {"page directory", "hyperspace page table", "working set list"};
    for (int i = 0; i < 3; ++i)
        out += format(
            "MiRemoveZeroPage: pfn %x from the %s list -> %s\n", taken[i], pageLocationName(pages.source[i]), roles[i]);
    out += format("MiMapPageInHyperSpace: the new page directory mapped at %08x in %s's hyperspace; %u system PDEs "
                  "copied\n",
        created.space.directoryMappedAt, parent->imageName.c_str(), created.space.systemPdesCopied);
    out += format("MmCreateProcessAddressSpace: PDE 300 = %08x (self-map), PDE 301 = %08x (hyperspace)\n",
        child->directoryTableBase[0] | hw::pte::ValidKernelPteLocal,
        child->directoryTableBase[1] | hw::pte::ValidKernelPteLocal);
    out += format("MmInitializeProcessAddressSpace: DirBase %08x, working set list at %08x with 3 locked entries\n",
        child->directoryTableBase[0], MemoryManager::kWorkingSetList);
    // The views of its image and the system DLLs, in the order they were mapped.
    std::string views;
    for (const auto& [file, base] : created.views)
        views += format("%s%s at %08x", views.empty() ? "" : ", ", file.empty() ? "?" : file.c_str(), base);
    if (!views.empty())
        out += "MmMapViewOfSection: " + views + "\n";
    return out;
}

std::string Console::run(const args::Exit& a)
{
    ps::Process& process = resolveProcess(a.process);
    const std::string name = process.imageName;
    const uint16_t cid = process.cid;
    const mm::ProcessPages pages = process.vm.pages;
    const bool wasCurrent = &process == &m_sim.processes().current();
    status::Refusal refusal;
    if (!m_sim.processes().exitProcess(process, &refusal))
        return refused("NtTerminateProcess", refusal);
    std::string out = format("PspExitProcess: %s (Cid %04x)\n", name.c_str(), cid);
    if (wasCurrent)
        out += format(
            "KiSwapProcess: CR3 %08x -> %08x (System)\n", pages.pageDirectory << hw::kPageShift, m_sim.mmu().cr3());
    out += format("MmDeleteProcessAddressSpace: working set list pfn %x, hyperspace page table pfn %x, page directory "
                  "pfn %x -> Free list\n",
        pages.workingSetPage, pages.hyperspacePageTable, pages.pageDirectory);
    return out;
}

std::string Console::run(const args::Switch& a)
{
    ps::Process& to = resolveProcess(a.process);
    const uint32_t before = m_sim.mmu().cr3();
    if (&to == &m_sim.processes().current())
        return format(
            "KiSwapProcess: %s (Cid %04x) is already running; CR3 stays %08x\n", to.imageName.c_str(), to.cid, before);
    m_sim.processes().swapProcess(to);
    return format("KiSwapProcess: CR3 %08x -> %08x (%s, Cid %04x); the TLB kept %u global entries\n", before,
        m_sim.mmu().cr3(), to.imageName.c_str(), to.cid, m_sim.mmu().tlb().globalCount());
}

std::string Console::run(const args::Idle&)
{
    const uint32_t free = m_sim.pfnDatabase().count(PageLocation::Free);
    if (!m_sim.memoryManager().zeroingEventSignaled())
        return format("MmZeroPageThread: not woken; MmZeroingPageEvent is set when the Free list reaches %u pages and "
                      "it holds %u\n",
            MemoryManager::kMinimumFreePagesToZero, free);
    const uint32_t done = m_sim.processes().runZeroPageThread(0xFFFFFFFF);
    return format("MmZeroPageThread: woken by MmZeroingPageEvent; %u of %u free pages zeroed (Free -> Zeroed); "
                  "Zeroed %u, Free %u\n",
        done, free, m_sim.pfnDatabase().count(PageLocation::Zeroed), m_sim.pfnDatabase().count(PageLocation::Free));
}

std::string Console::run(const args::Zero& a)
{
    const uint32_t free = m_sim.pfnDatabase().count(PageLocation::Free);
    const uint32_t done = m_sim.processes().runZeroPageThread(a.pages);
    return format("MmZeroPageThread: %u of %u free pages zeroed (Free -> Zeroed); Zeroed %u, Free %u\n", done, free,
        m_sim.pfnDatabase().count(PageLocation::Zeroed), m_sim.pfnDatabase().count(PageLocation::Free));
}

std::string Console::run(const args::Alloc& a)
{
    auto r = m_sim.memoryManager().allocateVirtualMemory(a.base, a.size, a.reserve, a.commit, a.protection);
    if (status::isError(r.status))
        return refused("NtAllocateVirtualMemory", r.status);
    return format("NtAllocateVirtualMemory: BaseAddress %08x RegionSize %08x (%s%s%s, %s)\n", r.base, r.size,
        a.reserve ? "MEM_RESERVE" : "", a.reserve && a.commit ? "|" : "", a.commit ? "MEM_COMMIT" : "",
        hw::protection::win32Name(a.protection).c_str());
}

std::string Console::run(const args::Free& a)
{
    auto r = m_sim.memoryManager().freeVirtualMemory(a.base, a.size, a.release);
    if (status::isError(r.status))
        return refused("NtFreeVirtualMemory", r.status);
    return format("NtFreeVirtualMemory: BaseAddress %08x RegionSize %08x (%s)\n", r.base, r.size,
        a.release ? "MEM_RELEASE" : "MEM_DECOMMIT");
}

std::string Console::run(const args::Protect& a)
{
    auto r = m_sim.memoryManager().protectVirtualMemory(a.base, a.size, a.protection);
    if (status::isError(r.status))
        return refused("NtProtectVirtualMemory", r.status);
    return format("NtProtectVirtualMemory: BaseAddress %08x RegionSize %08x OldProtect %s\n", r.base, r.size,
        hw::protection::win32Name(r.oldProtection).c_str());
}

std::string Console::run(const args::Access& a)
{
    const auto r = m_sim.access(a.va, a.access, a.mode, a.value);
    std::string out;
    for (const FaultRecord& fault : r.faults)
        out += describeFault(fault);
    if (!r.completed && !r.faults.empty())
        m_status = r.faults.back().status; // the exception the access raised
    if (!r.completed || a.access == hw::Access::Write)
        return out;
    return out + format("%08x: %08x\n", a.va, r.value);
}

std::string Console::describeFault(const FaultRecord& r)
{
    std::string line
        = format("page fault %08x (%s %s): ", r.va, r.user ? "user" : "kernel", r.write ? "write" : "read");
    if (status::isError(r.status) || r.status == status::GuardPageViolation)
        return line + format("%s (%s)\n", status::name(r.status), r.reason);
    if (r.resolver == sim::Routine::MiCopyOnWrite) {
        line += format("copy-on-write -> MiCopyOnWrite, pfn %x (a private copy of shared pfn %x) from the %s list",
            r.pfn, r.shared, pageLocationName(r.from));
        if (r.filePage != 0xFFFFFFFF)
            if (const mm::ControlArea* ca
                = m_sim.memoryManager().controlAreaOf(m_sim.pfnDatabase()[r.shared].pteAddress);
                ca && !ca->file.empty())
                line += format("; the shared page was read from %s page %x first", ca->file.c_str(), r.filePage);
        return line + "\n";
    }
    if (r.prototype) {
        const MmPfn& e = m_sim.pfnDatabase()[r.pfn];
        line += format("prototype PTE %08x, ", e.pteAddress);
        if (r.from == PageLocation::Active)
            return line
                + format("valid (shared) -> MiResolveProtoPteFault, pfn %x now shared by %u\n", r.pfn, e.shareCount());
        const char* how = r.resolver == sim::Routine::MiResolveTransitionFault ? "transition (soft fault)"
            : r.resolver == sim::Routine::MiResolveDemandZeroFault             ? "demand zero"
            : r.resolver == sim::Routine::MiResolvePageFileFault               ? "page file (hard fault)"
                                                                               : "in the file (hard fault)";
        line += format(
            "%s -> %s, pfn %x from the %s list", how, sim::routineName(r.resolver), r.pfn, pageLocationName(r.from));
        if (r.filePage != 0xFFFFFFFF)
            if (const mm::ControlArea* ca = m_sim.memoryManager().controlAreaOf(e.pteAddress); ca && !ca->file.empty())
                line += format(", read from %s page %x", ca->file.c_str(), r.filePage);
        return line + "\n";
    }
    const char* kind = r.pageTable                             ? "page table"
        : r.resolver == sim::Routine::MiResolveTransitionFault ? "transition (soft fault)"
        : r.resolver == sim::Routine::MiResolvePageFileFault   ? "page file (hard fault)"
                                                               : "demand zero";
    line += format(
        "%s -> %s, pfn %x from the %s list", kind, sim::routineName(r.resolver), r.pfn, pageLocationName(r.from));
    if (r.resolver == sim::Routine::MiResolvePageFileFault) {
        const MmPfn& e = m_sim.pfnDatabase()[r.pfn];
        const auto pf = hw::pte::PageFilePte::decode(e.originalPte);
        line += format(", read from paging file %u offset %x", pf.fileNumber, pf.offset);
    }
    return line + "\n";
}

std::string Console::balance()
{
    // The balance set manager and the modified page writer run between commands when
    // their thresholds are crossed; say so when they did something.
    const auto report = m_sim.memoryManager().balance();
    std::string out;
    if (report.modifiedWritten)
        out += format("MiModifiedPageWriter: the Modified list passed %u pages; %u written to the paging file\n",
            m_sim.memoryManager().thresholds().modifiedPageMaximum, report.modifiedWritten);
    if (report.trimmed)
        out += format("MmWorkingSetManager: available pages below %u; %u pages trimmed\n",
            m_sim.memoryManager().thresholds().minimumFreePages, report.trimmed);
    return out;
}

std::string Console::run(const args::Trim& a)
{
    ps::Process& process = resolveProcess(a.process);
    const PfnDatabase& db = m_sim.pfnDatabase();
    const uint32_t standby = db.count(PageLocation::Standby);
    const uint32_t modified = db.count(PageLocation::Modified);
    const uint32_t before = process.vm.workingSetSize;
    const uint32_t removed = m_sim.memoryManager().trimWorkingSet(process.vm, a.pages);
    return format("MmAdjustWorkingSetSize: %u pages trimmed from %s (Cid %04x): %u to Standby, %u to Modified; "
                  "working set %u -> %u\n",
        removed, process.imageName.c_str(), process.cid, db.count(PageLocation::Standby) - standby,
        db.count(PageLocation::Modified) - modified, before, process.vm.workingSetSize);
}

std::string Console::run(const args::Modwrite&)
{
    const uint32_t modified = m_sim.pfnDatabase().count(PageLocation::Modified);
    uint32_t toFiles = 0;
    const uint32_t written = m_sim.memoryManager().runModifiedPageWriter(UINT32_MAX, &toFiles);
    std::string out = format("MiModifiedPageWriter: %u of %u modified pages written to the paging file "
                             "(Modified -> Standby)\n",
        written - toFiles, modified - toFiles);
    if (toFiles)
        out += format(
            "MiMappedPageWriter: %u pages of mapped files written back to their files (Modified -> Standby)\n",
            toFiles);
    if (written < modified)
        out += "MiModifiedPageWriter: the paging file is full; the rest stay on the Modified list\n";
    return out;
}

std::string Console::run(const args::Touch& a)
{
    uint32_t counts[5] = {}; // page table, demand zero, transition, page file, refused
    uint32_t completed = 0;
    for (uint32_t i = 0; i < a.pages; ++i) {
        const uint32_t va = a.base + (i << hw::kPageShift);
        // A write stores the page's own address, so that its data can be checked later.
        const auto access = m_sim.access(va, a.write ? hw::Access::Write : hw::Access::Read, hw::Mode::User, va);
        completed += access.completed;
        for (const FaultRecord& r : access.faults) {
            if (status::isError(r.status) || r.status == status::GuardPageViolation)
                ++counts[4];
            else if (r.pageTable)
                ++counts[0];
            else if (r.resolver == sim::Routine::MiResolveTransitionFault)
                ++counts[2];
            else if (r.resolver == sim::Routine::MiResolvePageFileFault)
                ++counts[3];
            else
                ++counts[1];
        }
    }
    return format("touch: %llu pages from %08x (%s), %u completed: %u page-table, %u demand-zero, %u transition, "
                  "%u page-file faults, %u refused\n",
        static_cast<unsigned long long>(a.pages), a.base, a.write ? "write" : "read", completed, counts[0], counts[1],
        counts[2], counts[3], counts[4]);
}

std::string Console::run(const args::File& a)
{
    mm::SimFile* file = m_sim.memoryManager().files().createDataFile(a.name.text, static_cast<uint32_t>(a.size.value));
    if (!file)
        return refused(
            "NtCreateFile", {status::ObjectNameCollision, "a file named '" + a.name.text + "' exists already"});
    return format("file %s: %08llx bytes (%u pages)\n", file->name.c_str(),
        static_cast<unsigned long long>(a.size.value), file->pages);
}

std::string Console::run(const args::Section& a)
{
    auto& mm = m_sim.memoryManager();
    mm::SimFile* file = nullptr;
    if (a.file) {
        file = a.image ? mm.files().image(a.file->text) : mm.files().find(a.file->text);
        if (!file)
            throw CommandError(a.file->column,
                a.image ? "'" + a.file->text + "' is a data file, not an image"
                        : "no file named '" + a.file->text + "' (create one with: file <name> <size>)");
    }
    status::Refusal refusal;
    mm::Section* section = mm.createSection(a.name.text, file, a.pages, a.protection, a.image, &refusal);
    if (!section)
        return refused("MmCreateSection", refusal);
    const mm::ControlArea& ca = mm.controlAreaAt(section->controlArea);
    return format("MmCreateSection: %s, %u pages of %s%s, %s; control area %08x, segment %08x, %u prototype PTEs "
                  "from %08x, %zu subsection%s%s\n",
        section->name.c_str(), section->pages, file ? file->name.c_str() : "the paging file",
        a.image ? " as an image" : "", hw::protection::win32Name(a.protection).c_str(), ca.address, ca.segment,
        ca.totalPtes, ca.firstPrototypePte, ca.subsections.size(), ca.subsections.size() == 1 ? "" : "s",
        ca.sectionReferences > 1 ? "; shares the file's control area" : "");
}

std::string Console::run(const args::Fork& a)
{
    ps::Process& parent = resolveProcess(a.parent);
    const std::string image = a.image.value_or(parent.imageName);
    status::Refusal refusal;
    ps::ProcessManager::Creation created;
    ps::Process* child = m_sim.processes().createProcess(image, parent, &refusal, true, &created);
    if (!child)
        return refused("PspCreateProcess", refusal);
    return format("PspCreateProcess: %s  Cid %04x  EPROCESS %08x  parent %s (Cid %04x), no section: a clone\n"
                  "MiCloneProcessAddressSpace: %zu VADs copied; %u private pages of %s moved to a clone block, now "
                  "shared copy-on-write by both\n",
        child->imageName.c_str(), child->cid, child->eprocess, parent.imageName.c_str(), parent.cid,
        child->vm.vads.size(), created.clonedPages, parent.imageName.c_str());
}

std::string Console::run(const args::Map& a)
{
    auto& mm = m_sim.memoryManager();
    mm::Section* section = mm.findSection(a.section.text);
    if (!section)
        throw CommandError(
            a.section.column, "no section named '" + a.section.text + "' (create one with: section ...)");
    const auto r = mm.mapViewOfSection(*section, a.base, a.protection);
    if (status::isError(r.status))
        return refused("MmMapViewOfSection", r.status);
    const mm::Vad* vad = m_sim.processes().current().vm.vads.find(r.base >> hw::kPageShift);
    return format("MmMapViewOfSection: %s at BaseAddress %08x ViewSize %08x (%s), control area %08x, first prototype "
                  "PTE %08x\n",
        section->name.c_str(), r.base, r.size, hw::protection::win32Name(vad->protection).c_str(), section->controlArea,
        vad->firstPrototypePte);
}

std::string Console::run(const args::Hash&)
{
    return stateHashLine(m_sim);
}

std::string Console::run(const args::Diff&)
{
    throw CommandError(1, "comparing positions needs a session (the window, mmvis --batch or a script)");
}

std::string Console::run(const args::TimeTravel&)
{
    throw CommandError(1, "time travel needs a session (the window, mmvis --batch or a script)");
}

std::string Console::run(const args::Unmap& a)
{
    const auto r = m_sim.memoryManager().unmapViewOfSection(a.base);
    if (status::isError(r.status))
        return refused("MmUnmapViewOfSection", r.status);
    return format("MmUnmapViewOfSection: BaseAddress %08x ViewSize %08x\n", r.base, r.size);
}

} // namespace mm::dbg

#include "dbg/console.h"

#include "dbg/format.h"

#include "hw/pte.h"
#include "mm/memorymanager.h"
#include "mm/ntstatus.h"
#include "sim/simulator.h"

#include <algorithm>
#include <array>
#include <cctype>
#include <cstdio>
#include <string_view>

namespace mm::dbg {

using sim::Event;
using sim::EventKind;
using sim::Routine;

namespace {
std::string lower(std::string s)
{
    for (char& c : s)
        c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    return s;
}

constexpr uint32_t kMaxDumpBytes = 0x100000; // 1 MB per d* command
} // namespace

// The command table; a friend of Console so that it can name the handlers.
struct ConsoleTable {
    struct Spec {
        const char* name;
        std::string (Console::*handler)(const CommandLine&);
        bool changesState;
        const char* usage;
        const char* summary;
    };
    static const std::vector<Spec>& specs();
};

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

void Console::expectArguments(const CommandLine& cmd, size_t min, size_t max, const char* usage) const
{
    const size_t args = cmd.size() - 1;
    if (args < min)
        throw CommandError(cmd.endColumn() + 1, std::string("missing argument; usage: ") + usage);
    if (args > max)
        throw CommandError(cmd[max + 1].column, "unexpected argument '" + cmd[max + 1].text + "'; usage: " + usage);
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
    CommandResult result;
    result.firstSeq = result.lastSeq = m_sim.events().lastSeq();
    try {
        checkLineIsText(line);
        const CommandLine cmd(line);
        if (cmd.empty())
            return result;
        const std::string verb = lower(cmd[0].text);
        const ConsoleTable::Spec* spec = nullptr;
        for (const auto& s : ConsoleTable::specs()) {
            if (verb == s.name)
                spec = &s;
        }
        if (!spec)
            throw CommandError(cmd[0].column, "unknown command '" + cmd[0].text + "' (type help for the list)");
        m_stateChanged = false;
        m_view = {};
        result.output = (this->*(spec->handler))(cmd);
        result.view = m_view;
        if (spec->changesState)
            result.output += balance();
        result.changedState = spec->changesState || m_stateChanged;
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

// --- Inspection ---

std::string Console::cmdProcess(const CommandLine& cmd)
{
    expectArguments(cmd, 0, 2, "!process [0|<process>] [<flags>]");
    const uint32_t flags = cmd.size() > 2 ? static_cast<uint32_t>(parseNumber(cmd[2], 0xFF)) : 1;
    if (cmd.size() == 1)
        return m_inspector.processBlock(implicitProcess(), flags);
    if (tryParseNumber(cmd[1].text) == 0u)
        return m_inspector.processList(cmd.size() > 2 ? flags : 0);
    return m_inspector.processBlock(resolveProcess(cmd[1]), flags);
}

std::string Console::cmdDotProcess(const CommandLine& cmd)
{
    expectArguments(cmd, 0, 1, ".process [<process>]");
    if (cmd.size() == 2)
        m_implicitCid = resolveProcess(cmd[1]).cid;
    return format("Implicit process is now %08x\n", implicitProcess().eprocess);
}

std::string Console::cmdRegister(const CommandLine& cmd)
{
    expectArguments(cmd, 1, 1, "r cr3");
    if (lower(cmd[1].text) != "cr3")
        throw CommandError(cmd[1].column, "the simulated CPU shows only cr3 (r cr3)");
    return format("cr3=%08x\n", m_sim.mmu().cr3());
}

std::string Console::cmdDump(const CommandLine& cmd)
{
    const std::string verb = lower(cmd[0].text);
    const Inspector::Unit unit = verb == "db" ? Inspector::Unit::Byte
        : verb == "dc"                        ? Inspector::Unit::DwordChars
                                              : Inspector::Unit::Dword;
    const char* usage = "dd|dc|db [/p] <address> [L<count>]";
    size_t i = 1;
    bool physical = false;
    if (i < cmd.size() && lower(cmd[i].text) == "/p") {
        physical = true;
        ++i;
    }
    if (i >= cmd.size())
        throw CommandError(cmd.endColumn() + 1, std::string("missing address; usage: ") + usage);
    const uint64_t address = parseNumber(cmd[i], physical ? 0xFFFFFFFFFull : 0xFFFFFFFFull);
    ++i;
    uint64_t count = unit == Inspector::Unit::Byte ? 0x80 : 0x20; // 128 bytes either way
    if (i < cmd.size()) {
        const Token& t = cmd[i];
        if (t.text.size() < 1 || (t.text[0] != 'L' && t.text[0] != 'l'))
            throw CommandError(t.column, "expected a length like L20, found '" + t.text + "'; usage: " + usage);
        Token number {t.text.substr(1), t.column + 1};
        if (number.text.empty()) {
            if (++i >= cmd.size())
                throw CommandError(t.column + 1, "missing the count after L");
            number = cmd[i];
        }
        count = parseNumber(number, 0xFFFFFFFF);
        if (count == 0)
            throw CommandError(number.column, "the length must be at least 1");
        ++i;
    }
    if (i < cmd.size())
        throw CommandError(cmd[i].column, "unexpected argument '" + cmd[i].text + "'; usage: " + usage);
    const uint64_t bytes = count * (unit == Inspector::Unit::Byte ? 1 : 4);
    if (bytes > kMaxDumpBytes)
        throw CommandError(cmd[0].column,
            format("range too large: %llx bytes (at most %x per command)", static_cast<unsigned long long>(bytes),
                kMaxDumpBytes));
    return m_inspector.dump(
        unit, address, static_cast<uint32_t>(count), physical, implicitProcess().directoryTableBase[0]);
}

std::string Console::cmdEnterDword(const CommandLine& cmd)
{
    if (cmd.size() < 3)
        throw CommandError(cmd.endColumn() + 1, "missing argument; usage: ed <address> <value> [<value> ...]");
    const uint32_t address = static_cast<uint32_t>(parseNumber(cmd[1]));
    const uint32_t dirBase = implicitProcess().directoryTableBase[0];
    const auto& layout = m_sim.layout();
    const auto& geo = hw::kX86Geometry;
    std::vector<std::pair<hw::PhysicalAddress, uint32_t>> writes;
    for (size_t i = 2; i < cmd.size(); ++i) {
        const uint32_t value = static_cast<uint32_t>(parseNumber(cmd[i]));
        const uint32_t va = address + static_cast<uint32_t>(i - 2) * 4;
        for (uint32_t b = 0; b < 4; ++b) {
            const auto pa = m_inspector.translate(dirBase, va + b);
            if (!pa)
                throw CommandError(cmd[1].column,
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
                throw CommandError(cmd[1].column,
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
    e.va = address;
    e.pfn = static_cast<uint32_t>(writes.front().first >> hw::kPageShift);
    m_sim.events().append(e);
    m_stateChanged = true;
    return {};
}

std::string Console::cmdPte(const CommandLine& cmd)
{
    expectArguments(cmd, 1, 1, "!pte <address>");
    uint32_t va = static_cast<uint32_t>(parseNumber(cmd[1]));
    const auto& geo = hw::kX86Geometry;
    if (geo.isPteWindow(va))
        va = geo.vaForPteAddress(va & ~3u); // an address in the page tables is taken as a PTE address
    return m_inspector.pte(va, implicitProcess().directoryTableBase[0]);
}

std::string Console::cmdPfn(const CommandLine& cmd)
{
    expectArguments(cmd, 1, 1, "!pfn <page frame number>");
    const uint64_t pfn = parseNumber(cmd[1]);
    if (pfn >= m_sim.pfnDatabase().size())
        throw CommandError(cmd[1].column,
            format("%llx is not a page frame: RAM has %x frames (0 - %x)", static_cast<unsigned long long>(pfn),
                m_sim.pfnDatabase().size(), m_sim.pfnDatabase().size() - 1));
    return m_inspector.pfn(static_cast<hw::Pfn>(pfn));
}

std::string Console::cmdVtop(const CommandLine& cmd)
{
    expectArguments(cmd, 2, 2, "!vtop <DirBase|PFN|0> <virtual address>");
    uint64_t base = parseNumber(cmd[1]);
    const uint32_t va = static_cast<uint32_t>(parseNumber(cmd[2]));
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
                cmd[1].column, "'" + cmd[1].text + "' is neither a page frame number nor a DirBase in RAM");
        dirBase = static_cast<uint32_t>(base << hw::kPageShift);
    }
    return m_inspector.vtop(dirBase, va);
}

std::string Console::cmdMemusage(const CommandLine& cmd)
{
    expectArguments(cmd, 0, 1, "!memusage [<flags>]");
    const uint32_t flags = cmd.size() == 2 ? static_cast<uint32_t>(parseNumber(cmd[1], 0xFF)) : 0;
    return m_inspector.memusage(flags);
}

std::string Console::cmdEcho(const CommandLine& cmd)
{
    return cmd.restFrom(1) + "\n";
}

std::string Console::cmdHelp(const CommandLine& cmd)
{
    expectArguments(cmd, 0, 0, "help");
    return helpText();
}

std::string Console::helpText()
{
    std::string out = "Inspection (WinDbg syntax):\n";
    bool verbs = false;
    for (const auto& s : ConsoleTable::specs()) {
        if (s.changesState && !verbs) {
            out += "Simulation:\n";
            verbs = true;
        }
        if (std::string_view(s.usage).size() > 44) // a long usage gets a line of its own
            out += format("  %s\n  %-44s %s\n", s.usage, "", s.summary);
        else
            out += format("  %-44s %s\n", s.usage, s.summary);
    }
    out += "Numbers are hex (0n for decimal); <process> is an EPROCESS address, a Cid or an image name.\n";
    return out;
}

// --- Simulation verbs ---

std::string Console::cmdSpawn(const CommandLine& cmd)
{
    const char* usage = "spawn <image> [parent <process>]";
    expectArguments(cmd, 1, 3, usage);
    auto& processes = m_sim.processes();
    ps::Process* parent = &processes.current();
    if (cmd.size() > 2) {
        if (lower(cmd[2].text) != "parent")
            throw CommandError(cmd[2].column, "expected 'parent', found '" + cmd[2].text + "'; usage: " + usage);
        if (cmd.size() < 4)
            throw CommandError(cmd.endColumn() + 1, std::string("missing the parent process; usage: ") + usage);
        parent = &resolveProcess(cmd[3]);
    }
    std::string error;
    ps::ProcessManager::Creation created;
    ps::Process* child = processes.createProcess(cmd[1].text, *parent, &error, false, &created);
    if (!child)
        throw CommandError(cmd[1].column, error);

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

std::string Console::cmdExit(const CommandLine& cmd)
{
    expectArguments(cmd, 1, 1, "exit <process>");
    ps::Process& process = resolveProcess(cmd[1]);
    const std::string name = process.imageName;
    const uint16_t cid = process.cid;
    const mm::ProcessPages pages = process.vm.pages;
    const bool wasCurrent = &process == &m_sim.processes().current();
    std::string error;
    if (!m_sim.processes().exitProcess(process, &error))
        throw CommandError(cmd[1].column, error);
    std::string out = format("PspExitProcess: %s (Cid %04x)\n", name.c_str(), cid);
    if (wasCurrent)
        out += format(
            "KiSwapProcess: CR3 %08x -> %08x (System)\n", pages.pageDirectory << hw::kPageShift, m_sim.mmu().cr3());
    out += format("MmDeleteProcessAddressSpace: working set list pfn %x, hyperspace page table pfn %x, page directory "
                  "pfn %x -> Free list\n",
        pages.workingSetPage, pages.hyperspacePageTable, pages.pageDirectory);
    return out;
}

std::string Console::cmdSwitch(const CommandLine& cmd)
{
    expectArguments(cmd, 1, 1, "switch <process>");
    ps::Process& to = resolveProcess(cmd[1]);
    const uint32_t before = m_sim.mmu().cr3();
    if (&to == &m_sim.processes().current())
        return format(
            "KiSwapProcess: %s (Cid %04x) is already running; CR3 stays %08x\n", to.imageName.c_str(), to.cid, before);
    m_sim.processes().swapProcess(to);
    return format("KiSwapProcess: CR3 %08x -> %08x (%s, Cid %04x); the TLB kept %u global entries\n", before,
        m_sim.mmu().cr3(), to.imageName.c_str(), to.cid, m_sim.mmu().tlb().globalCount());
}

std::string Console::cmdIdle(const CommandLine& cmd)
{
    expectArguments(cmd, 0, 0, "idle");
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

std::string Console::cmdZero(const CommandLine& cmd)
{
    expectArguments(cmd, 0, 1, "zero [<pages>]");
    const uint32_t limit = cmd.size() == 2 ? static_cast<uint32_t>(parseNumber(cmd[1])) : 0xFFFFFFFF;
    const uint32_t free = m_sim.pfnDatabase().count(PageLocation::Free);
    const uint32_t done = m_sim.processes().runZeroPageThread(limit);
    return format("MmZeroPageThread: %u of %u free pages zeroed (Free -> Zeroed); Zeroed %u, Free %u\n", done, free,
        m_sim.pfnDatabase().count(PageLocation::Zeroed), m_sim.pfnDatabase().count(PageLocation::Free));
}

uint8_t Console::parseProtection(const Token& token) const
{
    std::string upper = token.text;
    for (char& ch : upper)
        ch = static_cast<char>(std::toupper(static_cast<unsigned char>(ch)));
    auto mask = hw::protection::fromWin32Name(upper);
    if (!mask)
        throw CommandError(token.column,
            "'" + token.text
                + "' is not a protection (PAGE_NOACCESS, PAGE_READONLY, PAGE_READWRITE, PAGE_WRITECOPY, PAGE_EXECUTE, "
                  "PAGE_EXECUTE_READ, PAGE_EXECUTE_READWRITE, PAGE_EXECUTE_WRITECOPY, with |PAGE_GUARD or "
                  "|PAGE_NOCACHE)");
    return *mask;
}

std::string Console::cmdAlloc(const CommandLine& cmd)
{
    const char* usage = "alloc <base|0> <size> [reserve|commit|reserve,commit] [<PAGE_*>]";
    expectArguments(cmd, 2, 4, usage);
    const uint32_t base = static_cast<uint32_t>(parseNumber(cmd[1]));
    const uint64_t size = parseSizeOrNumber(cmd[2]);
    bool reserve = true;
    bool commit = true;
    uint8_t protection = hw::protection::ReadWrite;
    for (size_t i = 3; i < cmd.size(); ++i) {
        const std::string word = lower(cmd[i].text);
        if (word == "reserve" || word == "commit" || word == "reserve,commit" || word == "commit,reserve") {
            reserve = word.find("reserve") != std::string::npos;
            commit = word.find("commit") != std::string::npos;
        } else {
            protection = parseProtection(cmd[i]);
        }
    }
    auto r
        = m_sim.memoryManager().allocateVirtualMemory(base, static_cast<uint32_t>(size), reserve, commit, protection);
    if (status::isError(r.status))
        return format("NtAllocateVirtualMemory: %s\n", status::name(r.status));
    return format("NtAllocateVirtualMemory: BaseAddress %08x RegionSize %08x (%s%s%s, %s)\n", r.base, r.size,
        reserve ? "MEM_RESERVE" : "", reserve && commit ? "|" : "", commit ? "MEM_COMMIT" : "",
        hw::protection::win32Name(protection).c_str());
}

std::string Console::cmdFree(const CommandLine& cmd)
{
    expectArguments(cmd, 1, 3, "free <base> [<size>] [decommit|release]");
    const uint32_t base = static_cast<uint32_t>(parseNumber(cmd[1]));
    uint64_t size = 0;
    bool release = true;
    for (size_t i = 2; i < cmd.size(); ++i) {
        const std::string word = lower(cmd[i].text);
        if (word == "decommit" || word == "release")
            release = word == "release";
        else
            size = parseSizeOrNumber(cmd[i]);
    }
    auto r = m_sim.memoryManager().freeVirtualMemory(base, static_cast<uint32_t>(size), release);
    if (status::isError(r.status))
        return format("NtFreeVirtualMemory: %s\n", status::name(r.status));
    return format("NtFreeVirtualMemory: BaseAddress %08x RegionSize %08x (%s)\n", r.base, r.size,
        release ? "MEM_RELEASE" : "MEM_DECOMMIT");
}

std::string Console::cmdProtect(const CommandLine& cmd)
{
    expectArguments(cmd, 3, 3, "protect <base> <size> <PAGE_*>");
    const uint32_t base = static_cast<uint32_t>(parseNumber(cmd[1]));
    const uint64_t size = parseSizeOrNumber(cmd[2]);
    const uint8_t protection = parseProtection(cmd[3]);
    auto r = m_sim.memoryManager().protectVirtualMemory(base, static_cast<uint32_t>(size), protection);
    if (status::isError(r.status))
        return format("NtProtectVirtualMemory: %s\n", status::name(r.status));
    return format("NtProtectVirtualMemory: BaseAddress %08x RegionSize %08x OldProtect %s\n", r.base, r.size,
        hw::protection::win32Name(r.oldProtection).c_str());
}

std::string Console::cmdAccess(const CommandLine& cmd)
{
    const std::string verb = lower(cmd[0].text);
    const bool write = verb == "write" || verb == "kwrite";
    const hw::Mode mode = verb[0] == 'k' ? hw::Mode::Kernel : hw::Mode::User;
    const hw::Access access = write ? hw::Access::Write : verb == "exec" ? hw::Access::Execute : hw::Access::Read;
    expectArguments(cmd, write ? 2 : 1, write ? 2 : 1, write ? "write <address> <dword>" : "read <address>");
    const uint32_t va = static_cast<uint32_t>(parseNumber(cmd[1]));
    const uint32_t value = write ? static_cast<uint32_t>(parseNumber(cmd[2])) : 0;
    if ((va & hw::kPageMask) > hw::kPageSize - 4)
        throw CommandError(cmd[1].column,
            format("the dword at %08x crosses a page boundary; use an address below "
                   "%08x in its page",
                va, (va & ~hw::kPageMask) + hw::kPageSize - 4));
    const auto r = m_sim.access(va, access, mode, value);
    std::string out;
    for (const FaultRecord& fault : r.faults)
        out += describeFault(fault);
    if (!r.completed || write)
        return out;
    return out + format("%08x: %08x\n", va, r.value);
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

std::string Console::cmdTrim(const CommandLine& cmd)
{
    expectArguments(cmd, 1, 2, "trim <process> [<pages>|all]");
    ps::Process& process = resolveProcess(cmd[1]);
    uint32_t pages = UINT32_MAX;
    if (cmd.size() == 3 && lower(cmd[2].text) != "all")
        pages = static_cast<uint32_t>(parseNumber(cmd[2]));
    const PfnDatabase& db = m_sim.pfnDatabase();
    const uint32_t standby = db.count(PageLocation::Standby);
    const uint32_t modified = db.count(PageLocation::Modified);
    const uint32_t before = process.vm.workingSetSize;
    const uint32_t removed = m_sim.memoryManager().trimWorkingSet(process.vm, pages);
    return format("MmAdjustWorkingSetSize: %u pages trimmed from %s (Cid %04x): %u to Standby, %u to Modified; "
                  "working set %u -> %u\n",
        removed, process.imageName.c_str(), process.cid, db.count(PageLocation::Standby) - standby,
        db.count(PageLocation::Modified) - modified, before, process.vm.workingSetSize);
}

std::string Console::cmdModwrite(const CommandLine& cmd)
{
    expectArguments(cmd, 0, 0, "modwrite");
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

std::string Console::cmdVad(const CommandLine& cmd)
{
    expectArguments(cmd, 0, 2, "!vad [<process>|<VAD address> [1]]");
    const ps::Process* process = &implicitProcess();
    const Vad* only = nullptr;
    if (cmd.size() >= 2) {
        const auto value = tryParseNumber(cmd[1].text);
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
            only = cmd.size() == 3 && parseNumber(cmd[2]) == 1 ? found : nullptr;
        else
            process = &resolveProcess(cmd[1]);
        if (found && !only && cmd.size() == 3)
            throw CommandError(cmd[2].column, "the flag is 0 (the tree) or 1 (one VAD in detail)");
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

std::string Console::cmdWsle(const CommandLine& cmd)
{
    expectArguments(cmd, 0, 1, "!wsle [<process>]");
    const ps::Process& process = cmd.size() == 2 ? resolveProcess(cmd[1]) : implicitProcess();
    return m_inspector.workingSetList(process);
}

std::string Console::cmdTouch(const CommandLine& cmd)
{
    const char* usage = "touch <base> <size> [read|write]";
    expectArguments(cmd, 2, 3, usage);
    const uint32_t base = static_cast<uint32_t>(parseNumber(cmd[1])) & ~hw::kPageMask;
    const uint64_t size = parseSizeOrNumber(cmd[2]);
    bool write = false;
    if (cmd.size() == 4) {
        const std::string mode = lower(cmd[3].text);
        if (mode != "read" && mode != "write")
            throw CommandError(cmd[3].column, std::string("expected read or write; usage: ") + usage);
        write = mode == "write";
    }
    const uint64_t pages = (size + hw::kPageMask) >> hw::kPageShift;
    if (pages == 0 || base + (pages << hw::kPageShift) - 1 > 0xFFFFFFFFull)
        throw CommandError(cmd[2].column, "the range must have at least one page and end below 4 GB");
    uint32_t counts[5] = {}; // page table, demand zero, transition, page file, refused
    uint32_t completed = 0;
    for (uint64_t i = 0; i < pages; ++i) {
        const uint32_t va = base + static_cast<uint32_t>(i << hw::kPageShift);
        // A write stores the page's own address, so that its data can be checked later.
        const auto access = m_sim.access(va, write ? hw::Access::Write : hw::Access::Read, hw::Mode::User, va);
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
        static_cast<unsigned long long>(pages), base, write ? "write" : "read", completed, counts[0], counts[1],
        counts[2], counts[3], counts[4]);
}

std::string Console::cmdTrace(const CommandLine& cmd)
{
    expectArguments(cmd, 0, 1, ".trace [on|off]");
    if (cmd.size() == 2) {
        const std::string word = lower(cmd[1].text);
        if (word != "on" && word != "off")
            throw CommandError(cmd[1].column, "expected on or off");
        m_trace = word == "on";
    }
    return format("Event trace is %s\n", m_trace ? "on" : "off");
}

std::string Console::cmdSelect(const CommandLine& cmd)
{
    static const char* const usage
        = ".select process <process>|va <address>|pfn <pfn>|table <PDE index>|lists <list>,...|all|directory";
    expectArguments(cmd, 1, 2, usage);
    const std::string what = lower(cmd[1].text);
    m_view.column = cmd[0].column;
    if (what == "directory") {
        expectArguments(cmd, 1, 1, usage);
        m_view.kind = ViewRequest::Kind::SelectDirectory;
        return {};
    }
    expectArguments(cmd, 2, 2, usage);
    if (what == "process") {
        m_view.kind = ViewRequest::Kind::SelectProcess;
        m_view.value = resolveProcess(cmd[2]).cid;
    } else if (what == "va") {
        m_view.kind = ViewRequest::Kind::SelectVa;
        m_view.value = static_cast<uint32_t>(parseNumber(cmd[2]));
    } else if (what == "pfn") {
        const uint64_t frames = m_sim.pfnDatabase().size();
        const uint64_t pfn = parseNumber(cmd[2]);
        if (pfn >= frames)
            throw CommandError(cmd[2].column,
                format("%llx is not a page frame: RAM has %llx frames (0 - %llx)", static_cast<unsigned long long>(pfn),
                    static_cast<unsigned long long>(frames), static_cast<unsigned long long>(frames - 1)));
        m_view.kind = ViewRequest::Kind::SelectPfn;
        m_view.value = static_cast<uint32_t>(pfn);
    } else if (what == "table") {
        m_view.kind = ViewRequest::Kind::SelectTable;
        m_view.value = static_cast<uint32_t>(parseNumber(cmd[2], 0x3FF));
    } else if (what == "lists") {
        // The page lists the charts show: names separated by commas, or all.
        m_view.kind = ViewRequest::Kind::SelectLists;
        const std::string names = lower(cmd[2].text);
        if (names == "all") {
            m_view.value = (1u << kPageLocationCount) - 1;
            return {};
        }
        size_t start = 0;
        while (start <= names.size()) {
            const size_t end = std::min(names.find(',', start), names.size());
            const std::string name = names.substr(start, end - start);
            int found = -1;
            for (int l = 0; l < kPageLocationCount; ++l) {
                if (name == lower(pageLocationName(static_cast<uint8_t>(l))))
                    found = l;
            }
            if (found < 0)
                throw CommandError(cmd[2].column + start,
                    "'" + name
                        + "' is not a page list (Zeroed, Free, Standby, Modified, ModifiedNoWrite, Bad, Active, "
                          "Transition, or all)");
            m_view.value |= 1u << found;
            start = end + 1;
        }
    } else {
        throw CommandError(cmd[1].column, "expected process, va, pfn, table, lists or directory");
    }
    return {};
}

std::string Console::cmdExport(const CommandLine& cmd)
{
    expectArguments(cmd, 1, 2, ".export <diagram>|all [<file or folder>]");
    const std::string name = lower(cmd[1].text);
    bool known = name == "all";
    std::string names;
    for (std::string_view n : kDiagramNames) {
        known = known || name == n;
        names += std::string(names.empty() ? "" : ", ") + std::string(n);
    }
    if (!known)
        throw CommandError(cmd[1].column, "unknown diagram '" + cmd[1].text + "' (all, " + names + ")");
    m_view.kind = ViewRequest::Kind::Export;
    m_view.column = cmd[0].column;
    m_view.diagram = name;
    if (cmd.size() == 3)
        m_view.path = cmd[2].text;
    return {};
}

std::string Console::cmdVm(const CommandLine& cmd)
{
    expectArguments(cmd, 0, 0, "!vm");
    return m_inspector.vm();
}

std::string Console::cmdFile(const CommandLine& cmd)
{
    expectArguments(cmd, 2, 2, "file <name> <size>");
    const uint64_t size = parseSizeOrNumber(cmd[2]);
    if (size == 0 || size > (64u << 20))
        throw CommandError(cmd[2].column, "a data file is 1 byte to 64 MB here");
    mm::SimFile* file = m_sim.memoryManager().files().createDataFile(cmd[1].text, static_cast<uint32_t>(size));
    if (!file)
        throw CommandError(cmd[1].column, "a file named '" + cmd[1].text + "' exists already");
    return format(
        "file %s: %08llx bytes (%u pages)\n", file->name.c_str(), static_cast<unsigned long long>(size), file->pages);
}

std::string Console::cmdSection(const CommandLine& cmd)
{
    const char* usage = "section <name> [file <file>|pagefile] <size> <PAGE_*> [image]";
    expectArguments(cmd, 3, 6, usage);
    auto& mm = m_sim.memoryManager();
    size_t i = 2;
    mm::SimFile* file = nullptr;
    const Token* fileToken = nullptr;
    const std::string backing = lower(cmd[i].text);
    if (backing == "file") {
        if (cmd.size() < 4)
            throw CommandError(cmd.endColumn(), std::string("expected a file name; usage: ") + usage);
        fileToken = &cmd[i + 1];
        i += 2;
    } else if (backing == "pagefile") {
        ++i;
    }
    if (i + 2 > cmd.size())
        throw CommandError(cmd.endColumn(), std::string("expected a size and a protection; usage: ") + usage);
    const uint64_t size = parseSizeOrNumber(cmd[i]);
    const uint8_t protection = parseProtection(cmd[i + 1]);
    bool image = false;
    if (i + 2 < cmd.size()) {
        if (lower(cmd[i + 2].text) != "image")
            throw CommandError(cmd[i + 2].column, std::string("expected image or the end; usage: ") + usage);
        image = true;
    }
    if (i + 3 < cmd.size())
        throw CommandError(cmd[i + 3].column, std::string("too many arguments; usage: ") + usage);
    if (image && !fileToken)
        throw CommandError(cmd[2].column, "an image section needs 'file <image>'");
    if (fileToken) {
        file = image ? mm.files().image(fileToken->text) : mm.files().find(fileToken->text);
        if (!file)
            throw CommandError(fileToken->column,
                image ? "'" + fileToken->text + "' is a data file, not an image"
                      : "no file named '" + fileToken->text + "' (create one with: file <name> <size>)");
    }
    if (size > (256u << 20))
        throw CommandError(cmd[i].column, "a section is at most 256 MB here");
    const uint32_t pages = static_cast<uint32_t>((size + hw::kPageSize - 1) / hw::kPageSize);
    std::string error;
    mm::Section* section = mm.createSection(cmd[1].text, file, pages, protection, image, &error);
    if (!section)
        throw CommandError(cmd[1].column, error);
    const mm::ControlArea& ca = m_sim.memoryManager().controlAreaAt(section->controlArea);
    return format("MmCreateSection: %s, %u pages of %s%s, %s; control area %08x, segment %08x, %u prototype PTEs "
                  "from %08x, %zu subsection%s%s\n",
        section->name.c_str(), section->pages, file ? file->name.c_str() : "the paging file",
        image ? " as an image" : "", hw::protection::win32Name(protection).c_str(), ca.address, ca.segment,
        ca.totalPtes, ca.firstPrototypePte, ca.subsections.size(), ca.subsections.size() == 1 ? "" : "s",
        ca.sectionReferences > 1 ? "; shares the file's control area" : "");
}

std::string Console::cmdFork(const CommandLine& cmd)
{
    expectArguments(cmd, 1, 2, "fork <process> [<image>]");
    ps::Process& parent = resolveProcess(cmd[1]);
    const std::string image = cmd.size() == 3 ? cmd[2].text : parent.imageName;
    std::string error;
    ps::ProcessManager::Creation created;
    ps::Process* child = m_sim.processes().createProcess(image, parent, &error, true, &created);
    if (!child)
        throw CommandError(cmd[1].column, error);
    const uint32_t moved = created.clonedPages;
    return format("PspCreateProcess: %s  Cid %04x  EPROCESS %08x  parent %s (Cid %04x), no section: a clone\n"
                  "MiCloneProcessAddressSpace: %zu VADs copied; %u private pages of %s moved to a clone block, now "
                  "shared copy-on-write by both\n",
        child->imageName.c_str(), child->cid, child->eprocess, parent.imageName.c_str(), parent.cid,
        child->vm.vads.size(), moved, parent.imageName.c_str());
}

std::string Console::cmdMap(const CommandLine& cmd)
{
    expectArguments(cmd, 1, 3, "map <section> [<base>] [<PAGE_*>]");
    auto& mm = m_sim.memoryManager();
    mm::Section* section = mm.findSection(cmd[1].text);
    if (!section)
        throw CommandError(cmd[1].column, "no section named '" + cmd[1].text + "' (create one with: section ...)");
    uint32_t base = 0;
    uint8_t protection = 0;
    for (size_t i = 2; i < cmd.size(); ++i) {
        if (tryParseNumber(cmd[i].text))
            base = static_cast<uint32_t>(parseNumber(cmd[i]));
        else
            protection = parseProtection(cmd[i]);
    }
    const auto r = mm.mapViewOfSection(*section, base, protection);
    if (status::isError(r.status))
        return format("MmMapViewOfSection: %s\n", status::name(r.status));
    const mm::Vad* vad = m_sim.processes().current().vm.vads.find(r.base >> hw::kPageShift);
    return format("MmMapViewOfSection: %s at BaseAddress %08x ViewSize %08x (%s), control area %08x, first prototype "
                  "PTE %08x\n",
        section->name.c_str(), r.base, r.size, hw::protection::win32Name(vad->protection).c_str(), section->controlArea,
        vad->firstPrototypePte);
}

std::string Console::cmdUnmap(const CommandLine& cmd)
{
    expectArguments(cmd, 1, 1, "unmap <base>");
    const auto r = m_sim.memoryManager().unmapViewOfSection(static_cast<uint32_t>(parseNumber(cmd[1])));
    if (status::isError(r.status))
        return format("MmUnmapViewOfSection: %s\n", status::name(r.status));
    return format("MmUnmapViewOfSection: BaseAddress %08x ViewSize %08x\n", r.base, r.size);
}

std::string Console::cmdControlArea(const CommandLine& cmd)
{
    expectArguments(cmd, 1, 1, "!ca <control area>|0");
    const auto& mm = m_sim.memoryManager();
    const uint32_t address = static_cast<uint32_t>(parseNumber(cmd[1]));
    if (address == 0) {
        std::string out;
        for (const auto& ca : mm.controlAreas())
            out += m_inspector.controlArea(ca) + "\n";
        return out.empty() ? std::string("No control areas\n") : out;
    }
    const mm::ControlArea* ca = mm.findControlArea(address);
    if (!ca)
        throw CommandError(cmd[1].column, format("%08x is not a control area", address));
    return m_inspector.controlArea(*ca);
}

const std::vector<ConsoleTable::Spec>& ConsoleTable::specs()
{
    // Inspection first, then the verbs that change the simulation (help lists them in this order).
    static const std::vector<Spec> table = {
        {"!process", &Console::cmdProcess, false, "!process [0|<process>] [<flags>]", "processes (0 0: all, brief)"},
        {".process", &Console::cmdDotProcess, false, ".process [<process>]", "set the debugger's process context"},
        {"r", &Console::cmdRegister, false, "r cr3", "the page directory base the CPU uses"},
        {"dd", &Console::cmdDump, false, "dd [/p] <address> [L<count>]", "display dwords (/p: physical)"},
        {"dc", &Console::cmdDump, false, "dc [/p] <address> [L<count>]", "display dwords and characters"},
        {"db", &Console::cmdDump, false, "db [/p] <address> [L<count>]", "display bytes"},
        {"!pte", &Console::cmdPte, false, "!pte <address>", "decode the PDE and PTE of an address"},
        {"!pfn", &Console::cmdPfn, false, "!pfn <pfn>", "a PFN database entry"},
        {"!vtop", &Console::cmdVtop, false, "!vtop <DirBase|PFN|0> <address>", "translate an address"},
        {"!memusage", &Console::cmdMemusage, false, "!memusage [8]",
            "page counts of each list, and who uses the pages (8: the counts only)"},
        {".echo", &Console::cmdEcho, false, ".echo <text>", "print text"},
        {".trace", &Console::cmdTrace, false, ".trace [on|off]", "show or hide --trace output from here on"},
        {".select", &Console::cmdSelect, false, ".select process|va|pfn|table|lists <value>, .select directory",
            "what the diagrams show (the window, or --export)"},
        {".export", &Console::cmdExport, false, ".export <diagram>|all [<file or folder>]",
            "write a diagram now (the window, or --export)"},
        {"help", &Console::cmdHelp, false, "help", "this list"},
        {"?", &Console::cmdHelp, false, "?", "same as help"},
        {"!vad", &Console::cmdVad, false, "!vad [<process>|<VAD address> [1]]", "the VAD tree of a process"},
        {"!wsle", &Console::cmdWsle, false, "!wsle [<process>]", "the working set list of a process"},
        {"!vm", &Console::cmdVm, false, "!vm", "physical memory, paging file and commit"},
        {"!ca", &Console::cmdControlArea, false, "!ca <control area>|0",
            "a section's control area, segment and subsections"},
        {"ed", &Console::cmdEnterDword, false, "ed <address> <value> [<value> ...]", "write dwords (data pages)"},
        {"spawn", &Console::cmdSpawn, true, "spawn <image> [parent <process>]", "create a process (PspCreateProcess)"},
        {"exit", &Console::cmdExit, true, "exit <process>", "end a process (PspExitProcess)"},
        {"switch", &Console::cmdSwitch, true, "switch <process>", "context switch (KiSwapProcess)"},
        {"zero", &Console::cmdZero, true, "zero [<pages>]", "run the zero page thread until Free is empty"},
        {"idle", &Console::cmdIdle, true, "idle", "the CPU idles: the zero page thread runs if woken"},
        {"alloc", &Console::cmdAlloc, true, "alloc <base|0> <size> [reserve|commit|reserve,commit] [<PAGE_*>]",
            "NtAllocateVirtualMemory in the current process"},
        {"free", &Console::cmdFree, true, "free <base> [<size>] [decommit|release]", "NtFreeVirtualMemory"},
        {"protect", &Console::cmdProtect, true, "protect <base> <size> <PAGE_*>", "NtProtectVirtualMemory"},
        {"read", &Console::cmdAccess, true, "read <address>", "a user-mode read by the current process"},
        {"write", &Console::cmdAccess, true, "write <address> <dword>", "a user-mode write"},
        {"exec", &Console::cmdAccess, true, "exec <address>", "a user-mode instruction fetch"},
        {"kread", &Console::cmdAccess, true, "kread <address>", "a kernel-mode read"},
        {"kwrite", &Console::cmdAccess, true, "kwrite <address> <dword>", "a kernel-mode write"},
        {"trim", &Console::cmdTrim, true, "trim <process> [<pages>|all]",
            "empty a working set (MmAdjustWorkingSetSize)"},
        {"modwrite", &Console::cmdModwrite, true, "modwrite", "run the modified page writer"},
        {"file", &Console::cmdFile, true, "file <name> <size>", "create a data file on the simulated disk"},
        {"section", &Console::cmdSection, true, "section <name> [file <file>|pagefile] <size> <PAGE_*> [image]",
            "create a section (MmCreateSection)"},
        {"fork", &Console::cmdFork, true, "fork <process> [<image>]",
            "create a process that clones its parent (no section; copy-on-write)"},
        {"map", &Console::cmdMap, true, "map <section> [<base>] [<PAGE_*>]",
            "map a view of a section in the current process (MmMapViewOfSection)"},
        {"unmap", &Console::cmdUnmap, true, "unmap <base>", "unmap a view (MmUnmapViewOfSection)"},
        {"touch", &Console::cmdTouch, true, "touch <base> <size> [read|write]", "one access to every page of a range"},
    };
    ;
    return table;
}

} // namespace mm::dbg

#include "dbg/session.h"

#include "dbg/format.h"
#include "hw/pte.h"
#include "sim/explain.h"
#include "sim/simulator.h"

#include <map>

#include <algorithm>
#include <stdexcept>
#include <variant>

namespace mm::dbg {

Session::Session(sim::Simulator& simulator, size_t checkpointEvery)
    : m_sim(simulator)
    , m_console(simulator)
    , m_checkpointEvery(std::max<size_t>(1, checkpointEvery))
{
    m_checkpoints.push_back({0, m_sim.checkpoint(), m_console.state()});
}

Session::~Session() = default;

CommandResult Session::execute(std::string_view line)
{
    CommandResult result;
    result.firstSeq = result.lastSeq = m_sim.events().lastSeq();
    try {
        if (const auto command = parseCommand(line))
            return run(*command);
    } catch (const CommandError& e) {
        result.ok = false;
        result.errorColumn = e.column;
        result.error = e.what();
    }
    return result;
}

CommandResult Session::run(const Command& command)
{
    const auto* travel = std::get_if<args::TimeTravel>(&command.arguments);
    const auto* diff = std::get_if<args::Diff>(&command.arguments);
    if (travel || diff) {
        CommandResult result;
        result.firstSeq = m_sim.events().lastSeq();
        try {
            const size_t before = m_position;
            result.output = travel ? this->travel(*travel) : this->diff(*diff);
            result.travelled = m_position != before;
        } catch (const CommandError& e) {
            result.ok = false;
            result.errorColumn = e.column;
            result.error = e.what();
        }
        result.lastSeq = m_sim.events().lastSeq();
        return result;
    }
    const Console::State debuggerBefore = m_console.state();
    CommandResult result = m_console.run(command);
    // Recorded when it ran a service, even one that refused (finding out may read page
    // tables, which fills the TLB and sets Accessed bits, as on the real machine), when it
    // changed the machine (a bug check may have got that far) or the debugger; looking
    // changes none of these, and keeps the recorded future.
    const bool changed = (result.ok && command.changesState) || result.changedState || result.lastSeq != result.firstSeq
        || (result.ok && !(m_console.state() == debuggerBefore));
    if (!changed)
        return result;
    // A new command where there is a recorded future replaces it: its events were
    // appended over the future's from firstSeq on.
    if (m_position < m_commands.size())
        discardFuture(result.firstSeq);
    record(command);
    return result;
}

void Session::record(const Command& command)
{
    m_commands.push_back(command);
    m_position = m_commands.size();
    if (m_position % m_checkpointEvery != 0)
        return;
    m_checkpoints.push_back({m_position, m_sim.checkpoint(), m_console.state()});
    if (m_checkpoints.size() > kMaxCheckpoints + 1) {
        m_checkpointEvery *= 2;
        std::erase_if(m_checkpoints, [&](const Checkpoint& c) { return c.position % m_checkpointEvery != 0; });
    }
}

void Session::discardFuture(uint64_t divergedAt)
{
    m_commands.resize(m_position);
    while (m_checkpoints.back().position > m_position)
        m_checkpoints.pop_back();
    m_sim.events().discardFuture(divergedAt);
}

void Session::goTo(size_t position, const std::function<void(size_t, size_t)>& progress)
{
    position = std::min(position, m_commands.size());
    if (position == m_position)
        return;
    // From the nearest checkpoint at or before the position, or from here when that is
    // nearer (going forward a little).
    const auto checkpoint = std::prev(std::upper_bound(m_checkpoints.begin(), m_checkpoints.end(), position,
        [](size_t p, const Checkpoint& c) { return p < c.position; }));
    size_t from = m_position;
    if (position < m_position || checkpoint->position > m_position) {
        if (!m_sim.restore(*checkpoint->machine))
            throw std::logic_error("a checkpoint of this session lost its events");
        m_console.restore(checkpoint->console);
        from = checkpoint->position;
    }
    // The replayed commands' events are the ones the log kept; nobody needs to hear them
    // again (a --trace listener would print them twice).
    auto listener = m_sim.events().takeListener();
    for (size_t n = from; n < position; ++n) {
        m_console.run(m_commands[n]);
        if (progress)
            progress(n + 1 - from, position - from);
    }
    m_sim.events().setListener(std::move(listener));
    m_position = position;
}

size_t Session::recorded(const NumberArg& position) const
{
    if (position.value > m_commands.size())
        throw CommandError(position.column,
            format("position %llu is beyond the last recorded one (%zu)",
                static_cast<unsigned long long>(position.value), m_commands.size()));
    return static_cast<size_t>(position.value);
}

std::string Session::travel(const args::TimeTravel& travel)
{
    using Kind = args::TimeTravel::Kind;
    auto positionLine = [&] { return format("Time Travel Position: %zu\n", m_position); };
    switch (travel.kind) {
    case Kind::Show:
        return positionLine()
            + format("Recorded positions: 0 (just booted) to %zu; %zu checkpoint%s\n", m_commands.size(),
                m_checkpoints.size(), m_checkpoints.size() == 1 ? "" : "s");
    case Kind::GoTo:
        goTo(recorded(travel.position), m_replayProgress);
        return positionLine();
    case Kind::BackOne:
        if (m_position == 0)
            throw CommandError(1, "already at position 0 (just booted)");
        goTo(m_position - 1, m_replayProgress);
        return positionLine();
    case Kind::BackToStart:
        goTo(0, m_replayProgress);
        return positionLine();
    case Kind::ForwardOne: {
        if (m_position == m_commands.size())
            throw CommandError(1, format("no recorded future: %zu is the last position", m_position));
        const Command& next = m_commands[m_position];
        goTo(m_position + 1, m_replayProgress);
        return format("Replayed %zu: %s\n", m_position, printableLine(next.text).c_str()) + positionLine();
    }
    case Kind::ForwardToEnd: {
        const size_t from = m_position;
        goTo(m_commands.size(), m_replayProgress);
        return format("Replayed %zu command%s\n", m_position - from, m_position - from == 1 ? "" : "s")
            + positionLine();
    }
    }
    return {};
}

namespace {
// What !diff compares: the machine at one position, in the terms a student reads.
struct Snapshot {
    std::array<uint32_t, kPageLocationCount> lists {};
    struct Process {
        std::string name;
        uint32_t workingSet = 0;
        uint32_t privatePages = 0;
        uint32_t commit = 0;
    };
    std::map<uint16_t, Process> processes;
    std::map<std::pair<uint16_t, uint32_t>, uint32_t> pdes; // (Cid, PDE index) -> PDE, user space
    std::map<std::pair<uint16_t, uint32_t>, uint32_t> ptes; // (Cid, VA) -> PTE, user space, non-zero
    std::vector<uint8_t> frames; // each frame's list
    std::string current; // the process the CPU runs, and CR3
};

Snapshot snapshot(const sim::Simulator& sim)
{
    Snapshot s;
    const auto& db = sim.pfnDatabase();
    for (int l = 0; l < kPageLocationCount; ++l)
        s.lists[size_t(l)] = db.count(static_cast<PageLocation>(l));
    s.frames.resize(db.size());
    for (hw::Pfn pfn = 0; pfn < db.size(); ++pfn)
        s.frames[pfn] = static_cast<uint8_t>(db[pfn].location());
    const auto& current = sim.processes().current();
    s.current = format("%s (Cid %04x), CR3 %08x", current.imageName.c_str(), current.cid, sim.mmu().cr3());
    const auto& memory = sim.memory();
    const uint32_t userPdes = hw::kX86Geometry.pdeIndex(hw::kSystemRangeStart);
    for (const auto& p : sim.processes().processes()) {
        s.processes[p->cid] = {p->imageName, p->vm.workingSetSize, p->vm.privatePages, p->vm.commitCharge};
        for (uint32_t i = 0; i < userPdes; ++i) {
            const uint32_t pde = memory.read32(p->directoryTableBase[0] + i * 4);
            s.pdes[{p->cid, i}] = pde;
            if (!(pde & hw::pte::Valid) || (pde & hw::pte::LargePage))
                continue;
            const hw::PhysicalAddress table = pde & hw::pte::FrameMask;
            for (uint32_t j = 0; j < 1024; ++j) {
                if (const uint32_t pte = memory.read32(table + j * 4))
                    s.ptes[{p->cid, (i << 22) | (j << 12)}] = pte;
            }
        }
    }
    return s;
}

// A sentence or word of this file, for the window to translate (context "mm::diff").
sim::Message say(const char* source, std::vector<sim::Message> args = {})
{
    return sim::Message {"mm::diff", source, std::move(args)};
}

// "valid, frame 708" / "transition, frame 708" / "paging file 0 offset 12" / "demand zero".
std::string decoded(uint32_t entry)
{
    namespace pte = hw::pte;
    switch (pte::classify(entry)) {
    case pte::Kind::Zero:
        return "zero";
    case pte::Kind::Hardware:
        return format("valid, frame %x", entry >> hw::kPageShift);
    case pte::Kind::DemandZero:
        return "demand zero";
    case pte::Kind::TransitionPage:
        return format("transition, frame %x", entry >> hw::kPageShift);
    case pte::Kind::PageFile: {
        const auto pf = pte::PageFilePte::decode(entry);
        return format("paging file %u offset %x", pf.fileNumber, pf.offset);
    }
    case pte::Kind::PrototypePointer:
        return "prototype";
    case pte::Kind::Subsection:
        return "subsection";
    }
    return "?";
}

// decoded() for the window to translate.
sim::Message decodedText(uint32_t entry)
{
    namespace pte = hw::pte;
    switch (pte::classify(entry)) {
    case pte::Kind::Zero:
        return say(MM_TRANSLATE_NOOP("mm::diff", "zero"));
    case pte::Kind::Hardware:
        return say(MM_TRANSLATE_NOOP("mm::diff", "valid, frame %1"), {format("%x", entry >> hw::kPageShift)});
    case pte::Kind::DemandZero:
        return say(MM_TRANSLATE_NOOP("mm::diff", "demand zero"));
    case pte::Kind::TransitionPage:
        return say(MM_TRANSLATE_NOOP("mm::diff", "transition, frame %1"), {format("%x", entry >> hw::kPageShift)});
    case pte::Kind::PageFile: {
        const auto pf = pte::PageFilePte::decode(entry);
        return say(MM_TRANSLATE_NOOP("mm::diff", "paging file %1 offset %2"),
            {format("%u", pf.fileNumber), format("%x", pf.offset)});
    }
    case pte::Kind::PrototypePointer:
        return say(MM_TRANSLATE_NOOP("mm::diff", "prototype"));
    case pte::Kind::Subsection:
        return say(MM_TRANSLATE_NOOP("mm::diff", "subsection"));
    }
    return sim::Message("?");
}

constexpr size_t kShown = 16; // lines of a !diff section
} // namespace

PositionComparison Session::compare(size_t from, size_t to)
{
    // Both moments are visited, and the machine comes back to where it was.
    const size_t here = m_position;
    goTo(from, m_replayProgress);
    const Snapshot a = snapshot(m_sim);
    goTo(to, m_replayProgress);
    const Snapshot b = snapshot(m_sim);
    goTo(here, m_replayProgress);

    PositionComparison c;
    c.from = from;
    c.to = to;
    c.listsBefore = a.lists;
    c.listsAfter = b.lists;
    std::vector<sim::Message> listChanges;
    for (int l = 0; l < kPageLocationCount; ++l) {
        const int64_t change = int64_t(b.lists[size_t(l)]) - int64_t(a.lists[size_t(l)]);
        if (change) {
            c.lists += format("%s%s %+lld", c.lists.empty() ? "" : ", ", pageLocationName(static_cast<uint8_t>(l)),
                static_cast<long long>(change));
            listChanges.push_back(sim::Message::join(
                {sim::pageListName(static_cast<uint8_t>(l)), format("%+lld", static_cast<long long>(change))}, " "));
        }
    }
    if (c.lists.empty())
        c.lists = "unchanged";
    c.listsText = listChanges.empty() ? say(MM_TRANSLATE_NOOP("mm::diff", "unchanged"))
                                      : sim::Message::join(std::move(listChanges));
    c.running = a.current == b.current ? a.current + ", unchanged" : a.current + " -> " + b.current;
    c.runningText = a.current == b.current ? say(MM_TRANSLATE_NOOP("mm::diff", "%1, unchanged"), {a.current})
                                           : sim::Message::join({a.current, b.current}, " -> ");

    using Kind = PositionChange::Kind;
    auto processName
        = [](const Snapshot::Process& p, uint16_t cid) { return format("%s (Cid %04x)", p.name.c_str(), cid); };
    for (const auto& [cid, p] : a.processes) {
        const auto then = b.processes.find(cid);
        if (then == b.processes.end() || then->second.name != p.name) {
            c.processes.push_back({Kind::Process, processName(p, cid), cid, 0, "running", "ended",
                format("%s (Cid %04x) ended", p.name.c_str(), cid), 0, 0, say(MM_TRANSLATE_NOOP("mm::diff", "running")),
                say(MM_TRANSLATE_NOOP("mm::diff", "ended")),
                say(MM_TRANSLATE_NOOP("mm::diff", "%1 ended"), {processName(p, cid)})});
            continue;
        }
        const auto& q = then->second;
        auto counts = [](const Snapshot::Process& x) {
            return say(MM_TRANSLATE_NOOP("mm::diff", "working set %1, private pages %2, commit %3"),
                {format("%u", x.workingSet), format("%u", x.privatePages), format("%u", x.commit)});
        };
        if (p.workingSet != q.workingSet || p.privatePages != q.privatePages || p.commit != q.commit)
            c.processes.push_back({Kind::Process, processName(p, cid), cid, 0,
                format("working set %u, private pages %u, commit %u", p.workingSet, p.privatePages, p.commit),
                format("working set %u, private pages %u, commit %u", q.workingSet, q.privatePages, q.commit),
                format("%s (Cid %04x): working set %u -> %u, private pages %u -> %u, commit %u -> %u", p.name.c_str(),
                    cid, p.workingSet, q.workingSet, p.privatePages, q.privatePages, p.commit, q.commit),
                0, 0, counts(p), counts(q),
                say(MM_TRANSLATE_NOOP("mm::diff", "%1: working set %2 -> %3, private pages %4 -> %5, commit %6 -> %7"),
                    {processName(p, cid), format("%u", p.workingSet), format("%u", q.workingSet),
                        format("%u", p.privatePages), format("%u", q.privatePages), format("%u", p.commit),
                        format("%u", q.commit)})});
    }
    for (const auto& [cid, q] : b.processes) {
        const auto before = a.processes.find(cid);
        if (before == a.processes.end() || before->second.name != q.name)
            c.processes.push_back({Kind::Process, processName(q, cid), cid, 0, "-", "created",
                format("%s (Cid %04x) created", q.name.c_str(), cid), 0, 0, sim::Message("-"),
                say(MM_TRANSLATE_NOOP("mm::diff", "created")),
                say(MM_TRANSLATE_NOOP("mm::diff", "%1 created"), {processName(q, cid)})});
    }

    // Entries of processes that exist at both positions.
    auto sameProcess = [&](uint16_t cid) {
        const auto x = a.processes.find(cid);
        const auto y = b.processes.find(cid);
        return x != a.processes.end() && y != b.processes.end() && x->second.name == y->second.name;
    };
    auto entry = [](uint32_t value) { return format("%08x %s", value, decoded(value).c_str()); };
    auto entryText = [](uint32_t value) {
        return sim::Message::join({format("%08x", value), decodedText(value)}, " ");
    };
    for (const auto& [key, before] : a.pdes) {
        const uint32_t after = b.pdes.count(key) ? b.pdes.at(key) : 0;
        if (before != after && sameProcess(key.first)) {
            const auto& p = a.processes.at(key.first);
            c.entries.push_back(
                {Kind::Pde, processName(p, key.first), key.first, key.second, entry(before), entry(after),
                    format("%s PDE %03x: %08x (%s) -> %08x (%s)", p.name.c_str(), key.second, before,
                        decoded(before).c_str(), after, decoded(after).c_str()),
                    before, after, entryText(before), entryText(after), {}});
        }
    }
    std::map<std::pair<uint16_t, uint32_t>, std::pair<uint32_t, uint32_t>> ptes;
    for (const auto& [key, value] : a.ptes)
        ptes[key].first = value;
    for (const auto& [key, value] : b.ptes)
        ptes[key].second = value;
    for (const auto& [key, values] : ptes) {
        if (values.first != values.second && sameProcess(key.first)) {
            const auto& p = a.processes.at(key.first);
            c.entries.push_back(
                {Kind::Pte, processName(p, key.first), key.first, key.second, entry(values.first), entry(values.second),
                    format("%s %08x: PTE %08x (%s) -> %08x (%s)", p.name.c_str(), key.second, values.first,
                        decoded(values.first).c_str(), values.second, decoded(values.second).c_str()),
                    values.first, values.second, entryText(values.first), entryText(values.second), {}});
        }
    }
    for (size_t pfn = 0; pfn < a.frames.size() && pfn < b.frames.size(); ++pfn) {
        if (a.frames[pfn] != b.frames[pfn])
            c.frames.push_back({Kind::Frame, {}, 0, uint32_t(pfn), pageLocationName(a.frames[pfn]),
                pageLocationName(b.frames[pfn]),
                format("%zx %s -> %s", pfn, pageLocationName(a.frames[pfn]), pageLocationName(b.frames[pfn])),
                a.frames[pfn], b.frames[pfn], sim::pageListName(a.frames[pfn]), sim::pageListName(b.frames[pfn]), {}});
    }
    return c;
}

std::string Session::diff(const args::Diff& diff)
{
    const PositionComparison c = compare(recorded(diff.from), recorded(diff.to));
    std::string out = format("From position %llu to %llu:\n", static_cast<unsigned long long>(diff.from.value),
        static_cast<unsigned long long>(diff.to.value));
    out += "Page lists: " + c.lists + "\n";
    out += "Running: " + c.running + "\n";
    // At most kShown lines a section, then how many more.
    auto section = [&out](const char* title, const std::vector<PositionChange>& changes) {
        out += title;
        for (size_t i = 0; i < changes.size() && i < kShown; ++i)
            out += "  " + changes[i].line + "\n";
        if (changes.empty())
            out += "  unchanged\n";
        if (changes.size() > kShown)
            out += format("  ... and %zu more\n", changes.size() - kShown);
    };
    section("Processes:\n", c.processes);
    section("PDEs and PTEs:\n", c.entries);
    section("Frames:\n", c.frames);
    return out;
}

} // namespace mm::dbg

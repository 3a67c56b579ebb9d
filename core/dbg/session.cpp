#include "dbg/session.h"

#include "dbg/format.h"
#include "sim/simulator.h"

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
    if (const auto* travel = std::get_if<args::TimeTravel>(&command.arguments)) {
        CommandResult result;
        result.firstSeq = m_sim.events().lastSeq();
        try {
            const size_t before = m_position;
            result.output = this->travel(*travel);
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
    // Recorded when it changed the machine (a bug check may have got that far) or the
    // debugger; looking changes neither, and keeps the recorded future.
    const bool changed = result.changedState || result.lastSeq != result.firstSeq
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
    if (m_position % m_checkpointEvery == 0)
        m_checkpoints.push_back({m_position, m_sim.checkpoint(), m_console.state()});
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
        if (travel.position.value > m_commands.size())
            throw CommandError(travel.position.column,
                format("position %llu is beyond the last recorded one (%zu)",
                    static_cast<unsigned long long>(travel.position.value), m_commands.size()));
        goTo(static_cast<size_t>(travel.position.value));
        return positionLine();
    case Kind::BackOne:
        if (m_position == 0)
            throw CommandError(1, "already at position 0 (just booted)");
        goTo(m_position - 1);
        return positionLine();
    case Kind::BackToStart:
        goTo(0);
        return positionLine();
    case Kind::ForwardOne: {
        if (m_position == m_commands.size())
            throw CommandError(1, format("no recorded future: %zu is the last position", m_position));
        const Command& next = m_commands[m_position];
        goTo(m_position + 1);
        return format("Replayed %zu: %s\n", m_position, printableLine(next.text).c_str()) + positionLine();
    }
    case Kind::ForwardToEnd: {
        const size_t from = m_position;
        goTo(m_commands.size());
        return format("Replayed %zu command%s\n", m_position - from, m_position - from == 1 ? "" : "s")
            + positionLine();
    }
    }
    return {};
}

} // namespace mm::dbg

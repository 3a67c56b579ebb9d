#pragma once
// One command run the way the randomized and fuzz runs run every command: a refused
// command must change nothing, and after every command the invariants must hold.
#include "dbg/console.h"
#include "dbg/session.h"
#include "sim/invariantchecker.h"
#include "sim/simulator.h"

#include <string>
#include <string_view>

namespace mm::testing {

// Runs `line`; returns what went wrong, or an empty string. A refused command may append
// no event (every change appends one; a bug check records the fault that led to it), and
// with `compareHash` not a bit of memory or page tables may differ (the TLB may).
// `Checks::AfterChanges` skips the invariant checker after a command that appended no event.
enum class Checks { AfterEveryCommand, AfterChanges };
inline std::string runCheckedCommand(
    dbg::Session& session, std::string_view line, bool compareHash, Checks checks = Checks::AfterEveryCommand)
{
    sim::Simulator& sim = session.simulator();
    const uint64_t eventsBefore = sim.events().lastSeq();
    const auto scope = sim::Simulator::HashScope::Architectural;
    const uint64_t hashBefore = compareHash ? sim.stateHash(scope) : 0;
    const dbg::CommandResult result = session.execute(line);
    const bool stop = result.error.rfind("*** STOP", 0) == 0;
    if (!result.ok && !result.changedState
        && ((!stop && sim.events().lastSeq() != eventsBefore) || (compareHash && sim.stateHash(scope) != hashBefore)))
        return "a refused command changed the machine: " + result.error;
    // A service that refused (its NTSTATUS in the output) and says it changed nothing.
    if (result.status && !result.changedState
        && (sim.events().lastSeq() != eventsBefore || (compareHash && sim.stateHash(scope) != hashBefore)))
        return "a refused service changed the machine: " + result.output;
    if (checks == Checks::AfterChanges && sim.events().lastSeq() == eventsBefore)
        return {};
    const auto violations = sim::checkInvariants(sim, 3);
    if (!violations.empty())
        return "invariant violated: " + violations.front();
    return {};
}

} // namespace mm::testing

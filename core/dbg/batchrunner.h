#pragma once

#include "dbg/viewrequest.h"

#include <cstdint>
#include <functional>
#include <iosfwd>
#include <string>

namespace mm::sim {
class Simulator;
}

namespace mm::dbg {

class Session;

// What a batch run needs to know besides its script; mmvis's command line fills it in.
struct BatchOptions {
    uint64_t ramBytes = 128ull << 20;
    uint64_t pageFileBytes = 0; // 0: RAM + 12 MB
    uint32_t maxProcesses = 0; // 0: the simulator's default (SimulatorConfig::maxProcesses)
    bool trace = false; // print every event as it is appended
    bool check = false; // run the invariant checker after every command
    bool stateHash = false; // print Simulator::stateHash() after the script
    std::string session; // a session file to open first: its machine, commands and position
    std::string saveSession; // where to save the session after the script
    // Carries out .select and .export (the views' side, when there are views): may print on
    // `out`; returns why it could not, or nothing. Without it, .select does nothing and
    // .export is an error.
    std::function<std::string(const ViewRequest& request, std::ostream& out)> viewHandler;
};

// Runs a script: echoes each command as "kd> <command>" followed by its output on `out`;
// errors go to `err` as "<script>:<line>: error: column <c>: <message>". Returns 0 when
// every command succeeded, 1 otherwise, 2 when the machine cannot be configured.
int runBatch(
    std::istream& in, const std::string& scriptName, const BatchOptions& options, std::ostream& out, std::ostream& err);
// The same loop on a session that already runs (the window's, for --export);
// afterCommand, if given, is called after each command that ran, with its line.
int runScript(std::istream& in, const std::string& scriptName, const BatchOptions& options, Session& session,
    std::ostream& out, std::ostream& err, const std::function<void(const std::string& line)>& afterCommand = {});
// "state hash 0123456789abcdef\n": what --state-hash prints after the script.
std::string stateHashLine(const sim::Simulator& simulator);

} // namespace mm::dbg

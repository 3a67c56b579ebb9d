#pragma once

#include <cstdint>
#include <iosfwd>
#include <string>
#include <vector>

namespace mm::sim {
class Simulator;
}

namespace mm::dbg {

class Console;

struct BatchOptions {
    std::string script = "-"; // a file, or - for standard input
    uint64_t ramBytes = 128ull << 20;
    uint64_t pageFileBytes = 0; // 0: RAM + 12 MB
    uint32_t maxProcesses = 0; // 0: the simulator's default (SimulatorConfig::maxProcesses)
    bool trace = false; // print every event as it is appended
    bool check = false; // run the invariant checker after every command
    bool stateHash = false; // print Simulator::stateHash() after the script
    std::string exportDir; // --export: write every diagram here after the script (needs the views)
};

// mmvis's command line. Batch runs need no display; everything else starts the window.
struct Arguments {
    bool batch = false;
    bool help = false;
    bool version = false;
    std::string logLevel = "info";
    std::string startupScript; // --script: run in the window at start-up
    std::string screenshot; // --screenshot: save the window as PNG and quit
    BatchOptions options;
    std::string error; // non-empty: bad options (exit code 2)
};
Arguments parseArguments(const std::vector<std::string>& args);
std::string usageText();

// Runs a script: echoes each command as "kd> <command>" followed by its output on `out`;
// errors go to `err` as "<script>:<line>: error: column <c>: <message>". Returns 0 when
// every command succeeded, 1 otherwise, 2 when the machine cannot be configured.
int runBatch(
    std::istream& in, const std::string& scriptName, const BatchOptions& options, std::ostream& out, std::ostream& err);
// The same loop on a machine that already runs (the window's, for --export).
int runScript(std::istream& in, const std::string& scriptName, const BatchOptions& options, sim::Simulator& simulator,
    Console& console, std::ostream& out, std::ostream& err);

} // namespace mm::dbg

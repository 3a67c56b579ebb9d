#include "dbg/batchrunner.h"

#include "dbg/commandline.h"
#include "dbg/console.h"
#include "dbg/session.h"
#include "sim/invariantchecker.h"
#include "sim/simulator.h"

#include <cstdio>
#include <istream>
#include <ostream>

namespace mm::dbg {

std::string stateHashLine(const sim::Simulator& simulator)
{
    char line[48];
    std::snprintf(line, sizeof line, "state hash %016llx\n",
        static_cast<unsigned long long>(simulator.stateHash(sim::Simulator::HashScope::Everything)));
    return line;
}

int runBatch(
    std::istream& in, const std::string& scriptName, const BatchOptions& options, std::ostream& out, std::ostream& err)
{
    sim::SimulatorConfig config;
    config.ramBytes = options.ramBytes;
    config.pageFileBytes = options.pageFileBytes;
    if (options.maxProcesses)
        config.maxProcesses = options.maxProcesses;
    std::string why;
    auto simulator = sim::Simulator::create(config, &why);
    if (!simulator) {
        err << "mmvis: cannot boot the machine: " << why << "\n";
        return 2;
    }
    Session session(*simulator);
    const int result = runScript(in, scriptName, options, session, out, err);
    if (options.stateHash)
        out << stateHashLine(*simulator) << std::flush;
    return result;
}

int runScript(std::istream& in, const std::string& scriptName, const BatchOptions& options, Session& session,
    std::ostream& out, std::ostream& err, const std::function<void(const std::string& line)>& afterCommand)
{
    sim::Simulator& simulator = session.simulator();
    Console& console = session.console();
    if (options.trace) {
        simulator.events().setListener([&out, &console](const sim::Event& e) {
            if (console.traceEnabled())
                out << "  [" << e.seq << "] " << sim::formatTraceLine(e) << "\n";
        });
    }
    bool failed = false;
    std::string line;
    size_t lineNumber = 0;
    while (std::getline(in, line)) {
        ++lineNumber;
        if (!line.empty() && line.back() == '\r')
            line.pop_back();
        const CommandLine parsed(line);
        if (parsed.empty())
            continue; // blank or comment
        out << "kd> " << printableLine(std::string_view(line).substr(parsed[0].column - 1)) << "\n";
        const CommandResult result = session.execute(line);
        out << result.output;
        if (afterCommand)
            afterCommand(line);
        if (result.ok && result.view.kind != ViewRequest::Kind::None) {
            std::string why;
            if (options.viewHandler)
                why = options.viewHandler(result.view, out);
            else if (result.view.kind == ViewRequest::Kind::Export)
                why = "'.export' writes diagrams: run with --export <folder>, or in the window";
            if (!why.empty()) {
                failed = true;
                err << scriptName << ":" << lineNumber << ": error: column " << result.view.column << ": " << why
                    << "\n";
                continue;
            }
        }
        if (!result.ok) {
            failed = true;
            err << scriptName << ":" << lineNumber << ": error: column " << result.errorColumn << ": " << result.error
                << "\n";
            continue;
        }
        if (options.check) {
            for (const std::string& violation : sim::checkInvariants(simulator)) {
                failed = true;
                err << scriptName << ":" << lineNumber << ": error: invariant violated: " << violation << "\n";
            }
        }
    }
    simulator.events().setListener(nullptr);
    out.flush();
    return failed ? 1 : 0;
}

} // namespace mm::dbg

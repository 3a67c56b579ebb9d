#include "dbg/batchrunner.h"

#include "dbg/commandline.h"
#include "dbg/console.h"
#include "dbg/session.h"
#include "dbg/sessionfile.h"
#include "sim/invariantchecker.h"
#include "sim/simulator.h"

#include <cstdio>
#include <fstream>
#include <istream>
#include <iterator>
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
    OpenedSession opened;
    if (!options.session.empty()) {
        // The session's machine, its commands replayed, at its position.
        std::ifstream file(options.session, std::ios::binary);
        const std::string text((std::istreambuf_iterator<char>(file)), std::istreambuf_iterator<char>());
        SessionFile saved;
        std::string why;
        if (!file.good() && !file.eof()) {
            err << "mmvis: " << options.session << ": cannot be read\n";
            return 2;
        }
        if (!parseSessionFile(text, &saved, &why) || !openSessionFile(saved, &opened, &why)) {
            err << "mmvis: " << options.session << ": " << why << "\n";
            return 2;
        }
    } else {
        sim::SimulatorConfig config;
        config.ramBytes = options.ramBytes;
        config.pageFileBytes = options.pageFileBytes;
        if (options.maxProcesses)
            config.maxProcesses = options.maxProcesses;
        std::string why;
        opened.simulator = sim::Simulator::create(config, &why);
        if (!opened.simulator) {
            err << "mmvis: cannot boot the machine: " << why << "\n";
            return 2;
        }
        opened.session = std::make_unique<Session>(*opened.simulator);
    }
    int result = runScript(in, scriptName, options, *opened.session, out, err);
    if (options.stateHash)
        out << stateHashLine(*opened.simulator) << std::flush;
    if (!options.saveSession.empty()) {
        // Written whole, then renamed over the old file: a crash leaves one or the other.
        const std::string temporary = options.saveSession + ".saving";
        {
            std::ofstream file(temporary, std::ios::binary | std::ios::trunc);
            file << formatSessionFile(*opened.session);
            file.flush();
            if (!file) {
                err << "mmvis: " << options.saveSession << ": cannot be written\n";
                std::remove(temporary.c_str());
                return 1;
            }
        }
        if (std::rename(temporary.c_str(), options.saveSession.c_str()) != 0) {
            err << "mmvis: " << options.saveSession << ": cannot be written\n";
            std::remove(temporary.c_str());
            return 1;
        }
    }
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

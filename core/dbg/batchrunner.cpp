#include "dbg/batchrunner.h"

#include "dbg/commandline.h"
#include "dbg/console.h"
#include "sim/invariantchecker.h"
#include "sim/simulator.h"

#include <cstdio>
#include <cstdlib>
#include <istream>
#include <ostream>

namespace mm::dbg {

std::string usageText()
{
    return "usage: mmvis [--ram SIZE] [--pagefile SIZE] [--script FILE] [--screenshot FILE.png] [--log-level LEVEL]\n"
           "       mmvis --batch [FILE|-] [--ram SIZE] [--pagefile SIZE] [--trace] [--check] [--state-hash] [--export "
           "DIR]\n"
           "\n"
           "  --batch [FILE|-]   run commands from FILE (or standard input) without a window\n"
           "  --ram SIZE         simulated RAM, 4M to 4G in steps of 4M (default 128M)\n"
           "  --pagefile SIZE    the paging file, 1M to 4G (default RAM + 12M)\n"
           "  --max-processes N  with --batch: at most N processes, System included (default 512)\n"
           "  --script FILE      run FILE in the window at start-up\n"
           "  --screenshot FILE  save the window as a PNG once it is shown, then quit\n"
           "  --trace            print every memory-manager event as it happens\n"
           "  --check            check the memory manager's invariants after every command\n"
           "  --state-hash       with --batch: print a digest of the whole machine after the script\n"
           "  --export DIR       with --batch: write every diagram as SVG and PNG into DIR after the script\n"
           "  --log-level LEVEL  diagnostics: trace, debug, info, warn, error, off (default info)\n"
           "  --help, --version\n";
}

Arguments parseArguments(const std::vector<std::string>& args)
{
    Arguments a;
    for (size_t i = 0; i < args.size(); ++i) {
        const std::string& arg = args[i];
        auto value = [&](const char* what) -> const std::string* {
            if (i + 1 >= args.size()) {
                a.error = arg + " needs " + what;
                return nullptr;
            }
            return &args[++i];
        };
        if (arg == "--batch") {
            a.batch = true;
            if (i + 1 < args.size() && (args[i + 1] == "-" || args[i + 1].rfind("--", 0) != 0))
                a.options.script = args[++i];
        } else if (arg == "--ram" || arg == "--pagefile") {
            const std::string* v = value("a size such as 128M");
            if (!v)
                return a;
            auto bytes = parseSize(*v);
            if (!bytes) {
                a.error = arg + ": '" + *v + "' is not a size (examples: 16M, 128M, 4G)";
                return a;
            }
            (arg == "--ram" ? a.options.ramBytes : a.options.pageFileBytes) = *bytes;
        } else if (arg == "--max-processes") {
            const std::string* v = value("a number of processes");
            if (!v)
                return a;
            char* end = nullptr;
            const unsigned long n = std::strtoul(v->c_str(), &end, 10);
            if (v->empty() || *end || n < 1 || n > 4096) {
                a.error = "--max-processes: '" + *v + "' is not a number from 1 to 4096";
                return a;
            }
            a.options.maxProcesses = static_cast<uint32_t>(n);
        } else if (arg == "--export") {
            const std::string* v = value("a directory");
            if (!v)
                return a;
            a.options.exportDir = *v;
        } else if (arg == "--script" || arg == "--screenshot") {
            const std::string* v = value("a file name");
            if (!v)
                return a;
            (arg == "--script" ? a.startupScript : a.screenshot) = *v;
        } else if (arg == "--trace") {
            a.options.trace = true;
        } else if (arg == "--check") {
            a.options.check = true;
        } else if (arg == "--state-hash") {
            a.options.stateHash = true;
        } else if (arg == "--log-level") {
            const std::string* v = value("a level");
            if (!v)
                return a;
            static const char* const levels[] = {"trace", "debug", "info", "warn", "error", "off"};
            bool known = false;
            for (const char* l : levels)
                known = known || *v == l;
            if (!known) {
                a.error = "--log-level: '" + *v + "' is not one of trace, debug, info, warn, error, off";
                return a;
            }
            a.logLevel = *v;
        } else if (arg == "--help" || arg == "-h") {
            a.help = true;
        } else if (arg == "--version") {
            a.version = true;
        } else {
            a.error = "unknown option '" + arg + "'";
            return a;
        }
    }
    if (a.options.maxProcesses && (!a.batch || !a.options.exportDir.empty()))
        a.error = "--max-processes works with --batch (and without --export)";
    return a;
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
    Console console(*simulator);
    const int result = runScript(in, scriptName, options, *simulator, console, out, err);
    if (options.stateHash) {
        char line[48];
        std::snprintf(line, sizeof line, "state hash %016llx\n",
            static_cast<unsigned long long>(simulator->stateHash(sim::Simulator::HashScope::Everything)));
        out << line << std::flush;
    }
    return result;
}

int runScript(std::istream& in, const std::string& scriptName, const BatchOptions& options, sim::Simulator& simulator,
    Console& console, std::ostream& out, std::ostream& err)
{
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
        const CommandResult result = console.execute(line);
        out << result.output;
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

// mmvis-stress: seeded random command sequences, valid and invalid, with the invariant
// checker after every command. A violation (or a crash caught as a bug check where none
// belongs) prints the seed and the command prefix that reproduces it, as a script.
// Usage: mmvis-stress [--seed N] [--seeds K] [--commands M] [--ram SIZE] [--write-script FILE] [--quiet]
#include "dbg/commandline.h"
#include "dbg/session.h"
#include "sim/simulator.h"
#include "support/checkedcommand.h"
#include "support/randomcommands.h"

#include <chrono>
#include <csignal>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <string>
#include <string_view>
#include <vector>

#include <signal.h>
#include <unistd.h>

extern "C" void __sanitizer_set_death_callback(void (*callback)()) __attribute__((weak));

using namespace mm;
using mm::testing::Generator;
using mm::testing::Random;

namespace {

struct Outcome {
    bool ok = true;
    std::vector<std::string> script; // every command run, up to the failing one
    std::string failure;
};

// What a crash prints: the seed being run and its commands so far, the last one being
// the command that crashed. Written with write(2) only, from a signal handler or from
// the sanitizers' death callback.
struct Progress {
    uint64_t seed = 0;
    const std::vector<std::string>* script = nullptr;
};
Progress g_progress;

void writeError(std::string_view text)
{
    while (!text.empty()) {
        const ssize_t n = ::write(2, text.data(), text.size());
        if (n <= 0)
            return;
        text.remove_prefix(static_cast<size_t>(n));
    }
}

void writeNumber(uint64_t value)
{
    char digits[24];
    size_t i = sizeof digits;
    do {
        digits[--i] = static_cast<char>('0' + value % 10);
        value /= 10;
    } while (value);
    writeError(std::string_view(digits + i, sizeof digits - i));
}

void reportCrash()
{
    const std::vector<std::string>* script = g_progress.script;
    if (!script)
        return;
    g_progress.script = nullptr; // once
    writeError("mmvis-stress: seed ");
    writeNumber(g_progress.seed);
    writeError(" crashed at command ");
    writeNumber(script->size());
    writeError("\n---- script (the commands up to the crash) ----\n");
    for (const std::string& line : *script) {
        writeError(line);
        writeError("\n");
    }
    writeError("---- end ----\n");
}

void onFatalSignal(int signal)
{
    reportCrash();
    std::signal(signal, SIG_DFL);
    std::raise(signal);
}

// Report crashes: through the sanitizers when they are linked in (they own SIGSEGV and
// call the death callback before exiting), and through signal handlers where nothing
// else handles the signal.
void installCrashReport()
{
    if (__sanitizer_set_death_callback)
        __sanitizer_set_death_callback(reportCrash);
    for (int signal : {SIGSEGV, SIGBUS, SIGFPE, SIGILL, SIGABRT}) {
        struct sigaction current { };
        if (sigaction(signal, nullptr, &current) == 0 && current.sa_handler == SIG_DFL)
            std::signal(signal, onFatalSignal);
    }
}

Outcome run(uint64_t seed, uint32_t commands, uint64_t ramBytes, std::FILE* scriptFile)
{
    sim::SimulatorConfig config;
    config.ramBytes = ramBytes;
    auto sim = sim::Simulator::create(config);
    Outcome out;
    if (!sim) {
        out.ok = false;
        out.failure = "boot failed";
        return out;
    }
    dbg::Session session(*sim);
    Random random(seed);
    Generator generator(random, *sim);
    out.script.reserve(commands);
    g_progress = {seed, &out.script};
    for (uint32_t i = 0; i < commands; ++i) {
        const std::string line = generator.next();
        out.script.push_back(line);
        if (scriptFile) {
            std::fprintf(scriptFile, "%s\n", line.c_str());
            std::fflush(scriptFile);
        }
        // For a sample of refused commands, compare the machine bit for bit as well.
        const std::string failure = testing::runCheckedCommand(session, line, random.chance(5));
        if (!failure.empty()) {
            out.ok = false;
            out.failure = failure;
            break;
        }
    }
    g_progress = {};
    return out;
}

} // namespace

int main(int argc, char** argv)
{
    uint64_t seed = 1;
    uint32_t seeds = 1;
    uint32_t commands = 10000;
    uint64_t ram = 16ull << 20;
    bool quiet = false;
    const char* scriptPath = nullptr;
    const char* usage
        = "usage: mmvis-stress [--seed N] [--seeds K] [--commands M] [--ram SIZE] [--write-script FILE] [--quiet]\n"
          "  runs K seeds from N, M random commands each, checking the invariants after every command;\n"
          "  --write-script writes the commands of one seed to FILE as they run (for mmvis --batch)\n";
    for (int i = 1; i < argc; ++i) {
        const std::string arg = argv[i];
        auto value = [&]() -> const char* {
            if (i + 1 >= argc) {
                std::fprintf(stderr, "mmvis-stress: %s needs a value\n", arg.c_str());
                std::exit(2);
            }
            return argv[++i];
        };
        if (arg == "--seed")
            seed = std::strtoull(value(), nullptr, 0);
        else if (arg == "--seeds")
            seeds = static_cast<uint32_t>(std::strtoul(value(), nullptr, 0));
        else if (arg == "--commands")
            commands = static_cast<uint32_t>(std::strtoul(value(), nullptr, 0));
        else if (arg == "--ram") {
            const auto bytes = dbg::parseSize(value());
            if (!bytes) {
                std::fprintf(stderr, "mmvis-stress: --ram takes a size such as 16M\n");
                return 2;
            }
            ram = *bytes;
        } else if (arg == "--write-script")
            scriptPath = value();
        else if (arg == "--quiet")
            quiet = true;
        else {
            std::fprintf(stderr, "%s", usage);
            return 2;
        }
    }
    std::FILE* scriptFile = nullptr;
    if (scriptPath) {
        if (seeds != 1) {
            std::fprintf(stderr, "mmvis-stress: --write-script writes one seed's commands; use --seeds 1\n");
            return 2;
        }
        scriptFile = std::fopen(scriptPath, "w");
        if (!scriptFile) {
            std::fprintf(stderr, "mmvis-stress: cannot write %s\n", scriptPath);
            return 2;
        }
    }
    installCrashReport();
    std::printf("mmvis-stress: seeds %llu to %llu, %u commands each, %llu MB of RAM\n",
        static_cast<unsigned long long>(seed), static_cast<unsigned long long>(seed + seeds - 1), commands,
        static_cast<unsigned long long>(ram >> 20));
    std::fflush(stdout);
    int failures = 0;
    uint64_t total = 0;
    const auto start = std::chrono::steady_clock::now();
    for (uint64_t s = seed; s < seed + seeds; ++s) {
        const auto seedStart = std::chrono::steady_clock::now();
        const Outcome o = run(s, commands, ram, scriptFile);
        total += o.script.size();
        if (o.ok) {
            if (!quiet) {
                const double seconds
                    = std::chrono::duration<double>(std::chrono::steady_clock::now() - seedStart).count();
                std::printf("seed %llu: %u commands, invariants held (%.0f commands/s)\n",
                    static_cast<unsigned long long>(s), commands, commands / std::max(seconds, 1e-9));
                std::fflush(stdout);
            }
            continue;
        }
        ++failures;
        std::printf(
            "seed %llu: command %zu: %s\n", static_cast<unsigned long long>(s), o.script.size(), o.failure.c_str());
        std::printf("reproduce with: mmvis --batch <this script> --check --ram %lluM\n",
            static_cast<unsigned long long>(ram >> 20));
        std::printf("---- script (the %zu commands up to the failure) ----\n", o.script.size());
        for (const auto& line : o.script)
            std::printf("%s\n", line.c_str());
        std::printf("---- end ----\n");
    }
    if (scriptFile)
        std::fclose(scriptFile);
    const double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    std::printf("%llu commands in %.1f s (%.0f commands/s, invariants checked after each), %d failing seed%s\n",
        static_cast<unsigned long long>(total), seconds, total / std::max(seconds, 1e-9), failures,
        failures == 1 ? "" : "s");
    return failures ? 1 : 0;
}

// mmvis-stress: seeded random command sequences, valid and invalid, with the invariant
// checker after every command. A violation (or a crash caught as a bug check where none
// belongs) prints the seed and the command prefix that reproduces it, as a script.
// Usage: mmvis-stress [--seed N] [--seeds K] [--commands M] [--ram SIZE] [--write-script FILE] [--quiet]
#include "dbg/commandline.h"
#include "dbg/console.h"
#include "sim/simulator.h"
#include "support/checkedcommand.h"

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

namespace {

// xorshift64*: the same numbers on every platform and standard library.
class Random {
public:
    explicit Random(uint64_t seed)
        : m_state(seed * 0x9E3779B97F4A7C15ull + 1)
    {
    }
    uint64_t next()
    {
        m_state ^= m_state >> 12;
        m_state ^= m_state << 25;
        m_state ^= m_state >> 27;
        return m_state * 0x2545F4914F6CDD1Dull;
    }
    uint32_t below(uint32_t n) { return n ? static_cast<uint32_t>(next() % n) : 0; }
    bool chance(uint32_t percent) { return below(100) < percent; }
    template <typename T> const T& pick(const std::vector<T>& v) { return v[below(static_cast<uint32_t>(v.size()))]; }

private:
    uint64_t m_state;
};

std::string hex(uint64_t v)
{
    char buf[24];
    std::snprintf(buf, sizeof buf, "%llx", static_cast<unsigned long long>(v));
    return buf;
}

// Builds the next command from what exists: processes, files, sections, and the
// addresses worth touching (allocations, the image, the system DLLs, random ones).
class Generator {
public:
    Generator(Random& random, const sim::Simulator& sim)
        : m_random(random)
        , m_sim(sim)
    {
    }

    std::string next()
    {
        Random& r = m_random;
        const auto& processes = m_sim.processes().processes();
        std::vector<std::string> names;
        for (const auto& p : processes)
            names.push_back(p->imageName == "System" ? hex(p->cid) : p->imageName);
        const uint32_t roll = r.below(1000);
        if (roll < 40)
            return "spawn p" + std::to_string(m_spawned++ % 40) + ".exe"
                + (r.chance(50) ? " parent " + r.pick(names) : std::string());
        if (roll < 50)
            return "fork " + r.pick(names);
        if (roll < 70)
            return "exit " + r.pick(names);
        if (roll < 130)
            return "switch " + r.pick(names);
        if (roll < 230)
            return "alloc " + (r.chance(30) ? hex(address()) : std::string("0")) + " " + hex(size())
                + (r.chance(30)        ? std::string(" reserve")
                        : r.chance(20) ? std::string(" commit")
                                       : std::string())
                + (r.chance(40) ? " " + protection() : std::string());
        if (roll < 280)
            return "free " + hex(address()) + (r.chance(50) ? " " + hex(size()) : std::string(" 0"))
                + (r.chance(50) ? " decommit" : " release");
        if (roll < 310)
            return "protect " + hex(address()) + " " + hex(size()) + " " + protection();
        if (roll < 560) {
            static const char* const verbs[] = {"read", "read", "write", "exec", "kread"};
            const std::string verb = verbs[r.below(5)];
            return verb + " " + hex(address()) + (verb == "write" ? " " + hex(r.next() & 0xFFFFFFFF) : std::string());
        }
        if (roll < 600)
            return "touch " + hex(address() & ~0xFFFu) + " " + hex(r.below(64) * 0x1000 + 0x1000)
                + (r.chance(50) ? " write" : " read");
        if (roll < 650)
            return "trim " + r.pick(names) + (r.chance(50) ? std::string(" all") : " " + hex(r.below(20)));
        if (roll < 670)
            return "modwrite";
        if (roll < 685)
            return r.chance(50) ? std::string("zero ") + hex(r.below(200)) : std::string("idle");
        if (roll < 700)
            return "file f" + std::to_string(m_files++ % 8) + " " + hex(r.below(16) * 0x1000 + 0x1000);
        if (roll < 730) {
            const std::string name = "s" + std::to_string(m_sections++ % 12);
            if (r.chance(40))
                return "section " + name + " pagefile " + hex(r.below(16) * 0x1000 + 0x1000) + " " + protection();
            return "section " + name + " file f" + std::to_string(r.below(8)) + " 0 "
                + (r.chance(50) ? std::string("PAGE_READWRITE") : protection())
                + (r.chance(10) ? std::string(" image") : std::string());
        }
        if (roll < 790)
            return "map s" + std::to_string(r.below(12)) + (r.chance(30) ? " " + hex(address()) : std::string())
                + (r.chance(40) ? " " + protection() : std::string());
        if (roll < 820)
            return "unmap " + hex(address());
        if (roll < 900) {
            static const char* const inspect[] = {"!memusage", "!vad", "!wsle", "!vm", "!process 0 0", "!ca 0"};
            if (r.chance(50))
                return inspect[r.below(6)];
            return (r.chance(50) ? "!pte " : "dd ") + hex(address());
        }
        // Malformed input: it must be refused and change nothing.
        static const char* const junk[] = {"alloc", "alloc 0 -5", "spawn", "switch nobody.exe",
            "protect 0 0 PAGE_BOGUS", "read zz", "write 10000", "map nosuch", "section", "section x file", "fork",
            "trim", "!pte", "frobnicate 1 2 3", "alloc 0 0n99999999999", "dd 10000 L", "free", "exit System",
            "\x01\x02\xff", "spawn caf\xe9.exe", ".echo \xed\xa0\x80", "dd 0\r1", "spawn \xc0\xaf.exe", ""};
        const size_t pick = r.below(sizeof junk / sizeof junk[0]);
        if (!*junk[pick])
            return "dd " + std::string(dbg::kMaxLineLength, '1'); // one byte too long
        return junk[pick];
    }

private:
    uint32_t address()
    {
        Random& r = m_random;
        switch (r.below(6)) {
        case 0:
            return 0x10000 + r.below(0x100) * 0x1000 + r.below(0x1000); // where allocations land
        case 1:
            return 0x400000 + r.below(0x10) * 0x1000; // the image
        case 2:
            return 0x77f60000 + r.below(0x14) * 0x1000; // ntdll.dll
        case 3:
            return 0x77f00000 + r.below(0x10) * 0x1000; // kernel32.dll
        case 4:
            return static_cast<uint32_t>(r.next()); // anywhere, kernel space included
        default:
            return 0x10000 + r.below(0x400) * 0x10000; // 64 KB boundaries
        }
    }
    uint32_t size()
    {
        Random& r = m_random;
        return r.chance(80) ? r.below(0x20) * 0x1000 + r.below(0x1000) : r.below(0x400000);
    }
    std::string protection()
    {
        static const std::vector<std::string> names = {"PAGE_READWRITE", "PAGE_READONLY", "PAGE_NOACCESS",
            "PAGE_WRITECOPY", "PAGE_EXECUTE", "PAGE_EXECUTE_READ", "PAGE_EXECUTE_READWRITE", "PAGE_EXECUTE_WRITECOPY",
            "PAGE_READWRITE|PAGE_GUARD", "PAGE_READONLY|PAGE_NOCACHE"};
        return m_random.pick(names);
    }

    Random& m_random;
    const sim::Simulator& m_sim;
    uint32_t m_spawned = 0;
    uint32_t m_files = 0;
    uint32_t m_sections = 0;
};

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
    dbg::Console console(*sim);
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
        const std::string failure = testing::runCheckedCommand(*sim, console, line, random.chance(5));
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

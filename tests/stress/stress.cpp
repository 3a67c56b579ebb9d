// mmvis-stress: seeded random command sequences, valid and invalid, with the invariant
// checker after every command. A violation (or a crash caught as a bug check where none
// belongs) prints the seed and the command prefix that reproduces it, as a script.
// Usage: mmvis-stress [--seed N] [--seeds K] [--commands M] [--ram SIZE] [--quiet]
#include "dbg/commandline.h"
#include "dbg/console.h"
#include "sim/invariantchecker.h"
#include "sim/simulator.h"

#include <chrono>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <string>
#include <vector>

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
        static const char* const junk[]
            = {"alloc", "alloc 0 -5", "spawn", "switch nobody.exe", "protect 0 0 PAGE_BOGUS", "read zz", "write 10000",
                "map nosuch", "section", "section x file", "fork", "trim", "!pte", "frobnicate 1 2 3",
                "alloc 0 0n99999999999", "dd 10000 L", "free", "exit System", "\x01\x02\xff"};
        return junk[r.below(sizeof junk / sizeof junk[0])];
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

Outcome run(uint64_t seed, uint32_t commands, uint64_t ramBytes)
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
    for (uint32_t i = 0; i < commands; ++i) {
        const std::string line = generator.next();
        out.script.push_back(line);
        // A refused command changes nothing: no event (every change appends one; a stop
        // in kernel mode records the fault that led to it), and for a sample of them, not
        // a bit of the machine's memory or page tables either (the TLB may differ).
        const uint64_t eventsBefore = sim->events().lastSeq();
        const bool fullCheck = random.chance(5);
        const auto scope = sim::Simulator::HashScope::Architectural;
        const uint64_t hashBefore = fullCheck ? sim->stateHash(scope) : 0;
        const auto result = console.execute(line);
        const bool stop = result.error.rfind("*** STOP", 0) == 0;
        if (!result.ok && !result.changedState
            && ((!stop && sim->events().lastSeq() != eventsBefore)
                || (fullCheck && sim->stateHash(scope) != hashBefore))) {
            out.ok = false;
            out.failure = "a refused command changed the machine: " + result.error;
            return out;
        }
        const auto violations = sim::checkInvariants(*sim, 3);
        if (!violations.empty()) {
            out.ok = false;
            out.failure = "invariant violated: " + violations.front();
            return out;
        }
    }
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
        } else if (arg == "--quiet")
            quiet = true;
        else {
            std::fprintf(stderr,
                "usage: mmvis-stress [--seed N] [--seeds K] [--commands M] [--ram SIZE] [--quiet]\n"
                "  runs K seeds from N, M random commands each, checking the invariants after every command\n");
            return 2;
        }
    }
    int failures = 0;
    uint64_t total = 0;
    const auto start = std::chrono::steady_clock::now();
    for (uint64_t s = seed; s < seed + seeds; ++s) {
        const Outcome o = run(s, commands, ram);
        total += o.script.size();
        if (o.ok) {
            if (!quiet)
                std::printf("seed %llu: %u commands, invariants held\n", static_cast<unsigned long long>(s), commands);
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
    const double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    std::printf("%llu commands in %.1f s (%.0f commands/s, invariants checked after each), %d failing seed%s\n",
        static_cast<unsigned long long>(total), seconds, total / std::max(seconds, 1e-9), failures,
        failures == 1 ? "" : "s");
    return failures ? 1 : 0;
}

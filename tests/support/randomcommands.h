#pragma once
// Seeded random command sequences for the randomized runs (mmvis-stress, the checkpoint
// tests): valid commands built from what exists, and malformed ones that must be refused.
#include "dbg/commandline.h"
#include "sim/simulator.h"

#include <cstdint>
#include <cstdio>
#include <string>
#include <vector>

namespace mm::testing {

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

inline std::string hex(uint64_t v)
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
        if (roll < 880) {
            static const char* const inspect[] = {"!memusage", "!vad", "!wsle", "!vm", "!process 0 0", "!ca 0"};
            if (r.chance(50))
                return inspect[r.below(6)];
            return (r.chance(50) ? "!pte " : "dd ") + hex(address());
        }
        if (roll < 900) {
            // Time travel: back a little, to a position (some beyond the end), forward again.
            static const char* const travel[] = {"t-", "t-", "t-", "t", "g", ".hash", "!tt"};
            if (r.chance(3))
                return "g-";
            if (r.chance(30))
                return "!tt " + std::to_string(r.below(m_travelRange));
            return travel[r.below(7)];
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
    uint32_t m_travelRange = 400; // !tt positions are drawn below this
};

} // namespace mm::testing

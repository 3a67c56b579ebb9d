// mmvis-bench: figures for the simulation core, each speed beside a plain native baseline
// measured in the same run. Usage: mmvis-bench [--quick]
#include "dbg/console.h"
#include "hw/mmu.h"
#include "hw/physicalmemory.h"
#include "hw/pte.h"
#include "mm/mmpfn.h"
#include "sim/simulator.h"

#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

#include <chrono>
#include <cstdio>
#include <cstring>
#include <memory>
#include <string>
#include <vector>

using namespace mm;
using Clock = std::chrono::steady_clock;

namespace {

volatile uint32_t g_sink; // keeps the measured loops from being optimised away

double secondsSince(Clock::time_point start)
{
    return std::chrono::duration<double>(Clock::now() - start).count();
}

void printRate(const char* what, double simulated, double native, const char* unit)
{
    std::printf("%-34s %12.0f %s/s   native baseline %13.0f %s/s   ratio %6.1fx slower\n", what, simulated, unit,
        native, unit, native / simulated);
}

// 4 MB of user pages mapped 1:1 behind one page table, for the MMU figures.
struct MappedMachine {
    static constexpr uint32_t kPages = 1024;
    hw::PhysicalMemory memory {kPages + 2};
    hw::Mmu mmu {memory};
    MappedMachine()
    {
        const uint32_t pd = kPages << 12;
        const uint32_t pt = (kPages + 1) << 12;
        memory.write32(pd, pt | hw::pte::ValidUserPde);
        for (uint32_t i = 0; i < kPages; ++i)
            memory.write32(pt + i * 4, (i << 12) | hw::pte::ValidUserPde);
        for (uint32_t i = 0; i < kPages; ++i)
            memory.write32((i << 12) + 0x10, i);
        mmu.loadCr3(pd);
        mmu.enablePaging();
    }
};

void benchTlbHits(uint64_t n)
{
    MappedMachine m;
    std::vector<uint8_t> native(16 * hw::kPageSize);
    for (uint32_t i = 0; i < 16; ++i)
        std::memcpy(&native[i * hw::kPageSize + 0x10], &i, 4);

    uint32_t sum = 0;
    auto start = Clock::now();
    for (uint64_t i = 0; i < n; ++i) {
        const uint32_t va = ((i & 15) << 12) + 0x10; // 16 pages: always in the TLB
        sum += *m.mmu.read32(va, hw::Mode::User);
    }
    const double simulated = double(n) / secondsSince(start);
    g_sink = sum;

    sum = 0;
    start = Clock::now();
    for (uint64_t i = 0; i < n; ++i) {
        uint32_t v;
        std::memcpy(&v, &native[((i & 15) << 12) + 0x10], 4);
        sum += v;
    }
    const double baseline = double(n) / secondsSince(start);
    g_sink = sum;
    printRate("simulated accesses (TLB hits)", simulated, baseline, "accesses");
}

void benchPageWalks(uint64_t n)
{
    MappedMachine m;
    // Native two-level walk over host arrays with the same shape.
    std::vector<uint32_t> pd(1024, 0), pt(1024);
    std::vector<uint32_t> frames(MappedMachine::kPages * 1024);
    pd[0] = 1;
    for (uint32_t i = 0; i < 1024; ++i) {
        pt[i] = i;
        frames[i * 1024 + 4] = i;
    }

    uint32_t sum = 0;
    auto start = Clock::now();
    const uint64_t missesBefore = m.mmu.tlbMisses();
    for (uint64_t i = 0; i < n; ++i) {
        // Pages 64 apart share a slot of the direct-mapped TLB, so every access walks.
        const uint32_t va = (((i * 64) + (i >> 4)) & 1023) << 12 | 0x10;
        sum += *m.mmu.read32(va, hw::Mode::User);
    }
    const double simulated = double(n) / secondsSince(start);
    const double missRate = double(m.mmu.tlbMisses() - missesBefore) / double(n);
    g_sink = sum;

    sum = 0;
    start = Clock::now();
    for (uint64_t i = 0; i < n; ++i) {
        const uint32_t va = (((i * 64) + (i >> 4)) & 1023) << 12 | 0x10;
        const uint32_t table = pd[va >> 22];
        const uint32_t frame = pt[(va >> 12) & 1023] + table - 1;
        sum += frames[frame * 1024 + ((va & 0xFFF) >> 2)];
    }
    const double baseline = double(n) / secondsSince(start);
    g_sink = sum;
    printRate("page walks (TLB misses)", simulated, baseline, "walks");
    std::printf("%-34s %12.1f %%\n", "  TLB miss rate in that loop", missRate * 100.0);
}

void benchSpawnExit(int pairs)
{
    sim::SimulatorConfig config;
    auto sim = sim::Simulator::create(config);
    dbg::Console console(*sim);
    console.execute("zero");
    auto start = Clock::now();
    for (int i = 0; i < pairs; ++i) {
        if (!console.execute("spawn bench.exe").ok || !console.execute("exit bench.exe").ok) {
            std::printf("spawn/exit failed\n");
            return;
        }
        if ((i & 1023) == 1023)
            console.execute("zero");
    }
    const double simulated = double(pairs) / secondsSince(start);

    // Native: what the work amounts to without simulation: zero three pages, copy 512 PDEs.
    std::vector<uint8_t> pages(3 * hw::kPageSize);
    std::vector<uint32_t> parent(1024, 0x163);
    start = Clock::now();
    for (int i = 0; i < pairs; ++i) {
        std::memset(pages.data(), 0, pages.size());
        std::memcpy(pages.data() + 0x800, parent.data() + 512, 512 * 4);
        g_sink = pages[0x900 + (i & 255)];
    }
    const double baseline = double(pairs) / secondsSince(start);
    printRate("spawn + exit pairs", simulated, baseline, "pairs");
}

long peakRssKb()
{
    rusage usage {};
    getrusage(RUSAGE_SELF, &usage);
    return usage.ru_maxrss;
}

// Runs in a child process so that its peak is its own.
void benchPeakMemory()
{
    int fds[2];
    if (pipe(fds) != 0)
        return;
    std::fflush(stdout); // or the child prints the parent's buffered lines again
    const pid_t child = fork();
    if (child == 0) {
        close(fds[0]);
        long figures[4] = {};
        sim::SimulatorConfig config;
        config.ramBytes = 4ull << 30;
        auto start = Clock::now();
        auto sim = sim::Simulator::create(config);
        const double bootSeconds = secondsSince(start);
        figures[0] = peakRssKb();
        dbg::Console console(*sim);
        for (int i = 0; i < 100; ++i)
            console.execute("spawn p" + std::to_string(i) + ".exe");
        figures[1] = peakRssKb();
        start = Clock::now();
        console.execute("zero");
        const double zeroSeconds = secondsSince(start);
        figures[2] = peakRssKb();
        figures[3] = static_cast<long>(sim->events().size());
        std::printf("%-34s %12.2f s\n", "boot at --ram 4G", bootSeconds);
        std::printf("%-34s %12.2f s   (1,048,576 frames)\n", "zero page thread over all of RAM", zeroSeconds);
        std::fflush(stdout);
        if (write(fds[1], figures, sizeof figures) != sizeof figures)
            _exit(1);
        _exit(0);
    }
    close(fds[1]);
    long figures[4] = {};
    const bool ok = read(fds[0], figures, sizeof figures) == sizeof figures;
    close(fds[0]);
    waitpid(child, nullptr, 0);
    if (!ok)
        return;
    std::printf("%-34s %12.1f MB\n", "peak memory at --ram 4G, booted", figures[0] / 1024.0);
    std::printf("%-34s %12.1f MB\n", "  with 100 processes", figures[1] / 1024.0);
    std::printf("%-34s %12.1f MB   (event log: %ld events of %zu bytes)\n", "  after zeroing all free pages",
        figures[2] / 1024.0, figures[3], sizeof(sim::Event));
}

} // namespace

int main(int argc, char** argv)
{
    const bool quick = argc > 1 && std::strcmp(argv[1], "--quick") == 0;
    const uint64_t n = quick ? 2'000'000 : 50'000'000;
    std::printf("mmvis-bench%s\n", quick ? " (quick)" : "");
    std::printf("%-34s %12zu bytes (NT 4.0: 24)\n", "PFN database entry", sizeof(MmPfn));
    benchTlbHits(n);
    benchPageWalks(n / 2);
    benchSpawnExit(quick ? 2000 : 20000);
    benchPeakMemory();
    return 0;
}

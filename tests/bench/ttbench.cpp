// mmvis-ttbench: time travel figures. A session of random commands (as mmvis-stress makes
// them) is recorded, then the machine goes to random positions; the figures are the
// median and slowest time to reach a position, and the memory the checkpoints cost:
// peak RSS of the same session recorded with and without checkpoints (each in its own
// process, measured before any going back). Usage: mmvis-ttbench [--quick] [--every N]
// (N: positions between checkpoints)
#include "dbg/session.h"
#include "dbg/sessionfile.h"
#include "sim/simulator.h"
#include "support/randomcommands.h"

#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <fstream>
#include <iterator>
#include <string>
#include <vector>

using namespace mm;
using Clock = std::chrono::steady_clock;

namespace {

struct Figures {
    long peakKb = 0;
    double recordSeconds = 0;
    double medianGoToMs = 0;
    double slowestGoToMs = 0;
    double meanReplayed = 0;
    size_t checkpoints = 0;
    size_t positions = 0;
    double saveMs = 0;
    double openMs = 0;
    size_t fileBytes = 0;
};

// Records `positions` commands that change the machine (the generator's time travel and
// looking commands are left out), then, when measuring, goes to 31 random positions.
Figures record(uint64_t ramBytes, size_t positions, size_t checkpointEvery, bool measureGoTo)
{
    Figures f;
    sim::SimulatorConfig config;
    config.ramBytes = ramBytes;
    config.maxProcesses = 64;
    auto sim = sim::Simulator::create(config);
    dbg::Session session(*sim, checkpointEvery);
    testing::Random random(2026);
    testing::Generator generator(random, *sim);
    const auto start = Clock::now();
    while (session.end() < positions) {
        const std::string line = generator.next();
        if (line.rfind("t", 0) == 0 || line.rfind("g", 0) == 0 || line.rfind("!tt", 0) == 0)
            continue;
        session.execute(line);
    }
    f.recordSeconds = std::chrono::duration<double>(Clock::now() - start).count();
    f.positions = session.end();
    f.checkpoints = session.checkpointCount();
    // The peak so far: the recorded session, before any going back (which copies what the
    // replays write, and happens in one of the two runs only).
    rusage usage {};
    getrusage(RUSAGE_SELF, &usage);
    f.peakKb = usage.ru_maxrss;
    if (measureGoTo) {
        // Saving (the file's text, written) and opening (read, parsed, booted, replayed,
        // the hash checked), each the median of three.
        const std::string path = "/tmp/mmvis-ttbench-" + std::to_string(getpid()) + ".mmvis";
        std::vector<double> save;
        std::vector<double> open;
        for (int i = 0; i < 3; ++i) {
            auto t0 = Clock::now();
            const std::string text = dbg::formatSessionFile(session);
            std::ofstream(path, std::ios::binary) << text;
            save.push_back(std::chrono::duration<double, std::milli>(Clock::now() - t0).count());
            f.fileBytes = text.size();
            t0 = Clock::now();
            std::ifstream in(path, std::ios::binary);
            const std::string read((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
            dbg::SessionFile file;
            dbg::OpenedSession opened;
            std::string error;
            if (!dbg::parseSessionFile(read, &file, &error) || !dbg::openSessionFile(file, &opened, &error))
                std::fprintf(stderr, "mmvis-ttbench: the saved session does not open: %s\n", error.c_str());
            open.push_back(std::chrono::duration<double, std::milli>(Clock::now() - t0).count());
        }
        std::remove(path.c_str());
        std::sort(save.begin(), save.end());
        std::sort(open.begin(), open.end());
        f.saveMs = save[1];
        f.openMs = open[1];

        std::vector<double> ms;
        double replayed = 0;
        testing::Random where(7);
        for (int i = 0; i < 31; ++i) {
            const size_t target = where.below(static_cast<uint32_t>(session.end() + 1));
            size_t count = 0;
            const auto t0 = Clock::now();
            session.goTo(target, [&](size_t done, size_t) { count = done; });
            ms.push_back(std::chrono::duration<double, std::milli>(Clock::now() - t0).count());
            replayed += double(count);
        }
        std::sort(ms.begin(), ms.end());
        f.medianGoToMs = ms[ms.size() / 2];
        f.slowestGoToMs = ms.back();
        f.meanReplayed = replayed / double(ms.size());
    }
    return f;
}

// In a child process, so that its peak memory is its own.
Figures inChild(uint64_t ramBytes, size_t positions, size_t checkpointEvery, bool measureGoTo)
{
    int fds[2];
    Figures f;
    if (pipe(fds) != 0)
        return f;
    std::fflush(stdout);
    const pid_t child = fork();
    if (child == 0) {
        close(fds[0]);
        const Figures mine = record(ramBytes, positions, checkpointEvery, measureGoTo);
        if (write(fds[1], &mine, sizeof mine) != sizeof mine)
            _exit(1);
        _exit(0);
    }
    close(fds[1]);
    if (read(fds[0], &f, sizeof f) != sizeof f)
        f = {};
    close(fds[0]);
    waitpid(child, nullptr, 0);
    return f;
}

size_t g_every = dbg::Session::kCheckpointEvery;

void run(const char* label, uint64_t ramBytes, size_t positions)
{
    const Figures with = inChild(ramBytes, positions, g_every, true);
    const Figures without = inChild(ramBytes, positions, static_cast<size_t>(-1), false);
    std::printf("%s: %zu positions recorded in %.1f s (%.0f commands/s), %zu checkpoints\n", label, with.positions,
        with.recordSeconds, double(with.positions) / with.recordSeconds, with.checkpoints);
    std::printf("  go to a random position         median %8.1f ms   slowest %8.1f ms   (%.0f commands replayed on "
                "average)\n",
        with.medianGoToMs, with.slowestGoToMs, with.meanReplayed);
    std::printf("  peak memory                     %8.1f MB with checkpoints, %8.1f MB without: %+.1f %%\n",
        with.peakKb / 1024.0, without.peakKb / 1024.0,
        100.0 * double(with.peakKb - without.peakKb) / double(without.peakKb));
    std::printf("  save the session                %8.1f ms (%.1f MB)   open it %8.1f ms\n", with.saveMs,
        double(with.fileBytes) / (1 << 20), with.openMs);
}

} // namespace

int main(int argc, char** argv)
{
    bool quick = false;
    for (int i = 1; i < argc; ++i) {
        if (std::strcmp(argv[i], "--quick") == 0)
            quick = true;
        else if (std::strcmp(argv[i], "--every") == 0 && i + 1 < argc)
            g_every = std::strtoul(argv[++i], nullptr, 10);
    }
    std::printf("mmvis-ttbench%s\n", quick ? " (quick)" : "");
    run("128 MB", 128ull << 20, quick ? 10'000 : 100'000);
    run("4 GB", 4ull << 30, quick ? 2'000 : 100'000);
    return 0;
}

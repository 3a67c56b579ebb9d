// Virtual memory behaviour: the VAD tree, every fault kind, data kept safe through every
// trip out of memory, commit, guard pages, access violations, protection and exit.
#include "dbg/console.h"
#include "mm/ntstatus.h"
#include "mm/vadtree.h"
#include "sim/invariantchecker.h"
#include "sim/simulator.h"
#include "support/testmachine.h"

#include <QTest>

#include <cmath>
#include <random>

using namespace mm;
using testing::boot;

namespace {
struct Fixture {
    std::unique_ptr<sim::Simulator> sim;
    std::unique_ptr<dbg::Console> console;
    explicit Fixture(uint64_t megabytes)
        : sim(boot(megabytes))
        , console(std::make_unique<dbg::Console>(*sim))
    {
    }
    std::string run(const std::string& line)
    {
        const auto r = console->execute(line);
        if (!r.ok)
            qFatal("command failed: %s: %s", line.c_str(), r.error.c_str());
        // The invariant checker runs after every command of these tests.
        const auto violations = sim::checkInvariants(*sim);
        if (!violations.empty())
            qFatal("after %s: %s", line.c_str(), violations.front().c_str());
        return r.output;
    }
    uint32_t read(uint32_t va)
    {
        const std::string out = run("read " + hex(va));
        char prefix[16];
        std::snprintf(prefix, sizeof prefix, "%08x: ", va);
        const auto at = out.find(prefix);
        if (at == std::string::npos)
            qFatal("no value in: %s", out.c_str());
        return static_cast<uint32_t>(std::stoul(out.substr(at + 10, 8), nullptr, 16));
    }
    static std::string hex(uint64_t v)
    {
        char buf[24];
        std::snprintf(buf, sizeof buf, "%llx", static_cast<unsigned long long>(v));
        return buf;
    }
    uint32_t count(PageLocation l) const { return sim->pfnDatabase().count(l); }
    void checkInvariants() const { QCOMPARE(sim::checkInvariants(*sim), std::vector<std::string> {}); }
};

bool contains(const std::string& text, const char* what)
{
    return text.find(what) != std::string::npos;
}
} // namespace

class TestVirtualMemory : public QObject {
    Q_OBJECT
private slots:
    void vadTreeStaysBalanced()
    {
        VadTree tree;
        std::mt19937 random(7);
        std::vector<uint32_t> starts;
        for (uint32_t i = 0; i < 1000; ++i)
            starts.push_back(0x10 + i * 16);
        std::shuffle(starts.begin(), starts.end(), random);
        for (uint32_t s : starts) {
            auto v = std::make_unique<Vad>();
            v->startingVpn = s;
            v->endingVpn = s + 7;
            tree.insert(std::move(v));
        }
        QCOMPARE(tree.size(), size_t(1000));
        // An AVL tree of n nodes is at most 1.44 log2(n) deep.
        QVERIFY(tree.maximumDepth() <= int(1.45 * std::log2(1000.0)));
        uint32_t previous = 0;
        tree.forEach([&](const Vad& v, int, const Vad*) {
            QVERIFY(v.startingVpn > previous || previous == 0);
            previous = v.startingVpn;
        });
        QCOMPARE(tree.find(0x10 + 5 * 16 + 3)->startingVpn, 0x10u + 5 * 16);
        QVERIFY(!tree.find(0x10 + 5 * 16 + 9)); // in the gap after a VAD
        QCOMPARE(tree.findOverlap(0x10 + 5 * 16 + 9, 0x10 + 7 * 16)->startingVpn, 0x10u + 6 * 16);
        // Remove every other one; the rest stay findable and balanced.
        for (uint32_t i = 0; i < 1000; i += 2)
            QVERIFY(tree.remove(tree.find(0x10 + i * 16)));
        QCOMPARE(tree.size(), size_t(500));
        QVERIFY(tree.maximumDepth() <= int(1.45 * std::log2(500.0)));
        QVERIFY(!tree.find(0x10));
        QVERIFY(tree.find(0x10 + 16));
        // The first free 64 KB-aligned range of 32 pages: where the removed VADs were is too small.
        QCOMPARE(tree.findFree(16, 0x10, 0x7FFEF), std::optional<uint32_t>(0x10));
        QCOMPARE(tree.findFree(17, 0x10, 0x7FFEF), std::optional<uint32_t>(0x10 + 1000 * 16));
    }

    // MiFindEmptyAddressRange walks the VADs from the lowest up; the tree skips subtrees
    // with no room. Over random insertions and removals it finds what the walk finds.
    void findFreeIsTheFirstFitFromTheBottom()
    {
        std::mt19937 random(5);
        mm::VadTree tree;
        std::vector<std::pair<uint32_t, uint32_t>> ranges; // what the tree holds
        for (int step = 0; step < 20000; ++step) {
            if (random() % 3 < 2 || ranges.empty()) {
                const uint32_t start = 0x10 + random() % 4000;
                const uint32_t last = start + random() % 40;
                if (!tree.findOverlap(start, last)) {
                    auto vad = std::make_unique<Vad>();
                    vad->startingVpn = start;
                    vad->endingVpn = last;
                    tree.insert(std::move(vad));
                    ranges.insert(
                        std::lower_bound(ranges.begin(), ranges.end(), std::pair(start, last)), {start, last});
                }
            } else {
                const size_t i = random() % ranges.size();
                tree.remove(tree.find(ranges[i].first));
                ranges.erase(ranges.begin() + long(i));
            }
            const uint32_t pages = 1 + random() % 60;
            const uint32_t low = 0x10 + random() % 200;
            const uint32_t high = 3000 + random() % 2000;
            auto alignUp = [](uint64_t v) {
                return (v + kAllocationGranularity - 1) / kAllocationGranularity * kAllocationGranularity;
            };
            uint64_t candidate = alignUp(low);
            for (const auto& [first, last] : ranges) {
                if (candidate + pages <= first)
                    break;
                if (last + 1ull > candidate)
                    candidate = alignUp(last + 1ull);
            }
            const auto expected
                = candidate + pages - 1 > high ? std::nullopt : std::optional<uint32_t>(uint32_t(candidate));
            QCOMPARE(tree.findFree(pages, low, high), expected);
        }
    }

    void allocationGranularityAndConflicts()
    {
        Fixture f(16);
        f.run("spawn a.exe");
        f.run("switch a.exe");
        // What the new process is charged already: its images' copy-on-write pages.
        const uint32_t images = f.sim->processes().findByImage("a.exe").front()->vm.commitCharge;
        QCOMPARE(images, 6u);
        // The reservation starts at the 64 KB boundary below 12345 and ends with the page of 13344.
        QVERIFY(contains(f.run("alloc 12345 1000"), "BaseAddress 00010000 RegionSize 00004000"));
        QVERIFY(contains(f.run("alloc 11000 1000"), "STATUS_CONFLICTING_ADDRESSES"));
        QVERIFY(contains(f.run("alloc 0 1"), "BaseAddress 00020000 RegionSize 00001000"));
        QVERIFY(contains(f.run("alloc 0 40000 reserve"), "BaseAddress 00030000 RegionSize 00040000"));
        QVERIFY(contains(f.run("alloc 31000 2000 commit"), "BaseAddress 00031000 RegionSize 00002000"));
        QVERIFY(contains(f.run("alloc 80000 1000 commit"), "STATUS_CONFLICTING_ADDRESSES"));
        const ps::Process& a = *f.sim->processes().findByImage("a.exe").front();
        QCOMPARE(a.vm.commitCharge, images + 4u + 1u + 2u);
        QVERIFY(contains(f.run("free 30000 0 release"), "MEM_RELEASE"));
        QCOMPARE(a.vm.commitCharge, images + 5u);
        f.checkInvariants();
    }

    // Distinct values in many pages go through every trip out of memory (Modified, the
    // paging file, Standby, repurposed, read back) and come back unchanged.
    void dataSurvivesPaging()
    {
        Fixture f(8);
        f.run("spawn a.exe");
        f.run("spawn b.exe");
        f.run("switch a.exe");
        const uint32_t pages = 2500; // more than the machine's 2048 frames
        f.run("alloc 1000000 " + Fixture::hex(pages * 0x1000));
        for (uint32_t i = 0; i < pages; ++i)
            f.run(
                "write " + Fixture::hex(0x1000000 + i * 0x1000 + (i % 1000) * 4) + " " + Fixture::hex(0xA0000000 + i));
        f.checkInvariants();
        const auto& files = f.sim->memoryManager().pagingFiles();
        QVERIFY(files[0].used() > 0); // pages went out to the paging file

        // Another process takes memory: a's Standby pages are repurposed, and its fresh
        // pages read zero although their frames held a's data.
        f.run("switch b.exe");
        f.run("alloc 1000000 400000");
        uint32_t fromStandby = 0;
        for (uint32_t i = 0; i < 1024; ++i) {
            const std::string out = f.run("read " + Fixture::hex(0x1000000 + i * 0x1000));
            fromStandby += contains(out, "demand zero -> MiResolveDemandZeroFault") && contains(out, "Standby list");
            QVERIFY2(contains(out, ": 00000000"), out.c_str());
        }
        QVERIFY(fromStandby > 100);

        // Back in a: every value reads back, through hard faults and soft ones.
        f.run("switch a.exe");
        uint32_t hard = 0;
        uint32_t soft = 0;
        for (uint32_t i = 0; i < pages; ++i) {
            const std::string out = f.run("read " + Fixture::hex(0x1000000 + i * 0x1000 + (i % 1000) * 4));
            hard += contains(out, "page file (hard fault)");
            soft += contains(out, "transition (soft fault)");
            char expected[32];
            std::snprintf(expected, sizeof expected, ": %08x\n", 0xA0000000 + i);
            QVERIFY2(contains(out, expected), out.c_str());
        }
        QVERIFY(hard > 100);
        f.checkInvariants();

        // A soft fault from Standby, explicitly: trim, then touch before anything reuses it.
        f.run("trim a.exe all");
        f.run("modwrite");
        QVERIFY(f.count(PageLocation::Standby) > 0);
        const std::string out
            = f.run("read " + Fixture::hex(0x1000000 + (pages - 1) * 0x1000 + ((pages - 1) % 1000) * 4));
        QVERIFY2(contains(out, "transition (soft fault)") && contains(out, "Standby list"), out.c_str());
        f.checkInvariants();

        // Exit returns every page and every paging-file slot.
        f.run("switch System");
        f.run("exit a.exe");
        f.run("exit b.exe");
        QCOMPARE(files[0].used(), 0u);
        QCOMPARE(f.count(PageLocation::Standby) + f.count(PageLocation::Modified), 0u);
        f.checkInvariants();
    }

    void commitLimit()
    {
        Fixture f(16);
        f.run("spawn a.exe");
        f.run("switch a.exe");
        const uint64_t hash = f.sim->stateHash();
        // RAM + paging file (16 MB + 28 MB) cannot hold 64 MB of committed memory.
        QVERIFY(contains(f.run("alloc 0 64M"), "STATUS_COMMITMENT_LIMIT"));
        QCOMPARE(f.sim->stateHash(), hash);
        const std::string reserved = f.run("alloc 0 64M reserve");
        QVERIFY(contains(reserved, "BaseAddress"));
        // Committing all of the reservation is refused the same way.
        const std::string base = reserved.substr(reserved.find("BaseAddress ") + 12, 8);
        QVERIFY(contains(f.run("alloc " + base + " 64M commit"), "STATUS_COMMITMENT_LIMIT"));
        f.checkInvariants();
    }

    void guardPage()
    {
        Fixture f(16);
        f.run("spawn a.exe");
        f.run("switch a.exe");
        f.run("alloc 10000 2000 reserve,commit PAGE_GUARD|PAGE_READWRITE");
        QVERIFY(contains(f.run("read 10000"), "STATUS_GUARD_PAGE_VIOLATION"));
        QVERIFY(contains(f.run("read 10000"), ": 00000000"));
        QVERIFY(contains(f.run("write 11000 5"), "STATUS_GUARD_PAGE_VIOLATION"));
        QVERIFY(!contains(f.run("write 11000 5"), "STATUS"));
        QCOMPARE(f.read(0x11000), 5u);
        f.checkInvariants();
    }

    void accessViolationsChangeNothing_data()
    {
        QTest::addColumn<QString>("line");
        QTest::addColumn<QString>("reason");
        QTest::newRow("no VAD") << "read 500000"
                                << "no VAD";
        QTest::newRow("reserved") << "read 40000"
                                  << "reserved but not committed";
        QTest::newRow("no access") << "read 20000"
                                   << "PAGE_NOACCESS";
        QTest::newRow("read-only, no page table yet") << "write 60000 1"
                                                      << "read-only";
        QTest::newRow("read-only, page table present") << "write 61000 1"
                                                       << "read-only";
        QTest::newRow("decommitted") << "read 12000"
                                     << "decommitted";
        QTest::newRow("kernel address") << "read 80001000"
                                        << "system address";
        QTest::newRow("top of user space") << "read 7fff0000"
                                           << "no VAD";
    }
    void accessViolationsChangeNothing()
    {
        QFETCH(QString, line);
        QFETCH(QString, reason);
        Fixture f(16);
        f.run("spawn a.exe");
        f.run("switch a.exe");
        f.run("alloc 10000 4000");
        f.run("read 10000");
        f.run("free 12000 1000 decommit");
        f.run("alloc 20000 1000 reserve,commit PAGE_NOACCESS");
        f.run("alloc 40000 10000 reserve");
        f.run("alloc 60000 2000 reserve,commit PAGE_READONLY");
        f.run("read 60000");
        // The kernel reads the PDE and PTE through the self-map, which may fill the TLB;
        // nothing else may change.
        const uint64_t hash = f.sim->stateHash(sim::Simulator::HashScope::Architectural);
        const auto& vm = f.sim->processes().current().vm;
        const uint32_t faults = vm.pageFaultCount;
        const std::string out = f.run(line.toStdString());
        QVERIFY2(contains(out, "STATUS_ACCESS_VIOLATION"), out.c_str());
        QVERIFY2(contains(out, reason.toStdString().c_str()), out.c_str());
        QCOMPARE(f.sim->stateHash(sim::Simulator::HashScope::Architectural), hash);
        QCOMPARE(vm.pageFaultCount, faults);
        f.checkInvariants();
    }

    void protectionChanges()
    {
        Fixture f(16);
        f.run("spawn a.exe");
        f.run("switch a.exe");
        f.run("alloc 10000 3000");
        f.run("write 10000 11");
        QVERIFY(contains(f.run("protect 10000 3000 PAGE_READONLY"), "OldProtect PAGE_READWRITE"));
        QVERIFY(contains(f.run("write 10000 22"), "a write to a read-only page"));
        QVERIFY(contains(f.run("write 11000 22"), "a write to a read-only page"));
        QCOMPARE(f.read(0x10000), 0x11u);
        QVERIFY(contains(f.run("protect 10000 1000 PAGE_NOACCESS"), "OldProtect PAGE_READONLY"));
        QVERIFY(contains(f.run("read 10000"), "PAGE_NOACCESS"));
        QVERIFY(contains(f.run("protect 10000 1000 PAGE_READWRITE"), "OldProtect PAGE_NOACCESS"));
        QCOMPARE(f.read(0x10000), 0x11u); // the data stayed in memory (transition) all along
        QVERIFY(contains(f.run("protect 40000 1000 PAGE_READWRITE"), "STATUS_CONFLICTING_ADDRESSES"));
        f.checkInvariants();
    }

    void freshPagesAreZeroWhateverTheirFrameHeld()
    {
        // C2: a demand-zero page never shows another process's data.
        Fixture f(4);
        f.run("spawn a.exe");
        f.run("spawn b.exe");
        f.run("switch a.exe");
        f.run("alloc 1000000 100000");
        f.run("touch 1000000 100000 write");
        f.run("trim a.exe all");
        f.run("modwrite");
        f.run("switch b.exe");
        f.run("alloc 1000000 300000");
        const std::string out = f.run("touch 1000000 300000 read");
        QVERIFY2(contains(out, "768 completed"), out.c_str());
        for (uint32_t va = 0x1000000; va < 0x1300000; va += 0x10000)
            QCOMPARE(f.read(va), 0u);
        f.checkInvariants();
    }
};

QTEST_APPLESS_MAIN(TestVirtualMemory)
#include "tst_virtualmemory.moc"

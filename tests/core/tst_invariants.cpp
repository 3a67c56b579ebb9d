// The invariant checker: clean on every state the simulator reaches, and it does notice
// each kind of corruption it is meant to find.
#include "hw/pte.h"
#include "sim/invariantchecker.h"
#include "sim/simulator.h"

#include <QTest>

using namespace mm;

namespace {
std::unique_ptr<sim::Simulator> boot(uint64_t megabytes)
{
    sim::SimulatorConfig config;
    config.ramBytes = megabytes << 20;
    auto sim = sim::Simulator::create(config);
    if (!sim)
        qFatal("boot failed");
    return sim;
}

bool mentions(const std::vector<std::string>& violations, const char* text)
{
    for (const auto& v : violations) {
        if (v.find(text) != std::string::npos)
            return true;
    }
    return false;
}
} // namespace

class TestInvariants : public QObject {
    Q_OBJECT
private slots:
    void cleanThroughProcessLifecycles_data()
    {
        QTest::addColumn<int>("megabytes");
        QTest::newRow("4 MB") << 4;
        QTest::newRow("128 MB") << 128;
        QTest::newRow("768 MB (above KSEG0)") << 768;
    }
    void cleanThroughProcessLifecycles()
    {
        QFETCH(int, megabytes);
        auto sim = boot(megabytes);
        QCOMPARE(sim::checkInvariants(*sim), std::vector<std::string> {});
        auto& ps = sim->processes();
        std::string error;
        std::vector<ps::Process*> created;
        for (int i = 0; i < 6; ++i) {
            ps::Process& parent = created.empty() ? ps.system() : *created[size_t(i) / 2];
            created.push_back(ps.createProcess("p" + std::to_string(i) + ".exe", parent, &error));
            QVERIFY2(created.back(), error.c_str());
            QCOMPARE(sim::checkInvariants(*sim), std::vector<std::string> {});
        }
        ps.swapProcess(*created[3]);
        ps.runZeroPageThread(100);
        QCOMPARE(sim::checkInvariants(*sim), std::vector<std::string> {});
        QVERIFY(ps.exitProcess(*created[3], &error)); // the current process
        QVERIFY(ps.exitProcess(*created[0], &error)); // a parent whose children live on
        QCOMPARE(sim::checkInvariants(*sim), std::vector<std::string> {});
        ps.runZeroPageThread(0xFFFFFFFF);
        QCOMPARE(sim::checkInvariants(*sim), std::vector<std::string> {});
    }

    void detectsBrokenListLink()
    {
        auto sim = boot(16);
        PfnDatabase& db = sim->pfnDatabase();
        const hw::Pfn first = db.head(PageLocation::Free);
        const hw::Pfn second = db[first].u1;
        db[second].u2 = 0x123; // blink no longer points back
        QVERIFY(mentions(sim::checkInvariants(*sim), "blink"));
    }

    void detectsFrameInStateButOnNoList()
    {
        auto sim = boot(16);
        PfnDatabase& db = sim->pfnDatabase();
        const hw::Pfn pfn = db.head(PageLocation::Free);
        db.unlink(pfn);
        db.setLocation(pfn, PageLocation::Standby);
        const auto v = sim::checkInvariants(*sim);
        QVERIFY(mentions(v, "on no list"));
        QVERIFY(mentions(v, "Free list head counts") || mentions(v, "Standby count"));
    }

    void detectsWrongShareCount()
    {
        auto sim = boot(16);
        const hw::Pfn pd = sim->processes().system().vm.pages.pageDirectory;
        ++sim->pfnDatabase()[pd].u2;
        QVERIFY(mentions(sim::checkInvariants(*sim), "share count"));
    }

    void detectsPteAddressMismatch()
    {
        auto sim = boot(16);
        const hw::Pfn ws = sim->processes().system().vm.pages.workingSetPage;
        sim->pfnDatabase()[ws].pteAddress = 0xC0301400;
        QVERIFY(mentions(sim::checkInvariants(*sim), "PTE address"));
    }

    void detectsDivergentSystemPde()
    {
        auto sim = boot(16);
        std::string error;
        ps::Process* p = sim->processes().createProcess("a.exe", sim->processes().system(), &error);
        QVERIFY(p);
        // Clear one KSEG0 PDE in the child's directory, behind the memory manager's back.
        sim->memory().write32(p->directoryTableBase[0] + 0x200 * 4, 0);
        QVERIFY(mentions(sim::checkInvariants(*sim), "system PDE 200"));
    }

    void detectsBrokenSelfMap()
    {
        auto sim = boot(16);
        const uint32_t pd = sim->processes().system().directoryTableBase[0];
        sim->memory().write32(pd + 0x300 * 4, pd | hw::pte::ValidKernelPteGlobal); // a global self-map is wrong
        QVERIFY(mentions(sim::checkInvariants(*sim), "PDE 300"));
    }

    void detectsCr3Mismatch()
    {
        auto sim = boot(16);
        std::string error;
        ps::Process* p = sim->processes().createProcess("a.exe", sim->processes().system(), &error);
        QVERIFY(p);
        sim->mmu().loadCr3(p->directoryTableBase[0]); // behind KiSwapProcess's back
        QVERIFY(mentions(sim::checkInvariants(*sim), "CR3"));
    }
};

QTEST_APPLESS_MAIN(TestInvariants)
#include "tst_invariants.moc"

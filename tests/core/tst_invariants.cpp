// The invariant checker: clean on every state the simulator reaches, and it does notice
// each kind of corruption it is meant to find.
#include "dbg/console.h"
#include "hw/pte.h"
#include "sim/invariantchecker.h"
#include "sim/simulator.h"
#include "support/randomcommands.h"
#include "support/testmachine.h"

#include <map>

#include <QTest>

using namespace mm;
using testing::boot;

namespace {
bool mentions(const std::vector<std::string>& violations, const char* text)
{
    for (const auto& v : violations) {
        if (v.find(text) != std::string::npos)
            return true;
    }
    return false;
}
// A process with pages in every state: valid, transition (trimmed) and in the paging
// file (trimmed, written by the modified page writer, then repurposed for another process).
struct PagedOut {
    std::unique_ptr<sim::Simulator> sim;
    ps::Process* a = nullptr;
};
PagedOut pagedOut()
{
    PagedOut r {boot(4)};
    dbg::Console console(*r.sim);
    for (const char* line : {"spawn a.exe", "switch a.exe", "alloc 0 40000", "touch 10000 40000 write",
             "trim a.exe all", "modwrite", "spawn b.exe", "switch b.exe", "alloc 0 180000", "touch 10000 180000 write",
             "switch a.exe", "read 10000"}) {
        const auto result = console.execute(line);
        if (!result.ok)
            qFatal("%s: %s", line, result.error.c_str());
    }
    for (const auto& p : r.sim->processes().processes()) {
        if (p->imageName == "a.exe")
            r.a = p.get();
    }
    return r;
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
        mm::status::Refusal error;
        std::vector<ps::Process*> created;
        for (int i = 0; i < 6; ++i) {
            ps::Process& parent = created.empty() ? ps.system() : *created[size_t(i) / 2];
            created.push_back(ps.createProcess("p" + std::to_string(i) + ".exe", parent, &error));
            QVERIFY2(created.back(), error.reason.c_str());
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

    // Every event that carries a value says what it is, and the value is one of those:
    // a control area exists at a ControlArea value, a Frame is in RAM, a paging-file
    // offset is inside the file, a pool address is in nonpaged pool, a Write flag is 0 or 1.
    void eventDetailsAreTyped()
    {
        auto sim = boot(8);
        dbg::Console console(*sim);
        testing::Random random(7);
        testing::Generator generator(random, *sim);
        for (int i = 0; i < 3000; ++i)
            console.execute(generator.next());
        const auto& log = sim->events();
        const auto& mm = sim->memoryManager();
        std::map<sim::Detail, int> seen;
        for (size_t i = 0; i < log.size(); ++i) {
            const sim::Event& e = log[i];
            if (e.kind != sim::EventKind::Call && e.kind != sim::EventKind::Status)
                continue;
            const std::string what = sim::formatTraceLine(e) + " (" + sim::detailName(e.detail) + ")";
            QVERIFY2(e.value == 0 || e.detail != sim::Detail::None, what.c_str());
            ++seen[e.detail];
            switch (e.detail) {
            case sim::Detail::ControlArea:
                QVERIFY2(mm.findControlArea(e.value), what.c_str());
                break;
            case sim::Detail::Frame:
                QVERIFY2(e.value < sim->pfnDatabase().size(), what.c_str());
                break;
            case sim::Detail::PageFileOffset:
                QVERIFY2(e.value > 0 && e.value < mm.pagingFiles().front().size(), what.c_str());
                break;
            case sim::Detail::PoolAddress:
                QVERIFY2(e.value >= sim->layout().nonPagedPoolStart && e.value < SystemLayout::kNonPagedPoolEnd,
                    what.c_str());
                break;
            case sim::Detail::Write:
                QVERIFY2(e.value <= 1, what.c_str());
                break;
            default:
                break;
            }
        }
        // The script is long enough to produce each kind.
        for (auto d : {sim::Detail::ControlArea, sim::Detail::Frame, sim::Detail::PageFileOffset,
                 sim::Detail::PoolAddress, sim::Detail::Write, sim::Detail::Bytes, sim::Detail::Pages,
                 sim::Detail::WsleIndex, sim::Detail::Pte, sim::Detail::Status})
            QVERIFY2(seen[d] > 0, sim::detailName(d));
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
        mm::status::Refusal error;
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

    void detectsWorkingSetMismatch()
    {
        auto [sim, process] = pagedOut();
        QVERIFY(sim::checkInvariants(*sim).empty());
        ps::Process& a = *process;
        ++a.vm.workingSetSize;
        QVERIFY(mentions(sim::checkInvariants(*sim), "working set size"));
        --a.vm.workingSetSize;
        // A valid page that its working set list does not know about.
        const uint32_t pte = sim->memory().read32(
            hw::Mmu::walk(sim->memory(), a.directoryTableBase[0], 0xC0000000 + (0x10000 >> 10)).physical);
        QVERIFY(pte & hw::pte::Valid);
        const hw::Walk w = hw::Mmu::walk(sim->memory(), a.directoryTableBase[0], 0xC0000000 + (0x20000 >> 10));
        sim->memory().write32(w.physical, pte); // 00020000 now maps the same frame, valid
        QVERIFY(mentions(sim::checkInvariants(*sim), "00020000 is valid but not in the working set"));
    }

    void detectsPrivatePageAndCommitMismatch()
    {
        auto [sim, process] = pagedOut();
        ps::Process& a = *process;
        ++a.vm.privatePages;
        QVERIFY(mentions(sim::checkInvariants(*sim), "NumberOfPrivatePages"));
        --a.vm.privatePages;
        ++a.vm.commitCharge;
        QVERIFY(mentions(sim::checkInvariants(*sim), "commit charge"));
    }

    void detectsLostOrSharedPageFileSlot()
    {
        auto [sim, process] = pagedOut();
        ps::Process& a = *process;
        // Find a page-file PTE and copy it over a transition or page-file PTE next to it:
        // two PTEs then name one slot, and the other slot is named by nobody.
        const uint32_t dirBase = a.directoryTableBase[0];
        std::optional<hw::PhysicalAddress> first;
        std::optional<hw::PhysicalAddress> second;
        for (uint32_t va = 0x10000; va < 0x50000; va += 0x1000) {
            const hw::PhysicalAddress at = hw::Mmu::walk(sim->memory(), dirBase, 0xC0000000 + (va >> 10)).physical;
            if (hw::pte::classify(sim->memory().read32(at)) != hw::pte::Kind::PageFile)
                continue;
            (first ? second : first) = at;
            if (second)
                break;
        }
        QVERIFY(first && second);
        sim->memory().write32(*second, sim->memory().read32(*first));
        const auto v = sim::checkInvariants(*sim);
        QVERIFY(mentions(v, "both name page"));
        QVERIFY(mentions(v, "pages in use, PTEs and frames name"));
    }

    void detectsCr3Mismatch()
    {
        auto sim = boot(16);
        mm::status::Refusal error;
        ps::Process* p = sim->processes().createProcess("a.exe", sim->processes().system(), &error);
        QVERIFY(p);
        sim->mmu().loadCr3(p->directoryTableBase[0]); // behind KiSwapProcess's back
        QVERIFY(mentions(sim::checkInvariants(*sim), "CR3"));
    }
};

QTEST_APPLESS_MAIN(TestInvariants)
#include "tst_invariants.moc"

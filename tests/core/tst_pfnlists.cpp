// The PFN database's lists and the NT routines that move frames between them.
#include "mm/pfndatabase.h"
#include "sim/invariantchecker.h"
#include "sim/simulator.h"
#include "support/testmachine.h"

#include <QTest>

using namespace mm;
using testing::boot;

namespace {
std::vector<hw::Pfn> walk(const PfnDatabase& db, PageLocation list)
{
    std::vector<hw::Pfn> order;
    for (uint32_t pfn = db.list(list).flink; pfn != kListEnd; pfn = db[pfn].u1)
        order.push_back(pfn);
    return order;
}

std::vector<hw::Pfn> walkBackwards(const PfnDatabase& db, PageLocation list)
{
    std::vector<hw::Pfn> order;
    for (uint32_t pfn = db.list(list).blink; pfn != kListEnd; pfn = db[pfn].u2)
        order.insert(order.begin(), pfn);
    return order;
}

} // namespace

class TestPfnLists : public QObject {
    Q_OBJECT
private slots:
    void entryLayout()
    {
        // NT 4.0's MMPFN: 0x18 bytes, flags in the low word at 0x0C, reference count at 0x0E.
        QCOMPARE(sizeof(MmPfn), size_t(0x18));
        QCOMPARE(offsetof(MmPfn, pteAddress), size_t(0x04));
        QCOMPARE(offsetof(MmPfn, u2), size_t(0x08));
        QCOMPARE(offsetof(MmPfn, flags), size_t(0x0C));
        QCOMPARE(offsetof(MmPfn, referenceCount), size_t(0x0E));
        QCOMPARE(offsetof(MmPfn, originalPte), size_t(0x10));
        QCOMPARE(offsetof(MmPfn, pteFrame), size_t(0x14));
    }

    void insertAndUnlink()
    {
        PfnDatabase db(16);
        for (hw::Pfn pfn : {3u, 5u, 7u})
            db.insertTail(PageLocation::Free, pfn);
        db.insertHead(PageLocation::Free, 9);
        QCOMPARE(walk(db, PageLocation::Free), (std::vector<hw::Pfn> {9, 3, 5, 7}));
        QCOMPARE(walkBackwards(db, PageLocation::Free), (std::vector<hw::Pfn> {9, 3, 5, 7}));
        QCOMPARE(db.list(PageLocation::Free).total, 4u);
        QCOMPARE(db.count(PageLocation::Free), 4u);
        QCOMPARE(db[5].location(), PageLocation::Free);

        db.unlink(5); // middle
        db.setLocation(5, PageLocation::Active);
        QCOMPARE(walk(db, PageLocation::Free), (std::vector<hw::Pfn> {9, 3, 7}));
        db.unlink(9); // head
        db.setLocation(9, PageLocation::Active);
        db.unlink(7); // tail
        db.setLocation(7, PageLocation::Active);
        QCOMPARE(walk(db, PageLocation::Free), (std::vector<hw::Pfn> {3}));
        QCOMPARE(walkBackwards(db, PageLocation::Free), (std::vector<hw::Pfn> {3}));
        QCOMPARE(db.count(PageLocation::Active), 3u);
        db.unlink(3);
        db.setLocation(3, PageLocation::Active);
        QCOMPARE(db.list(PageLocation::Free).flink, kListEnd);
        QCOMPARE(db.list(PageLocation::Free).blink, kListEnd);
        QCOMPARE(db.count(PageLocation::Free), 0u);
    }

    void bootLeavesRestOfRamFree()
    {
        auto sim = boot(16);
        const PfnDatabase& db = sim->pfnDatabase();
        QCOMPARE(db.count(PageLocation::Zeroed), 0u);
        uint64_t total = 0;
        for (int l = 0; l < kPageLocationCount; ++l)
            total += db.count(PageLocation(l));
        QCOMPARE(total, uint64_t(4096));
        // The Free list is in frame order; the zeroing event is signalled (at least 8 pages).
        const auto order = walk(db, PageLocation::Free);
        QVERIFY(std::is_sorted(order.begin(), order.end()));
        QVERIFY(sim->memoryManager().zeroingEventSignaled());
    }

    void removeZeroPagePrefersZeroedElseZeroesAFreePage()
    {
        auto sim = boot(16);
        MemoryManager& mm = sim->memoryManager();
        PfnDatabase& db = sim->pfnDatabase();
        const hw::Pfn head = db.head(PageLocation::Free);
        sim->memory().write32(static_cast<hw::PhysicalAddress>(head) << 12, 0x5EC12E7); // another process's data
        PageLocation from;
        const hw::Pfn pfn = mm.removeZeroPage(&from);
        QCOMPARE(pfn, head);
        QCOMPARE(from, PageLocation::Free);
        QVERIFY(sim->memory().isZeroFrame(pfn)); // zeroed through hyperspace before use
        QCOMPARE(db[pfn].location(), PageLocation::Active);

        sim->processes().runZeroPageThread(5);
        QCOMPARE(db.count(PageLocation::Zeroed), 5u);
        const hw::Pfn lastZeroed = db.head(PageLocation::Zeroed); // inserted at the head
        QCOMPARE(mm.removeZeroPage(&from), lastZeroed);
        QCOMPARE(from, PageLocation::Zeroed);
    }

    void freeListInsertsAtTailAndSignalsZeroing()
    {
        auto sim = boot(16);
        MemoryManager& mm = sim->memoryManager();
        PfnDatabase& db = sim->pfnDatabase();
        sim->processes().runZeroPageThread(0xFFFFFFFF);
        QVERIFY(!mm.zeroingEventSignaled());
        QCOMPARE(db.count(PageLocation::Free), 0u);
        std::vector<hw::Pfn> taken;
        for (int i = 0; i < 8; ++i)
            taken.push_back(mm.removeAnyPage());
        for (int i = 0; i < 7; ++i) {
            db[taken[i]].referenceCount = 0;
            mm.insertPageInFreeList(taken[i]);
        }
        QVERIFY(!mm.zeroingEventSignaled()); // 7 pages: below MmMinimumFreePagesToZero
        mm.insertPageInFreeList(taken[7]);
        QVERIFY(mm.zeroingEventSignaled());
        QCOMPARE(walk(db, PageLocation::Free), taken); // each appended at the tail
    }

    void zeroPageThreadAboveKseg0UsesHyperspace()
    {
        // With 768 MB, frames from 0x20000 up are not in KSEG0: the zero page thread maps
        // them at c0501000 through the PTE at c0301404 (MiMapPageToZeroInHyperSpace).
        auto sim = boot(768);
        const uint64_t before = sim->events().lastSeq();
        sim->processes().runZeroPageThread(0xFFFFFFFF);
        bool sawHyperspace = false;
        for (const auto& e : sim->events().since(before)) {
            if (e.routine == sim::Routine::MiMapPageToZeroInHyperSpace && e.kind == sim::EventKind::PteWrite) {
                QCOMPARE(e.pteAddress, 0xC0301404u);
                sawHyperspace = true;
            }
        }
        QVERIFY(sawHyperspace);
        QCOMPARE(sim->pfnDatabase().count(PageLocation::Free), 0u);
        QCOMPARE(sim::checkInvariants(*sim), std::vector<std::string> {});
    }
};

QTEST_APPLESS_MAIN(TestPfnLists)
#include "tst_pfnlists.moc"

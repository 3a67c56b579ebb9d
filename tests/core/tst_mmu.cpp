// The simulated x86 MMU: the two-level walk over real bits, access checks and the error
// code a page fault reports, Accessed/Dirty updates, large pages, and the TLB.
#include "hw/mmu.h"
#include "hw/physicalmemory.h"
#include "hw/pte.h"

#include <QTest>

using namespace mm::hw;

namespace {
// A hand-built address space in 64 frames: PD in frame 1, one page table in frame 2.
struct Machine {
    PhysicalMemory memory {64};
    Mmu mmu {memory};

    static constexpr uint32_t kPd = 0x1000;
    static constexpr uint32_t kPt = 0x2000;

    Machine()
    {
        // PDE 1 (0x00400000-0x007FFFFF) -> page table, user RW.
        memory.write32(kPd + 1 * 4, kPt | pte::Valid | pte::Write | pte::Owner);
        // PDE 0x200 (0x80000000) -> 4 MB large page at physical 0, kernel, global.
        memory.write32(kPd + 0x200 * 4, pte::Valid | pte::Write | pte::LargePage | pte::Global);
        memory.write32(kPt + 0 * 4, (10u << 12) | pte::Valid | pte::Write | pte::Owner); // 00400000 user RW
        memory.write32(kPt + 1 * 4, (11u << 12) | pte::Valid | pte::Owner); // 00401000 user RO
        memory.write32(kPt + 2 * 4, (12u << 12) | pte::Valid | pte::Write); // 00402000 kernel RW
        memory.write32(kPt + 3 * 4, (13u << 12) | pte::Valid | pte::Write | pte::Owner | pte::Global);
        mmu.loadCr3(kPd);
        mmu.enablePaging();
    }
    uint32_t pte(uint32_t index) const { return memory.read32(kPt + index * 4); }
};
} // namespace

class TestMmu : public QObject {
    Q_OBJECT
private slots:
    void walkTranslatesAndSetsAccessed()
    {
        Machine m;
        QVERIFY(!(m.pte(0) & pte::Accessed));
        const auto r = m.mmu.translate(0x00400123, Access::Read, Mode::User);
        QVERIFY(r.ok);
        QCOMPARE(r.physical, PhysicalAddress(0xA123));
        QVERIFY(m.pte(0) & pte::Accessed);
        QVERIFY(!(m.pte(0) & pte::Dirty)); // a read leaves D alone
        QVERIFY(m.memory.read32(Machine::kPd + 4) & pte::Accessed);
    }

    void writeSetsDirtyEvenAfterACachedRead()
    {
        Machine m;
        QVERIFY(m.mmu.translate(0x00400000, Access::Read, Mode::User).ok);
        QVERIFY(!(m.pte(0) & pte::Dirty));
        QVERIFY(m.mmu.write32(0x00400010, 0xCAFEBABE, Mode::User));
        QVERIFY(m.pte(0) & pte::Dirty);
        QCOMPARE(m.memory.read32(0xA010), 0xCAFEBABEu);
    }

    void faultErrorCodes_data()
    {
        QTest::addColumn<quint32>("va");
        QTest::addColumn<int>("access");
        QTest::addColumn<int>("mode");
        QTest::addColumn<quint32>("errorCode");
        // P=1 protection, W=2 write, U=4 user.
        QTest::newRow("user write to read-only") << 0x00401000u << int(Access::Write) << int(Mode::User) << 7u;
        QTest::newRow("user read of kernel page") << 0x00402000u << int(Access::Read) << int(Mode::User) << 5u;
        QTest::newRow("user read of KSEG0") << 0x80001000u << int(Access::Read) << int(Mode::User) << 5u;
        QTest::newRow("kernel write to read-only (WP)") << 0x00401000u << int(Access::Write) << int(Mode::Kernel) << 3u;
        QTest::newRow("not-present PTE, user read") << 0x00405000u << int(Access::Read) << int(Mode::User) << 4u;
        QTest::newRow("not-present PDE, kernel write") << 0x10000000u << int(Access::Write) << int(Mode::Kernel) << 2u;
    }
    void faultErrorCodes()
    {
        QFETCH(quint32, va);
        QFETCH(int, access);
        QFETCH(int, mode);
        QFETCH(quint32, errorCode);
        Machine m;
        const auto r = m.mmu.translate(va, Access(access), Mode(mode));
        QVERIFY(!r.ok);
        QCOMPARE(r.fault.cr2, va);
        QCOMPARE(r.fault.errorCode, errorCode);
    }

    void kernelMayReadUserPages()
    {
        Machine m;
        QVERIFY(m.mmu.translate(0x00401000, Access::Read, Mode::Kernel).ok);
    }

    void largePage()
    {
        Machine m;
        const auto r = m.mmu.translate(0x80123456, Access::Read, Mode::Kernel);
        QVERIFY(r.ok);
        QCOMPARE(r.physical, PhysicalAddress(0x123456));
        QVERIFY(m.memory.read32(Machine::kPd + 0x200 * 4) & pte::Accessed);
        const Walk w = Mmu::walk(m.memory, Machine::kPd, 0x80123456);
        QVERIFY(w.large && w.valid);
        QCOMPARE(w.physical, PhysicalAddress(0x123456));
    }

    void tlbKeepsStaleTranslationUntilInvlpg()
    {
        Machine m;
        QVERIFY(m.mmu.translate(0x00400000, Access::Read, Mode::User).ok);
        m.memory.write32(Machine::kPt, (20u << 12) | pte::Valid | pte::Write | pte::Owner | pte::Accessed);
        // Like the real CPU: the cached translation is used until it is invalidated.
        QCOMPARE(m.mmu.translate(0x00400000, Access::Read, Mode::User).physical, PhysicalAddress(0xA000));
        m.mmu.invlpg(0x00400000);
        QCOMPARE(m.mmu.translate(0x00400000, Access::Read, Mode::User).physical, PhysicalAddress(0x14000));
    }

    void cr3LoadKeepsOnlyGlobalEntries()
    {
        Machine m;
        QVERIFY(m.mmu.translate(0x00400000, Access::Read, Mode::User).ok); // not global
        QVERIFY(m.mmu.translate(0x00403000, Access::Read, Mode::User).ok); // global PTE
        QVERIFY(m.mmu.translate(0x80000000, Access::Read, Mode::Kernel).ok); // global large page
        QCOMPARE(m.mmu.tlb().validCount(), 3u);
        m.mmu.loadCr3(Machine::kPd);
        QVERIFY(!m.mmu.tlb().lookup(0x00400000));
        QVERIFY(m.mmu.tlb().lookup(0x00403000));
        QVERIFY(m.mmu.tlb().lookup(0x80000000));
        QCOMPARE(m.mmu.tlb().globalCount(), 2u);
        const uint64_t hits = m.mmu.tlbHits();
        QVERIFY(m.mmu.translate(0x80000FFC, Access::Read, Mode::Kernel).ok);
        QCOMPARE(m.mmu.tlbHits(), hits + 1);
        m.mmu.flushTlb();
        QCOMPARE(m.mmu.tlb().validCount(), 0u);
    }

    void softwareWalkHasNoSideEffects()
    {
        Machine m;
        const Walk w = Mmu::walk(m.memory, Machine::kPd, 0x00400ABC);
        QVERIFY(w.valid && !w.large);
        QCOMPARE(w.physical, PhysicalAddress(0xAABC));
        QCOMPARE(w.pteAddress, PhysicalAddress(Machine::kPt));
        QVERIFY(!(m.pte(0) & pte::Accessed));
        QCOMPARE(m.mmu.tlb().validCount(), 0u);
        QVERIFY(!Mmu::walk(m.memory, Machine::kPd, 0x00405000).valid);
        QVERIFY(!Mmu::walk(m.memory, Machine::kPd, 0x10000000).pdeValid);
    }

    void physicalMemoryIsSparse()
    {
        PhysicalMemory mem(1024);
        QCOMPARE(mem.allocatedFrameCount(), size_t(0));
        mem.write32(0x5000, 0); // writing zeros to a never-written frame stores nothing
        QCOMPARE(mem.allocatedFrameCount(), size_t(0));
        mem.write32(0x5FFE, 0x11223344); // straddles frames 5 and 6
        QCOMPARE(mem.allocatedFrameCount(), size_t(2));
        QCOMPARE(mem.read32(0x5FFE), 0x11223344u);
        QCOMPARE(mem.read8(0x6001), uint8_t(0x11));
        mem.zeroFrame(5);
        mem.zeroFrame(6);
        QCOMPARE(mem.allocatedFrameCount(), size_t(0));
        QCOMPARE(mem.read32(0x5FFE), 0u);
        QCOMPARE(mem.read32(1024u << 12), 0xFFFFFFFFu); // beyond RAM: open bus
        QVERIFY(mem.isZeroFrame(7));
    }

    void hostBackedFrames()
    {
        PhysicalMemory mem(16);
        std::vector<uint8_t> bytes(2 * kPageSize, 0);
        struct Backing : FrameBacking {
            std::vector<uint8_t>& bytes;
            explicit Backing(std::vector<uint8_t>& b)
                : bytes(b)
            {
            }
            const uint8_t* backedFrame(Pfn i) const override { return bytes.data() + i * kPageSize; }
            uint8_t* writableBackedFrame(Pfn i) override { return bytes.data() + i * kPageSize; }
        } backing(bytes);
        mem.attachBacking(4, 2, backing);
        mem.write32(0x5004, 0xDEADBEEF);
        uint32_t v;
        std::memcpy(&v, bytes.data() + kPageSize + 4, 4);
        QCOMPARE(v, 0xDEADBEEFu);
        bytes[8] = 0x42;
        QCOMPARE(mem.read8(0x4008), uint8_t(0x42));
    }
};

QTEST_APPLESS_MAIN(TestMmu)
#include "tst_mmu.moc"

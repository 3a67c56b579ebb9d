// PTE formats, protection masks and the self-map arithmetic, checked against the values
// the reference documents quote (Microsoft's !pte examples, a public kd trace, ReactOS).
#include "hw/paginggeometry.h"
#include "hw/protection.h"
#include "hw/pte.h"

#include <QTest>

using namespace mm::hw;

class TestPte : public QObject {
    Q_OBJECT
private slots:
    void selfMapAddresses_data()
    {
        QTest::addColumn<quint32>("va");
        QTest::addColumn<quint32>("pde");
        QTest::addColumn<quint32>("pte");
        QTest::newRow("msdn !pte example") << 0x801544F4u << 0xC0300800u << 0xC0200550u;
        QTest::newRow("user stack page") << 0x002BF810u << 0xC0300000u << 0xC0000AFCu;
        QTest::newRow("zero") << 0x00000000u << 0xC0300000u << 0xC0000000u;
        QTest::newRow("top of user") << 0x7FFFFFFFu << 0xC03007FCu << 0xC01FFFFCu;
        QTest::newRow("system start") << 0x80000000u << 0xC0300800u << 0xC0200000u;
        QTest::newRow("top") << 0xFFFFFFFFu << 0xC0300FFCu << 0xC03FFFFCu;
        QTest::newRow("the PD itself") << 0xC0300000u << 0xC0300C00u << 0xC0300C00u;
        QTest::newRow("hyperspace") << 0xC0400000u << 0xC0300C04u << 0xC0301000u;
        QTest::newRow("working set list") << 0xC0502000u << 0xC0300C04u << 0xC0301408u;
    }
    void selfMapAddresses()
    {
        QFETCH(quint32, va);
        QFETCH(quint32, pde);
        QFETCH(quint32, pte);
        QCOMPARE(kX86Geometry.pdeAddress(va), pde);
        QCOMPARE(kX86Geometry.pteAddress(va), pte);
        QCOMPARE(kX86Geometry.vaForPteAddress(pte), va & ~kPageMask);
    }

    void paeSelfMap()
    {
        // A public PAE kd capture: VA 001f0000 -> PDE C0600000, PTE C0000F80.
        QCOMPARE(kPaeGeometry.pdeAddress(0x001F0000), 0xC0600000u);
        QCOMPARE(kPaeGeometry.pteAddress(0x001F0000), 0xC0000F80u);
        QCOMPARE(kPaeGeometry.entriesPerTable(), 512u);
        QCOMPARE(kPaeGeometry.largePageSize(), 0x200000u);
    }

    void hardwareRoundTrip_data()
    {
        QTest::addColumn<quint32>("raw");
        QTest::addColumn<quint32>("pfn");
        QTest::newRow("kernel code, global, RO") << 0x00154121u << 0x154u;
        QTest::newRow("kernel PDE with G") << 0x0003B163u << 0x3Bu;
        QTest::newRow("KSEG0 large page") << 0x004001E3u << 0x400u;
        QTest::newRow("user RO image page") << 0x7EDE6025u << 0x7EDE6u;
        QTest::newRow("user data") << 0x7B314067u << 0x7B314u;
        QTest::newRow("copy-on-write") << 0x01234225u << 0x1234u;
    }
    void hardwareRoundTrip()
    {
        QFETCH(quint32, raw);
        QFETCH(quint32, pfn);
        const auto p = pte::HardwarePte::decode(raw);
        QCOMPARE(p.pfn, pfn);
        QCOMPARE(p.encode(), raw);
        QCOMPARE(pte::classify(raw), pte::Kind::Hardware);
    }

    void hardwareFields()
    {
        const auto p = pte::HardwarePte::decode(0x004001E3);
        QVERIFY(p.largePage && p.global && p.dirty && p.accessed && p.write && !p.owner);
        const auto u = pte::HardwarePte::decode(0x7EDE6025);
        QVERIFY(u.owner && u.accessed && !u.write && !u.dirty && !u.global);
    }

    void softwareFormats()
    {
        // Demand zero, read/write: the restore PTE 00000080 of WinDbg's !pfn.
        QCOMPARE(pte::DemandZeroPte {protection::ReadWrite}.encode(), 0x80u);
        QCOMPARE(pte::classify(0x80), pte::Kind::DemandZero);
        QCOMPARE(pte::DemandZeroPte::decode(0x80).protection, protection::ReadWrite);

        // Transition: PFN 7ede6, protection 6 -> 7EDE68C0 (the kd trace's prototype PTE).
        const pte::TransitionPte t {0x7EDE6, protection::ExecuteReadWrite};
        QCOMPARE(t.encode(), 0x7EDE68C0u);
        QCOMPARE(pte::TransitionPte::decode(0x7EDE68C0), t);
        QCOMPARE(pte::classify(0x7EDE68C0), pte::Kind::TransitionPage);

        // Page file 0, offset 1234, read/write -> 01234080.
        const pte::PageFilePte pf {0, 0x1234, protection::ReadWrite};
        QCOMPARE(pf.encode(), 0x01234080u);
        QCOMPARE(pte::PageFilePte::decode(0x01234080), pf);
        QCOMPARE(pte::classify(0x01234080), pte::Kind::PageFile);
        const pte::PageFilePte pf15 {15, 0xFFFFF, protection::ExecuteWriteCopy};
        QCOMPARE(pte::PageFilePte::decode(pf15.encode()), pf15);
    }

    void prototypePointer_data()
    {
        QTest::addColumn<quint32>("protoPte");
        QTest::newRow("kd trace prototype PTE") << 0xE1439454u;
        QTest::newRow("first") << 0xE1000000u;
        QTest::newRow("low bits only") << 0xE10001FCu;
        QTest::newRow("high") << 0xE1FFFFFCu;
        QTest::newRow("far into paged pool") << 0xE5A3B7C4u;
    }
    void prototypePointer()
    {
        QFETCH(quint32, protoPte);
        const pte::PrototypePointerPte p {protoPte, false, false, 0};
        const uint32_t raw = p.encode();
        QVERIFY(raw & pte::Prototype);
        QVERIFY(!(raw & pte::Valid));
        QCOMPARE(pte::classify(raw), pte::Kind::PrototypePointer);
        QCOMPARE(pte::PrototypePointerPte::decode(raw), p);
    }

    void prototypeLookupNeeded()
    {
        // "Lookup needed" PTEs from the kd trace: FFFFF420 (read-only), FFFFF480 (read/write).
        QCOMPARE((pte::PrototypePointerPte {0, false, true, protection::ReadOnly}).encode(), 0xFFFFF420u);
        QCOMPARE((pte::PrototypePointerPte {0, false, true, protection::ReadWrite}).encode(), 0xFFFFF480u);
        const auto p = pte::PrototypePointerPte::decode(0xFFFFF420);
        QVERIFY(p.lookupNeeded);
        QCOMPARE(p.protection, protection::ReadOnly);
    }

    void subsection()
    {
        // The kd trace's subsection PTE FC078CCA: bit 31 set, so MmSubsectionBase + offset.
        const pte::SubsectionPte::Bases bases {0x80C00000, 0xFFBE0000};
        const auto s = pte::SubsectionPte::decode(0xFC078CCA, bases);
        QCOMPARE(s.subsectionAddress, 0x80C00000u + 0x7C078A8u);
        QCOMPARE(s.protection, uint8_t(6));
        QCOMPARE(s.encode(bases), 0xFC078CCAu);
        QCOMPARE(pte::classify(0xFC078CCA, true), pte::Kind::Subsection);
        // Below the base: a distance from MmNonPagedPoolEnd, bit 31 clear.
        const pte::SubsectionPte low {0xFFBDFF80, protection::ReadOnly};
        const uint32_t raw = low.encode(bases);
        QVERIFY(!(raw & 0x80000000u));
        QCOMPARE(pte::SubsectionPte::decode(raw, bases), low);
    }

    void classifyOrder()
    {
        QCOMPARE(pte::classify(0), pte::Kind::Zero);
        // Prototype wins over transition, transition over a page-file offset.
        QCOMPARE(pte::classify(pte::Prototype | pte::Transition | 0x1000), pte::Kind::PrototypePointer);
        QCOMPARE(pte::classify(pte::Transition | 0x1000), pte::Kind::TransitionPage);
    }

    void flagLetters_data()
    {
        QTest::addColumn<quint32>("raw");
        QTest::addColumn<QString>("letters");
        QTest::newRow("kernel RW global") << 0x163u << "-G-DA--KWEV";
        QTest::newRow("user data (MP write bit ignored)") << 0x7B314867u << "---DA--UWEV";
        QTest::newRow("user read-only") << 0x7EDE6025u << "----A--UREV";
        QTest::newRow("large page") << 0x1E3u << "-GLDA--KWEV";
        QTest::newRow("copy-on-write, uncached") << 0x235u << "C---AN-UREV";
    }
    void flagLetters()
    {
        QFETCH(quint32, raw);
        QFETCH(QString, letters);
        char out[12];
        pte::flagLetters(raw, out);
        QCOMPARE(QString::fromLatin1(out), letters);
    }

    void protectionMasks()
    {
        QCOMPARE(QString::fromStdString(protection::describe(4)), QStringLiteral("4 - ReadWrite"));
        QCOMPARE(QString::fromStdString(protection::describe(0x18)), QStringLiteral("18 - NoAccess"));
        QCOMPARE(QString::fromStdString(protection::describe(0x14)), QStringLiteral("14 - ReadWrite Guard"));
        QCOMPARE(protection::fromWin32Name("PAGE_READWRITE"), std::optional<uint8_t>(4));
        QCOMPARE(protection::fromWin32Name("PAGE_GUARD|PAGE_READWRITE"), std::optional<uint8_t>(0x14));
        QCOMPARE(protection::fromWin32Name("PAGE_EXECUTE_WRITECOPY|PAGE_NOCACHE"), std::optional<uint8_t>(0x0F));
        QCOMPARE(protection::fromWin32Name("PAGE_NOACCESS"), std::optional<uint8_t>(0x18));
        QVERIFY(!protection::fromWin32Name("PAGE_READWRTE"));
        QVERIFY(!protection::fromWin32Name("PAGE_GUARD"));
        QVERIFY(!protection::fromWin32Name("PAGE_READONLY|PAGE_READWRITE"));
        QCOMPARE(QString::fromStdString(protection::win32Name(0x14)), QStringLiteral("PAGE_GUARD|PAGE_READWRITE"));
        // MiIsAccessAllowed: read for 1-7, write for 4-7.
        QVERIFY(protection::allowsRead(protection::ReadOnly) && !protection::allowsWrite(protection::ReadOnly));
        QVERIFY(protection::allowsWrite(protection::WriteCopy) && protection::isCopyOnWrite(protection::WriteCopy));
        QVERIFY(!protection::allowsRead(protection::NoAccess));
    }
};

QTEST_APPLESS_MAIN(TestPte)
#include "tst_pte.moc"

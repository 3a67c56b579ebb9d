// The console's output as links (WinDbg's DML): what each line names is found where it is
// printed, stands for the right thing (a PTE's address for the VA it maps: the self-map,
// seed digest "PTE(va) = 0xC0000000 + (va >> 10)"), and the command behind every link
// printed by every scenario and lesson runs.
#include "dbg/links.h"
#include "dbg/session.h"
#include "hw/mmu.h"
#include "sim/simulator.h"

#include <QDir>
#include <QTest>

#include <fstream>
#include <sstream>

using namespace mm;
using Kind = dbg::OutputLink::Kind;

namespace {
std::string textOf(std::string_view line, const dbg::OutputLink& link)
{
    return std::string(line.substr(link.begin, link.length));
}
} // namespace

class TestLinks : public QObject {
    Q_OBJECT
private slots:
    void entriesStandForTheAddressesTheyMap()
    {
        // A PTE maps the 4 KB page (address - c0000000) / 4 pages up; a PDE the 4 MB region
        // (address - c0300000) / 4 regions up.
        QCOMPARE(dbg::vaOfEntry(0xC0000040), 0x10000u);
        QCOMPARE(dbg::vaOfEntry(0xC0000000), 0u);
        QCOMPARE(dbg::vaOfEntry(0xC01DFD84), 0x77F61000u);
        QCOMPARE(dbg::vaOfEntry(0xC0300000), 0u);
        QCOMPARE(dbg::vaOfEntry(0xC0300C00), 0xC0000000u); // PDE 300: the self-map
        QCOMPARE(dbg::vaOfEntry(0xC0300004), 0x400000u);
        QCOMPARE(dbg::vaOfEntry(0x00010000), 0x10000u); // not an entry: itself
    }

    void linesNameWhatTheyPrint()
    {
        const std::string pte = "PDE at C0300000            PTE at C0000040";
        auto links = dbg::findLinks(pte);
        QCOMPARE(links.size(), size_t(2));
        QCOMPARE(textOf(pte, links[0]), std::string("C0300000"));
        QCOMPARE(links[0].command, std::string("!pte 0"));
        QCOMPARE(textOf(pte, links[1]), std::string("C0000040"));
        QCOMPARE(links[1].kind, Kind::PteAddress);
        QCOMPARE(links[1].command, std::string("!pte 10000"));

        const std::string flags = "pfn 70c       ---DA--UWEV  pfn 70d       ---DA--UWEV";
        links = dbg::findLinks(flags);
        QCOMPARE(links.size(), size_t(2));
        QCOMPARE(links[1].value, 0x70Du);
        QCOMPARE(links[1].command, std::string("!pfn 70d"));

        const std::string process = "PROCESS 802c0378  SessionId: none  Cid: 000c    Peb: 00000000  ParentCid: 0008";
        links = dbg::findLinks(process);
        QCOMPARE(links.size(), size_t(3)); // not the Peb, not the session
        QCOMPARE(links[0].kind, Kind::Eprocess);
        QCOMPARE(links[0].command, std::string("!process 802c0378 0"));
        QCOMPARE(links[1].kind, Kind::Process);
        QCOMPARE(links[1].value, 0xCu);
        QCOMPARE(textOf(process, links[2]), std::string("0008"));

        // dd: the row's address, not the values it holds.
        const std::string dd = "00010000  00010000 00000000 00000000 00000000";
        links = dbg::findLinks(dd);
        QCOMPARE(links.size(), size_t(1));
        QCOMPARE(links[0].begin, size_t(0));
        QCOMPARE(links[0].command, std::string("!pte 10000"));

        // A routine the glossary explains is a link to its entry.
        const std::string event = "MiRemoveZeroPage: pfn 709 from the Free list -> page directory";
        links = dbg::findLinks(event);
        QCOMPARE(links.size(), size_t(2));
        QCOMPARE(links[0].kind, Kind::Routine);
        QCOMPARE(textOf(event, links[0]), std::string("MiRemoveZeroPage"));
        QCOMPARE(links[0].command, std::string("help MiRemoveZeroPage"));
        QCOMPARE(links[1].command, std::string("!pfn 709"));
        QVERIFY(dbg::findLinks("MiFrobnicateTheTlb: done").empty());
        QVERIFY(dbg::findLinks("xMiRemoveZeroPage").empty());

        // A value inside a word, or a number too long, is not a link.
        QVERIFY(dbg::findLinks("contains 0070C067          contains 0070D880").empty());
        QVERIFY(dbg::findLinks("xpfn 70c").empty());
        QVERIFY(dbg::findLinks("pfn 123456789").empty());
        QVERIFY(dbg::findLinks("Cid 12345").empty());
        QVERIFY(dbg::findLinks("ParentCid: 0000").empty()); // System's parent is no process
        links = dbg::findLinks("    DirBase: 00709000  ObjectTable: 00000000");
        QCOMPARE(links.size(), size_t(1));
        QCOMPARE(links[0].command, std::string("!pfn 709"));
    }

    // Every link printed while the scenarios and lessons run names something the console
    // can show at that moment: its command runs without an error (a process that has just
    // ended excepted: the console says it is gone). A PTE's link shows the
    // translation of the page the PTE maps, so !pte of it prints that PTE's address.
    void everyPrintedLinkWorks()
    {
        size_t links = 0;
        QStringList files;
        for (const QString& dir : {QStringLiteral(MMVIS_SCENARIO_DIR), QStringLiteral(MMVIS_LESSON_DIR)}) {
            for (const QFileInfo& f :
                QDir(dir).entryInfoList({QStringLiteral("*.cmd"), QStringLiteral("*.txt")}, QDir::Files))
                files << f.absoluteFilePath();
        }
        QVERIFY(files.size() >= 10);
        for (const QString& path : files) {
            auto sim = sim::Simulator::create(sim::SimulatorConfig {});
            dbg::Session session(*sim);
            std::ifstream file(path.toStdString());
            std::string line;
            while (std::getline(file, line)) {
                const auto result = session.execute(line);
                std::istringstream output(result.output);
                std::string printed;
                while (std::getline(output, printed)) {
                    for (const dbg::OutputLink& link : dbg::findLinks(printed)) {
                        const size_t position = session.position();
                        const auto shown = session.execute(link.command);
                        // A process named as it ends is gone: the console says so.
                        const bool gone
                            = link.kind == Kind::Process && !sim->processes().findByCid(uint16_t(link.value));
                        if (gone) {
                            QVERIFY(!shown.ok && shown.error.find("no process with Cid") != std::string::npos);
                            continue;
                        }
                        QVERIFY2(shown.ok,
                            (path.toStdString() + ": " + printed + ": " + link.command + ": " + shown.error).c_str());
                        QCOMPARE(session.position(), position); // looking changes nothing
                        if (link.kind == Kind::PteAddress && (link.value & 0xFFFFF000) != 0xC0300000) {
                            char at[32];
                            std::snprintf(at, sizeof at, "PTE at %08X", link.value);
                            QVERIFY2(shown.output.find(at) != std::string::npos, shown.output.c_str());
                        }
                        ++links;
                    }
                }
            }
        }
        QVERIFY2(links > 300, qPrintable(QString::number(links)));
    }
};

QTEST_GUILESS_MAIN(TestLinks)
#include "tst_links.moc"

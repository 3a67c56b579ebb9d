// The command language: numbers, sizes and tokens, naming processes, the two per-process
// upper-half PDEs, determinism in one process, and the batch runner's contract (malformed
// lines: tst_badinput; limits: tst_limits).
#include "dbg/batchrunner.h"
#include "dbg/command.h"
#include "dbg/commandline.h"
#include "dbg/console.h"
#include "sim/invariantchecker.h"
#include "sim/simulator.h"
#include "support/testmachine.h"

#include <QRegularExpression>
#include <QStringList>
#include <QTest>

#include <sstream>

using namespace mm;
using testing::boot;
using testing::checked;

namespace {
QStringList lines(const std::string& text)
{
    return QString::fromStdString(text).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
}

} // namespace

class TestConsole : public QObject {
    Q_OBJECT
private slots:
    // help <command> for every command help lists: its syntax first, what it mirrors, and
    // an example that is that command and parses.
    void everyCommandHasHelp()
    {
        const std::string list = dbg::commandHelp();
        const auto names = dbg::commandNames();
        QVERIFY(names.size() > 40);
        for (const std::string& name : names) {
            QVERIFY2(list.find("  " + name) != std::string::npos, name.c_str());
            const std::string help = dbg::commandHelp(name);
            QVERIFY2(help.find("Mirrors: ") != std::string::npos, name.c_str());
            QVERIFY2(help.find("Example: ") != std::string::npos, name.c_str());
            const std::string example = dbg::commandExample(name);
            const auto command = dbg::parseCommand(example);
            QVERIFY2(command && command->verb == name, (name + ": " + example).c_str());
        }
        QVERIFY_THROWS_EXCEPTION(dbg::CommandError, dbg::commandHelp("frobnicate"));
    }

    void numbers_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<qulonglong>("value");
        QTest::newRow("hex by default") << "10" << 16ull;
        QTest::newRow("0x") << "0x1F" << 31ull;
        QTest::newRow("0n decimal") << "0n10" << 10ull;
        QTest::newRow("upper case") << "C0300C00" << 0xC0300C00ull;
        QTest::newRow("sum") << "c0300000+c00" << 0xC0300C00ull;
        QTest::newRow("difference") << "80000000-0n4096" << 0x7FFFF000ull;
        QTest::newRow("backtick separator") << "0`80000000" << 0x80000000ull;
    }
    void numbers()
    {
        QFETCH(QString, text);
        QFETCH(qulonglong, value);
        QCOMPARE(dbg::tryParseNumber(text.toStdString()), std::optional<uint64_t>(value));
    }

    void badNumbers()
    {
        for (const char* text : {"", "xyz", "0x", "0n1f", "12g", "+5", "5+", "1++2", "ffffffffffffffffff"})
            QVERIFY2(!dbg::tryParseNumber(text), text);
    }

    void sizes()
    {
        QCOMPARE(dbg::parseSize("128M"), std::optional<uint64_t>(128ull << 20));
        QCOMPARE(dbg::parseSize("4g"), std::optional<uint64_t>(4ull << 30));
        QCOMPARE(dbg::parseSize("512KB"), std::optional<uint64_t>(512ull << 10));
        QVERIFY(!dbg::parseSize("128"));
        QVERIFY(!dbg::parseSize("M"));
        QVERIFY(!dbg::parseSize("12X"));
    }

    void tokensKnowTheirColumns()
    {
        const dbg::CommandLine cmd("  dd  c0300000 L4   # a comment");
        QCOMPARE(cmd.size(), size_t(3));
        QCOMPARE(cmd[0].column, size_t(3));
        QCOMPARE(cmd[1].column, size_t(7));
        QCOMPARE(cmd[2].text, std::string("L4"));
        QVERIFY(dbg::CommandLine("# only a comment").empty());
    }

    void ambiguousImageName()
    {
        auto sim = boot(16);
        dbg::Console console(*sim);
        QVERIFY(checked(console, *sim, "spawn twin.exe").ok);
        QVERIFY(checked(console, *sim, "spawn twin.exe").ok);
        const auto r = checked(console, *sim, "switch twin.exe");
        QVERIFY(!r.ok);
        QVERIFY2(r.error.find("Cid 000c, 0010") != std::string::npos, r.error.c_str());
        QVERIFY(checked(console, *sim, "switch 10").ok);
        QCOMPARE(sim->processes().current().cid, uint16_t(0x10));
    }

    void processByEprocessAddress()
    {
        auto sim = boot(16);
        dbg::Console console(*sim);
        QVERIFY(checked(console, *sim, "spawn a.exe").ok);
        const ps::Process* p = sim->processes().findByCid(0xC);
        char line[64];
        std::snprintf(line, sizeof line, ".process %x", p->eprocess);
        const auto r = checked(console, *sim, line);
        QVERIFY(r.ok);
        QCOMPARE(&console.implicitProcess(), p);
    }

    // Two processes' page directories, dumped through each one's own self-map window:
    // the upper half is identical except PDE 0x300 (self-map) and 0x301 (hyperspace).
    void upperHalvesDifferInExactlyTwoEntries()
    {
        auto sim = boot(128);
        dbg::Console console(*sim);
        QVERIFY(checked(console, *sim, "spawn notepad.exe").ok);
        QVERIFY(checked(console, *sim, "spawn calc.exe parent notepad.exe").ok);
        QVERIFY(checked(console, *sim, ".process notepad.exe").ok);
        const QStringList a = lines(checked(console, *sim, "dd c0300800 L200").output);
        QVERIFY(checked(console, *sim, ".process calc.exe").ok);
        const QStringList b = lines(checked(console, *sim, "dd c0300800 L200").output);
        QCOMPARE(a.size(), 128); // 0x200 dwords, four a line
        QCOMPARE(b.size(), 128);
        QStringList differing;
        for (int i = 0; i < a.size(); ++i) {
            const QStringList wa = a[i].split(QLatin1Char(' '), Qt::SkipEmptyParts);
            const QStringList wb = b[i].split(QLatin1Char(' '), Qt::SkipEmptyParts);
            QCOMPARE(wa[0], wb[0]);
            for (int w = 1; w < wa.size(); ++w) {
                if (wa[w] != wb[w])
                    differing << QString::number(wa[0].toUInt(nullptr, 16) + (w - 1) * 4, 16);
            }
        }
        QCOMPARE(differing, (QStringList {QStringLiteral("c0300c00"), QStringLiteral("c0300c04")}));
        // And each points at that process's own directory and hyperspace page table.
        const ps::Process* calc = sim->processes().findByImage("calc.exe").front();
        QVERIFY(b.join('\n').contains(QString::asprintf(
            "c0300c00  %08x %08x", calc->directoryTableBase[0] | 0x63, calc->directoryTableBase[1] | 0x63)));
    }

    void spawnThenExitRestoresListCounts()
    {
        auto sim = boot(16);
        dbg::Console console(*sim);
        QVERIFY(checked(console, *sim, "zero").ok);
        const std::string before = checked(console, *sim, "!memusage").output;
        QVERIFY(checked(console, *sim, "spawn a.exe").ok);
        QVERIFY(checked(console, *sim, "spawn b.exe parent a.exe").ok);
        QVERIFY(checked(console, *sim, "switch b.exe").ok);
        QVERIFY(checked(console, *sim, "exit b.exe").ok);
        QVERIFY(checked(console, *sim, "exit a.exe").ok);
        QVERIFY(checked(console, *sim, "!memusage").output != before); // six pages on the Free list now
        QVERIFY(checked(console, *sim, "zero").ok);
        QCOMPARE(checked(console, *sim, "!memusage").output, before);
        QCOMPARE(sim::checkInvariants(*sim), std::vector<std::string> {});
    }

    void memusageTotalIsRam()
    {
        auto sim = boot(64);
        dbg::Console console(*sim);
        const QStringList out = lines(checked(console, *sim, "!memusage 8").output);
        QCOMPARE(out.last(), QStringLiteral("              TOTAL:    16384 (   65536 kb)"));
    }

    // The usage summary charges every page in use to exactly one owner: the rows add up to
    // the pages on no free list, a DLL page two processes map is counted once, as shared.
    void memusageSummaryAccountsForEveryPage()
    {
        auto sim = boot(8);
        dbg::Console console(*sim);
        for (const char* line : {"spawn a.exe", "spawn b.exe", "switch a.exe", "read 77f61000", "switch b.exe",
                 "read 77f61000", "alloc 10000 80000", "touch 10000 80000 write",
                 "section s pagefile 4000 PAGE_READWRITE", "map s 200000", "write 200000 5", "trim b.exe all",
                 "switch a.exe", "touch 10000 80000 read", "switch b.exe", "read 77f61000"})
            QVERIFY2(checked(console, *sim, line).ok, line);
        const QStringList out = lines(checked(console, *sim, "!memusage").output);
        const PfnDatabase& db = sim->pfnDatabase();
        const uint64_t inUse = db.count(PageLocation::Active) + db.count(PageLocation::Standby)
            + db.count(PageLocation::Modified) + db.count(PageLocation::ModifiedNoWrite)
            + db.count(PageLocation::Transition);
        QVERIFY(db.count(PageLocation::Standby) + db.count(PageLocation::Modified) > 0); // pages left the sets
        const int header = int(out.indexOf(QStringLiteral("  Usage Summary (in Kb):")));
        QVERIFY(header > 0);
        uint64_t kb = 0;
        QStringList names;
        for (int i = header + 2; i < out.size(); ++i) {
            const QStringList f = out[i].split(QLatin1Char(' '), Qt::SkipEmptyParts);
            kb += f[1].toULongLong() + f[2].toULongLong() + f[3].toULongLong() + f[6].toULongLong();
            names << out[i].section(QRegularExpression(QStringLiteral("^\\S+(\\s+\\S+){6}  ")), 1);
        }
        QCOMPARE(kb, inUse * 4);
        QVERIFY2(!names.contains(QStringLiteral("unknown")), qPrintable(names.join(QLatin1Char('|'))));
        for (const char* name : {"mapped_file( ntdll.dll )", "pagefile section( s )", "process ( System )",
                 "process ( a.exe )", "process ( b.exe )", "pfn database"})
            QVERIFY2(names.contains(QLatin1String(name)), name);
        const QString ntdll = out.filter(QStringLiteral("mapped_file( ntdll.dll )")).first();
        QCOMPARE(ntdll.split(QLatin1Char(' '), Qt::SkipEmptyParts)[4], QStringLiteral("4")); // Shared: one page, 4 Kb
    }

    void sameCommandsSameResults()
    {
        const char* script[] = {"spawn a.exe", "spawn b.exe parent a.exe", "switch a.exe", "zero 0n100", "exit b.exe",
            "spawn c.exe", "!process 0 0", "!pte c0300c00", "dd c0502000 L10", "!memusage"};
        std::string outputs[2];
        uint64_t hashes[2];
        for (int run = 0; run < 2; ++run) {
            auto sim = boot(32);
            dbg::Console console(*sim);
            for (const char* line : script)
                outputs[run] += checked(console, *sim, line).output;
            hashes[run] = sim->stateHash();
        }
        QCOMPARE(outputs[0], outputs[1]);
        QCOMPARE(hashes[0], hashes[1]);
    }

    void batchRunnerContract()
    {
        dbg::BatchOptions options;
        options.ramBytes = 16ull << 20;
        options.check = true;
        std::istringstream good("# comment\n\n!memusage\nspawn a.exe\n");
        std::ostringstream out, err;
        QCOMPARE(dbg::runBatch(good, "good.cmd", options, out, err), 0);
        QVERIFY(err.str().empty());
        QVERIFY(out.str().find("kd> spawn a.exe\n") != std::string::npos);

        std::istringstream bad("!memusage\n  dd xyz\nr cr3\r\n");
        std::ostringstream out2, err2;
        QCOMPARE(dbg::runBatch(bad, "bad.cmd", options, out2, err2), 1);
        QCOMPARE(err2.str(),
            std::string("bad.cmd:2: error: column 6: 'xyz' is not a number (numbers are hex; 0n for decimal)\n"));
        QVERIFY(out2.str().find("kd> r cr3\ncr3=") != std::string::npos); // the next command still ran

        options.ramBytes = 3ull << 20;
        std::istringstream any("r cr3\n");
        std::ostringstream out3, err3;
        QCOMPARE(dbg::runBatch(any, "x.cmd", options, out3, err3), 2);
        QVERIFY(err3.str().find("between 4 MB and 4 GB") != std::string::npos);

        options.ramBytes = 16ull << 20;
        options.pageFileBytes = 8ull << 30;
        std::istringstream any2("r cr3\n");
        std::ostringstream out4, err4;
        QCOMPARE(dbg::runBatch(any2, "x.cmd", options, out4, err4), 2);
        QVERIFY(err4.str().find("paging file") != std::string::npos);
    }
};

QTEST_APPLESS_MAIN(TestConsole)
#include "tst_console.moc"

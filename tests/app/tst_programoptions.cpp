// mmvis's command line (app/programoptions.h): what each option sets, Qt's own options
// passing through, and one clear error for each kind of bad input.
#include "programoptions.h"

#include <QTest>

using mmvis::ProgramOptions;
using mmvis::ProgramOptionsParser;

namespace {

// Parses `mmvis <args>`; the error, if any, is in parser.error().
bool parse(ProgramOptionsParser& parser, QStringList args)
{
    args.prepend(QStringLiteral("mmvis"));
    return parser.parse(args);
}

} // namespace

class TestProgramOptions : public QObject {
    Q_OBJECT
private slots:
    void batchRun()
    {
        ProgramOptionsParser p;
        QVERIFY(
            parse(p, {"--batch", "s.cmd", "--ram", "4G", "--pagefile", "1G", "--trace", "--check", "--state-hash"}));
        const ProgramOptions& o = p.options();
        QCOMPARE(o.mode, ProgramOptions::Mode::Batch);
        QCOMPARE(o.batchScript, QStringLiteral("s.cmd"));
        QCOMPARE(o.machine.ramBytes, 4ull << 30);
        QCOMPARE(o.machine.pageFileBytes, 1ull << 30);
        QVERIFY(o.machine.trace && o.machine.check && o.machine.stateHash);
        QCOMPARE(o.machine.maxProcesses, 0u);
    }

    void batchScriptDefaultsToStandardInput()
    {
        ProgramOptionsParser p;
        QVERIFY(parse(p, {"--batch"}));
        QCOMPARE(p.options().batchScript, QStringLiteral("-"));
        QVERIFY(parse(p, {"--batch", "--trace"}));
        QCOMPARE(p.options().batchScript, QStringLiteral("-"));
        QVERIFY(p.options().machine.trace);
        QVERIFY(parse(p, {"--batch", "-"}));
        QCOMPARE(p.options().batchScript, QStringLiteral("-"));
        // The script may come after the options, and an option's value may follow '='.
        QVERIFY(parse(p, {"--ram=16M", "--batch", "--max-processes", "3", "last.cmd"}));
        QCOMPARE(p.options().batchScript, QStringLiteral("last.cmd"));
        QCOMPARE(p.options().machine.ramBytes, 16ull << 20);
        QCOMPARE(p.options().machine.maxProcesses, 3u);
    }

    void defaultsAreTheDocumentedOnes()
    {
        ProgramOptionsParser p;
        QVERIFY(parse(p, {}));
        const ProgramOptions& o = p.options();
        QCOMPARE(o.mode, ProgramOptions::Mode::Window);
        QCOMPARE(o.machine.ramBytes, 128ull << 20);
        QCOMPARE(o.machine.pageFileBytes, 0ull); // RAM + 12 MB
        QCOMPARE(o.logLevel, QStringLiteral("info"));
        QVERIFY(o.startupScript.isEmpty() && o.openScript.isEmpty() && o.screenshot.isEmpty());
    }

    void window()
    {
        ProgramOptionsParser p;
        QVERIFY(parse(p,
            {"--script", "default-demo", "--screenshot", "x.png", "--log-level", "debug", "--ram", "64M",
                "--presentation"}));
        const ProgramOptions& o = p.options();
        QCOMPARE(o.mode, ProgramOptions::Mode::Window);
        QCOMPARE(o.startupScript, QStringLiteral("default-demo"));
        QCOMPARE(o.screenshot, QStringLiteral("x.png"));
        QCOMPARE(o.logLevel, QStringLiteral("debug"));
        QCOMPARE(o.machine.ramBytes, 64ull << 20);
        QVERIFY(o.presentation);
        // A script named without --batch is opened in the window, not run.
        QVERIFY(parse(p, {"lesson.cmd"}));
        QCOMPARE(p.options().openScript, QStringLiteral("lesson.cmd"));
        QVERIFY(p.options().startupScript.isEmpty());
    }

    // QApplication's own options must not be refused: they reach it through argv.
    void qtOptionsPassThrough_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::newRow("-style Fusion") << QStringList {"-style", "Fusion", "--screenshot", "x.png"};
        QTest::newRow("-style=Fusion") << QStringList {"-style=Fusion"};
        QTest::newRow("-platform offscreen") << QStringList {"-platform", "offscreen"};
        QTest::newRow("-reverse") << QStringList {"-reverse", "--script", "a.cmd"};
        QTest::newRow("--platform with --batch --export")
            << QStringList {"--batch", "a.cmd", "--export", "out", "-platform", "offscreen"};
        QTest::newRow("-stylesheet, -qwindowtitle") << QStringList {"-stylesheet", "s.qss", "-qwindowtitle", "Class"};
    }
    void qtOptionsPassThrough()
    {
        QFETCH(QStringList, args);
        ProgramOptionsParser p;
        QVERIFY2(parse(p, args), qPrintable(p.error()));
    }

    void helpAndVersion()
    {
        ProgramOptionsParser p;
        for (const char* arg : {"--help", "-h", "--help-all"}) {
            QVERIFY(parse(p, {arg}));
            QCOMPARE(p.options().mode, ProgramOptions::Mode::Help);
        }
        for (const char* arg : {"--version", "-v"}) {
            QVERIFY(parse(p, {arg}));
            QCOMPARE(p.options().mode, ProgramOptions::Mode::Version);
        }
        // --help wins over everything else on the line, even a bad value.
        QVERIFY(parse(p, {"--batch", "--ram", "lots", "--help"}));
        QCOMPARE(p.options().mode, ProgramOptions::Mode::Help);
    }

    // The generated help names every option, and Qt's only with --help-all.
    void helpText()
    {
        ProgramOptionsParser p;
        QVERIFY(parse(p, {"--help"}));
        const QString help = p.helpText();
        // (Qt puts the running program's path after "Usage: ": this test's, here.)
        QVERIFY(help.startsWith(QStringLiteral("Usage: ")));
        QVERIFY(help.section(QLatin1Char('\n'), 0, 0).endsWith(QStringLiteral(" [options] [script]")));
        for (const char* option : {"--batch", "--ram <size>", "--pagefile <size>", "--max-processes <n>", "--trace",
                 "--check", "--state-hash", "--export <dir>", "--script <file>", "--screenshot <file>",
                 "--log-level <level>", "--presentation", "--help", "--version"})
            QVERIFY2(help.contains(QLatin1String(option)), option);
        QVERIFY(!help.contains(QLatin1String("\n  -style")));
        QVERIFY(parse(p, {"--help-all"}));
        QVERIFY(p.helpText().contains(QLatin1String("  -style <style>\n")));
        QVERIFY(p.helpText().contains(QLatin1String("  -reverse\n")));
    }

    // Each bad command line gets one line naming what was wrong.
    void errors_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("error");
        QTest::newRow("unknown option") << QStringList {"--frobnicate"} << "Unknown option 'frobnicate'.";
        QTest::newRow("missing value") << QStringList {"--ram"} << "Missing value after '--ram'.";
        QTest::newRow("size without unit")
            << QStringList {"--ram", "128"} << "--ram: '128' is not a size (examples: 16M, 128M, 4G)";
        QTest::newRow("bad paging file") << QStringList {"--pagefile", "big"}
                                         << "--pagefile: 'big' is not a size (examples: 16M, 128M, 4G)";
        QTest::newRow("log level") << QStringList {"--log-level", "loud"}
                                   << "--log-level: 'loud' is not one of trace, debug, info, warn, error, off";
        QTest::newRow("no processes") << QStringList {"--batch", "--max-processes", "0"}
                                      << "--max-processes: '0' is not a number from 1 to 4096";
        QTest::newRow("many processes") << QStringList {"--batch", "--max-processes", "many"}
                                        << "--max-processes: 'many' is not a number from 1 to 4096";
        QTest::newRow("too many processes") << QStringList {"--batch", "--max-processes", "4097"}
                                            << "--max-processes: '4097' is not a number from 1 to 4096";
        QTest::newRow("max-processes without batch")
            << QStringList {"--max-processes", "3"} << "--max-processes works with --batch";
        QTest::newRow("trace without batch") << QStringList {"--trace"} << "--trace works with --batch";
        QTest::newRow("export without batch") << QStringList {"--export", "out"} << "--export works with --batch";
        QTest::newRow("script with batch") << QStringList {"--batch", "--script", "a.cmd"}
                                           << "--script is for the window; it does not work with --batch";
        QTest::newRow("screenshot with batch") << QStringList {"--batch", "a.cmd", "--screenshot", "x.png"}
                                               << "--screenshot is for the window; it does not work with --batch";
        QTest::newRow("presentation with batch") << QStringList {"--batch", "--presentation"}
                                                 << "--presentation is for the window; it does not work with --batch";
        QTest::newRow("max-processes with export") << QStringList {"--batch", "--export", "out", "--max-processes", "3"}
                                                   << "--max-processes does not work with --export";
        QTest::newRow("two scripts") << QStringList {"--batch", "a.cmd", "b.cmd"}
                                     << "one script at a time, not 2 ('a.cmd', 'b.cmd')";
        QTest::newRow("open and run") << QStringList {"--script", "a.cmd", "b.cmd"}
                                      << "either --script a.cmd or a script to open (b.cmd), not both";
    }
    void errors()
    {
        QFETCH(QStringList, args);
        QFETCH(QString, error);
        ProgramOptionsParser p;
        QVERIFY(!parse(p, args));
        QCOMPARE(p.error(), error);
        QVERIFY(!p.error().contains(QLatin1Char('\n')));
    }
};

QTEST_GUILESS_MAIN(TestProgramOptions)
#include "tst_programoptions.moc"

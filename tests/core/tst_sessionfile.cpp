// Saved sessions: a session saved and opened again is the same machine at the same
// position with the same recorded commands; every kind of file that is not a good
// session is refused with one error naming what is wrong, and nothing is opened.
#include "dbg/batchrunner.h"
#include "dbg/session.h"
#include "dbg/sessionfile.h"
#include "sim/simulator.h"
#include "support/randomcommands.h"

#include <QTemporaryDir>
#include <QTest>

#include <fstream>
#include <sstream>

using namespace mm;

namespace {
std::string saved(const std::string& script, uint64_t ramBytes = 16ull << 20)
{
    sim::SimulatorConfig config;
    config.ramBytes = ramBytes;
    auto sim = sim::Simulator::create(config);
    dbg::Session session(*sim);
    std::istringstream lines(script);
    for (std::string line; std::getline(lines, line);)
        session.execute(line);
    return dbg::formatSessionFile(session);
}

const std::string kScript = "spawn a.exe\nswitch a.exe\nalloc 0 20000\ntouch 10000 20000 write\ntrim a.exe\nt-\n";
} // namespace

class TestSessionFile : public QObject {
    Q_OBJECT

private slots:
    // Random sessions that went back and forth: opened again, the same machine, position,
    // recorded commands and recorded future.
    void roundTrip_data()
    {
        QTest::addColumn<quint64>("seed");
        for (quint64 seed : {21, 22})
            QTest::newRow(qPrintable(QStringLiteral("seed %1").arg(seed))) << seed;
    }
    void roundTrip()
    {
        QFETCH(quint64, seed);
        sim::SimulatorConfig config;
        config.ramBytes = 8ull << 20;
        config.maxProcesses = 24;
        auto sim = sim::Simulator::create(config);
        dbg::Session session(*sim);
        testing::Random random(seed);
        testing::Generator generator(random, *sim);
        for (int i = 0; i < 400; ++i)
            session.execute(generator.next());
        const std::string text = dbg::formatSessionFile(session);
        dbg::SessionFile file;
        std::string error;
        QVERIFY2(dbg::parseSessionFile(text, &file, &error), error.c_str());
        dbg::OpenedSession opened;
        QVERIFY2(dbg::openSessionFile(file, &opened, &error), error.c_str());
        QCOMPARE(opened.simulator->stateHash(), sim->stateHash());
        QCOMPARE(opened.session->position(), session.position());
        QCOMPARE(opened.session->end(), session.end());
        for (size_t i = 0; i < session.end(); ++i)
            QCOMPARE(opened.session->commands()[i].text, session.commands()[i].text);
        QCOMPARE(opened.simulator->layout().ramBytes, sim->layout().ramBytes);
        QCOMPARE(opened.simulator->processes().maxProcesses(), 24u);
        // Its future too: both go to the end and agree.
        session.goTo(session.end());
        opened.session->goTo(opened.session->end());
        QCOMPARE(opened.simulator->stateHash(), sim->stateHash());
        // Saving what was opened gives the same file.
        opened.session->goTo(file.position);
        session.goTo(file.position);
        QCOMPARE(dbg::formatSessionFile(*opened.session), text);
    }

    void badFilesAreRefused_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<QString>("why");
        const std::string good = saved(kScript);
        auto replace = [&](const std::string& from, const std::string& to) {
            std::string s = good;
            s.replace(s.find(from), from.size(), to);
            return QByteArray::fromStdString(s);
        };
        QTest::newRow("empty") << QByteArray() << "not an mmvis session";
        QTest::newRow("a plain script") << QByteArray("spawn a.exe\n") << "line 1: not an mmvis session";
        QTest::newRow("another kind of file") << QByteArray("#: mmvis-project 1\n") << "line 1: not an mmvis session";
        QTest::newRow("binary") << QByteArray("\x89PNG\r\n\x1a\n\0\0\0", 11) << "line 1";
        QTest::newRow("newer version") << replace("#: mmvis-session 1", "#: mmvis-session 2")
                                       << "line 3: made by a newer mmvis (session version 2";
        QTest::newRow("no hash") << replace("#: hash ", "# hash ") << "the header has no 'hash' line";
        QTest::newRow("unknown header") << replace("#: max-processes", "#: colour blue\n#: max-processes")
                                        << "line 6: unknown header line 'colour'";
        QTest::newRow("twice") << replace("#: ram 16M", "#: ram 16M\n#: ram 32M") << "line 5: 'ram' is given twice";
        QTest::newRow("bad size") << replace("#: ram 16M", "#: ram lots") << "line 4: 'lots' is not a size";
        QTest::newRow("cut short") << QByteArray::fromStdString(good.substr(0, good.find("touch")))
                                   << "the header says 5 commands and the file has 3: it was cut short";
        QTest::newRow("position beyond") << replace("#: position 4", "#: position 9")
                                         << "line 8: position 9 is beyond the 5 commands";
        QTest::newRow("not a command") << replace("alloc 0 20000", "alloc 0 2000z")
                                       << "line 12: column 9: '2000z' is not a number";
        QTest::newRow("not a recorded command")
            << replace("alloc 0 20000", "!pte 10000") << "line 12: '!pte 10000' does not run as it did";
        std::string otherHash = good;
        otherHash.replace(otherHash.find("#: hash ") + 8, 16, "0123456789abcdef");
        QTest::newRow("another machine") << QByteArray::fromStdString(otherHash) << "does not come out as it was saved";
        QTest::newRow("machine too small") << replace("#: ram 16M", "#: ram 2M") << "the machine cannot be booted";
    }
    void badFilesAreRefused()
    {
        QFETCH(QByteArray, text);
        QFETCH(QString, why);
        dbg::SessionFile file;
        std::string error;
        dbg::OpenedSession opened;
        const bool ok
            = dbg::parseSessionFile(text.toStdString(), &file, &error) && dbg::openSessionFile(file, &opened, &error);
        QVERIFY(!ok);
        QVERIFY2(error.find(why.toStdString()) != std::string::npos, error.c_str());
        QVERIFY(!opened.simulator && !opened.session);
    }

    // mmvis --batch --save-session, then --session: the second run goes on from where the
    // first left off (its position, its recorded future), and saving writes the whole file
    // or nothing.
    void batchSavesAndOpens()
    {
        QTemporaryDir dir;
        const std::string path = dir.filePath(QStringLiteral("lesson.mmvis")).toStdString();
        dbg::BatchOptions options;
        options.ramBytes = 16ull << 20;
        options.saveSession = path;
        std::istringstream first(kScript);
        std::ostringstream out, err;
        QCOMPARE(dbg::runBatch(first, "first.cmd", options, out, err), 0);
        std::ifstream file(path);
        const std::string text((std::istreambuf_iterator<char>(file)), std::istreambuf_iterator<char>());
        QCOMPARE(text, saved(kScript));

        options = {};
        options.session = path;
        std::istringstream second("!tt\nt\n.hash\n");
        std::ostringstream out2, err2;
        QCOMPARE(dbg::runBatch(second, "second.cmd", options, out2, err2), 0);
        QVERIFY2(
            out2.str().find("Time Travel Position: 4\nRecorded positions: 0 (just booted) to 5") != std::string::npos,
            out2.str().c_str());
        QVERIFY2(out2.str().find("Replayed 5: trim a.exe") != std::string::npos, out2.str().c_str());

        options = {};
        options.session = dir.filePath(QStringLiteral("missing.mmvis")).toStdString();
        std::istringstream third("!tt\n");
        std::ostringstream out3, err3;
        QCOMPARE(dbg::runBatch(third, "third.cmd", options, out3, err3), 2);
        QVERIFY(out3.str().empty());

        options = {};
        options.saveSession = dir.filePath(QStringLiteral("no/such/folder/x.mmvis")).toStdString();
        std::istringstream fourth("spawn a.exe\n");
        std::ostringstream out4, err4;
        QCOMPARE(dbg::runBatch(fourth, "fourth.cmd", options, out4, err4), 1);
        QVERIFY2(err4.str().find("cannot be written") != std::string::npos, err4.str().c_str());
    }
};

QTEST_APPLESS_MAIN(TestSessionFile)
#include "tst_sessionfile.moc"

// Bad input: every malformed line a user or a script can produce gets exactly one error
// naming its line and column, changes nothing (same state hash, no event), and the next
// command runs. Lines go through the batch runner, as a script's would.
#include "dbg/batchrunner.h"
#include "dbg/commandline.h"
#include "dbg/console.h"
#include "dbg/session.h"
#include "sim/invariantchecker.h"
#include "sim/simulator.h"
#include "support/testmachine.h"

#include <QByteArray>
#include <QTest>

#include <sstream>

using namespace mm;

namespace {
struct Machine {
    Machine()
        : sim(testing::boot(16))
        , session(*sim)
    {
    }
    // Runs `script` as bad.cmd with the invariant checker on; returns the exit code.
    int run(const std::string& script)
    {
        std::istringstream in(script);
        out.str({});
        err.str({});
        dbg::BatchOptions options;
        options.check = true;
        return dbg::runScript(in, "bad.cmd", options, session, out, err);
    }
    std::unique_ptr<sim::Simulator> sim;
    dbg::Session session;
    std::ostringstream out, err;
};

// Something to find and change: a process with committed, written memory and a section.
const char* const kSetup = "spawn a.exe\n"
                           "alloc 10000 10000 reserve,commit PAGE_READWRITE\n"
                           "write 10000 cafe\n"
                           "section s pagefile 10000 PAGE_READWRITE\n";
} // namespace

class TestBadInput : public QObject {
    Q_OBJECT
private slots:
    void malformedLine_data()
    {
        QTest::addColumn<QByteArray>("line");
        QTest::addColumn<int>("column");
        QTest::addColumn<QString>("message");
        // The language: verbs, numbers, arguments, names.
        QTest::newRow("unknown command") << QByteArray("frobnicate 1") << 1 << "unknown command 'frobnicate'";
        QTest::newRow("bad number") << QByteArray("dd zz") << 4 << "'zz' is not a number";
        QTest::newRow("half a number") << QByteArray("dd c0300000+") << 4 << "is not a number";
        QTest::newRow("number beyond 64 bits") << QByteArray("dd 0n99999999999999999999") << 4 << "out of range";
        QTest::newRow("address beyond 32 bits") << QByteArray("!pte 1`00000000") << 6 << "out of range";
        QTest::newRow("missing argument") << QByteArray("!pte") << 6 << "missing argument";
        QTest::newRow("missing value") << QByteArray("write 10000") << 13 << "missing argument";
        QTest::newRow("extra argument") << QByteArray("!pfn 1 2") << 8 << "unexpected argument '2'";
        QTest::newRow("pfn beyond RAM") << QByteArray("!pfn 99999") << 6 << "not a page frame";
        QTest::newRow("unknown process") << QByteArray("switch nosuch.exe") << 8 << "no process named";
        QTest::newRow("unknown Cid") << QByteArray("exit 44") << 6 << "no process with Cid";
        QTest::newRow("unknown parent") << QByteArray("spawn b.exe parent ghost") << 20 << "no process named";
        QTest::newRow("parent keyword") << QByteArray("spawn b.exe mother System") << 13 << "expected 'parent'";
        QTest::newRow("unknown section") << QByteArray("map nosuch") << 5 << "no section named";
        QTest::newRow("unknown protection")
            << QByteArray("alloc 0 1000 commit PAGE_SOMETIMES") << 21 << "is not a protection";
        QTest::newRow("ed into a page table") << QByteArray("ed c0300000 1") << 4 << "page table";
        QTest::newRow("ed unmapped") << QByteArray("ed 20000 1") << 4 << "not mapped";
        QTest::newRow("register") << QByteArray("r eax") << 3 << "only cr3";
        // Sizes no machine here has.
        QTest::newRow("huge allocation") << QByteArray("alloc 0 100000000") << 9 << "out of range";
        QTest::newRow("huge allocation, with a unit") << QByteArray("alloc 0 5G") << 9 << "out of range";
        QTest::newRow("huge file") << QByteArray("file big.bin 0n99999999999") << 14 << "out of range";
        QTest::newRow("huge section") << QByteArray("section t pagefile 1`00000000 PAGE_READWRITE") << 20
                                      << "out of range";
        QTest::newRow("huge dump") << QByteArray("dd 0 L1000000") << 1 << "range too large";
        // Bytes that are no command line at all.
        QTest::newRow("10 MB line") << QByteArray("dd ") + QByteArray(10 << 20, '1') << 4097 << "at most 4096";
        QTest::newRow("control characters") << QByteArray("\x01\x02\xff", 3) << 1 << "control character 0x01";
        QTest::newRow("NUL inside") << QByteArray("dd 0\0 1", 7) << 5 << "control character 0x00";
        QTest::newRow("carriage return inside") << QByteArray("dd 0\r1") << 5 << "control character 0x0d";
        QTest::newRow("escape sequence") << QByteArray("\x1b[2Jdd 0") << 1 << "control character 0x1b";
        QTest::newRow("binary header") << QByteArray("\x89PNG\x1a") << 1 << "byte 0x89 is not UTF-8 text";
        QTest::newRow("Latin-1 name") << QByteArray("spawn caf\xe9.exe") << 10 << "byte 0xe9 is not UTF-8 text";
        QTest::newRow("overlong slash") << QByteArray("spawn \xc0\xaf.exe") << 7 << "byte 0xc0 is not UTF-8 text";
        QTest::newRow("UTF-16 surrogate") << QByteArray(".echo \xed\xa0\x80") << 7 << "byte 0xed is not UTF-8 text";
        QTest::newRow("beyond U+10FFFF") << QByteArray(".echo \xf4\x90\x80\x80") << 7 << "byte 0xf4 is not UTF-8 text";
        // A lesson's directives.
        QTest::newRow("step without a title") << QByteArray(".step") << 7 << ".step needs its text";
        QTest::newRow("focus on no view") << QByteArray(".focus nowhere") << 8 << "'nowhere' is not a view";
        QTest::newRow("expect without =>") << QByteArray(".expect !pte 0") << 1 << "usage: .expect";
        QTest::newRow("expect a change") << QByteArray(".expect spawn a.exe => Cid") << 9
                                         << "'spawn' is not a command that looks";
        QTest::newRow("expect a write") << QByteArray(".expect ed 10000 1 => x") << 9
                                        << "'ed' is not a command that looks";
        QTest::newRow("expect a bad command") << QByteArray(".expect !pte zz => VA") << 14 << "'zz' is not a number";
        QTest::newRow("stray continuation") << QByteArray("dd \x80") << 4 << "byte 0x80 is not UTF-8 text";
        QTest::newRow("truncated at the end") << QByteArray("spawn a\xe2\x82") << 8 << "byte 0xe2 is not UTF-8 text";
        QTest::newRow("DEL") << QByteArray("dd 0\x7f") << 5 << "control character 0x7f";
    }
    void malformedLine()
    {
        QFETCH(QByteArray, line);
        QFETCH(int, column);
        QFETCH(QString, message);
        Machine m;
        QCOMPARE(m.run(kSetup), 0);
        QVERIFY2(m.err.str().empty(), m.err.str().c_str());
        const uint64_t hash = m.sim->stateHash();
        const uint64_t events = m.sim->events().lastSeq();

        // Line 3, after a comment and a blank line.
        QCOMPARE(m.run("# the bad line follows\n\n" + line.toStdString() + "\n"), 1);
        const std::string expected = "bad.cmd:3: error: column " + std::to_string(column) + ": ";
        const std::string err = m.err.str();
        QVERIFY2(err.rfind(expected, 0) == 0, err.substr(0, 200).c_str());
        QVERIFY2(err.find(message.toStdString()) != std::string::npos, err.substr(0, 200).c_str());
        QCOMPARE(std::count(err.begin(), err.end(), '\n'), 1L); // one error, one line
        QVERIFY2(err.size() < 6000, "the error quotes at most one line's worth");
        QVERIFY2(m.out.str().size() < 6000, "the echo is clipped");
        QVERIFY(m.out.str().rfind("kd> ", 0) == 0);
        QCOMPARE(m.sim->stateHash(), hash);
        QCOMPARE(m.sim->events().lastSeq(), events);

        // The machine goes on: the next command runs and the invariants hold.
        QCOMPARE(m.run("spawn b.exe\ndd 10000 L1\n"), 0);
        QVERIFY2(m.err.str().empty(), m.err.str().c_str());
        QVERIFY(m.out.str().find("00010000  0000cafe") != std::string::npos);
    }

    void validUtf8AndLongestLineAreAccepted()
    {
        Machine m;
        QCOMPARE(m.run(".echo 페이지 디렉터리 页目录 κ\n"), 0);
        QCOMPARE(m.out.str(), std::string("kd> .echo 페이지 디렉터리 页目录 κ\n페이지 디렉터리 页目录 κ\n"));
        const std::string longest = ".echo " + std::string(dbg::kMaxLineLength - 6, 'x');
        QCOMPARE(m.run(longest + "\n"), 0);
        QVERIFY(m.out.str().find(std::string(dbg::kMaxLineLength - 6, 'x') + "\n") != std::string::npos);
        QCOMPARE(m.run("\t!pte\tc0300000\t\n"), 0); // tabs separate like spaces
    }

    void echoShowsWhatCannotBePrinted()
    {
        QCOMPARE(dbg::printableLine(std::string("a\x01\xff\xe2\x82\xac", 6)), std::string("a\\x01\\xff€"));
        const std::string shown = dbg::printableLine(std::string(dbg::kMaxLineLength + 10, 'y'));
        QCOMPARE(shown, std::string(dbg::kMaxLineLength, 'y') + " ... (10 more bytes)");
    }

    // A script made of nothing but bad lines reports each one and runs to the end.
    void everyBadLineIsReported()
    {
        Machine m;
        QCOMPARE(m.run("dd zz\n\x01\nspawn caf\xe9.exe\nr cr3\n"), 1);
        QCOMPARE(m.err.str(),
            std::string("bad.cmd:1: error: column 4: 'zz' is not a number (numbers are hex; 0n for decimal)\n"
                        "bad.cmd:2: error: column 1: control character 0x01 in the line\n"
                        "bad.cmd:3: error: column 10: byte 0xe9 is not UTF-8 text\n"));
        QVERIFY(m.out.str().find("kd> spawn caf\\xe9.exe\n") != std::string::npos);
        QVERIFY(m.out.str().find("kd> r cr3\ncr3=") != std::string::npos);
    }
};

QTEST_APPLESS_MAIN(TestBadInput)
#include "tst_badinput.moc"

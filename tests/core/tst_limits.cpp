// Limits: requests beyond the simulated machine fail with the NT status a real system
// returns and leave everything consistent (the invariant checker runs after every command).
#include "dbg/batchrunner.h"
#include "dbg/console.h"
#include "mm/ntstatus.h"
#include "mm/pagingfile.h"
#include "sim/invariantchecker.h"
#include "sim/simulator.h"
#include "support/testmachine.h"

#include <QTest>

#include <algorithm>

#include <sstream>

using namespace mm;
using testing::boot;
using testing::checked;

namespace {
std::string hex(uint64_t v)
{
    return QByteArray::number(qulonglong(v), 16).toStdString();
}

bool contains(const std::string& text, const char* what)
{
    return text.find(what) != std::string::npos;
}
} // namespace

class TestLimits : public QObject {
    Q_OBJECT
private slots:
    void ramLimits()
    {
        std::string error;
        sim::SimulatorConfig config;
        config.ramBytes = 2ull << 20;
        QVERIFY(!sim::Simulator::create(config, &error));
        QVERIFY(error.find("4 MB") != std::string::npos);
        config.ramBytes = 6ull << 20;
        QVERIFY(!sim::Simulator::create(config, &error));
        QVERIFY(error.find("multiple of 4 MB") != std::string::npos);
        config.ramBytes = 4ull << 20;
        QVERIFY(sim::Simulator::create(config, &error));
        config.ramBytes = 4ull << 30; // the largest machine, with the largest default paging file
        auto big = sim::Simulator::create(config, &error);
        QVERIFY2(big, error.c_str());
        QCOMPARE(big->memoryManager().pagingFiles().front().size(), 4095u * 256); // 4095 MB, in pages
    }

    void tooManyProcesses()
    {
        sim::SimulatorConfig config;
        config.ramBytes = 16ull << 20;
        config.maxProcesses = 3;
        auto sim = sim::Simulator::create(config);
        dbg::Console console(*sim);
        QVERIFY(checked(console, *sim, "spawn a.exe").ok);
        QVERIFY(checked(console, *sim, "spawn b.exe").ok);
        const uint64_t hash = sim->stateHash();
        const auto r = checked(console, *sim, "spawn c.exe");
        QVERIFY(r.ok); // the service ran and returned a status
        QCOMPARE(r.status, status::InsufficientResources);
        QVERIFY(
            r.output.rfind("PspCreateProcess: STATUS_INSUFFICIENT_RESOURCES: the simulation allows at most 3", 0) == 0);
        QVERIFY(!r.changedState);
        QCOMPARE(sim->stateHash(), hash);
    }

    // One rule for a service the simulated NT refuses: the command runs, its output is
    // "<routine>: STATUS_<name>[: <reason>]" as the status would be seen in a debugger, the
    // result carries the NTSTATUS, nothing changes, and a batch run goes on with exit
    // status 0 (input the language cannot run is the only error).
    void refusedServicesAreResults_data()
    {
        QTest::addColumn<QString>("line");
        QTest::addColumn<QString>("printed");
        QTest::addColumn<uint>("code");
        QTest::newRow("image name too long")
            << "spawn averyveryverylongname.exe"
            << "PspCreateProcess: STATUS_OBJECT_NAME_INVALID: an image name has 1 to 15"
            << uint(status::ObjectNameInvalid);
        QTest::newRow("System cannot exit")
            << "exit System"
            << "NtTerminateProcess: STATUS_ACCESS_DENIED: the System process cannot exit" << uint(status::AccessDenied);
        QTest::newRow("System cannot be cloned")
            << "fork System"
            << "PspCreateProcess: STATUS_INVALID_PARAMETER: the System process has no user"
            << uint(status::InvalidParameter);
        QTest::newRow("section name taken") << "section s pagefile 1000 PAGE_READWRITE"
                                            << "MmCreateSection: STATUS_OBJECT_NAME_COLLISION: a section named 's'"
                                            << uint(status::ObjectNameCollision);
        QTest::newRow("section bigger than its file")
            << "section t file f 20000 PAGE_READONLY"
            << "MmCreateSection: STATUS_SECTION_TOO_BIG: the section is larger" << uint(status::SectionTooBig);
        QTest::newRow("file name taken")
            << "file f 1000"
            << "NtCreateFile: STATUS_OBJECT_NAME_COLLISION: a file named 'f' exists already"
            << uint(status::ObjectNameCollision);
        QTest::newRow("allocation over another")
            << "alloc 10000 1000"
            << "NtAllocateVirtualMemory: STATUS_CONFLICTING_ADDRESSES" << uint(status::ConflictingAddresses);
        QTest::newRow("free of nothing") << "free 60000000"
                                         << "NtFreeVirtualMemory: STATUS_MEMORY_NOT_ALLOCATED"
                                         << uint(status::MemoryNotAllocated);
        QTest::newRow("unmap of no view")
            << "unmap 10000"
            << "MmUnmapViewOfSection: STATUS_NOT_MAPPED_VIEW" << uint(status::NotMappedView);
    }
    void refusedServicesAreResults()
    {
        QFETCH(QString, line);
        QFETCH(QString, printed);
        QFETCH(uint, code);
        const std::string setup = "spawn a.exe\nswitch a.exe\nalloc 10000 1000\nfile f 4000\n"
                                  "section s pagefile 1000 PAGE_READWRITE\n";
        auto sim = boot(16);
        dbg::Console console(*sim);
        std::istringstream lines(setup);
        for (std::string l; std::getline(lines, l);)
            QVERIFY2(checked(console, *sim, l).ok, l.c_str());
        const uint64_t hash = sim->stateHash();
        const uint64_t events = sim->events().lastSeq();
        const auto r = checked(console, *sim, line.toStdString());
        QVERIFY2(r.ok, r.error.c_str());
        QVERIFY2(r.output.rfind(printed.toStdString(), 0) == 0, r.output.c_str());
        QCOMPARE(r.status, uint32_t(code));
        QVERIFY(!r.changedState);
        QCOMPARE(sim->stateHash(), hash);
        QCOMPARE(sim->events().lastSeq(), events);

        dbg::BatchOptions options;
        std::istringstream script(setup + line.toStdString() + "\n");
        std::ostringstream out, err;
        QCOMPARE(dbg::runBatch(script, "x.cmd", options, out, err), 0);
        QCOMPARE(err.str(), std::string());
        const std::string expected = "kd> " + line.toStdString() + "\n" + printed.toStdString();
        QVERIFY2(out.str().find(expected) != std::string::npos, out.str().c_str());
    }

    // The same limit in a batch run (mmvis --batch --max-processes 3; the fuzz target runs with 16).
    void processLimitInABatchRun()
    {
        dbg::BatchOptions options;
        options.maxProcesses = 3;
        std::istringstream script("spawn a.exe\nspawn b.exe\nspawn c.exe\n!process 0 0\n");
        std::ostringstream out, err;
        // A refused service is the machine's answer, in the transcript: no error, exit status 0.
        QCOMPARE(dbg::runBatch(script, "x.cmd", options, out, err), 0);
        QCOMPARE(err.str(), std::string());
        QVERIFY2(contains(out.str(), "kd> spawn c.exe\nPspCreateProcess: STATUS_INSUFFICIENT_RESOURCES: "),
            out.str().c_str());
        const std::string list = out.str().substr(out.str().find("kd> !process 0 0"));
        QCOMPARE(std::count(list.begin(), list.end(), '\n'), 2L + 3 * 4); // echo, header, System, a.exe, b.exe
        QVERIFY(contains(list, "Image: b.exe") && !contains(list, "Image: c.exe"));
    }

    void outOfMemory()
    {
        auto sim = boot(4);
        dbg::Console console(*sim);
        int spawned = 0;
        dbg::CommandResult r;
        while ((r = checked(console, *sim, "spawn p.exe")).ok && r.status == 0)
            ++spawned;
        QVERIFY(spawned > 50);
        QCOMPARE(r.status, status::NoMemory);
        QVERIFY2(contains(r.output, "PspCreateProcess: STATUS_NO_MEMORY"), r.output.c_str());
        QCOMPARE(sim::checkInvariants(*sim), std::vector<std::string> {});
    }

    // MmTotalCommitLimit: a commit that would pass it fails with STATUS_COMMITMENT_LIMIT
    // and changes nothing; one that reaches it exactly succeeds; releasing it gives it back.
    void commitLimit()
    {
        auto sim = boot(4, 1);
        dbg::Console console(*sim);
        QVERIFY(checked(console, *sim, "spawn a.exe").ok);
        const MemoryManager& mm = sim->memoryManager();
        const uint32_t room = mm.commitLimit() - mm.totalCommitted();
        QVERIFY(room > 100);

        const uint64_t hash = sim->stateHash();
        const uint64_t events = sim->events().lastSeq();
        auto r = checked(console, *sim, "alloc 0 " + hex((room + 1ull) << 12));
        QVERIFY(r.ok); // the service ran and returned a status
        QCOMPARE(r.status, status::CommitmentLimit);
        QVERIFY2(contains(r.output, "NtAllocateVirtualMemory: STATUS_COMMITMENT_LIMIT"), r.output.c_str());
        QCOMPARE(sim->stateHash(), hash);
        QCOMPARE(sim->events().lastSeq(), events);

        // Reserving takes no commit, so it still works; committing in it does not.
        r = checked(console, *sim, "alloc 0 " + hex((room + 16ull) << 12) + " reserve");
        QVERIFY2(contains(r.output, "BaseAddress"), r.output.c_str());
        const std::string reserved = r.output.substr(r.output.find("BaseAddress ") + 12, 8);
        r = checked(console, *sim, "alloc " + reserved + " " + hex((room + 1ull) << 12) + " commit");
        QVERIFY2(contains(r.output, "STATUS_COMMITMENT_LIMIT"), r.output.c_str());
        QVERIFY(checked(console, *sim, "free " + reserved).ok);

        r = checked(console, *sim, "alloc 0 " + hex(uint64_t(room) << 12));
        QVERIFY2(contains(r.output, "BaseAddress"), r.output.c_str());
        QCOMPARE(mm.totalCommitted(), mm.commitLimit());
        const std::string base = r.output.substr(r.output.find("BaseAddress ") + 12, 8);

        // Everything else that needs commit now fails the same way, and changes nothing.
        const uint64_t full = sim->stateHash();
        QVERIFY(contains(checked(console, *sim, "alloc 0 1000").output, "STATUS_COMMITMENT_LIMIT"));
        QVERIFY(contains(checked(console, *sim, "section s pagefile 1000 PAGE_READWRITE").output,
            "MmCreateSection: STATUS_COMMITMENT_LIMIT"));
        QVERIFY(contains(checked(console, *sim, "spawn b.exe").output, "PspCreateProcess: STATUS_COMMITMENT_LIMIT"));
        QVERIFY(contains(checked(console, *sim, "fork a.exe").output, "PspCreateProcess: STATUS_COMMITMENT_LIMIT"));
        QCOMPARE(sim->stateHash(), full);

        QVERIFY(checked(console, *sim, "free " + base).ok);
        QCOMPARE(mm.commitLimit() - mm.totalCommitted(), room);
        QVERIFY(checked(console, *sim, "spawn b.exe").ok);
    }

    // A paging file full of written pages: the modified page writer stops, the pages it
    // could not write stay on the Modified list, new commit fails, and no data is lost.
    void pagingFileFull()
    {
        auto sim = boot(4, 1);
        dbg::Console console(*sim);
        QVERIFY(checked(console, *sim, "spawn a.exe").ok);
        const MemoryManager& mm = sim->memoryManager();
        const uint32_t pages = mm.commitLimit() - mm.totalCommitted();
        const PagingFile& pageFile = mm.pagingFiles().front();
        QVERIFY(pages > pageFile.size()); // more private pages than the paging file holds
        const auto r = checked(console, *sim, "alloc 10000 " + hex(uint64_t(pages) << 12));
        QVERIFY2(contains(r.output, "BaseAddress 00010000"), r.output.c_str());
        for (uint32_t i = 0; i < pages; ++i)
            QVERIFY(checked(console, *sim, "write " + hex(0x10000 + i * 0x1000ull) + " " + hex(0xD0000000u + i)).ok);
        QCOMPARE(pageFile.free(), 0u);

        const auto w = checked(console, *sim, "modwrite");
        QVERIFY2(contains(w.output, "the paging file is full"), w.output.c_str());
        QVERIFY(sim->pfnDatabase().count(PageLocation::Modified) > 0);
        QVERIFY(contains(checked(console, *sim, "alloc 0 1000").output, "STATUS_COMMITMENT_LIMIT"));

        // Every page reads back what was written: from RAM, the Standby or Modified list,
        // or the paging file.
        for (uint32_t i = 0; i < pages; ++i) {
            const auto read = checked(console, *sim, "read " + hex(0x10000 + i * 0x1000ull));
            QVERIFY2(contains(read.output, (": " + hex(0xD0000000u + i)).c_str()), read.output.c_str());
        }
    }
};

QTEST_APPLESS_MAIN(TestLimits)
#include "tst_limits.moc"

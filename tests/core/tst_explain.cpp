// The event log says why: each PTE write decoded on both sides, each frame move with its
// lists, and a sentence naming the cause. The decodes are checked against the PTE formats
// (seed digest: PTE formats; nt-mm: software PTEs), the sentences against what the
// memory manager did in a run whose cause is known (a trim, the modified page writer, a
// soft fault), and every event of every scenario, lesson and golden script must get an
// explanation of its own rather than the generic "<routine> changed the PTE".
#include "dbg/session.h"
#include "hw/mmu.h"
#include "sim/explain.h"
#include "sim/simulator.h"

#include <QDir>
#include <QTest>

#include <fstream>
#include <map>

using namespace mm;

namespace {

struct Machine {
    std::unique_ptr<sim::Simulator> sim = sim::Simulator::create(sim::SimulatorConfig {});
    dbg::Session session {*sim};

    void run(const char* line)
    {
        const auto result = session.execute(line);
        QVERIFY2(result.ok, (std::string(line) + ": " + result.error).c_str());
    }
    // The explanations of the events the last command appended, each with its scene.
    std::vector<std::pair<sim::Event, sim::Explanation>> explainSince(uint64_t seq) const
    {
        std::vector<std::pair<sim::Event, sim::Explanation>> out;
        sim::Routine scene = sim::Routine::Count;
        for (const sim::Event& e : sim->events().since(seq)) {
            if (sim::opensScene(e.routine))
                scene = e.routine;
            out.emplace_back(e, sim::explain(e, scene));
        }
        return out;
    }
    uint32_t frameOf(const char* image, uint32_t va) const
    {
        for (const auto& p : sim->processes().processes()) {
            if (p->imageName == image)
                return uint32_t(hw::Mmu::walk(sim->memory(), p->directoryTableBase[0], va).physical >> 12);
        }
        return 0;
    }
};

bool isGeneric(const sim::Event& e, const sim::Explanation& x)
{
    const std::string routine = sim::routineName(e.routine);
    const std::string why = x.why.text();
    return why.empty() || why.rfind(routine + " changed the ", 0) == 0
        || why.rfind(routine + " moved the frame", 0) == 0;
}

} // namespace

class TestExplain : public QObject {
    Q_OBJECT
private slots:
    void entriesDecodeAsTheirFormatsSay()
    {
        // Valid: frame 71c, W (bit 1), U/S (bit 2), Accessed (bit 5), Dirty (bit 6).
        QCOMPARE(sim::decodeEntry(0x0071c067), std::string("Valid pfn 71c RW user dirty"));
        // A kernel large page, global: 1e3 = V W A D PS G; bit 2 clear.
        QCOMPARE(sim::decodeEntry(0x004001e3), std::string("Valid pfn 400 RW kernel large global dirty"));
        QCOMPARE(sim::decodeEntry(0x00000021), std::string("Valid pfn 0 RO kernel"));
        // Transition (bit 11) with protection 4 (bits 5-9 = 00100): 0x880.
        QCOMPARE(sim::decodeEntry(0x0071c880), std::string("Transition pfn 71c ReadWrite"));
        // Demand zero: only the protection, 1 (Readonly, as !pte spells it) << 5.
        QCOMPARE(sim::decodeEntry(0x00000020), std::string("DemandZero Readonly"));
        // Paging file 0 (bits 1-4), offset 1a (bits 12-31), protection 4.
        QCOMPARE(sim::decodeEntry(0x0001a080), std::string("PageFile 0 offset 1a ReadWrite"));
        QCOMPARE(sim::decodeEntry(0x0001a082), std::string("PageFile 1 offset 1a ReadWrite"));
        // Prototype (bit 10): 0xFFFFF in bits 12-31 means "look it up in the VAD".
        QCOMPARE(sim::decodeEntry(0xFFFFF480), std::string("Proto (VAD)"));
        QCOMPARE(sim::decodeEntry(0), std::string("0"));
        // The same bits in a prototype PTE name a subsection.
        QCOMPARE(sim::decodeEntry(0x00000480, true), std::string("Subsection"));
    }

    // A sentence's template and its arguments, as QString::arg fills them: %1..%9 by
    // position, a placeholder with no argument left as it is.
    void messagesFillTheirArguments()
    {
        QCOMPARE(sim::Message::fill("%1 of %2 slots left.", {"251", "255"}), std::string("251 of 255 slots left."));
        QCOMPARE(sim::Message::fill("%2, then %1", {"a", "b"}), std::string("b, then a"));
        QCOMPARE(sim::Message::fill("100% sure, %3", {"a"}), std::string("100% sure, %3"));
        const sim::Message m {"mm::explain", "The page is taken off the %1 list.", {"Standby"}};
        QCOMPARE(m.text(), std::string("The page is taken off the Standby list."));
    }

    void aTrimSaysWhereEachPageGoesAndWhy()
    {
        Machine m;
        m.run("spawn a.exe");
        m.run("switch a.exe");
        m.run("alloc 0 2000");
        m.run("touch 10000 1000 write"); // dirty
        const uint32_t dirty = m.frameOf("a.exe", 0x10000);
        m.run("modwrite");
        m.run("touch 11000 1000 write");
        const uint32_t written = m.frameOf("a.exe", 0x11000);
        uint64_t seq = m.sim->events().lastSeq();
        m.run("trim a.exe all");

        bool sawPte = false;
        bool sawModified = false;
        for (const auto& [e, x] : m.explainSince(seq)) {
            if (e.kind == sim::EventKind::PteWrite && e.va == 0x10000) {
                // RW private page, dirty: its PTE becomes a transition PTE with protection 4.
                QCOMPARE(x.change,
                    "Valid pfn " + QByteArray::number(dirty, 16).toStdString() + " RW user dirty -> "
                        + "Transition pfn " + QByteArray::number(dirty, 16).toStdString() + " ReadWrite");
                QVERIFY(x.why.text().rfind("The working set was trimmed: ", 0) == 0);
                sawPte = true;
            }
            if (e.kind == sim::EventKind::PageMove && e.pfn == dirty && e.listNew == uint8_t(PageLocation::Modified)) {
                QCOMPARE(x.change, std::string("Transition -> Modified"));
                QVERIFY2(x.why.text().find("trimmed and the page is dirty") != std::string::npos, x.why.text().c_str());
                sawModified = true;
            }
        }
        QVERIFY(sawPte);
        QVERIFY(sawModified);

        // The modified page writer writes it; the page is clean and goes to Standby.
        seq = m.sim->events().lastSeq();
        m.run("modwrite");
        bool sawStandby = false;
        for (const auto& [e, x] : m.explainSince(seq)) {
            if (e.kind == sim::EventKind::PageMove && e.pfn == dirty && e.listNew == uint8_t(PageLocation::Standby)) {
                QVERIFY2(x.why.text().rfind("The write finished, so the page is clean", 0) == 0, x.why.text().c_str());
                sawStandby = true;
            }
        }
        QVERIFY(sawStandby);
        Q_UNUSED(written);

        // Reading it again is a soft fault: the frame comes back from Standby.
        seq = m.sim->events().lastSeq();
        m.run("read 10000");
        bool sawSoft = false;
        for (const auto& [e, x] : m.explainSince(seq)) {
            if (e.kind == sim::EventKind::PteWrite && e.routine == sim::Routine::MiResolveTransitionFault) {
                QVERIFY(x.change.rfind("Transition pfn " + QByteArray::number(dirty, 16).toStdString(), 0) == 0);
                QVERIFY(x.why.text().rfind("A soft fault", 0) == 0);
                sawSoft = true;
            }
            if (e.kind == sim::EventKind::PageMove && e.routine == sim::Routine::MiUnlinkPageFromList)
                QVERIFY2(x.why.text().find("still on the Standby list (a soft fault)") != std::string::npos,
                    x.why.text().c_str());
        }
        QVERIFY(sawSoft);
    }

    void everyEventOfEveryScriptIsExplained()
    {
        std::map<std::string, std::string> generic; // routine and kind -> an example
        size_t explained = 0;
        QStringList files;
        for (const QString& dir :
            {QStringLiteral(MMVIS_SCENARIO_DIR), QStringLiteral(MMVIS_LESSON_DIR), QStringLiteral(MMVIS_BATCH_DIR)}) {
            for (const QFileInfo& f :
                QDir(dir).entryInfoList({QStringLiteral("*.cmd"), QStringLiteral("*.txt")}, QDir::Files))
                files << f.absoluteFilePath();
        }
        QVERIFY(files.size() > 20);
        for (const QString& path : files) {
            Machine m;
            std::ifstream file(path.toStdString());
            std::string line;
            while (std::getline(file, line))
                m.session.execute(line);
            // Scenes do not cross commands; a script's commands are what the window groups.
            sim::Routine scene = sim::Routine::Count;
            const auto& log = m.sim->events();
            for (size_t i = 0; i < log.size(); ++i) {
                const sim::Event& e = log[i];
                if (sim::opensScene(e.routine))
                    scene = e.routine;
                if (e.kind != sim::EventKind::PteWrite && e.kind != sim::EventKind::PageMove)
                    continue;
                const sim::Explanation x = sim::explain(e, scene);
                QVERIFY(!x.change.empty());
                if (isGeneric(e, x))
                    generic.emplace(std::string(sim::routineName(e.routine))
                            + (e.kind == sim::EventKind::PteWrite ? " PTE write" : " frame move"),
                        x.change + " in " + QFileInfo(path).fileName().toStdString());
                ++explained;
            }
        }
        QVERIFY(explained > 100000);
        std::string missing;
        for (const auto& [what, example] : generic)
            missing += "\n  " + what + ": " + example;
        QVERIFY2(generic.empty(), ("events without an explanation of their own:" + missing).c_str());
    }
};

QTEST_GUILESS_MAIN(TestExplain)
#include "tst_explain.moc"

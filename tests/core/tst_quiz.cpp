// The practice worksheet (quiz): reproducible from its seed, changes nothing, and its
// answers agree with the same questions worked out from first principles here (the x86
// PTE bits and the self-map arithmetic of ../shared/reference/seed-digest.md), not with
// the code that made them.
#include "dbg/quiz.h"
#include "dbg/session.h"
#include "mm/mmpfn.h"
#include "sim/simulator.h"

#include <QTest>

#include <algorithm>
#include <cstdio>
#include <set>
#include <sstream>

using namespace mm;

namespace {

std::string hex8(uint32_t v, bool upper = false)
{
    char text[16];
    std::snprintf(text, sizeof text, upper ? "%08X" : "%08x", v);
    return text;
}

} // namespace

class TestQuiz : public QObject {
    Q_OBJECT
private slots:
    void answersAgreeWithFirstPrinciples()
    {
        sim::SimulatorConfig config;
        config.ramBytes = 32ull << 20;
        auto sim = sim::Simulator::create(config);
        dbg::Session session(*sim);
        for (const char* line : {"spawn a.exe", "switch a.exe", "alloc 10000 10000", "touch 10000 8000 write",
                 "touch 18000 4000 read", "trim a.exe 4", "modwrite", "exec 77f61000", "spawn b.exe", "switch b.exe",
                 "alloc 0 4000", "read 400000"})
            QVERIFY(session.execute(line).ok);
        const uint64_t hash = sim->stateHash();
        const size_t end = session.end();

        std::set<int> kinds;
        std::vector<dbg::QuizQuestion> directoryDiffs;
        for (uint64_t seed : {1, 2, 3, 99}) {
            const auto quiz = dbg::makeQuiz(*sim, 24, seed);
            QCOMPARE(quiz.size(), size_t(24));
            for (const auto& q : quiz) {
                kinds.insert(int(q.kind));
                using Kind = dbg::QuizQuestion::Kind;
                switch (q.kind) {
                case Kind::SelfMap: {
                    // PTE(va) = C0000000 + (va >> 12) * 4; PDE(va) = C0300000 + (va >> 22) * 4.
                    const uint32_t pte = 0xC0000000u + (q.va >> 12) * 4;
                    const uint32_t pde = 0xC0300000u + (q.va >> 22) * 4;
                    QCOMPARE(q.answer, "PTE at " + hex8(pte, true) + ", PDE at " + hex8(pde, true));
                    break;
                }
                case Kind::Decode:
                    if (q.pte & 1) { // P: frame in bits 12-31, R/W bit 1, U/S bit 2
                        char frame[16];
                        std::snprintf(frame, sizeof frame, "frame %x,", q.pte >> 12);
                        QVERIFY2(q.answer.rfind("valid: ", 0) == 0, q.answer.c_str());
                        QVERIFY2(q.answer.find(frame) != std::string::npos, q.answer.c_str());
                        QVERIFY(q.answer.find((q.pte & 2) ? "writable" : "read-only") != std::string::npos);
                        QVERIFY(q.answer.find((q.pte & 4) ? "user" : "kernel") != std::string::npos);
                        QCOMPARE(q.answer.find("dirty") != std::string::npos, bool(q.pte & 0x40));
                    } else if (q.pte & 0x800 && !(q.pte & 0x400)) { // transition: TRN set, prototype clear
                        char frame[40];
                        std::snprintf(frame, sizeof frame, "transition: frame %x,", q.pte >> 12);
                        QVERIFY2(q.answer.rfind(frame, 0) == 0, q.answer.c_str());
                    }
                    break;
                case Kind::Translate:
                    if (q.pte & 1) // physical = frame | offset
                        QCOMPARE(q.answer, "physical address " + hex8((q.pte & 0xFFFFF000u) | (q.va & 0xFFF)));
                    else if (q.pte & 0x800 && !(q.pte & 0x400))
                        QVERIFY2(q.answer.find("MiResolveTransitionFault") != std::string::npos, q.answer.c_str());
                    break;
                case Kind::AfterTrim:
                    QVERIFY(q.pte & 1);
                    if (q.pte & 0x40) // D: written, so only memory holds it
                        QVERIFY2(q.answer.rfind("Modified", 0) == 0, q.answer.c_str());
                    break;
                case Kind::DirectoryDiff:
                    directoryDiffs.push_back(q);
                    break;
                case Kind::SpawnZeroed:
                    // Three pages, the Zeroed list first: the machine has zeroed none.
                    QCOMPARE(sim->pfnDatabase().count(PageLocation::Zeroed), 0u);
                    QCOMPARE(q.numbers, std::vector<uint32_t> {0});
                    QVERIFY2(q.answer.rfind("0: ", 0) == 0, q.answer.c_str());
                    break;
                }
            }
        }
        QCOMPARE(kinds.size(), size_t(6)); // every kind of question came up

        // Reproducible from the seed, different with another, and asking changes nothing.
        const auto first = session.execute("quiz 0n12 seed 7").output;
        QCOMPARE(session.execute("quiz 0n12 seed 7").output, first);
        QVERIFY(session.execute("quiz 0n12 seed 8").output != first);
        QVERIFY(first.find("Answer key:") != std::string::npos);
        QCOMPARE(sim->stateHash(), hash);
        QCOMPARE(session.end(), end);

        // Which PDEs differ, read the way a student would: each directory dumped through its
        // own self-map window (dd c0300000) while its process runs. In system space only
        // 300 (self-map) and 301 (hyperspace) differ (seed digest: the showdir experiment);
        // in user space every PDE either process uses.
        QVERIFY(!directoryDiffs.empty());
        auto directoryOf = [&](uint16_t cid) {
            char line[32];
            std::snprintf(line, sizeof line, "switch %x", cid);
            [&] { QVERIFY(session.execute(line).ok); }();
            const auto dump = session.execute("dd c0300000 l400");
            std::vector<uint32_t> pdes;
            std::istringstream rows(dump.output);
            std::string address;
            while (rows >> address) {
                for (int i = 0; i < 4; ++i) {
                    std::string value;
                    rows >> value;
                    pdes.push_back(uint32_t(std::stoul(value, nullptr, 16)));
                }
            }
            return pdes;
        };
        for (const auto& q : directoryDiffs) {
            const auto a = directoryOf(q.cid);
            const auto b = directoryOf(q.otherCid);
            QCOMPARE(a.size(), size_t(1024));
            QCOMPARE(b.size(), size_t(1024));
            std::vector<uint32_t> differ;
            for (uint32_t i = 0; i < 1024; ++i) {
                if (i < 0x200 ? (a[i] || b[i]) : a[i] != b[i])
                    differ.push_back(i);
            }
            QCOMPARE(q.numbers, differ);
            QCOMPARE(std::vector<uint32_t>(std::find(differ.begin(), differ.end(), 0x300u), differ.end()),
                (std::vector<uint32_t> {0x300, 0x301}));
            QVERIFY(dbg::checkAnswer(q, q.answer));
        }
    }

    // A new process's three pages (page directory, hyperspace page table, working set list:
    // seed digest, process creation) come from the Zeroed list while it has pages; what
    // the machine does when it is asked to (the rehearsal, on a copy) agrees.
    void spawnTakesThreePagesZeroedFirst()
    {
        for (const char* zero : {"zero 1", "zero 2", "zero 40"}) {
            auto sim = sim::Simulator::create({});
            dbg::Session session(*sim);
            for (const char* line : {"spawn a.exe", "switch a.exe", "alloc 0 4000", "touch 10000 4000 write", zero})
                QVERIFY(session.execute(line).ok);
            const uint32_t zeroed = sim->pfnDatabase().count(PageLocation::Zeroed);
            const uint64_t hash = sim->stateHash();
            const auto quiz = dbg::makeQuiz(*sim, 40, 3);
            const auto q = std::find_if(quiz.begin(), quiz.end(),
                [](const dbg::QuizQuestion& x) { return x.kind == dbg::QuizQuestion::Kind::SpawnZeroed; });
            QVERIFY(q != quiz.end());
            QCOMPARE(q->numbers.front(), std::min(3u, zeroed));
            const std::string trace = dbg::rehearse(session, *q);
            QCOMPARE(sim->stateHash(), hash); // the rehearsal ran on a copy
            size_t taken = 0;
            size_t fromZeroed = 0;
            for (size_t at = 0; (at = trace.find("-> Active", at)) != std::string::npos; ++at)
                ++taken;
            for (size_t at = 0; (at = trace.find("Zeroed -> Active", at)) != std::string::npos; ++at)
                ++fromZeroed;
            QCOMPARE(taken, size_t(3));
            QCOMPARE(fromZeroed, size_t(q->numbers.front()));
            QVERIFY(dbg::checkAnswer(*q, "it takes " + std::to_string(q->numbers.front())));
            QVERIFY(!dbg::checkAnswer(*q, "3 or " + std::to_string(q->numbers.front())) || zeroed >= 3);
        }
    }

    // The trim question's explanation is what the trim does to that page, on a copy.
    void trimIsRehearsed()
    {
        auto sim = sim::Simulator::create({});
        dbg::Session session(*sim);
        for (const char* line : {"spawn a.exe", "switch a.exe", "alloc 10000 10000", "touch 10000 4000 write",
                 "touch 14000 4000 read", "modwrite"})
            QVERIFY(session.execute(line).ok);
        size_t rehearsed = 0;
        for (const auto& q : dbg::makeQuiz(*sim, 40, 11)) {
            if (q.kind != dbg::QuizQuestion::Kind::AfterTrim)
                continue;
            const std::string trace = dbg::rehearse(session, q);
            const std::string list = q.answer.substr(0, q.answer.find(':'));
            // The page's PTE becomes a transition PTE, and the frame ends on the answer's list.
            QVERIFY2(trace.find("MiEliminateWorkingSetEntry: Valid pfn") != std::string::npos, trace.c_str());
            QVERIFY2(trace.rfind("-> " + list + ".") != std::string::npos, trace.c_str());
            ++rehearsed;
        }
        QVERIFY(rehearsed >= 2);
        QCOMPARE(session.end(), size_t(6));
    }

    // A student's answer: the official answer is right; the numbers and words that matter
    // are enough, in any case, with or without 0x; a wrong number or list is not.
    void answersAreChecked()
    {
        sim::SimulatorConfig config;
        config.ramBytes = 32ull << 20;
        auto sim = sim::Simulator::create(config);
        dbg::Session session(*sim);
        for (const char* line : {"spawn a.exe", "switch a.exe", "alloc 10000 10000", "touch 10000 8000 write",
                 "trim a.exe 4", "modwrite", "exec 77f61000"})
            QVERIFY(session.execute(line).ok);
        int checked = 0;
        for (const auto& q : dbg::makeQuiz(*sim, 40, 5)) {
            QVERIFY2(dbg::checkAnswer(q, q.answer), q.answer.c_str());
            QVERIFY(!dbg::checkAnswer(q, "I do not know"));
            using Kind = dbg::QuizQuestion::Kind;
            if (q.kind == Kind::SelfMap) {
                const uint32_t pte = 0xC0000000u + (q.va >> 12) * 4;
                const uint32_t pde = 0xC0300000u + (q.va >> 22) * 4;
                char mine[64];
                std::snprintf(mine, sizeof mine, "pde 0x%x and pte %x", pde, pte);
                QVERIFY2(dbg::checkAnswer(q, mine), mine);
                std::snprintf(mine, sizeof mine, "pde 0x%x and pte %x", pde, pte + 4);
                QVERIFY2(!dbg::checkAnswer(q, mine), mine);
                ++checked;
            }
            if (q.kind == Kind::Translate && (q.pte & 1)) {
                char mine[32];
                std::snprintf(mine, sizeof mine, "0X%X", (q.pte & 0xFFFFF000u) | (q.va & 0xFFF));
                QVERIFY2(dbg::checkAnswer(q, mine), mine);
                ++checked;
            }
            if (q.kind == Kind::AfterTrim) {
                const bool modified = q.answer.rfind("Modified", 0) == 0;
                QVERIFY(dbg::checkAnswer(q, modified ? "the modified list" : "STANDBY"));
                QVERIFY(!dbg::checkAnswer(q, modified ? "standby" : "modified"));
                ++checked;
            }
        }
        QVERIFY(checked >= 5);
    }

    void aBootedMachineHasNothingToAskAbout()
    {
        auto sim = sim::Simulator::create({});
        dbg::Session session(*sim);
        const auto result = session.execute("quiz");
        QVERIFY(result.ok);
        QVERIFY(result.output.find("no user page is mapped yet") != std::string::npos);
        QVERIFY(!session.execute("quiz 0").ok);
        QVERIFY(!session.execute("quiz 5 seeds 3").ok);
    }
};

QTEST_GUILESS_MAIN(TestQuiz)
#include "tst_quiz.moc"

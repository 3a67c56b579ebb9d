// Checkpoints of the whole machine: after restoring one and replaying the commands that
// followed it, the machine is bit for bit what it was the first time (the state hash, the
// event log, the invariants), whatever order positions are visited in; checkpoints share
// what did not change, and writing after a checkpoint never changes it.
#include "dbg/console.h"
#include "dbg/session.h"
#include "sim/invariantchecker.h"
#include "sim/simulator.h"
#include "support/randomcommands.h"

#include <QTest>

#include <map>
#include <memory>
#include <optional>
#include <string>
#include <variant>
#include <vector>

using namespace mm;

namespace {
struct Recorded {
    uint64_t hash = 0;
    uint64_t lastEvent = 0;
};
struct Saved {
    std::shared_ptr<const sim::MachineState> machine;
    dbg::Console::State console;
};
} // namespace

class TestCheckpoints : public QObject {
    Q_OBJECT

private slots:
    // Random scripts: every position reached again from the nearest checkpoint at or
    // before it, visiting positions forwards, backwards and at random.
    void everyPositionComesBackExactly_data()
    {
        QTest::addColumn<quint64>("seed");
        QTest::addColumn<QString>("ram");
        for (quint64 seed : {1, 2, 3})
            QTest::newRow(qPrintable(QStringLiteral("seed %1, 8 MB").arg(seed))) << seed << QStringLiteral("8M");
        QTest::newRow("seed 4, 128 MB") << quint64(4) << QStringLiteral("128M");
    }
    void everyPositionComesBackExactly()
    {
        QFETCH(quint64, seed);
        QFETCH(QString, ram);
        sim::SimulatorConfig config;
        config.ramBytes = (ram == QLatin1String("8M") ? 8ull : 128ull) << 20;
        config.maxProcesses = 24;
        auto sim = sim::Simulator::create(config);
        QVERIFY(sim);
        dbg::Console console(*sim);

        // The first run: the commands, the hash and last event after each, a checkpoint
        // every 16 positions (position 0: as booted).
        const int commands = 240;
        const int every = 16;
        testing::Random random(seed);
        testing::Generator generator(random, *sim);
        std::vector<std::string> script;
        std::vector<Recorded> recorded {{sim->stateHash(), sim->events().lastSeq()}};
        std::map<int, Saved> checkpoints {{0, {sim->checkpoint(), console.state()}}};
        for (int n = 1; n <= commands; ++n) {
            script.push_back(generator.next());
            console.execute(script.back());
            recorded.push_back({sim->stateHash(), sim->events().lastSeq()});
            if (n % every == 0)
                checkpoints[n] = {sim->checkpoint(), console.state()};
        }

        auto goTo = [&](int position) {
            const auto& [at, saved] = *std::prev(checkpoints.upper_bound(position));
            QVERIFY(sim->restore(*saved.machine));
            console.restore(saved.console);
            QCOMPARE(sim->stateHash(), recorded[size_t(at)].hash);
            for (int n = at + 1; n <= position; ++n)
                console.execute(script[size_t(n - 1)]);
            QCOMPARE(sim->stateHash(), recorded[size_t(position)].hash);
            QCOMPARE(sim->events().lastSeq(), recorded[size_t(position)].lastEvent);
        };
        for (int p = commands; p >= 0; p -= 7)
            goTo(p);
        for (int p = 0; p <= commands; p += 5)
            goTo(p);
        testing::Random order(seed + 100);
        for (int k = 0; k < 40; ++k)
            goTo(int(order.below(commands + 1)));
        const auto violations = sim::checkInvariants(*sim, 3);
        QVERIFY2(violations.empty(), violations.empty() ? "" : violations.front().c_str());
    }

    // A session's time travel over random scripts that themselves go back and forth
    // (t-, !tt, g, g-) and run new commands in the past: the hash at a position is the
    // one recorded when the position was first reached, every time it is reached again,
    // and at the end every position is visited going down and going up.
    void sessionPositionsComeBackExactly_data()
    {
        QTest::addColumn<quint64>("seed");
        for (quint64 seed : {11, 12, 13})
            QTest::newRow(qPrintable(QStringLiteral("seed %1").arg(seed))) << seed;
    }
    void sessionPositionsComeBackExactly()
    {
        QFETCH(quint64, seed);
        sim::SimulatorConfig config;
        config.ramBytes = 8ull << 20;
        config.maxProcesses = 24;
        auto sim = sim::Simulator::create(config);
        dbg::Session session(*sim, 16); // many checkpoints, to restore
        testing::Random random(seed);
        testing::Generator generator(random, *sim);
        std::vector<uint64_t> hashAt {sim->stateHash()};
        int travelled = 0;
        for (int i = 0; i < 600; ++i) {
            const std::string line = generator.next();
            const size_t before = session.position();
            const auto command = [&]() -> std::optional<dbg::Command> {
                try {
                    return dbg::parseCommand(line);
                } catch (const dbg::CommandError&) {
                    return std::nullopt;
                }
            }();
            const bool travel = command && std::holds_alternative<dbg::args::TimeTravel>(command->arguments);
            session.execute(line);
            const uint64_t hash = sim->stateHash();
            if (travel) {
                ++travelled;
                QVERIFY2(hash == hashAt[session.position()], qPrintable(QString::fromStdString(line)));
            } else if (session.position() != before) {
                // A command was recorded: a new position (the future after it, if any, is replaced).
                QCOMPARE(session.position(), before + 1);
                hashAt.resize(session.position());
                hashAt.push_back(hash);
            } else {
                // Not recorded, so it must not have changed the machine (a replay would
                // not repeat it): looking, an error, or a time-travel command that stayed.
                QVERIFY2(hash == hashAt[session.position()],
                    qPrintable("not recorded, yet it changed the machine: " + QString::fromStdString(line)));
            }
            QCOMPARE(hashAt.size(), session.end() + 1);
        }
        QVERIFY(travelled > 5);
        for (size_t p = session.end() + 1; p-- > 0;) {
            session.execute("!tt " + std::to_string(p));
            QCOMPARE(sim->stateHash(), hashAt[p]);
        }
        for (size_t p = 0; p <= session.end(); p += 3) {
            session.execute("!tt " + std::to_string(p));
            QCOMPARE(sim->stateHash(), hashAt[p]);
        }
        QVERIFY(sim::checkInvariants(*sim).empty());
    }

    // A checkpoint is a value: the machine going on, or another checkpoint restored and
    // written to, leaves it as it was; and it shares the frames nobody wrote.
    void checkpointsShareWhatDidNotChange()
    {
        auto sim = sim::Simulator::create({});
        dbg::Console console(*sim);
        for (const char* line : {"spawn a.exe", "switch a.exe", "alloc 0 100000", "touch 10000 100000 write"})
            QVERIFY(console.execute(line).ok);
        const auto before = sim->checkpoint();
        const uint64_t hashBefore = sim->stateHash();
        const std::string dumpBefore = console.execute("dd 10000 L4").output;
        const size_t framesBefore = sim->memory().allocatedFrameCount();
        QVERIFY(console.execute("write 10000 12345678").ok);
        QVERIFY(console.execute("trim a.exe").ok);
        QVERIFY(console.execute("modwrite").ok);
        QVERIFY(sim->stateHash() != hashBefore);

        // The frames the checkpoint holds and the live machine holds are the same buffers,
        // except those written since: far fewer than all of them.
        const auto& then = before->memory.frames;
        const auto& now = sim->memory().state().frames;
        size_t shared = 0;
        size_t stored = 0;
        for (size_t pfn = 0; pfn < now.size(); ++pfn) {
            if (then[pfn]) {
                ++stored;
                shared += then[pfn] == now[pfn] ? 1 : 0;
            }
        }
        QCOMPARE(stored, framesBefore);
        QVERIFY2(shared * 10 >= stored * 9, qPrintable(QStringLiteral("%1 of %2 shared").arg(shared).arg(stored)));

        QVERIFY(console.execute("dd 10000 L4").output != dumpBefore);
        const auto after = sim->checkpoint();
        const uint64_t hashAfter = sim->stateHash();

        QVERIFY(sim->restore(*before));
        QCOMPARE(sim->stateHash(), hashBefore);
        QCOMPARE(console.execute("dd 10000 L4").output, dumpBefore);
        // The recorded future is still there: forward to the later checkpoint and back.
        QVERIFY(sim->restore(*after));
        QCOMPARE(sim->stateHash(), hashAfter);
        QVERIFY(sim->restore(*before));
        // A different command replaces the future; writing does not reach into either
        // checkpoint, and the later one can no longer be restored (its events are gone).
        sim->events().discardFuture();
        QVERIFY(console.execute("write 10000 cafe").ok);
        QVERIFY(console.execute("trim a.exe").ok);
        const uint64_t hashNow = sim->stateHash();
        QVERIFY(!sim->restore(*after));
        QCOMPARE(sim->stateHash(), hashNow);
        QVERIFY(sim->restore(*before));
        QCOMPARE(sim->stateHash(), hashBefore);
        QCOMPARE(console.execute("dd 10000 L4").output, dumpBefore);
    }
};

QTEST_APPLESS_MAIN(TestCheckpoints)
#include "tst_checkpoints.moc"

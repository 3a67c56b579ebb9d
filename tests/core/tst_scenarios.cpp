// The scenarios in resources/scenarios run cleanly, and the page-list dynamics scenario
// moves pages exactly as its annotations (written from the seed digest's rules) say.
#include "dbg/console.h"
#include "sim/invariantchecker.h"
#include "sim/simulator.h"

#include <QTest>

#include <array>
#include <fstream>
#include <sstream>

using namespace mm;

namespace {
const char* const kLists[]
    = {"Zeroed", "Free", "Standby", "Modified", "ModifiedNoWrite", "Bad", "Active", "Transition"};

std::array<int64_t, kPageLocationCount> counts(const sim::Simulator& sim)
{
    std::array<int64_t, kPageLocationCount> c {};
    for (int l = 0; l < kPageLocationCount; ++l)
        c[l] = sim.pfnDatabase().count(static_cast<PageLocation>(l));
    return c;
}

int listIndex(const std::string& name)
{
    for (int l = 0; l < kPageLocationCount; ++l) {
        if (name == kLists[l])
            return l;
    }
    return -1;
}
} // namespace

class TestScenarios : public QObject {
    Q_OBJECT
private slots:
    void pageListDynamics_data()
    {
        QTest::addColumn<int>("megabytes");
        QTest::newRow("16 MB") << 16;
        QTest::newRow("128 MB") << 128;
    }
    void pageListDynamics()
    {
        QFETCH(int, megabytes);
        std::ifstream file(MMVIS_SCENARIO_DIR "/page-list-dynamics.cmd");
        QVERIFY(file);
        sim::SimulatorConfig config;
        config.ramBytes = uint64_t(megabytes) << 20;
        auto sim = sim::Simulator::create(config);
        dbg::Console console(*sim);
        const auto initial = counts(*sim);

        std::string line;
        std::string expectation;
        int steps = 0;
        while (std::getline(file, line)) {
            if (line.rfind("#=", 0) == 0 || line.rfind("#~", 0) == 0) {
                expectation = line;
                continue;
            }
            const dbg::CommandLine parsed(line);
            if (parsed.empty())
                continue;
            const auto before = counts(*sim);
            const auto result = console.execute(line);
            QVERIFY2(result.ok, (line + ": " + result.error).c_str());
            QCOMPARE(sim::checkInvariants(*sim), std::vector<std::string> {});
            const auto after = counts(*sim);
            std::array<int64_t, kPageLocationCount> expected {};
            bool exact = false;
            std::istringstream words(expectation);
            std::string word;
            words >> word;
            exact = word == "#=";
            std::array<int, kPageLocationCount> direction {};
            while (words >> word) {
                if (exact) {
                    std::string amount;
                    words >> amount;
                    const int l = listIndex(word);
                    QVERIFY2(l >= 0, word.c_str());
                    expected[l] = std::stoll(amount);
                } else {
                    const int l = listIndex(word.substr(0, word.size() - 1));
                    QVERIFY2(l >= 0, word.c_str());
                    direction[l] = word.back() == '+' ? 1 : -1;
                }
            }
            for (int l = 0; l < kPageLocationCount && !expectation.empty(); ++l) {
                const int64_t delta = after[l] - before[l];
                const std::string what = line + ": " + kLists[l] + " changed by " + std::to_string(delta);
                if (exact)
                    QVERIFY2(delta == expected[l], what.c_str());
                else if (direction[l])
                    QVERIFY2(delta * direction[l] > 0, what.c_str());
            }
            steps += !expectation.empty();
            expectation.clear();
        }
        QVERIFY(steps >= 12);
        // Everything came back: after the last zeroing the counts are those after boot,
        // except that the Free pages are now zeroed.
        const auto final = counts(*sim);
        QCOMPARE(final[int(PageLocation::Active)], initial[int(PageLocation::Active)]);
        QCOMPARE(
            final[int(PageLocation::Zeroed)], initial[int(PageLocation::Zeroed)] + initial[int(PageLocation::Free)]);
    }

    void everyScenarioRunsCleanly()
    {
        for (const char* name : {"default-demo.cmd", "page-list-dynamics.cmd"}) {
            std::ifstream file(std::string(MMVIS_SCENARIO_DIR "/") + name);
            QVERIFY2(file, name);
            auto sim = sim::Simulator::create({});
            dbg::Console console(*sim);
            std::string line;
            while (std::getline(file, line)) {
                const auto r = console.execute(line);
                QVERIFY2(r.ok, (std::string(name) + ": " + line + ": " + r.error).c_str());
            }
            QCOMPARE(sim::checkInvariants(*sim), std::vector<std::string> {});
        }
    }
};

QTEST_APPLESS_MAIN(TestScenarios)
#include "tst_scenarios.moc"

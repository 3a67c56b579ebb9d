// Every routine a student meets has a glossary entry (help <routine>): every routine an
// event can name, and every routine-like name the console prints in the golden
// transcripts and in a run of every scenario and built-in lesson (event lines such as
// "MiRemoveZeroPage: ..." and fault chains "-> MiResolveDemandZeroFault, ...").
#include "dbg/session.h"
#include "sim/glossary.h"
#include "sim/simulator.h"

#include <QDir>
#include <QRegularExpression>
#include <QTest>

#include <fstream>
#include <set>
#include <sstream>

using namespace mm;

namespace {

// The names the console prints as routines: at the start of a line before ':', or after
// "-> " in a chain.
std::set<std::string> routinesIn(const QString& text)
{
    static const QRegularExpression name(
        QStringLiteral("(?:^|-> )((?:Mi|Mm|Nt|Ke|Ki|Io|Psp)[A-Z][A-Za-z]+)[:,]"), QRegularExpression::MultilineOption);
    std::set<std::string> names;
    for (auto it = name.globalMatch(text); it.hasNext();)
        names.insert(it.next().captured(1).toStdString());
    return names;
}

QString transcriptOf(const QString& path)
{
    std::ifstream file(path.toStdString());
    sim::SimulatorConfig config; // 128 MB, as lessons expect
    auto sim = sim::Simulator::create(config);
    dbg::Session session(*sim);
    std::string out;
    std::string line;
    while (std::getline(file, line)) {
        const auto result = session.execute(line);
        out += result.output;
    }
    return QString::fromStdString(out);
}

} // namespace

class TestGlossary : public QObject {
    Q_OBJECT
private slots:
    void everyEventRoutineHasAnEntry()
    {
        for (int r = 0; r < int(sim::Routine::Count); ++r) {
            const auto routine = static_cast<sim::Routine>(r);
            const sim::GlossaryEntry* e = sim::glossaryEntry(routine);
            QVERIFY(e);
            QCOMPARE(std::string(e->name), std::string(sim::routineName(routine)));
            for (const char* field : {e->what, e->when, e->here, e->read})
                QVERIFY2(field && *field, e->name);
            QCOMPARE(sim::glossaryEntry(sim::routineName(routine)), e);
        }
        QVERIFY(!sim::glossaryEntry("MiFrobnicate"));
        QCOMPARE(std::string(sim::glossaryEntry("mmaccessfault")->name), std::string("MmAccessFault"));
    }

    void everyPrintedRoutineHasAnEntry()
    {
        std::set<std::string> names;
        size_t sources = 0;
        for (const QString& dir : {QStringLiteral(MMVIS_BATCH_DIR)}) {
            for (const QFileInfo& f : QDir(dir).entryInfoList({QStringLiteral("*.out")}, QDir::Files)) {
                QFile file(f.absoluteFilePath());
                QVERIFY(file.open(QIODevice::ReadOnly));
                for (const auto& n : routinesIn(QString::fromUtf8(file.readAll())))
                    names.insert(n);
                ++sources;
            }
        }
        for (const QString& dir : {QStringLiteral(MMVIS_SCENARIO_DIR), QStringLiteral(MMVIS_LESSON_DIR)}) {
            for (const QFileInfo& f :
                QDir(dir).entryInfoList({QStringLiteral("*.cmd"), QStringLiteral("*.txt")}, QDir::Files)) {
                for (const auto& n : routinesIn(transcriptOf(f.absoluteFilePath())))
                    names.insert(n);
                ++sources;
            }
        }
        QVERIFY(sources > 20);
        QVERIFY2(names.size() > 15, qPrintable(QString::number(names.size())));
        for (const std::string& n : names)
            QVERIFY2(sim::glossaryEntry(n), ("no glossary entry for " + n).c_str());
    }
};

QTEST_GUILESS_MAIN(TestGlossary)
#include "tst_glossary.moc"

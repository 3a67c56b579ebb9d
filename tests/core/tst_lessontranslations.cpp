// A lesson's translations (resources/lessons/<stem>.<language>.txt) teach the same lesson:
// the same steps, and in each step the same commands, .focus and .expect lines in the same
// order, so the machine, the views and the pinned facts are the ones the English lesson
// shows; only the title, step titles, captions, questions and answers are translated (and
// each step keeps its question). Each translation also runs headless (ctest lesson.*).
#include "dbg/lesson.h"

#include <QDir>
#include <QRegularExpression>
#include <QTest>

using namespace mm;

namespace {

dbg::LessonFile read(const QString& path)
{
    QFile file(path);
    dbg::LessonFile lesson;
    std::string error;
    [&] {
        QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(path));
        QVERIFY2(dbg::parseLesson(file.readAll().toStdString(), &lesson, &error), error.c_str());
    }();
    return lesson;
}

bool translated(const std::string& line)
{
    for (const char* d : {".say", ".ask", ".answer"}) {
        const size_t n = std::char_traits<char>::length(d);
        if (line.compare(0, n, d) == 0 && (line.size() == n || line[n] == ' '))
            return true;
    }
    return false;
}

// The lines that must be the same in every language, and how many of each translated kind.
QStringList fixedLines(const std::vector<dbg::LessonLine>& lines)
{
    QStringList fixed;
    int asks = 0;
    int answers = 0;
    for (const auto& l : lines) {
        const QString text = QString::fromStdString(l.text).trimmed();
        if (text.isEmpty() || text.startsWith(QLatin1Char('#')))
            continue;
        asks += text.startsWith(QLatin1String(".ask"));
        answers += text.startsWith(QLatin1String(".answer"));
        if (!translated(l.text))
            fixed << text;
    }
    fixed << QStringLiteral("(%1 questions, %2 answers)").arg(asks).arg(answers);
    return fixed;
}

} // namespace

class TestLessonTranslations : public QObject {
    Q_OBJECT
private slots:
    void translationsTeachTheSameLesson()
    {
        const QDir dir(QStringLiteral(MMVIS_LESSON_DIR));
        static const QRegularExpression name(QStringLiteral("^(.+)\\.(ko|zh_CN)\\.txt$"));
        int checked = 0;
        for (const QString& file : dir.entryList({QStringLiteral("*.*.txt")}, QDir::Files)) {
            const auto m = name.match(file);
            QVERIFY2(m.hasMatch(), qPrintable(file + ": a translation is <stem>.ko.txt or <stem>.zh_CN.txt"));
            const QString original = dir.filePath(m.captured(1) + QStringLiteral(".txt"));
            QVERIFY2(QFileInfo(original).isFile(), qPrintable(file + ": no English lesson " + original));
            const dbg::LessonFile en = read(original);
            const dbg::LessonFile tr = read(dir.filePath(file));
            QVERIFY2(tr.title != en.title, qPrintable(file + ": the title is not translated"));
            QCOMPARE(fixedLines(tr.preamble), fixedLines(en.preamble));
            QCOMPARE(tr.steps.size(), en.steps.size());
            for (size_t s = 0; s < en.steps.size(); ++s) {
                const QString where = QStringLiteral("%1, step %2").arg(file).arg(s + 1);
                QVERIFY2(!tr.steps[s].title.empty(), qPrintable(where));
                const QStringList a = fixedLines(tr.steps[s].lines);
                const QStringList b = fixedLines(en.steps[s].lines);
                QVERIFY2(a == b, qPrintable(where + ":\n  " + a.join("\n  ") + "\n differs from\n  " + b.join("\n  ")));
            }
            ++checked;
        }
        QVERIFY2(checked >= 1, "no lesson translations");
    }
};

QTEST_GUILESS_MAIN(TestLessonTranslations)
#include "tst_lessontranslations.moc"

// The window in Korean and in Simplified Chinese: with the language's translation
// installed, no text a user reads is still the English source. Walked: the menus and
// their actions (text, tips), dock titles, tabs, buttons, labels, placeholders, choices,
// table headers, the status bar, the event log's explanations, the Explain pane for one
// event of every routine (but for its references to the English reference documents),
// every dialog the menus open (spawn, allocate, access, reset, PNG scale, print size,
// about, compare positions, practice), every diagram as exported to SVG (titles,
// legends, notes), and, once the translations are installed for good, every built-in
// lesson step by step and 30 practice questions answered in the language. Allowed to
// stay English (resources/translations/terms.md): NT routine and structure names,
// WinDbg commands and output (the console), command verbs, the debugger's PTE decoding
// words, hex values, image names.
#include "commanddialogs.h"
#include "datapaths.h"
#include "diagram.h"
#include "diagramexporter.h"
#include "diagramset.h"
#include "eventlogview.h"
#include "eventmodel.h"
#include "language.h"
#include "lessonplayer.h"
#include "mainwindow.h"
#include "messages.h"
#include "palette.h"
#include "practicedialog.h"
#include "simulationcontroller.h"

#include <QSortFilterProxyModel>

#include "dbg/command.h"
#include "sim/simulator.h"

#include <QAbstractButton>
#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDialog>
#include <QDockWidget>
#include <QFile>
#include <QFileInfo>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QPlainTextEdit>
#include <QRegularExpression>
#include <QSet>
#include <QStatusBar>
#include <QTabBar>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>
#include <QTimer>
#include <QTranslator>
#include <QTreeView>

#include <functional>

namespace {

// Words that are the same in every language: the debugger's decoding of a PTE and a few
// names the interface shows as they are.
const QSet<QString> kTechnical = {
    QStringLiteral("pfn"),
    QStringLiteral("user"),
    QStringLiteral("kernel"),
    QStringLiteral("dirty"),
    QStringLiteral("global"),
    QStringLiteral("large"),
    QStringLiteral("offset"),
    QStringLiteral("counter"),
    QStringLiteral("invlpg"),
    QStringLiteral("flush"),
    QStringLiteral("copy"),
    QStringLiteral("on"),
    QStringLiteral("write"),
    QStringLiteral("exe"),
    QStringLiteral("dll"),
    QStringLiteral("kd"),
    QStringLiteral("mmvis"),
    QStringLiteral("Cid"),
    QStringLiteral("none"),
    QStringLiteral("ed"),
};

// The command language's verbs (`switch`, `trim`) and System, the process's NT name.
bool isCommandWord(const QString& w)
{
    static const QSet<QString> words = [] {
        QSet<QString> set {QStringLiteral("System")};
        for (const std::string& name : mm::dbg::commandNames())
            set.insert(QString::fromStdString(name));
        return set;
    }();
    return words.contains(w);
}

// The first run of two or more English words in a text, once technical names are taken
// out (words with an inner capital or digits, all-capital words, hex numbers, file names,
// command verbs and the words above); empty when there is none.
QString englishPhrase(const QString& text)
{
    static const QRegularExpression word(QStringLiteral("[A-Za-z][A-Za-z'-]*"));
    static const QRegularExpression technical(
        QStringLiteral("^([A-Z][a-z]+[A-Z][A-Za-z0-9]*|[A-Z0-9_]{2,}|[a-z]+[A-Z][A-Za-z0-9]*|[0-9a-fA-F]{2,})$"));
    QStringList run;
    QString found;
    int lastEnd = -1;
    for (auto it = word.globalMatch(text); it.hasNext();) {
        const auto m = it.next();
        const QString w = m.captured();
        const bool english
            = w.size() >= 2 && !kTechnical.contains(w) && !isCommandWord(w) && !technical.match(w).hasMatch();
        // Words join a run when only spaces or light punctuation separate them.
        const QString between = lastEnd >= 0 ? text.mid(lastEnd, m.capturedStart() - lastEnd) : QString();
        const bool adjacent = lastEnd >= 0 && QRegularExpression(QStringLiteral("^[ ,]+$")).match(between).hasMatch();
        if (!english || !adjacent)
            run.clear();
        if (english)
            run << w;
        if (run.size() >= 2 && found.isEmpty())
            found = run.join(QLatin1Char(' '));
        lastEnd = int(m.capturedEnd());
    }
    return found;
}

// Every text a widget and its children show a reader, except the console (WinDbg's
// output), the lesson panel (lesson files, checked on their own) and rich-text panes.
void walkWidgets(QWidget* root, const std::function<void(const QString&, const QString&)>& check)
{
    auto excluded = [](const QWidget* w) {
        for (const QWidget* p = w; p; p = p->parentWidget()) {
            if (qobject_cast<const QTextBrowser*>(p) || p->objectName() == QLatin1String("consoleOutput")
                || p->objectName() == QLatin1String("consoleInput") || p->objectName() == QLatin1String("lessonDock"))
                return true;
        }
        return false;
    };
    QList<QWidget*> widgets = root->findChildren<QWidget*>();
    widgets.prepend(root);
    for (QWidget* w : widgets) {
        if (excluded(w))
            continue;
        if (auto* dock = qobject_cast<QDockWidget*>(w))
            check(QStringLiteral("dock"), dock->windowTitle());
        if (auto* button = qobject_cast<QAbstractButton*>(w))
            check(QStringLiteral("button"), button->text());
        if (auto* label = qobject_cast<QLabel*>(w))
            check(QStringLiteral("label"), label->text());
        if (auto* edit = qobject_cast<QLineEdit*>(w))
            check(QStringLiteral("placeholder"), edit->placeholderText());
        if (auto* combo = qobject_cast<QComboBox*>(w)) {
            for (int i = 0; i < combo->count(); ++i)
                check(QStringLiteral("choice"), combo->itemText(i));
        }
        if (auto* tabs = qobject_cast<QTabBar*>(w)) {
            for (int i = 0; i < tabs->count(); ++i)
                check(QStringLiteral("tab"), tabs->tabText(i));
        }
        if (auto* header = qobject_cast<QHeaderView*>(w); header && header->model()) {
            for (int i = 0; i < header->model()->columnCount(); ++i)
                check(QStringLiteral("header"), header->model()->headerData(i, Qt::Horizontal).toString());
        }
        if (auto* table = qobject_cast<QTableView*>(w); table && table->model()) {
            const QAbstractItemModel* m = table->model();
            for (int r = 0; r < std::min(m->rowCount(), 500); ++r) {
                for (int c = 0; c < m->columnCount(); ++c)
                    check(QStringLiteral("cell"), m->index(r, c).data().toString());
            }
        }
        if (!w->toolTip().isEmpty())
            check(QStringLiteral("tool tip of ") + QString::fromLatin1(w->metaObject()->className()), w->toolTip());
    }
}

struct Finding {
    QString where;
    QString text;
};

} // namespace

class TestLanguage : public QObject {
    Q_OBJECT
private slots:
    void initTestCase()
    {
        QCoreApplication::setOrganizationName(QStringLiteral("mmvis-test"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_language"));
    }

    // The check itself: English phrases are found, technical names are not.
    void phrasesAreFound()
    {
        QCOMPARE(englishPhrase(QStringLiteral("Page directory of a.exe")), QStringLiteral("Page directory"));
        QVERIFY(englishPhrase(QStringLiteral("a.exe (Cid 000c)의 페이지 디렉터리, DirBase 00709000")).isEmpty());
        QVERIFY(englishPhrase(QStringLiteral("MiRemoveZeroPage: Valid pfn 71c RW user dirty -> 전이")).isEmpty());
        QVERIFY(englishPhrase(QStringLiteral("PTE at C0000040, PDE at C0300000")).isEmpty()); // no two words
        QCOMPARE(englishPhrase(QStringLiteral("단계 5 - Page lists now")), QStringLiteral("Page lists"));
        QVERIFY(englishPhrase(QStringLiteral("TLB")).isEmpty());
    }

    void windowSpeaksTheLanguage_data()
    {
        QTest::addColumn<QString>("code");
        // English: the walk must find the source text everywhere (or it walks nothing).
        QTest::newRow("en") << QStringLiteral("en");
        QTest::newRow("ko") << QStringLiteral("ko");
        QTest::newRow("zh_CN") << QStringLiteral("zh_CN");
    }

    void windowSpeaksTheLanguage()
    {
        QFETCH(QString, code);
        const bool english = code == QLatin1String("en");
        QTranslator translator;
        if (!english) {
            QVERIFY(translator.load(QStringLiteral(":/i18n/mmvis_") + code));
            QCoreApplication::installTranslator(&translator);
        }

        mmvis::SimulationController controller(64ull << 20, 0);
        QList<Finding> findings;
        auto check = [&](const QString& where, const QString& text) {
            const QString phrase = englishPhrase(text);
            if (!phrase.isEmpty())
                findings.append({where, text});
        };
        {
            mmvis::MainWindow window(controller);
            window.resize(1280, 720);
            window.show();
            QVERIFY(QTest::qWaitForWindowExposed(&window));
            for (const char* line : {"spawn a.exe", "spawn b.exe", "switch a.exe", "alloc 0 10000",
                     "touch 10000 8000 write", "trim a.exe all", "modwrite", "read 10000"})
                QVERIFY(controller.execute(QString::fromLatin1(line)));
            QApplication::processEvents();

            // Menus and their actions, with their tips.
            std::function<void(QMenu*)> walkMenu = [&](QMenu* menu) {
                check(QStringLiteral("menu"), menu->title());
                for (QAction* a : menu->actions()) {
                    if (a->isSeparator())
                        continue;
                    if (a->menu()) {
                        walkMenu(a->menu());
                        continue;
                    }
                    // Recent files and examples are file names; lessons are their titles (data).
                    if (a->statusTip().contains(QLatin1Char('/')))
                        continue;
                    check(QStringLiteral("action"), a->text());
                    check(QStringLiteral("action tip"), a->statusTip());
                    check(QStringLiteral("action tool tip"), a->toolTip());
                }
            };
            for (QAction* a : window.menuBar()->actions())
                walkMenu(a->menu());

            // Widgets, except what stays English: the console (WinDbg) and the lesson panel
            // (data, checked below); the Explain pane is walked below.
            walkWidgets(&window, check);

            // The dialogs: each opened as the menu opens it, walked, then closed.
            auto action = [&](const char* text) {
                const QString wanted = QCoreApplication::translate("mmvis::MainWindow", text);
                for (QAction* a : window.findChildren<QAction*>()) {
                    if (a->text() == wanted)
                        return a;
                }
                return static_cast<QAction*>(nullptr);
            };
            auto walkModal = [&](const QString& name, const std::function<void()>& open) {
                bool seen = false;
                QTimer::singleShot(50, [&] {
                    QWidget* dialog = QApplication::activeModalWidget();
                    if (!dialog)
                        return;
                    seen = true;
                    check(name + QStringLiteral(" title"), dialog->windowTitle());
                    walkWidgets(
                        dialog, [&](const QString& where, const QString& text) { check(name + ": " + where, text); });
                    if (auto* d = qobject_cast<QDialog*>(dialog))
                        d->reject();
                });
                open();
                QVERIFY2(seen, qPrintable(name));
            };
            const auto& sim = controller.simulator();
            walkModal(QStringLiteral("spawn dialog"), [&] { mmvis::CommandDialogs::spawn(&window, sim, 8); });
            walkModal(QStringLiteral("allocate dialog"), [&] { mmvis::CommandDialogs::allocate(&window); });
            walkModal(QStringLiteral("access dialog"), [&] { mmvis::CommandDialogs::access(&window, 0x10000); });
            for (const char* text : {"&Reset Machine...", "PNG Scale...", "Print Size...", "&About mmvis"}) {
                QAction* a = action(text);
                QVERIFY2(a, text);
                walkModal(QString::fromLatin1(text), [&] { a->trigger(); });
            }
            // Compare Positions and Practice stay open beside the window.
            for (const char* text : {"Compare &Positions...", "&Practice..."}) {
                QAction* a = action(text);
                QVERIFY2(a, text);
                a->trigger();
                QApplication::processEvents();
            }
            for (QDialog* d : window.findChildren<QDialog*>()) {
                if (!d->isVisible())
                    continue;
                check(QStringLiteral("dialog title"), d->windowTitle());
                walkWidgets(d, [&](const QString& where, const QString& text) {
                    check(QString::fromLatin1(d->metaObject()->className()) + ": " + where, text);
                });
                d->close();
            }

            // The event log's explanations of what the memory manager changed.
            auto* events = window.findChild<mmvis::EventLogView*>();
            const mmvis::EventModel& model = *events->model();
            const auto& log = controller.simulator().events();
            QSet<int> explained; // one event of each routine in the Explain pane
            for (size_t i = 0; i < model.eventCount(); ++i) {
                check(QStringLiteral("event explanation"),
                    model.eventIndex(i, mmvis::EventModel::Explanation).data().toString());
                if (explained.contains(int(log[i].routine)))
                    continue;
                explained.insert(int(log[i].routine));
                events->tree()->setCurrentIndex(events->filter()->mapFromSource(model.eventIndex(i)));
                QStringList paragraphs = events->explanation().split(QLatin1Char('\n'), Qt::SkipEmptyParts);
                QVERIFY(paragraphs.size() >= 5);
                paragraphs.removeLast(); // "Read:" and the reference documents' sections
                for (const QString& p : paragraphs)
                    check(QStringLiteral("explain pane"), p);
            }
            QVERIFY(explained.size() > 20);
            for (int c = 0; c < model.commandCount(); ++c)
                check(QStringLiteral("command summary"),
                    model.index(c, mmvis::EventModel::Explanation).data().toString());
        }

        // Every diagram, as exported: its title and what render() writes.
        QTemporaryDir dir;
        mmvis::DiagramSet set(controller);
        QString error;
        const QStringList files
            = mmvis::DiagramSet::write(set.diagrams(), dir.path(), {mmvis::DiagramExporter::Format::Svg}, {}, &error);
        QVERIFY2(files.size() >= 7, qPrintable(error));
        static const QRegularExpression textElement(QStringLiteral("<text[^>]*>([^<]*)</text>"));
        for (const QString& file : files) {
            QFile svg(file);
            QVERIFY(svg.open(QIODevice::ReadOnly));
            const QString content = QString::fromUtf8(svg.readAll());
            QString drawn;
            for (auto it = textElement.globalMatch(content); it.hasNext();)
                drawn += it.next().captured(1).trimmed() + QLatin1Char(' ');
            // Texts are drawn a line or a label at a time: check each SVG's texts one by one.
            for (auto it = textElement.globalMatch(content); it.hasNext();)
                check(QFileInfo(file).fileName(), it.next().captured(1).trimmed());
            QVERIFY2(!drawn.trimmed().isEmpty(), qPrintable(file));
        }
        for (mmvis::Diagram* d : set.diagrams())
            check(QStringLiteral("diagram title"), d->diagramTitle());

        QCoreApplication::removeTranslator(&translator);
        if (english) {
            // Every kind of place walked has English to find.
            QSet<QString> places;
            for (const Finding& f : findings)
                places.insert(f.where.section(QLatin1Char(' '), 0, 0));
            for (const char* place : {"menu", "action", "dock", "button", "placeholder", "tab", "header", "event",
                     "explain", "command", "diagram", "page-directory.svg", "physical-memory.svg",
                     "mmvis::ComparePositions:", "mmvis::PracticeDialog:", "spawn", "allocate", "access"})
                QVERIFY2(places.contains(QString::fromLatin1(place)), place);
            return;
        }
        QStringList report;
        for (const Finding& f : findings)
            report << QStringLiteral("%1: \"%2\"").arg(f.where, f.text);
        report.removeDuplicates();
        QVERIFY2(
            findings.isEmpty(), qPrintable(QStringLiteral("still English in %1:\n").arg(code) + report.join('\n')));
    }

    // Last: it installs the translations for good, as mmvis --lang does. Every built-in
    // lesson then opens in the language, its captions, questions and answers translated
    // at every step, its .expect lines holding; the Lessons menu names it in the language.
    void lessonsOpenInTheLanguage()
    {
        for (const QString& code : {QStringLiteral("ko"), QStringLiteral("zh_CN")}) {
            QVERIFY(mmvis::installTranslations(*qApp, code));
            QCOMPARE(mmvis::currentLanguage(), code);
            const QStringList lessons = mmvis::installedLessons();
            QVERIFY(lessons.size() >= 8);
            for (const QString& lesson : lessons) {
                mmvis::SimulationController controller(128ull << 20, 0);
                mmvis::MainWindow window(controller);
                QVERIFY(window.openLesson(lesson));
                mmvis::LessonPlayer& player = window.lessonPlayer();
                const QString where = code + QLatin1Char(' ') + QFileInfo(lesson).fileName();
                QVERIFY2(englishPhrase(player.title()).isEmpty(), qPrintable(where + ": " + player.title()));
                for (int step = 0; step < player.stepCount(); ++step) {
                    player.goToStep(step);
                    const QString caption = player.caption();
                    QVERIFY2(englishPhrase(caption).isEmpty(), qPrintable(where + ": " + caption));
                    QVERIFY2(player.failure().isEmpty(), qPrintable(where + ": " + player.failure()));
                }
                bool listed = false;
                for (QAction* a : window.menuBar()->actions()) {
                    for (QAction* item : a->menu() ? a->menu()->actions() : QList<QAction*>())
                        listed = listed || item->text() == player.title();
                }
                QVERIFY2(listed, qPrintable(where));
            }

            // Practice: the questions and the answers shown in the language, and an answer
            // typed in it is understood.
            mmvis::SimulationController controller(32ull << 20, 0);
            for (const char* line : {"spawn a.exe", "switch a.exe", "alloc 10000 8000", "touch 10000 8000 write",
                     "trim a.exe 2", "spawn b.exe"})
                QVERIFY(controller.execute(QString::fromLatin1(line)));
            mmvis::PracticeDialog practice(controller);
            QVERIFY(practice.start(3, 30));
            int trims = 0;
            for (int i = 0; i < 30; ++i, practice.next()) {
                const mm::dbg::QuizQuestion q = *practice.currentQuestion();
                QVERIFY2(englishPhrase(practice.question()).isEmpty(), qPrintable(practice.question()));
                const QString answer = mmvis::translated(q.answerText);
                QVERIFY2(englishPhrase(answer).isEmpty(), qPrintable(answer));
                if (q.kind == mm::dbg::QuizQuestion::Kind::AfterTrim) {
                    // Only the list's name, in the language.
                    const auto list
                        = q.answer.rfind("Modified", 0) == 0 ? mm::PageLocation::Modified : mm::PageLocation::Standby;
                    QVERIFY(practice.answer(mmvis::Palette::name(list)));
                    ++trims;
                } else {
                    QVERIFY2(practice.answer(answer), qPrintable(answer));
                }
            }
            QVERIFY(trims > 0);
            QCOMPARE(practice.right(), 30);

            // A file that is not a session, or not a lesson: the error says why in the language.
            QString error;
            QVERIFY(!controller.openSession(QStringLiteral("spawn a.exe\n"), &error));
            QVERIFY2(englishPhrase(error).isEmpty() && !error.isEmpty(), qPrintable(error));
            QVERIFY(!controller.openSession(
                QStringLiteral("#: mmvis-session 1\n#: ram 128M\n#: pagefile 140M\n#: max-processes 512\n"
                               "#: commands 2\n#: position 0\n#: hash 0\nspawn a.exe\n"),
                &error));
            QVERIFY2(error.contains(QLatin1String("2")) && englishPhrase(error).isEmpty(), qPrintable(error));
            mmvis::LessonPlayer player(controller);
            QVERIFY(!player.load(QStringLiteral("spawn a.exe\n"), QStringLiteral("x.txt"), &error));
            QVERIFY2(englishPhrase(error).isEmpty() && error.startsWith(QLatin1String("x.txt: ")), qPrintable(error));
        }
    }
};

QTEST_MAIN(TestLanguage)
#include "tst_language.moc"

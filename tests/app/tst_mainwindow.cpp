// The main window on a classroom's screens: its minimum size fits a 1024x768 projector
// (with room for a title bar and a panel), and at that size every dock, the console's
// input and the status bar are inside the window.
#include "comparepositions.h"
#include "consoleoutput.h"
#include "datapaths.h"
#include "diagramexporter.h"
#include "eventlogview.h"
#include "lessonplayer.h"
#include "mainwindow.h"
#include "pagedirectoryview.h"
#include "palette.h"
#include "positionsdiagram.h"
#include "practicedialog.h"
#include "ps/processmanager.h"
#include "selection.h"
#include "sessionfiles.h"
#include "sim/simulator.h"
#include "simulationcontroller.h"
#include "timeline.h"

#include <QAction>
#include <QApplication>
#include <QDockWidget>
#include <QFileInfo>
#include <QLineEdit>
#include <QSettings>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBlock>
#include <QTreeView>

namespace {
// 1024x768 less what a desktop takes: a title bar and a panel.
const QSize kProjector(1024, 768 - 64);
} // namespace

class TestMainWindow : public QObject {
    Q_OBJECT
private slots:
    void initTestCase()
    {
        QCoreApplication::setOrganizationName(QStringLiteral("mmvis-test"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_mainwindow"));
        QSettings().clear(); // a first start: no remembered layout
    }

    // The timeline goes where it is clicked and keeps the recorded future; Restart goes
    // back to the machine as booted; the keys step along. Each time the machine is as it
    // was when the position was first reached.
    void timelineAndRestartMoveTheSession()
    {
        mmvis::SimulationController controller(64ull << 20, 0);
        mmvis::MainWindow window(controller);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        std::vector<quint64> hashAt {controller.simulator().stateHash()};
        for (const char* line : {"spawn a.exe", "switch a.exe", "alloc 0 10000", "touch 10000 20000 write"}) {
            QVERIFY(controller.execute(QString::fromLatin1(line)));
            hashAt.push_back(controller.simulator().stateHash());
        }
        mmvis::Timeline& timeline = window.timeline();
        QVERIFY(timeline.isVisible());
        QTest::mouseClick(&timeline, Qt::LeftButton, {}, QPoint(timeline.xOf(2), timeline.height() / 2));
        QCOMPARE(controller.position(), size_t(2));
        QCOMPARE(controller.end(), size_t(4));
        QCOMPARE(controller.simulator().stateHash(), hashAt[2]);
        QTest::keyClick(&timeline, Qt::Key_Right);
        QCOMPARE(controller.position(), size_t(3));
        QCOMPARE(controller.simulator().stateHash(), hashAt[3]);
        QTest::keyClick(&timeline, Qt::Key_End);
        QCOMPARE(controller.simulator().stateHash(), hashAt[4]);

        QAction* restart = nullptr;
        for (QAction* a : window.findChildren<QAction*>()) {
            if (a->text() == QLatin1String("Res&tart"))
                restart = a;
        }
        QVERIFY(restart && restart->isEnabled());
        restart->trigger();
        QCOMPARE(controller.position(), size_t(0));
        QCOMPARE(controller.end(), size_t(4));
        QCOMPARE(controller.simulator().stateHash(), hashAt[0]);
        QTest::keyClick(&timeline, Qt::Key_Right);
        QCOMPARE(controller.simulator().stateHash(), hashAt[1]);
    }

    // Compare Positions: touching 16 pages makes 16 PTEs valid and puts 16 frames on the
    // Active list; a row chosen selects its process and address in every view.
    void comparePositionsListsTheChangedEntries()
    {
        mmvis::SimulationController controller(64ull << 20, 0);
        mmvis::MainWindow window(controller);
        for (const char* line : {"spawn a.exe", "switch a.exe", "alloc 10000 10000", "touch 10000 20000 write"})
            QVERIFY(controller.execute(QString::fromLatin1(line)));
        mmvis::ComparePositions compare(controller, window.selection());
        compare.compare(3, 4);
        QCOMPARE(controller.position(), size_t(4)); // the machine stays where it was
        QVERIFY2(compare.rowCount() >= 32, qPrintable(QString::number(compare.rowCount())));
        compare.setFilter(QStringLiteral("VA 0001f000"));
        QCOMPARE(compare.rowCount(), 1);
        compare.chooseRow(0);
        QCOMPARE(window.selection().va(), std::optional<quint32>(0x1f000));
        QCOMPARE(window.selection().cid(), controller.simulator().processes().current().cid);
        compare.setFilter(QStringLiteral("Active"));
        QVERIFY(compare.rowCount() >= 16); // frames now in a working set
        // The same comparison as a diagram, exported.
        QCOMPARE(compare.diagram().diagramTitle(), QStringLiteral("What changed from position 3 to 4 - 64 MB RAM"));
        QTemporaryDir dir;
        for (const char* name : {"compare.svg", "compare.png", "compare.pdf"}) {
            QString error;
            QVERIFY2(
                mmvis::DiagramExporter::write(compare.diagram(), dir.filePath(QString::fromLatin1(name)), {}, &error),
                qPrintable(error));
            QVERIFY(QFileInfo(dir.filePath(QString::fromLatin1(name))).size() > 1000);
        }
        compare.compare(4, 4);
        compare.setFilter(QString());
        QCOMPARE(compare.rowCount(), 0); // a position against itself: nothing changed
    }

    // File > Save Session and Open Session: the same machine, position, recorded future
    // and selection come back; a file that is not a session changes nothing.
    void sessionsSaveAndOpenInTheWindow()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("lesson.mmvis"));
        quint64 hash = 0;
        quint16 cid = 0;
        {
            mmvis::SimulationController controller(64ull << 20, 0);
            mmvis::MainWindow window(controller);
            for (const char* line :
                {"spawn a.exe", "switch a.exe", "alloc 10000 10000", "touch 10000 20000 write", "trim a.exe", "t-"})
                QVERIFY(controller.execute(QString::fromLatin1(line)));
            cid = controller.simulator().processes().current().cid;
            window.selection().setCid(cid);
            window.selection().setVa(0x12000);
            hash = controller.simulator().stateHash();
            QString error;
            QVERIFY2(window.sessions().save(path, &error), qPrintable(error));
            QCOMPARE(window.sessions().currentPath(), path);
        }
        mmvis::SimulationController controller(128ull << 20, 0);
        mmvis::MainWindow window(controller);
        QVERIFY(window.sessions().open(path));
        QCOMPARE(controller.simulator().stateHash(), hash);
        QCOMPARE(controller.position(), size_t(4));
        QCOMPARE(controller.end(), size_t(5)); // the trim is still ahead
        QCOMPARE(controller.ramBytes(), 64ull << 20);
        QCOMPARE(window.selection().cid(), cid);
        QCOMPARE(window.selection().va(), std::optional<quint32>(0x12000));

        QString error;
        QVERIFY(!controller.openSession(QStringLiteral("spawn b.exe\n"), &error));
        QVERIFY(error.contains(QLatin1String("not an mmvis session")));
        QCOMPARE(controller.simulator().stateHash(), hash);
        QCOMPARE(controller.end(), size_t(5));

        // A restart (View > Language, Restart Now) opens a copy that gives the session its own
        // file back: saving after it writes the file the user opened, and the copy is gone.
        QString copy;
        QVERIFY2(window.sessions().writeRestartCopy(&copy, &error), qPrintable(error));
        QVERIFY(QFileInfo(copy).isFile());
        mmvis::SimulationController restarted(128ull << 20, 0);
        mmvis::MainWindow after(restarted);
        QVERIFY(after.sessions().open(copy));
        QCOMPARE(after.sessions().currentPath(), path);
        QVERIFY(!QFileInfo(copy).exists());
        QCOMPARE(restarted.simulator().stateHash(), hash);
        QCOMPARE(after.selection().va(), std::optional<quint32>(0x12000));
    }

    // The lesson player: every built-in lesson steps to its end and back to its start
    // (keys as a clicker sends them), each step showing the machine exactly as the first
    // time (state hash per step), its caption, and no failed .expect.
    void lessonsStepForwardAndBackExactly()
    {
        const QStringList lessons = mmvis::installedLessons();
        QVERIFY(lessons.size() >= 2);
        for (const QString& path : lessons) {
            mmvis::SimulationController controller(64ull << 20, 0);
            mmvis::MainWindow window(controller);
            QVERIFY(window.openLesson(path));
            QCOMPARE(controller.ramBytes(), 128ull << 20); // a lesson runs on a fresh 128 MB machine
            mmvis::LessonPlayer& player = window.lessonPlayer();
            QVERIFY(player.stepCount() >= 4);
            std::vector<quint64> hashAt;
            for (int step = 0; step < player.stepCount(); ++step) {
                QCOMPARE(player.currentStep(), step);
                QVERIFY2(!player.caption().isEmpty(), qPrintable(path));
                hashAt.push_back(controller.simulator().stateHash());
                QTest::keyClick(&player, Qt::Key_Space);
            }
            QCOMPARE(player.currentStep(), player.stepCount() - 1); // Next stops at the end
            for (int step = player.stepCount() - 1; step >= 0; --step) {
                QCOMPARE(player.currentStep(), step);
                QCOMPARE(controller.simulator().stateHash(), hashAt[size_t(step)]);
                QTest::keyClick(&player, Qt::Key_PageUp);
            }
            player.goToStep(player.stepCount() - 1);
            QCOMPARE(controller.simulator().stateHash(), hashAt.back());
            QTest::keyClick(&player, Qt::Key_Home);
            QCOMPARE(controller.simulator().stateHash(), hashAt.front());
            QVERIFY2(player.failure().isEmpty(), qPrintable(player.failure()));
        }
        // A lesson whose .expect no longer holds says so, naming the line; one that is
        // not a lesson is refused and changes nothing.
        mmvis::SimulationController controller(64ull << 20, 0);
        mmvis::LessonPlayer player(controller);
        QString error;
        QVERIFY(
            player.load(QStringLiteral(".lesson L\n.step A\n.say s\n.expect r cr3 => cr3=deadbeef\n"), "l", &error));
        QVERIFY2(player.failure().startsWith(QLatin1String("line 4")), qPrintable(player.failure()));
        const quint64 hash = controller.simulator().stateHash();
        QVERIFY(!player.load(QStringLiteral("spawn a.exe\n"), QStringLiteral("x.txt"), &error));
        QVERIFY2(error.contains(QLatin1String("x.txt: line 1")), qPrintable(error));
        QCOMPARE(controller.simulator().stateHash(), hash);
        QCOMPARE(player.title(), QStringLiteral("L"));
    }

    // Practice: a question about the machine as it is; the right answer scores, a wrong
    // one does not, and each answer shows its explanation (the address's translation, its
    // process selected).
    void practiceChecksAnswersAndKeepsScore()
    {
        mmvis::SimulationController controller(32ull << 20, 0);
        mmvis::MainWindow window(controller);
        for (const char* line : {"spawn a.exe", "switch a.exe", "alloc 10000 8000", "touch 10000 8000 write"})
            QVERIFY(controller.execute(QString::fromLatin1(line)));
        mmvis::PracticeDialog practice(controller);
        QList<std::pair<quint16, quint32>> explained;
        connect(&practice, &mmvis::PracticeDialog::explainRequested, this, [&](quint16 cid, quint32 va) {
            explained.append({cid, va});
        });
        QVERIFY(practice.start(11, 6));
        QVERIFY(!practice.question().isEmpty());
        QVERIFY(practice.answer(QString::fromStdString(practice.currentQuestion()->answer)));
        QCOMPARE(practice.right(), 1);
        practice.next();
        QCOMPARE(practice.current(), 1);
        QVERIFY(!practice.answer(QStringLiteral("no idea")));
        QCOMPARE(practice.right(), 1);
        QCOMPARE(practice.answered(), 2);
        for (const auto& [cid, va] : explained)
            QCOMPARE(cid, controller.simulator().processes().current().cid);

        // What the machine does is shown where it can act the answer out, on a copy: a trim
        // ends with the page on the answer's list; two directories are shown compared.
        QList<std::pair<quint16, quint16>> compared;
        connect(&practice, &mmvis::PracticeDialog::compareRequested, this, [&](quint16 cid, quint16 other) {
            compared.append({cid, other});
        });
        const quint64 hash = controller.simulator().stateHash();
        QVERIFY(practice.start(4, 30));
        int trims = 0;
        for (;;) {
            const mm::dbg::QuizQuestion q = *practice.currentQuestion();
            practice.answer(QStringLiteral("?"));
            using Kind = mm::dbg::QuizQuestion::Kind;
            if (q.kind == Kind::AfterTrim) {
                const QString list = QString::fromStdString(q.answer.substr(0, q.answer.find(':')));
                QVERIFY2(practice.trace().contains(QStringLiteral("-> %1.").arg(list)), qPrintable(practice.trace()));
                ++trims;
            }
            if (q.kind == Kind::SpawnZeroed)
                QCOMPARE(practice.trace().count(QStringLiteral("-> Active")), 3);
            if (q.kind == Kind::DirectoryDiff)
                QCOMPARE(compared.last(), std::make_pair(q.cid, q.otherCid));
            if (q.kind == Kind::SelfMap || q.kind == Kind::Decode)
                QVERIFY(practice.trace().isEmpty());
            if (practice.current() + 1 == 30)
                break;
            practice.next();
        }
        QVERIFY(trims > 0);
        QVERIFY(!compared.isEmpty());
        QCOMPARE(controller.simulator().stateHash(), hash); // the machine did not move
        mmvis::SimulationController empty(32ull << 20, 0);
        mmvis::PracticeDialog nothing(empty);
        QVERIFY(!nothing.start(1));
    }

    void minimumSizeFitsAProjector()
    {
        mmvis::SimulationController controller(128ull << 20, 0);
        mmvis::MainWindow window(controller);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        const QSize min = window.minimumSizeHint();
        QVERIFY2(min.width() <= kProjector.width() && min.height() <= kProjector.height(),
            qPrintable(QStringLiteral("minimum size %1x%2").arg(min.width()).arg(min.height())));
    }

    // Reset Machine boots a new machine: nothing of the old one stays selected.
    void resetClearsTheSelection()
    {
        mmvis::SimulationController controller(128ull << 20, 0);
        mmvis::MainWindow window(controller);
        for (const char* line : {"spawn a.exe", "switch a.exe", "alloc 0 1000", "read 10000"})
            QVERIFY(controller.execute(QString::fromLatin1(line)));
        mmvis::Selection& selection = window.selection();
        selection.setVa(0x10000);
        selection.setPfn(0x123);
        QVERIFY(selection.cid() != 8);
        QVERIFY(controller.reset(64ull << 20));
        QCOMPARE(selection.va(), std::nullopt);
        QCOMPARE(selection.pfn(), std::nullopt);
        QCOMPARE(selection.cid(), quint16(8)); // System, the only process
        QCOMPARE(selection.compareCid(), quint16(0));
    }

    // Presentation mode shows the page directory and the chosen panels, zoomed; leaving it
    // gives back the layout and the zoom.
    void presentationRestoresTheLayout()
    {
        QSettings().setValue(QStringLiteral("presentation/docks"), QStringList {QStringLiteral("memoryDock")});
        mmvis::SimulationController controller(128ull << 20, 0);
        mmvis::MainWindow window(controller);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.setZoom(1.0);
        auto visibleDocks = [&window] {
            QStringList names;
            for (const QDockWidget* dock : window.findChildren<QDockWidget*>()) {
                if (dock->isVisible())
                    names << dock->objectName();
            }
            names.sort();
            return names;
        };
        const QStringList before = visibleDocks();
        window.setPresentation(true);
        QVERIFY(window.presenting());
        QCOMPARE(visibleDocks(), QStringList {QStringLiteral("memoryDock")});
        QCOMPARE(window.zoom(), 1.5);
        QCOMPARE(window.pageDirectory().zoom(), 1.5);
        // The event log's text grows too, for the back of the room.
        auto* events = window.findChild<mmvis::EventLogView*>();
        QCOMPARE(events->textScale(), 1.5);
        QCOMPARE(events->tree()->font().pointSizeF(), QApplication::font().pointSizeF() * 1.5);
        QCOMPARE(mmvis::Palette::screenVariant(), mmvis::Palette::Variant::Projector); // high contrast
        window.setPresentation(false);
        QVERIFY(!window.presenting());
        QCOMPARE(visibleDocks(), before);
        QCOMPARE(window.zoom(), 1.0);
        QCOMPARE(window.pageDirectory().zoom(), 1.0);
        QCOMPARE(events->textScale(), 1.0);
        QCOMPARE(mmvis::Palette::screenVariant(), mmvis::Palette::Variant::Screen);

        // With a lesson, presentation shows the lesson and the view its step focuses
        // (process creation's first step: the event log), and later steps' views come forward.
        QVERIFY(window.openLesson(QStringLiteral("03-process-creation")));
        const QStringList withLesson = visibleDocks();
        window.setPresentation(true);
        QCOMPARE(visibleDocks(), (QStringList {QStringLiteral("eventsDock"), QStringLiteral("lessonDock")}));
        window.lessonPlayer().goToStep(3); // "The working set list ...": focuses the page directory
        window.setPresentation(false);
        QCOMPARE(visibleDocks(), withLesson);
    }

    // .select and .export typed in the console act on the window: the selection, the page
    // table shown, and a diagram written where asked.
    void selectAndExportFromTheConsole()
    {
        mmvis::SimulationController controller(128ull << 20, 0);
        mmvis::MainWindow window(controller);
        for (const char* line : {"spawn a.exe", "switch a.exe", "alloc 0 1000", "read 10000"})
            QVERIFY(controller.execute(QString::fromLatin1(line)));
        QVERIFY(controller.execute(QStringLiteral(".select va 10000")));
        QCOMPARE(window.selection().va(), std::optional<quint32>(0x10000));
        QVERIFY(controller.execute(QStringLiteral(".select table 0")));
        QCOMPARE(window.pageDirectory().mode(), mmvis::PageDirectoryView::Mode::PageTable);
        QVERIFY(controller.execute(QStringLiteral(".select directory")));
        QCOMPARE(window.pageDirectory().mode(), mmvis::PageDirectoryView::Mode::Directory);
        QTemporaryDir dir;
        const QString file = dir.filePath(QStringLiteral("tlb.svg"));
        QVERIFY(controller.execute(QStringLiteral(".export tlb %1").arg(file)));
        QVERIFY(QFileInfo(file).size() > 1000);
        QVERIFY(!controller.execute(QStringLiteral(".export all %1").arg(file))); // a folder, not a file
    }

    // The console's output is links: clicking a frame in !pte's output selects the frame in
    // every view and runs !pfn for it; clicking "PTE at" selects the address it maps.
    void consoleLinksSelectAndShow()
    {
        mmvis::SimulationController controller(128ull << 20, 0);
        mmvis::MainWindow window(controller);
        window.resize(kProjector);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        for (const char* line : {"spawn a.exe", "switch a.exe", "alloc 0 1000", "read 10000"})
            QVERIFY(controller.execute(QString::fromLatin1(line)));
        auto* output = window.findChild<mmvis::ConsoleOutput*>(QStringLiteral("consoleOutput"));
        QVERIFY(output);
        output->parentWidget()->parentWidget()->show(); // the console's dock
        output->parentWidget()->parentWidget()->raise();
        QVERIFY(controller.execute(QStringLiteral("!pte 10000")));
        QApplication::processEvents();
        // The last line: "pfn <table>  flags  pfn <page>  flags".
        const int last = output->document()->blockCount() - 1;
        const std::string text = output->document()->findBlockByNumber(last).text().toStdString();
        const auto links = mm::dbg::findLinks(text);
        QCOMPARE(links.size(), size_t(2));
        const quint32 page = links[1].value;
        QCOMPARE(quint32(controller.simulator().pfnDatabase()[page].pteAddress), 0xC0000040u);
        const QRect at = output->linkRect(last, links[1]);
        QVERIFY(output->viewport()->rect().contains(at.center()));
        QTest::mouseClick(output->viewport(), Qt::LeftButton, {}, at.center());
        QCOMPARE(window.selection().pfn(), std::optional<quint32>(page));
        QVERIFY(output->toPlainText().contains(QStringLiteral("kd> !pfn %1").arg(page, 0, 16)));

        // "PTE at C0000040", two lines above the flags after the new output: the VA it maps.
        window.selection().setVa(0);
        QVERIFY(controller.execute(QStringLiteral("!pte 10000")));
        QApplication::processEvents();
        const int pteLine = output->document()->blockCount() - 3;
        const std::string pteText = output->document()->findBlockByNumber(pteLine).text().toStdString();
        const auto pteLinks = mm::dbg::findLinks(pteText);
        QCOMPARE(pteLinks.size(), size_t(2));
        QTest::mouseClick(output->viewport(), Qt::LeftButton, {}, output->linkRect(pteLine, pteLinks[1]).center());
        QCOMPARE(window.selection().va(), std::optional<quint32>(0x10000));

        // A routine's name: its glossary entry, in the console and in the Explain pane.
        QVERIFY(controller.execute(QStringLiteral("spawn b.exe")));
        QApplication::processEvents();
        int routineLine = output->document()->blockCount() - 1;
        while (!output->document()->findBlockByNumber(routineLine).text().startsWith(QLatin1String("MiRemoveZeroPage")))
            --routineLine;
        const auto routineLinks
            = mm::dbg::findLinks(output->document()->findBlockByNumber(routineLine).text().toStdString());
        QCOMPARE(routineLinks.front().kind, mm::dbg::OutputLink::Kind::Routine);
        QTest::mouseClick(
            output->viewport(), Qt::LeftButton, {}, output->linkRect(routineLine, routineLinks[0]).center());
        QVERIFY(output->toPlainText().contains(QLatin1String("kd> help MiRemoveZeroPage\nMiRemoveZeroPage")));
        auto* events = window.findChild<mmvis::EventLogView*>();
        QVERIFY(events->explanation().startsWith(QLatin1String("MiRemoveZeroPage\n")));
    }

    void everythingIsInsideAtProjectorSize()
    {
        mmvis::SimulationController controller(128ull << 20, 0);
        mmvis::MainWindow window(controller);
        window.showNormal(); // (on a small screen the window starts maximized)
        window.resize(kProjector);
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QTRY_COMPARE(window.size(), kProjector);
        const QRect inside = window.rect();
        int visible = 0;
        for (const QDockWidget* dock : window.findChildren<QDockWidget*>()) {
            if (!dock->isVisible() || dock->visibleRegion().isEmpty())
                continue; // closed, or a tab behind another
            ++visible;
            QVERIFY2(inside.contains(dock->geometry()),
                qPrintable(QStringLiteral("%1 at %2,%3 %4x%5")
                               .arg(dock->objectName())
                               .arg(dock->x())
                               .arg(dock->y())
                               .arg(dock->width())
                               .arg(dock->height())));
            QVERIFY2(
                dock->width() >= dock->minimumSizeHint().width() && dock->height() >= dock->minimumSizeHint().height(),
                qPrintable(dock->objectName()));
        }
        QCOMPARE(visible, 4); // processes, memory, lists, and the console in front of its tabs
        const auto* input = window.findChild<QLineEdit*>(QStringLiteral("consoleInput"));
        QVERIFY(input);
        const QRect inputRect(input->mapTo(&window, QPoint(0, 0)), input->size());
        QVERIFY(inside.contains(inputRect));
        QVERIFY(inside.contains(window.statusBar()->geometry()));
    }
};

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"

#include "mainwindow.h"

#include "commanddialogs.h"
#include "comparechoice.h"
#include "comparepositions.h"
#include "consoleoutput.h"
#include "datapaths.h"
#include "dbg/lesson.h"
#include "diagramexporter.h"
#include "diagramset.h"
#include "dynamicsdiagram.h"
#include "eventlogview.h"
#include "frameinfo.h"
#include "language.h"
#include "lessonplayer.h"
#include "listbarchart.h"
#include "listhistoryplot.h"
#include "memorymapview.h"
#include "pagedirectoryview.h"
#include "practicedialog.h"
#include "processmodel.h"
#include "scriptrunner.h"
#include "scriptviews.h"
#include "selection.h"
#include "sessionfiles.h"
#include "simulationcontroller.h"
#include "timeline.h"
#include "tlbview.h"
#include "translationview.h"

#include "mm/pfndatabase.h"
#include "sim/simulator.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QComboBox>
#include <QCompleter>
#include <QDialog>
#include <QDialogButtonBox>
#include <QDir>
#include <QDockWidget>
#include <QDoubleSpinBox>
#include <QElapsedTimer>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QFontDatabase>
#include <QFormLayout>
#include <QGuiApplication>
#include <QHash>
#include <QHeaderView>
#include <QInputDialog>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QMessageBox>
#include <QProcess>
#include <QProgressBar>
#include <QProgressDialog>
#include <QPushButton>
#include <QRandomGenerator>
#include <QScreen>
#include <QScrollBar>
#include <QSettings>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTabWidget>
#include <QTableView>
#include <QTextStream>
#include <QToolBar>
#include <QVBoxLayout>

#include <climits>
#include <functional>
#include <sstream>

namespace mmvis {

namespace {
const QStringList kCommands = {QStringLiteral("!process 0 0"), QStringLiteral("!pte"), QStringLiteral("!pfn"),
    QStringLiteral("!vtop 0"), QStringLiteral("!memusage"), QStringLiteral("!vad"), QStringLiteral("!wsle"),
    QStringLiteral("!vm"), QStringLiteral(".process"), QStringLiteral("r cr3"), QStringLiteral("dd"),
    QStringLiteral("dc"), QStringLiteral("db"), QStringLiteral("ed"), QStringLiteral("spawn"), QStringLiteral("exit"),
    QStringLiteral("switch"), QStringLiteral("alloc 0"), QStringLiteral("free"), QStringLiteral("protect"),
    QStringLiteral("read"), QStringLiteral("write"), QStringLiteral("exec"), QStringLiteral("kread"),
    QStringLiteral("kwrite"), QStringLiteral("touch"), QStringLiteral("trim"), QStringLiteral("modwrite"),
    QStringLiteral("zero"), QStringLiteral("idle"), QStringLiteral("help")};
} // namespace

MainWindow::MainWindow(SimulationController& controller, QWidget* parent)
    : QMainWindow(parent)
    , m_controller(controller)
    , m_selection(new Selection(this))
{
    setWindowTitle(tr("mmvis - NT memory manager visualizer"));
    m_sessions = new SessionFiles(m_controller, *m_selection, this);
    // Going far back or forward replays many commands: past 300 ms a progress dialog shows
    // how far it is. Only the dialog repaints: the views read the machine after the replay.
    m_controller.setProgressHandler([this](size_t done, size_t total) {
        if (!m_replayProgress) {
            m_replayProgress = new QProgressDialog(tr("Replaying the recorded commands..."), QString(), 0, 0, this);
            m_replayProgress->setWindowTitle(tr("Time Travel"));
            m_replayProgress->setWindowModality(Qt::WindowModal);
            m_replayProgress->setMinimumDuration(INT_MAX); // shown here, not by its timer
            m_replayProgress->setCancelButton(nullptr);
        }
        if (done <= 1)
            m_replaying.start();
        if (done >= total) {
            m_replayProgress->hide();
            return true;
        }
        if (m_replaying.elapsed() > 300) {
            m_replayProgress->setMaximum(int(total));
            m_replayProgress->setValue(int(done));
            if (!m_replayProgress->isVisible())
                m_replayProgress->show();
            m_replayProgress->repaint();
        }
        return true;
    });
    connect(m_sessions, &SessionFiles::pathChanged, this,
        [this](const QString& path) { setWindowTitle(tr("%1 - mmvis").arg(QFileInfo(path).fileName())); });
    setDockNestingEnabled(true);
    // The right-hand docks take the whole height, the bottom ones only the width under the
    // page directory: the window's minimum height is then the larger of the two columns, not
    // their sum, and fits a projector's 768 lines.
    setCorner(Qt::TopRightCorner, Qt::RightDockWidgetArea);
    setCorner(Qt::BottomRightCorner, Qt::RightDockWidgetArea);
    m_runner = new ScriptRunner(m_controller, this);
    m_scriptProgress = new QProgressBar(this);
    m_scriptProgress->setMinimumWidth(220);
    m_scriptProgress->setMaximumWidth(320);
    m_scriptProgress->setTextVisible(true);
    setCentralWidget(createDirectoryPanel());
    createDocks();
    createActions();

    m_status = new QLabel(this);
    statusBar()->addPermanentWidget(m_status, 1);
    statusBar()->addPermanentWidget(m_scriptProgress);
    connect(m_runner, &ScriptRunner::progress, this, &MainWindow::updateScriptActions);
    connect(m_runner, &ScriptRunner::stopped, this, [this](const QString& why) {
        statusBar()->showMessage(why, 8000);
        updateScriptActions();
    });

    connect(&m_controller, &SimulationController::commandFinished, this, &MainWindow::appendOutput);
    connect(&m_controller, &SimulationController::stepped, this, &MainWindow::updateStatus);
    connect(&m_controller, &SimulationController::stepped, this, &MainWindow::followCurrentProcess);
    connect(&m_controller, &SimulationController::stepped, this, &MainWindow::refreshCompareChoices);
    connect(&m_controller, &SimulationController::newMachine, this, [this] {
        // A new machine: nothing of the old one stays selected.
        m_selection->setVa(std::nullopt);
        m_selection->setPfn(std::nullopt);
        m_userCompareCid = 0;
        m_selection->setCid(m_controller.simulator().processes().current().cid);
    });
    connect(&m_controller, &SimulationController::machineReset, this, [this] {
        // After a jump in time the selected process may not exist (yet, or any more).
        if (!m_controller.simulator().processes().findByCid(m_selection->cid()))
            m_selection->setCid(m_controller.simulator().processes().current().cid);
        updateStatus();
        refreshCompareChoices();
    });

    describeForAccessibility();
    m_controller.setViewHandler(
        [this](const mm::dbg::ViewRequest& request, QString* output) { return carryOut(request, output); });
    m_initialState = saveState();
    QSettings settings;
    restoreGeometry(settings.value(QStringLiteral("mainWindow/geometry")).toByteArray());
    restoreState(settings.value(QStringLiteral("mainWindow/state")).toByteArray());
    if (settings.value(QStringLiteral("mainWindow/geometry")).isNull()) {
        // First run: most of the screen, docks in proportion to it; a small screen (a
        // projector's 1024x768) is taken whole.
        const QRect screen = QGuiApplication::primaryScreen()->availableGeometry();
        const bool small = screen.width() < 1400 || screen.height() < 900;
        if (small)
            resize(screen.size());
        else
            resize(std::min(1600, screen.width() * 9 / 10), std::min(1000, screen.height() * 9 / 10));
        m_defaultDocks();
        if (small)
            setWindowState(windowState() | Qt::WindowMaximized);
    }
    setZoom(settings.value(QStringLiteral("view/zoom"), 1.0).toDouble());
    setHighContrast(settings.value(QStringLiteral("view/highContrast"), false).toBool());
    updateStatus();
    refreshCompareChoices();
    m_input->setFocus();
}

MainWindow::~MainWindow() = default;

QWidget* MainWindow::createDirectoryPanel()
{
    auto* panel = new QWidget(this);
    auto* layout = new QVBoxLayout(panel);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    auto* bar = new QToolBar(panel);
    m_directory = new PageDirectoryView(m_controller, *m_selection, panel);

    m_backAction = bar->addAction(tr("Back to the Directory"), m_directory, &PageDirectoryView::showDirectory);
    m_backAction->setShortcut(QKeySequence(Qt::ALT | Qt::Key_Left));
    m_backAction->setToolTip(tr("Show the page directory again (Alt+Left, or right-click the page table)"));
    m_compareAction = bar->addAction(tr("Compare"));
    m_compareAction->setCheckable(true);
    m_compareAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_K));
    m_compareAction->setToolTip(tr("Two page directories side by side; X marks every entry that differs (Ctrl+K)"));
    connect(m_compareAction, &QAction::toggled, m_directory, &PageDirectoryView::setCompare);
    bar->addWidget(new QLabel(tr("  with "), bar));
    m_compareWith = new QComboBox(bar);
    m_compareWith->setToolTip(tr("The process shown on the right in the compare view"));
    m_compareWith->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    bar->addWidget(m_compareWith);
    connect(m_compareWith, &QComboBox::activated, this, [this](int i) {
        m_userCompareCid = quint16(m_compareWith->itemData(i).toUInt());
        refreshCompareChoices();
    });
    connect(m_selection, &Selection::processChanged, this, &MainWindow::refreshCompareChoices);
    auto syncBack = [this] { m_backAction->setEnabled(m_directory->mode() == PageDirectoryView::Mode::PageTable); };
    connect(m_directory, &PageDirectoryView::pageTableOpened, this, syncBack);
    connect(m_backAction, &QAction::triggered, this, syncBack);
    connect(m_compareAction, &QAction::toggled, this, syncBack);
    syncBack();

    layout->addWidget(bar);
    layout->addWidget(m_directory, 1);
    return panel;
}

QWidget* MainWindow::createConsole()
{
    auto* console = new QWidget(this);
    auto* layout = new QVBoxLayout(console);
    layout->setContentsMargins(4, 4, 4, 4);
    const QFont mono = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    m_output = new ConsoleOutput(console);
    m_output->setObjectName(QStringLiteral("consoleOutput"));
    m_output->setFont(mono);
    m_output->setMaximumBlockCount(20000);
    m_output->setPlaceholderText(tr("Type a command below, e.g. spawn notepad.exe, !process 0 0, !pte c0300000. "
                                    "Type help for the list."));
    m_input = new QLineEdit(console);
    m_input->setObjectName(QStringLiteral("consoleInput"));
    m_input->setFont(mono);
    m_input->setPlaceholderText(tr("kd>"));
    m_input->setToolTip(
        tr("A command of the WinDbg-style language; Up and Down recall earlier commands, Tab completes"));
    auto* completer = new QCompleter(kCommands, m_input);
    completer->setCaseSensitivity(Qt::CaseInsensitive);
    m_input->setCompleter(completer);
    m_input->installEventFilter(this);
    layout->addWidget(m_output);
    layout->addWidget(m_input);
    connect(m_input, &QLineEdit::returnPressed, this, &MainWindow::runInput);
    connect(m_output, &ConsoleOutput::linkActivated, this, &MainWindow::followLink);
    return console;
}

void MainWindow::createDocks()
{
    m_viewMenu = new QMenu(tr("&View"), this);
    auto addDock = [this](const QString& title, const QString& name, QWidget* widget, Qt::DockWidgetArea area) {
        auto* dock = new QDockWidget(title, this);
        dock->setObjectName(name);
        dock->setWidget(widget);
        addDockWidget(area, dock);
        m_viewMenu->addAction(dock->toggleViewAction());
        return dock;
    };

    m_processModel = new ProcessModel(m_controller, this);
    m_processView = new QTableView(this);
    m_processView->setModel(m_processModel);
    m_processView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_processView->setSelectionMode(QAbstractItemView::SingleSelection);
    m_processView->verticalHeader()->hide();
    m_processView->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_processView->setToolTip(tr("Select a process to show it in every view; right-click the header to choose "
                                 "the columns"));
    // The columns a narrow dock shows whole; the others are a right-click on the header away.
    auto* header = m_processView->horizontalHeader();
    header->setContextMenuPolicy(Qt::ActionsContextMenu);
    const QVariantList hidden
        = QSettings()
              .value(QStringLiteral("processes/hiddenColumns"),
                  QVariantList {int(ProcessModel::WorkingSet), int(ProcessModel::Minimum), int(ProcessModel::Maximum),
                      int(ProcessModel::PageFaults), int(ProcessModel::PrivatePages), int(ProcessModel::Commit)})
              .toList();
    for (int column = ProcessModel::Image + 1; column < ProcessModel::ColumnCount; ++column) {
        auto* action = new QAction(m_processModel->headerData(column, Qt::Horizontal).toString(), header);
        action->setCheckable(true);
        action->setChecked(!hidden.contains(column));
        header->setSectionHidden(column, hidden.contains(column));
        connect(action, &QAction::toggled, this, [this, header, column](bool shown) {
            header->setSectionHidden(column, !shown);
            QVariantList now;
            for (int c = 0; c < ProcessModel::ColumnCount; ++c) {
                if (header->isSectionHidden(c))
                    now << c;
            }
            QSettings().setValue(QStringLiteral("processes/hiddenColumns"), now);
        });
        header->addAction(action);
    }
    connect(m_processView->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
        [this](const QModelIndex& current) {
            if (current.isValid())
                m_selection->setCid(quint16(current.data(ProcessModel::CidRole).toUInt()));
        });
    auto selectRow = [this] {
        const int row = m_processModel->rowOfCid(m_selection->cid());
        if (row >= 0 && m_processView->currentIndex().row() != row)
            m_processView->setCurrentIndex(m_processModel->index(row, 0));
    };
    connect(m_selection, &Selection::processChanged, this, selectRow);
    connect(m_processModel, &QAbstractItemModel::modelReset, this, selectRow);
    QDockWidget* processes
        = addDock(tr("Processes"), QStringLiteral("processesDock"), m_processView, Qt::LeftDockWidgetArea);

    m_memoryMap = new MemoryMapView(m_controller, *m_selection, this);
    QDockWidget* memory
        = addDock(tr("Physical Memory"), QStringLiteral("memoryDock"), m_memoryMap, Qt::RightDockWidgetArea);

    auto* lists = new QTabWidget(this);
    m_historyPlot = new ListHistoryPlot(m_controller, lists);
    m_bars = new ListBarChart(m_controller, lists);
    connect(m_historyPlot, &ListHistoryPlot::hiddenListsChanged, m_bars, &ListBarChart::setHiddenLists);
    lists->addTab(m_historyPlot, tr("Over Time"));
    lists->addTab(m_bars, tr("Now"));
    m_dynamics = new DynamicsDiagram(m_controller, lists);
    lists->addTab(m_dynamics, tr("Dynamics"));
    QDockWidget* listsDock = addDock(tr("Page Lists"), QStringLiteral("listsDock"), lists, Qt::RightDockWidgetArea);
    // The list that holds the selected frame is outlined in all three; it changes when the
    // frame moves, so it is looked up again after every command.
    auto markList = [this] {
        const auto list = FrameInfo::list(m_controller.simulator(), m_selection->pfn());
        m_historyPlot->setMarkedList(list);
        m_bars->setMarkedList(list);
        m_dynamics->setMarkedList(list);
    };
    connect(m_selection, &Selection::pfnChanged, this, markList);
    connect(&m_controller, &SimulationController::stepped, this, markList);
    connect(&m_controller, &SimulationController::machineReset, this, markList);

    m_events = new EventLogView(m_controller, *m_selection, this);
    QDockWidget* events = addDock(tr("Event Log"), QStringLiteral("eventsDock"), m_events, Qt::BottomDockWidgetArea);
    QDockWidget* console
        = addDock(tr("Console"), QStringLiteral("consoleDock"), createConsole(), Qt::BottomDockWidgetArea);
    m_translation = new TranslationView(m_controller, *m_selection, this);
    QDockWidget* translation
        = addDock(tr("Translation"), QStringLiteral("translationDock"), m_translation, Qt::BottomDockWidgetArea);
    tabifyDockWidget(console, events);
    tabifyDockWidget(console, translation);
    m_tlb = new TlbView(m_controller, this);
    QDockWidget* tlb = addDock(tr("TLB"), QStringLiteral("tlbDock"), m_tlb, Qt::BottomDockWidgetArea);
    tabifyDockWidget(console, tlb);
    console->raise();
    splitDockWidget(memory, listsDock, Qt::Vertical);

    // The lesson player, beside the page lists; shown when a lesson opens.
    m_player = new LessonPlayer(m_controller, this);
    m_lessonDock = addDock(tr("Lesson"), QStringLiteral("lessonDock"), m_player, Qt::RightDockWidgetArea);
    tabifyDockWidget(listsDock, m_lessonDock);
    m_lessonDock->hide();
    // .focus <view> [<arguments>]: the view comes forward, with the lesson's selection.
    connect(m_player, &LessonPlayer::focusRequested, this, [this](const QString& view, const QString& arguments) {
        focusView(view, arguments);
        m_lessonDock->raise();
    });
    m_defaultDocks = [this, processes, memory, console] {
        // Wide enough for the process list's shown columns without scrolling, where there is room.
        m_processView->resizeColumnsToContents();
        int processesWidth = 2 * m_processView->frameWidth() + m_processView->verticalScrollBar()->sizeHint().width();
        for (int column = 0; column < ProcessModel::ColumnCount; ++column) {
            if (!m_processView->horizontalHeader()->isSectionHidden(column))
                processesWidth += m_processView->horizontalHeader()->sectionSize(column);
        }
        // (At first start only System is listed: leave room for an image name like explorer.exe.)
        const int imageWidth = m_processView->fontMetrics().horizontalAdvance(QStringLiteral("explorer.exe")) + 10;
        processesWidth += std::max(0, imageWidth - m_processView->horizontalHeader()->sectionSize(ProcessModel::Image));
        // The page directory in the middle gets what the side columns leave; on a small screen
        // the process list gives up its last columns first.
        resizeDocks(
            {processes, memory}, {std::min(processesWidth, width() * 25 / 100), width() * 36 / 100}, Qt::Horizontal);
        resizeDocks({console}, {height() / 3}, Qt::Vertical);
    };
}

void MainWindow::createActions()
{
    auto command = [this](const QString& line) { m_controller.execute(line); };
    auto selected = [this] {
        const auto* p = m_controller.simulator().processes().findByCid(m_selection->cid());
        return p ? QString::fromStdString(p->imageName) + QStringLiteral(" (%1)").arg(p->cid, 4, 16, QLatin1Char('0'))
                 : QString();
    };
    auto selectedCid = [this] { return QStringLiteral("%1").arg(m_selection->cid(), 0, 16); };
    QToolBar* tools = addToolBar(tr("Simulation"));
    tools->setObjectName(QStringLiteral("simulationToolBar"));
    tools->setToolButtonStyle(Qt::ToolButtonTextOnly);

    // The session's timeline, along the bottom: click a position to go there.
    QToolBar* timeline = new QToolBar(tr("Timeline"), this);
    timeline->setObjectName(QStringLiteral("timelineToolBar"));
    m_timeline = new Timeline(m_controller, timeline);
    m_timeline->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    timeline->addWidget(m_timeline);
    addToolBar(Qt::BottomToolBarArea, timeline);

    // File
    QMenu* file = menuBar()->addMenu(tr("&File"));
    QAction* open = file->addAction(tr("&Open Script..."), this, &MainWindow::runScript);
    open->setShortcut(QKeySequence::Open);
    open->setStatusTip(tr("Load a script; run it with Run (F5) or a command at a time with Step (F10)"));
    QMenu* scenarios = file->addMenu(tr("E&xamples"));
    for (const QString& path : installedScenarios()) {
        scenarios->addAction(QFileInfo(path).completeBaseName(), this, [this, path] { loadScriptFile(path); })
            ->setStatusTip(tr("Load %1").arg(QDir::toNativeSeparators(path)));
    }
    scenarios->setEnabled(!scenarios->isEmpty());
    file->addSeparator();
    m_sessions->addActions(file);
    file->addSeparator();
    QMenu* exportMenu = file->addMenu(tr("&Export"));
    auto exportOne = [this](Diagram* d) {
        const QString path = DiagramExporter::writeWithDialog(this, *d, exportOptions());
        if (!path.isEmpty())
            statusBar()->showMessage(tr("Exported %1").arg(path), 5000);
    };
    struct Entry {
        QString text;
        std::function<Diagram*()> diagram;
    };
    const Entry entries[] = {
        {tr("Page Directory / Table / Compare..."), [this] { return static_cast<Diagram*>(m_directory); }},
        {tr("Physical Memory..."), [this] { return static_cast<Diagram*>(m_memoryMap); }},
        {tr("Page Lists Over Time..."), [this] { return static_cast<Diagram*>(m_historyPlot); }},
        {tr("Page List Counts..."), [this] { return static_cast<Diagram*>(m_bars); }},
        {tr("Page-List Dynamics..."), [this] { return static_cast<Diagram*>(m_dynamics); }},
        {tr("Translation (current step)..."), [this] { return static_cast<Diagram*>(m_translation->canvas()); }},
        {tr("TLB..."), [this] { return static_cast<Diagram*>(m_tlb); }},
    };
    for (const Entry& e : entries)
        exportMenu->addAction(e.text, this, [exportOne, get = e.diagram] { exportOne(get()); });
    exportMenu->addSeparator();
    QAction* exportAll = exportMenu->addAction(tr("Export &All..."), this, [this] {
        QSettings settings;
        const QString dir = QFileDialog::getExistingDirectory(
            this, tr("Export All Diagrams To"), settings.value(QStringLiteral("export/directory")).toString());
        if (dir.isEmpty())
            return;
        settings.setValue(QStringLiteral("export/directory"), dir);
        // Nothing empty: a translation is exported once an address has been translated.
        std::vector<Diagram*> diagrams {m_directory, m_memoryMap, m_historyPlot, m_bars, m_dynamics, m_tlb};
        const bool translated = !m_translation->canvas()->translation().steps.empty();
        if (translated)
            diagrams.push_back(m_translation->canvas());
        QString error;
        const QStringList files = DiagramSet::write(diagrams, dir,
            {DiagramExporter::Format::Svg, DiagramExporter::Format::Png, DiagramExporter::Format::Pdf}, exportOptions(),
            &error);
        if (!error.isEmpty())
            QMessageBox::warning(this, tr("Export All"), error);
        else
            statusBar()->showMessage(
                tr("Exported %1 files to %2%3")
                    .arg(files.size())
                    .arg(dir, translated ? QString() : tr(" (no translation: none has been made yet)")),
                8000);
    });
    exportAll->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E));
    exportMenu->addSeparator();
    m_printColours = exportMenu->addAction(tr("Use Print Colours"));
    m_printColours->setCheckable(true);
    m_printColours->setStatusTip(tr("Export with the lighter palette meant for paper"));
    QAction* scale = exportMenu->addAction(tr("PNG Scale..."), this, [this] {
        bool ok = false;
        const double value = QInputDialog::getDouble(this, tr("PNG Scale"), tr("Pixels per diagram pixel:"),
            QSettings().value(QStringLiteral("export/scale"), 2.0).toDouble(), 0.5, 8, 1, &ok);
        if (ok)
            QSettings().setValue(QStringLiteral("export/scale"), value);
    });
    scale->setStatusTip(tr("How large PNG exports are"));
    QAction* printSize = exportMenu->addAction(tr("Print Size..."), this, [this] {
        QDialog dialog(this);
        dialog.setWindowTitle(tr("Print Size"));
        auto* form = new QFormLayout(&dialog);
        auto* width = new QDoubleSpinBox(&dialog);
        width->setRange(0, 1000);
        width->setDecimals(0);
        width->setSuffix(tr(" mm"));
        width->setSpecialValueText(tr("natural size"));
        width->setValue(QSettings().value(QStringLiteral("export/widthMm"), 0.0).toDouble());
        auto* font = new QDoubleSpinBox(&dialog);
        font->setRange(4, 30);
        font->setDecimals(1);
        font->setSuffix(tr(" pt"));
        font->setValue(QSettings().value(QStringLiteral("export/fontPt"), 7.0).toDouble());
        form->addRow(tr("Width on paper:"), width);
        form->addRow(tr("Smallest text:"), font);
        auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &dialog);
        connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
        connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
        form->addRow(buttons);
        if (dialog.exec() != QDialog::Accepted)
            return;
        QSettings().setValue(QStringLiteral("export/widthMm"), width->value());
        QSettings().setValue(QStringLiteral("export/fontPt"), font->value());
    });
    printSize->setStatusTip(tr("How wide SVG and PDF exports are on paper, and how small their text may be"));
    file->addSeparator();
    QAction* quit = file->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);

    m_viewMenu->addSeparator();
    QAction* comparePositions = m_viewMenu->addAction(tr("Compare &Positions..."), this, [this] {
        if (!m_comparePositions) {
            m_comparePositions = new ComparePositions(m_controller, *m_selection, this);
            m_comparePositions->setExportOptions([this] { return exportOptions(); });
        }
        m_comparePositions->compare(
            m_controller.position() > 0 ? m_controller.position() - 1 : 0, m_controller.position());
        m_comparePositions->show();
        m_comparePositions->raise();
    });
    comparePositions->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_D));
    comparePositions->setStatusTip(tr("What changed between two positions of the session: lists, processes, "
                                      "every PDE and PTE, frames (as !diff)"));
    QAction* resetLayout = m_viewMenu->addAction(tr("&Reset Layout"), this, [this] {
        restoreState(m_initialState);
        for (QDockWidget* dock : findChildren<QDockWidget*>())
            dock->show();
        m_defaultDocks();
    });
    resetLayout->setStatusTip(tr("Put every panel back where it was on the first start"));

    // Zoom: every diagram's cells, labels and legends together.
    m_viewMenu->addSeparator();
    QAction* zoomIn = m_viewMenu->addAction(tr("Zoom &In"), this, [this] { setZoom(m_zoom * 1.25); });
    zoomIn->setShortcuts({QKeySequence::ZoomIn, QKeySequence(Qt::CTRL | Qt::Key_Equal)});
    zoomIn->setStatusTip(tr("Larger cells and text in every diagram"));
    QAction* zoomOut = m_viewMenu->addAction(tr("Zoom &Out"), this, [this] { setZoom(m_zoom / 1.25); });
    zoomOut->setShortcut(QKeySequence::ZoomOut);
    QAction* actualSize = m_viewMenu->addAction(tr("&Actual Size"), this, [this] { setZoom(1.0); });
    actualSize->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_0));

    m_highContrastAction = m_viewMenu->addAction(tr("&High Contrast"));
    m_highContrastAction->setCheckable(true);
    m_highContrastAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_H));
    m_highContrastAction->setStatusTip(tr("Stronger colours and white empty cells, for a projector"));
    connect(m_highContrastAction, &QAction::toggled, this, [this](bool on) {
        setHighContrast(on);
        if (!m_presenting)
            QSettings().setValue(QStringLiteral("view/highContrast"), on);
    });

    // The interface's language: kept for the next start (the widgets are built in one).
    QMenu* languageMenu = m_viewMenu->addMenu(tr("&Language"));
    auto* languageGroup = new QActionGroup(languageMenu);
    const QString saved = savedLanguage();
    QList<std::pair<QString, QString>> choices {{QString(), tr("System Default")}};
    for (const Language& l : languages())
        choices.append({l.code, l.name});
    for (const auto& [code, name] : choices) {
        QAction* a = languageMenu->addAction(name);
        a->setCheckable(true);
        a->setChecked(code == saved);
        languageGroup->addAction(a);
        connect(a, &QAction::triggered, this, [this, code = code, name = name] { chooseLanguage(code, name); });
    }

    // Presentation: full screen, the page directory and the diagrams chosen below, large.
    m_viewMenu->addSeparator();
    m_presentationAction = m_viewMenu->addAction(tr("&Presentation"));
    m_presentationAction->setCheckable(true);
    m_presentationAction->setShortcut(QKeySequence(Qt::Key_F11));
    m_presentationAction->setStatusTip(
        tr("Full screen for a projector: the page directory and the panels chosen in Presentation Shows, "
           "zoomed; F11 or Escape leaves it"));
    connect(m_presentationAction, &QAction::toggled, this, &MainWindow::setPresentation);
    QMenu* shows = m_viewMenu->addMenu(tr("Presentation &Shows"));
    const QStringList chosen
        = QSettings()
              .value(QStringLiteral("presentation/docks"), QStringList {QStringLiteral("memoryDock")})
              .toStringList();
    for (QDockWidget* dock : findChildren<QDockWidget*>()) {
        QAction* a = shows->addAction(dock->windowTitle());
        a->setCheckable(true);
        a->setChecked(chosen.contains(dock->objectName()));
        a->setData(dock->objectName());
        connect(a, &QAction::toggled, this, [shows] {
            QStringList names;
            for (const QAction* action : shows->actions()) {
                if (action->isChecked())
                    names << action->data().toString();
            }
            QSettings().setValue(QStringLiteral("presentation/docks"), names);
        });
    }
    auto* leave = new QAction(this);
    leave->setShortcut(QKeySequence(Qt::Key_Escape));
    leave->setShortcutContext(Qt::WindowShortcut);
    connect(leave, &QAction::triggered, this, [this] { setPresentation(false); });
    addAction(leave);
    menuBar()->addMenu(m_viewMenu);

    // Simulation: every action is a console command.
    QMenu* sim = menuBar()->addMenu(tr("&Simulation"));
    auto add = [&](QMenu* menu, const QString& text, const QString& tip, const QKeySequence& key, auto slot,
                   bool toolbar) {
        QAction* a = menu->addAction(text, this, slot);
        // The toolbar shows a short name: "&Spawn Process..." -> "Spawn".
        const QHash<QString, QString> shortNames = {{tr("&Spawn Process..."), tr("Spawn")},
            {tr("S&witch to the Selected Process"), tr("Switch")}, {tr("&Allocate..."), tr("Allocate")},
            {tr("A&ccess Memory..."), tr("Access")}, {tr("&Trim the Selected Working Set"), tr("Trim")},
            {tr("Run the &Zero Page Thread"), tr("Zero")}, {tr("Run the &Modified Page Writer"), tr("Write Modified")},
            {tr("&Step"), tr("Step")}, {tr("&Run"), tr("Run")}, {tr("&Pause"), tr("Pause")}};
        a->setIconText(shortNames.value(text, text));
        a->setStatusTip(tip);
        a->setToolTip(key.isEmpty() ? tip : QStringLiteral("%1 (%2)").arg(tip, key.toString(QKeySequence::NativeText)));
        if (!key.isEmpty())
            a->setShortcut(key);
        if (toolbar)
            tools->addAction(a);
        return a;
    };
    add(
        sim, tr("&Spawn Process..."), tr("Create a process from a parent (spawn)"), QKeySequence(Qt::CTRL | Qt::Key_N),
        [this] {
            if (auto line = CommandDialogs::spawn(this, m_controller.simulator(), m_selection->cid()))
                m_controller.execute(*line);
        },
        true);
    add(
        sim, tr("S&witch to the Selected Process"), tr("Context switch: load its page directory into CR3 (switch)"),
        QKeySequence(Qt::CTRL | Qt::Key_W), [=] { command(QStringLiteral("switch ") + selectedCid()); }, true);
    add(
        sim, tr("&Allocate..."), tr("NtAllocateVirtualMemory in the current process (alloc)"),
        QKeySequence(Qt::CTRL | Qt::Key_A),
        [this] {
            if (auto line = CommandDialogs::allocate(this))
                m_controller.execute(*line);
        },
        true);
    add(
        sim, tr("A&ccess Memory..."), tr("A read, write or execute by the current process (read, write, exec)"),
        QKeySequence(Qt::CTRL | Qt::Key_R),
        [this] {
            if (auto line = CommandDialogs::access(this, m_selection->va()))
                m_controller.execute(*line);
        },
        true);
    add(
        sim, tr("&Trim the Selected Working Set"), tr("Empty the selected process's working set (trim)"),
        QKeySequence(Qt::CTRL | Qt::Key_T), [=] { command(QStringLiteral("trim ") + selectedCid()); }, true);
    add(
        sim, tr("Run the &Zero Page Thread"), tr("Let the zero page thread move Free pages to the Zeroed list (zero)"),
        QKeySequence(Qt::Key_F8), [=] { command(QStringLiteral("zero")); }, true);
    add(
        sim, tr("Run the &Modified Page Writer"), tr("Write Modified pages to the paging file (modwrite)"),
        QKeySequence(Qt::Key_F9), [=] { command(QStringLiteral("modwrite")); }, true);
    sim->addSeparator();
    add(
        sim, tr("&Exit the Selected Process"), tr("PspExitProcess: every page goes back to the Free list (exit)"),
        QKeySequence(),
        [=, this] {
            if (QMessageBox::question(this, tr("Exit Process"), tr("End %1?").arg(selected())) == QMessageBox::Yes)
                command(QStringLiteral("exit ") + selectedCid());
        },
        false);
    add(
        sim, tr("&Reset Machine..."), tr("Boot a fresh machine"), QKeySequence(),
        [this] {
            bool ok = false;
            const QString size = QInputDialog::getText(this, tr("Reset Machine"), tr("RAM (4M to 4G):"),
                QLineEdit::Normal, QStringLiteral("%1M").arg(m_controller.ramBytes() >> 20), &ok);
            if (!ok)
                return;
            const QString upper = size.trimmed().toUpper();
            quint64 bytes = upper.chopped(upper.endsWith(QLatin1Char('B')) ? 2 : 1).toULongLong(&ok);
            const QChar unit = upper.endsWith(QLatin1Char('B')) ? upper.at(upper.size() - 2) : upper.back();
            bytes <<= unit == QLatin1Char('G') ? 30 : unit == QLatin1Char('M') ? 20 : unit == QLatin1Char('K') ? 10 : 0;
            QString error;
            if (!ok || !m_controller.reset(bytes, &error)) {
                QMessageBox::warning(this, tr("Reset Machine"),
                    error.isEmpty() ? tr("'%1' is not a size such as 128M").arg(size) : error);
                return;
            }
            m_output->appendPlainText(tr("-- machine reset: %1 MB --").arg(bytes >> 20));
        },
        false);

    // Script
    QMenu* script = menuBar()->addMenu(tr("S&cript"));
    tools->addSeparator();
    m_stepAction = add(
        script, tr("&Step"), tr("Run the next command of the script"), QKeySequence(Qt::Key_F10),
        [this] { m_runner->step(); }, true);
    m_runAction = add(
        script, tr("&Run"), tr("Run the rest of the script"), QKeySequence(Qt::Key_F5), [this] { m_runner->run(); },
        true);
    m_pauseAction = add(
        script, tr("&Pause"), tr("Pause the script"), QKeySequence(Qt::Key_F6), [this] { m_runner->pause(); }, true);

    // Time travel, as the console's t-, t and g- (the same commands, so the console shows them).
    script->addSeparator();
    auto travel = [this](const QString& line) {
        m_runner->pause();
        m_controller.execute(line);
        m_runner->followPosition(m_controller.position());
        updateScriptActions();
    };
    connect(m_timeline, &Timeline::goToRequested, this,
        [travel](size_t position) { travel(QStringLiteral("!tt %1").arg(position)); });
    m_stepBackAction = add(
        script, tr("Step &Back"), tr("Go back one command: the machine as it was before it (t-)"),
        QKeySequence(Qt::SHIFT | Qt::Key_F10), [travel] { travel(QStringLiteral("t-")); }, false);
    m_stepBackAction->setShortcuts({QKeySequence(Qt::SHIFT | Qt::Key_F10), QKeySequence(Qt::CTRL | Qt::Key_Z)});
    m_stepForwardAction = add(
        script, tr("Step &Forward"), tr("Replay the next recorded command (t)"),
        QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z), [travel] { travel(QStringLiteral("t")); }, false);
    m_stepForwardAction->setShortcuts(
        {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z), QKeySequence(Qt::CTRL | Qt::Key_Y)});
    m_restartAction = add(
        script, tr("Res&tart"), tr("Back to position 0, just booted; the script and the recorded commands stay (g-)"),
        QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_F5), [travel] { travel(QStringLiteral("g-")); }, false);
    connect(&m_controller, &SimulationController::commandFinished, this, &MainWindow::updateScriptActions);
    updateScriptActions();

    // Lessons: the built-in ones, and any lesson file.
    QMenu* lessons = menuBar()->addMenu(tr("&Lessons"));
    for (const QString& path : installedLessons()) {
        // The title in the interface's language, when the lesson has a translation.
        QFile lessonFile(lessonInLanguage(path, currentLanguage()));
        QString title = QFileInfo(path).completeBaseName();
        if (lessonFile.open(QIODevice::ReadOnly)) {
            mm::dbg::LessonFile lesson;
            if (mm::dbg::parseLesson(lessonFile.readAll().toStdString(), &lesson, nullptr))
                title = QString::fromStdString(lesson.title);
        }
        lessons->addAction(title, this, [this, path] { openLesson(path); })
            ->setStatusTip(QDir::toNativeSeparators(path));
    }
    lessons->addSeparator();
    lessons->addAction(tr("Open &Lesson..."), this, [this] {
        const QStringList builtIn = installedLessons();
        const QString path = QFileDialog::getOpenFileName(this, tr("Open Lesson"),
            builtIn.isEmpty() ? QString() : QFileInfo(builtIn.first()).absolutePath(),
            tr("Lessons (*.txt);;All files (*)"));
        if (!path.isEmpty())
            openLesson(path);
    });
    QAction* practice = lessons->addAction(tr("&Practice..."), this, [this] {
        if (!m_practice) {
            m_practice = new PracticeDialog(m_controller, this);
            // The explanation: the address translated, its process selected; or the two
            // page directories compared.
            connect(m_practice, &PracticeDialog::explainRequested, this, [this](quint16 cid, quint32 va) {
                if (cid)
                    m_selection->setCid(cid);
                m_selection->setVa(va);
                focusView(QStringLiteral("translation"), QString::number(va, 16));
            });
            connect(m_practice, &PracticeDialog::compareRequested, this, [this](quint16 cid, quint16 other) {
                focusView(QStringLiteral("compare"), QStringLiteral("%1 %2").arg(cid, 0, 16).arg(other, 0, 16));
            });
        }
        m_practice->start(QRandomGenerator::global()->generate64());
        m_practice->show();
        m_practice->raise();
    });
    practice->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_P));
    practice->setStatusTip(tr("Questions about the machine as it is: the self-map, PTEs, translations, trimming, "
                              "two page directories, a new process's pages"));
    // A presentation clicker sends Page Down and Page Up: they step the lesson from anywhere.
    auto* nextStep = new QAction(tr("Next Step"), this);
    nextStep->setShortcut(QKeySequence(Qt::Key_PageDown));
    connect(nextStep, &QAction::triggered, m_player, &LessonPlayer::next);
    auto* previousStep = new QAction(tr("Previous Step"), this);
    previousStep->setShortcut(QKeySequence(Qt::Key_PageUp));
    connect(previousStep, &QAction::triggered, m_player, &LessonPlayer::back);
    lessons->addSeparator();
    lessons->addAction(nextStep);
    lessons->addAction(previousStep);

    QMenu* help = menuBar()->addMenu(tr("&Help"));
    help->addAction(tr("&Commands"), this, [this] { m_controller.execute(QStringLiteral("help")); })
        ->setShortcut(QKeySequence::HelpContents);
    help->addAction(tr("&About mmvis"), this, [this] {
        QMessageBox::about(this, tr("About mmvis"),
            tr("mmvis %1\nA visualizer of Windows NT 4.0 / 2000 x86 address spaces, driven by a simulation of "
               "the NT memory manager.")
                .arg(QApplication::applicationVersion()));
    });
}

DiagramExporter::Options MainWindow::exportOptions() const
{
    DiagramExporter::Options o;
    o.scale = QSettings().value(QStringLiteral("export/scale"), 2.0).toDouble();
    o.variant = m_printColours && m_printColours->isChecked() ? Palette::Variant::Print : Palette::Variant::Screen;
    o.widthMm = QSettings().value(QStringLiteral("export/widthMm"), 0.0).toDouble();
    o.fontPt = QSettings().value(QStringLiteral("export/fontPt"), 7.0).toDouble();
    return o;
}

void MainWindow::updateScriptActions()
{
    const bool loaded = m_runner->count() > 0;
    m_stepAction->setEnabled(loaded && !m_runner->finished() && !m_runner->running());
    m_runAction->setEnabled(loaded && !m_runner->finished() && !m_runner->running());
    m_pauseAction->setEnabled(m_runner->running());
    m_stepBackAction->setEnabled(m_controller.position() > 0 && !m_runner->running());
    m_restartAction->setEnabled(m_controller.position() > 0 && !m_runner->running());
    m_stepForwardAction->setEnabled(m_controller.position() < m_controller.end() && !m_runner->running());
    m_scriptProgress->setVisible(loaded && !m_runner->finished());
    m_scriptProgress->setRange(0, std::max(1, m_runner->count()));
    m_scriptProgress->setValue(m_runner->position());
    m_scriptProgress->setFormat(QStringLiteral("%1  %v/%m").arg(m_runner->name()));
}

bool MainWindow::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_input && event->type() == QEvent::KeyPress && !m_history.isEmpty()) {
        const int key = static_cast<QKeyEvent*>(event)->key();
        if (key == Qt::Key_Up || key == Qt::Key_Down) {
            m_historyIndex = std::clamp(m_historyIndex + (key == Qt::Key_Up ? -1 : 1), 0, int(m_history.size()));
            m_input->setText(m_historyIndex < m_history.size() ? m_history[m_historyIndex] : QString());
            return true;
        }
    }
    return QMainWindow::eventFilter(watched, event);
}

void MainWindow::runInput()
{
    const QString line = m_input->text().trimmed();
    if (line.isEmpty())
        return;
    m_history.append(line);
    m_historyIndex = int(m_history.size());
    m_input->clear();
    m_controller.execute(line);
}

void MainWindow::runScript()
{
    QSettings settings;
    // The first time, the installed scenarios: the examples a student starts from.
    const QString scenarios = dataDirectory().isEmpty() ? QString() : dataDirectory() + QStringLiteral("/scenarios");
    const QString dir = settings.value(QStringLiteral("script/directory"), scenarios).toString();
    const QString path
        = QFileDialog::getOpenFileName(this, tr("Open Script"), dir, tr("Scripts (*.cmd *.txt);;All files (*)"));
    if (path.isEmpty())
        return;
    settings.setValue(QStringLiteral("script/directory"), QFileInfo(path).absolutePath());
    loadScriptFile(path);
}

bool MainWindow::loadScriptFile(const QString& path)
{
    QString error;
    const bool loaded = m_runner->load(path, &error);
    if (!loaded)
        QMessageBox::warning(this, tr("Open Script"), error);
    else
        statusBar()->showMessage(
            tr("%1 loaded: %2 commands. Run (F5) or Step (F10).").arg(m_runner->name()).arg(m_runner->count()), 8000);
    updateScriptActions();
    return loaded;
}

bool MainWindow::runScriptFile(const QString& path)
{
    QString error;
    if (!m_runner->load(path, &error)) {
        QMessageBox::warning(this, tr("Run Script"), error);
        return false;
    }
    m_controller.beginBatch();
    while (m_runner->step()) { }
    m_controller.endBatch();
    updateScriptActions();
    return m_runner->finished();
}

void MainWindow::appendOutput(const QString& line, const QString& output, bool ok, const QString& error)
{
    m_output->appendCommand(line, output, ok, error);
}

void MainWindow::followLink(const mm::dbg::OutputLink& link)
{
    // Select what the link names in every view, then show it as the console would.
    using Kind = mm::dbg::OutputLink::Kind;
    const auto& processes = m_controller.simulator().processes();
    switch (link.kind) {
    case Kind::Process:
        if (processes.findByCid(quint16(link.value)))
            m_selection->setCid(quint16(link.value));
        break;
    case Kind::Eprocess:
        if (const auto* p = processes.findByEprocess(link.value))
            m_selection->setCid(p->cid);
        break;
    case Kind::Frame:
        m_selection->setPfn(link.value);
        break;
    case Kind::Physical:
        m_selection->setPfn(link.value >> 12);
        break;
    case Kind::Va:
        m_selection->setVa(link.value);
        break;
    case Kind::PteAddress:
        m_selection->setVa(mm::dbg::vaOfEntry(link.value));
        break;
    case Kind::Routine:
        m_events->explainRoutine(QString::fromStdString(link.command).section(QLatin1Char(' '), 1));
        break;
    }
    m_controller.execute(QString::fromStdString(link.command));
}

void MainWindow::chooseLanguage(const QString& code, const QString& name)
{
    if (code == savedLanguage())
        return;
    saveLanguage(code);
    QMessageBox box(QMessageBox::Information, tr("Language"),
        tr("mmvis will speak %1 from its next start. Restart now? The session comes back as it is.").arg(name),
        QMessageBox::NoButton, this);
    QPushButton* now = box.addButton(tr("Restart Now"), QMessageBox::AcceptRole);
    box.addButton(tr("Later"), QMessageBox::RejectRole);
    box.exec();
    if (box.clickedButton() != now)
        return;
    // The session goes to a file the new start opens; the layout is saved on closing.
    QString path;
    QString error;
    if (!m_sessions->writeRestartCopy(&path, &error)) {
        QMessageBox::warning(this, tr("Language"), tr("Cannot keep the session for the restart: %1").arg(error));
        return;
    }
    if (QProcess::startDetached(QCoreApplication::applicationFilePath(), {path}))
        close();
}

void MainWindow::focusView(const QString& view, const QString& arguments)
{
    const QStringList words = arguments.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    auto cidOf = [this](const QString& name) -> std::optional<quint16> {
        const auto& processes = m_controller.simulator().processes();
        bool number = false;
        const uint cid = name.toUInt(&number, 16);
        if (number && processes.findByCid(cid))
            return quint16(cid);
        const auto found = processes.findByImage(name.toStdString());
        return found.empty() ? std::nullopt : std::optional<quint16>(found.front()->cid);
    };
    auto number = [](const QString& text) { return text.toUInt(nullptr, 16); };
    // A dock comes forward even when hidden (presentation mode shows only the lesson).
    auto bringForward = [this](const char* name) {
        QDockWidget* dock = findChild<QDockWidget*>(QLatin1String(name));
        dock->show();
        dock->raise();
        return dock;
    };
    if (view == QLatin1String("directory") || view == QLatin1String("compare") || view == QLatin1String("table")) {
        if (!words.isEmpty())
            if (const auto cid = cidOf(words[0]))
                m_selection->setCid(*cid);
        m_compareAction->setChecked(view == QLatin1String("compare"));
        if (view == QLatin1String("compare") && words.size() > 1)
            if (const auto cid = cidOf(words[1]))
                m_selection->setCompareCid(*cid);
        if (view == QLatin1String("table") && words.size() > 1)
            m_directory->showPageTable(int(number(words[1]) & 0x3FF));
        else
            m_directory->showDirectory();
    } else if (view == QLatin1String("translation")) {
        bringForward("translationDock");
        if (!words.isEmpty())
            m_translation->translate(number(words[0]));
    } else if (view == QLatin1String("lists") || view == QLatin1String("dynamics")) {
        auto* lists = qobject_cast<QTabWidget*>(bringForward("listsDock")->widget());
        lists->setCurrentIndex(view == QLatin1String("dynamics") ? 2 : 0);
    } else if (view == QLatin1String("memory")) {
        bringForward("memoryDock");
    } else if (view == QLatin1String("tlb")) {
        bringForward("tlbDock");
    } else if (view == QLatin1String("events")) {
        bringForward("eventsDock");
    }
}

void MainWindow::followCurrentProcess()
{
    // After a context switch, or when the selected process exits, show the process that runs.
    const auto& processes = m_controller.simulator().processes();
    const quint16 current = processes.current().cid;
    if (current != m_lastCurrent || !processes.findByCid(m_selection->cid()))
        m_selection->setCid(current);
    m_lastCurrent = current;
}

void MainWindow::refreshCompareChoices()
{
    m_compareWith->clear();
    for (const auto& p : m_controller.simulator().processes().processes())
        m_compareWith->addItem(
            QStringLiteral("%1 (%2)").arg(QString::fromStdString(p->imageName)).arg(p->cid, 4, 16, QLatin1Char('0')),
            p->cid);
    const quint16 cid = chooseCompareCid(m_controller.simulator().processes(), m_selection->cid(), m_userCompareCid);
    m_compareWith->setCurrentIndex(m_compareWith->findData(cid));
    m_selection->setCompareCid(cid);
}

void MainWindow::updateStatus()
{
    const auto& sim = m_controller.simulator();
    const auto& current = sim.processes().current();
    const auto& pfns = sim.pfnDatabase();
    using mm::PageLocation;
    m_status->setText(
        tr("Process %1 (Cid %2)   CR3 %3   Step %4   Zeroed %5  Free %6  Standby %7  Modified %8  Active %9")
            .arg(QString::fromStdString(current.imageName))
            .arg(current.cid, 4, 16, QLatin1Char('0'))
            .arg(sim.mmu().cr3(), 8, 16, QLatin1Char('0'))
            .arg(sim.events().lastSeq())
            .arg(pfns.count(PageLocation::Zeroed))
            .arg(pfns.count(PageLocation::Free))
            .arg(pfns.count(PageLocation::Standby))
            .arg(pfns.count(PageLocation::Modified))
            .arg(pfns.count(PageLocation::Active)));
}

QString MainWindow::carryOut(const mm::dbg::ViewRequest& request, QString* output)
{
    // .select acts on what the window shows; .export writes diagrams laid out from it.
    using Kind = mm::dbg::ViewRequest::Kind;
    switch (request.kind) {
    case Kind::None:
        return {};
    case Kind::SelectProcess:
        m_selection->setCid(quint16(request.value));
        return {};
    case Kind::SelectVa:
        m_selection->setVa(request.value);
        return {};
    case Kind::SelectPfn:
        m_selection->setPfn(request.value);
        return {};
    case Kind::SelectTable:
        m_directory->showPageTable(int(request.value));
        return {};
    case Kind::SelectDirectory:
        m_directory->showDirectory();
        return {};
    case Kind::SelectLists:
        m_historyPlot->setHiddenLists(DiagramSet::hiddenLists(request.value)); // the bars follow it
        return {};
    case Kind::Export:
        break;
    }
    QString dir = QSettings().value(QStringLiteral("export/directory")).toString();
    if (dir.isEmpty())
        dir = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation) + QStringLiteral("/mmvis");
    ScriptViews views(m_controller, dir, {DiagramExporter::Format::Svg, DiagramExporter::Format::Png}, exportOptions());
    DiagramSet::Choice choice;
    choice.cid = m_selection->cid();
    choice.va = m_selection->va();
    choice.pfn = m_selection->pfn();
    if (m_directory->mode() == PageDirectoryView::Mode::PageTable)
        choice.table = m_directory->pageTableIndex();
    quint32 shown = (1u << mm::kPageLocationCount) - 1;
    for (mm::PageLocation l : m_historyPlot->hiddenLists())
        shown &= ~(1u << int(l));
    choice.lists = shown;
    views.setChoice(choice);
    std::ostringstream out;
    const std::string why = views.handle(request, out);
    *output = QString::fromStdString(out.str());
    return QString::fromStdString(why);
}

void MainWindow::describeForAccessibility()
{
    // What a screen reader says of each main widget.
    const struct {
        QWidget* widget;
        QString name;
        QString description;
    } described[] = {
        {m_directory, tr("Page directory"),
            tr("The 1024 entries of the selected process's page directory, or a page table, as a 32 by 32 grid. "
               "Arrow keys move the selection, Enter opens a page table, Backspace goes back.")},
        {m_memoryMap, tr("Physical memory"),
            tr("Every frame of RAM coloured by its page list. Plus and minus zoom, arrow keys pan, Home shows all.")},
        {m_historyPlot, tr("Page lists over time"), tr("The size of each page list after every command.")},
        {m_bars, tr("Page lists now"), tr("The current size of each page list.")},
        {m_dynamics, tr("Page-list dynamics"), tr("How many pages moved between the lists, by kind of move.")},
        {m_translation, tr("Address translation"),
            tr("A virtual address translated step by step through the TLB, the page directory and a page table.")},
        {m_tlb, tr("TLB"), tr("The entries of the CPU's translation lookaside buffer.")},
        {m_events, tr("Event log"), tr("Every change the memory manager made, with the NT routine that made it.")},
        {m_processView, tr("Processes"), tr("The processes; selecting one shows it in every view.")},
        {m_output, tr("Console output"), tr("What the commands printed.")},
        {m_input, tr("Console input"), tr("A command of the WinDbg-style language.")},
    };
    for (const auto& d : described) {
        d.widget->setAccessibleName(d.name);
        d.widget->setAccessibleDescription(d.description);
    }
}

std::vector<Diagram*> MainWindow::diagrams() const
{
    return {m_directory, m_memoryMap, m_historyPlot, m_bars, m_dynamics, m_translation->canvas(), m_tlb};
}

bool MainWindow::openLesson(const QString& nameOrPath)
{
    // A lesson's translation into the interface's language, where it has one.
    QString path = findLesson(nameOrPath);
    if (!path.isEmpty())
        path = lessonInLanguage(path, currentLanguage());
    QString error;
    QFile file(path);
    if (path.isEmpty())
        error = tr("there is no lesson file or built-in lesson named '%1'").arg(nameOrPath);
    else if (!file.open(QIODevice::ReadOnly))
        error = file.errorString();
    else if (m_player->load(QString::fromUtf8(file.readAll()), QFileInfo(path).fileName(), &error)) {
        m_lessonDock->show();
        m_lessonDock->raise();
        m_player->setFocus();
        return true;
    }
    QMessageBox::warning(this, tr("Open Lesson"), tr("Cannot open the lesson: %1").arg(error));
    return false;
}

void MainWindow::setZoom(qreal zoom)
{
    m_zoom = std::clamp(zoom, 0.75, 3.0);
    for (Diagram* d : diagrams())
        d->setZoom(m_zoom);
    if (m_player)
        m_player->setTextScale(m_zoom);
    if (m_events)
        m_events->setTextScale(m_zoom);
    if (!m_presenting)
        QSettings().setValue(QStringLiteral("view/zoom"), m_zoom);
    statusBar()->showMessage(tr("Zoom %1 %").arg(std::lround(m_zoom * 100)), 3000);
}

void MainWindow::setHighContrast(bool on)
{
    Palette::setScreenVariant(on ? Palette::Variant::Projector : Palette::Variant::Screen);
    for (Diagram* d : diagrams())
        d->coloursChanged();
    m_events->update();
    const QSignalBlocker block(m_highContrastAction);
    m_highContrastAction->setChecked(on);
}

void MainWindow::setPresentation(bool on)
{
    if (on == m_presenting)
        return;
    m_presenting = on;
    if (on) {
        m_stateBeforePresentation = saveState();
        m_geometryBeforePresentation = saveGeometry();
        m_zoomBeforePresentation = m_zoom;
        const QStringList shown
            = QSettings()
                  .value(QStringLiteral("presentation/docks"), QStringList {QStringLiteral("memoryDock")})
                  .toStringList();
        // An open lesson takes the side column: its captions are what the class reads.
        const bool lesson = m_player->loaded();
        for (QDockWidget* dock : findChildren<QDockWidget*>()) {
            dock->setVisible(lesson ? dock == m_lessonDock : shown.contains(dock->objectName()));
            if (dock->isVisible())
                dock->raise();
        }
        if (lesson) {
            m_player->refocus(); // the step's own view stays in front too
            m_lessonDock->raise();
        }
        for (QToolBar* bar : findChildren<QToolBar*>(QString(), Qt::FindDirectChildrenOnly))
            bar->hide();
        showFullScreen();
        setZoom(std::max(m_zoom, 1.5));
        m_highContrastBeforePresentation = m_highContrastAction->isChecked();
        setHighContrast(true); // a projector washes light colours out
    } else {
        showNormal();
        restoreGeometry(m_geometryBeforePresentation);
        restoreState(m_stateBeforePresentation);
        setZoom(m_zoomBeforePresentation);
        setHighContrast(m_highContrastBeforePresentation);
    }
    const QSignalBlocker block(m_presentationAction);
    m_presentationAction->setChecked(on);
}

void MainWindow::closeEvent(QCloseEvent* event)
{
    setPresentation(false); // remember the layout, not the presentation
    QSettings settings;
    settings.setValue(QStringLiteral("mainWindow/geometry"), saveGeometry());
    settings.setValue(QStringLiteral("mainWindow/state"), saveState());
    m_sessions->closing();
    event->accept();
}

} // namespace mmvis

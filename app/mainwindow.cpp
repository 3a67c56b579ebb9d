#include "mainwindow.h"

#include "dynamicsdiagram.h"
#include "eventlogview.h"
#include "listbarchart.h"
#include "listhistoryplot.h"
#include "memorymapview.h"
#include "pagedirectoryview.h"
#include "processmodel.h"
#include "selection.h"
#include "simulationcontroller.h"
#include "translationview.h"

#include "mm/pfndatabase.h"
#include "sim/simulator.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QComboBox>
#include <QCompleter>
#include <QDockWidget>
#include <QFile>
#include <QFileDialog>
#include <QFontDatabase>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QSettings>
#include <QStatusBar>
#include <QTabWidget>
#include <QTableView>
#include <QTextStream>
#include <QToolBar>
#include <QVBoxLayout>

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
    setDockNestingEnabled(true);
    setCentralWidget(createDirectoryPanel());
    createDocks();
    createActions();

    m_status = new QLabel(this);
    statusBar()->addPermanentWidget(m_status, 1);

    connect(&m_controller, &SimulationController::commandFinished, this, &MainWindow::appendOutput);
    connect(&m_controller, &SimulationController::stepped, this, &MainWindow::updateStatus);
    connect(&m_controller, &SimulationController::stepped, this, &MainWindow::followCurrentProcess);
    connect(&m_controller, &SimulationController::stepped, this, &MainWindow::refreshCompareChoices);
    connect(&m_controller, &SimulationController::machineReset, this, [this] {
        m_selection->setCid(m_controller.simulator().processes().current().cid);
        updateStatus();
        refreshCompareChoices();
    });

    QSettings settings;
    restoreGeometry(settings.value(QStringLiteral("mainWindow/geometry")).toByteArray());
    restoreState(settings.value(QStringLiteral("mainWindow/state")).toByteArray());
    if (settings.value(QStringLiteral("mainWindow/geometry")).isNull())
        resize(1400, 900);
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
    connect(m_compareWith, &QComboBox::activated, this,
        [this](int i) { m_selection->setCompareCid(quint16(m_compareWith->itemData(i).toUInt())); });
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
    m_output = new QPlainTextEdit(console);
    m_output->setReadOnly(true);
    m_output->setFont(mono);
    m_output->setMaximumBlockCount(20000);
    m_output->setPlaceholderText(tr("Type a command below, e.g. spawn notepad.exe, !process 0 0, !pte c0300000. "
                                    "Type help for the list."));
    m_input = new QLineEdit(console);
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
    m_processView->setToolTip(tr("Select a process to show it in every view"));
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
    lists->addTab(m_historyPlot, tr("Over Time"));
    lists->addTab(m_bars, tr("Now"));
    m_dynamics = new DynamicsDiagram(m_controller, lists);
    lists->addTab(m_dynamics, tr("Dynamics"));
    QDockWidget* listsDock = addDock(tr("Page Lists"), QStringLiteral("listsDock"), lists, Qt::RightDockWidgetArea);

    m_events = new EventLogView(m_controller, *m_selection, this);
    QDockWidget* events = addDock(tr("Event Log"), QStringLiteral("eventsDock"), m_events, Qt::BottomDockWidgetArea);
    QDockWidget* console
        = addDock(tr("Console"), QStringLiteral("consoleDock"), createConsole(), Qt::BottomDockWidgetArea);
    tabifyDockWidget(console, events);
    console->raise();
    splitDockWidget(memory, listsDock, Qt::Vertical);
    resizeDocks({processes, memory}, {330, 430}, Qt::Horizontal);
    resizeDocks({console}, {250}, Qt::Vertical);
}

void MainWindow::createActions()
{
    QMenu* file = menuBar()->addMenu(tr("&File"));
    QAction* open = file->addAction(tr("&Run Script..."), this, &MainWindow::runScript);
    open->setShortcut(QKeySequence::Open);
    open->setStatusTip(tr("Run every command of a script file"));
    file->addSeparator();
    QAction* quit = file->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);

    menuBar()->addMenu(m_viewMenu);

    QMenu* sim = menuBar()->addMenu(tr("&Simulation"));
    QAction* zero = sim->addAction(
        tr("Run the &Zero Page Thread"), this, [this] { m_controller.execute(QStringLiteral("zero")); });
    zero->setShortcut(QKeySequence(Qt::Key_F8));
    zero->setStatusTip(tr("Let the zero page thread move Free pages to the Zeroed list"));
    QAction* reset = sim->addAction(tr("&Reset Machine"), this, [this] {
        m_controller.reset(m_controller.ramBytes());
        m_output->appendPlainText(tr("-- machine reset --"));
    });
    reset->setStatusTip(tr("Boot a fresh machine with the same RAM"));

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
    const QString path
        = QFileDialog::getOpenFileName(this, tr("Run Script"), QString(), tr("Scripts (*.cmd *.txt);;All files (*)"));
    if (!path.isEmpty())
        runScriptFile(path);
}

bool MainWindow::runScriptFile(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly | QIODevice::Text)) {
        QMessageBox::warning(this, tr("Run Script"), tr("Cannot read %1: %2").arg(path, file.errorString()));
        return false;
    }
    QTextStream in(&file);
    int lineNumber = 0;
    while (!in.atEnd()) {
        const QString line = in.readLine();
        ++lineNumber;
        const QString trimmed = line.trimmed();
        if (trimmed.isEmpty() || trimmed.startsWith(QLatin1Char('#')))
            continue;
        if (!m_controller.execute(trimmed)) {
            m_output->appendPlainText(tr("%1:%2: the script stopped at this error").arg(path).arg(lineNumber));
            return false;
        }
    }
    return true;
}

void MainWindow::appendOutput(const QString& line, const QString& output, bool ok, const QString& error)
{
    m_output->appendPlainText(QStringLiteral("kd> ") + line);
    if (!output.isEmpty())
        m_output->appendPlainText(output.endsWith(QLatin1Char('\n')) ? output.chopped(1) : output);
    if (!ok)
        m_output->appendPlainText(tr("error: %1").arg(error));
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
    const quint16 chosen = m_selection->compareCid();
    m_compareWith->clear();
    for (const auto& p : m_controller.simulator().processes().processes())
        m_compareWith->addItem(
            QStringLiteral("%1 (%2)").arg(QString::fromStdString(p->imageName)).arg(p->cid, 4, 16, QLatin1Char('0')),
            p->cid);
    int index = m_compareWith->findData(chosen);
    if (index < 0) {
        // By default compare with the process created last that is not the selected one.
        for (int i = m_compareWith->count() - 1; i >= 0 && index < 0; --i) {
            if (m_compareWith->itemData(i).toUInt() != m_selection->cid())
                index = i;
        }
    }
    if (index >= 0) {
        m_compareWith->setCurrentIndex(index);
        m_selection->setCompareCid(quint16(m_compareWith->itemData(index).toUInt()));
    }
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

void MainWindow::closeEvent(QCloseEvent* event)
{
    QSettings settings;
    settings.setValue(QStringLiteral("mainWindow/geometry"), saveGeometry());
    settings.setValue(QStringLiteral("mainWindow/state"), saveState());
    event->accept();
}

} // namespace mmvis

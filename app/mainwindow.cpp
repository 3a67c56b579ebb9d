#include "mainwindow.h"

#include "simulationcontroller.h"

#include "mm/pfndatabase.h"
#include "sim/simulator.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QDockWidget>
#include <QFile>
#include <QFileDialog>
#include <QFontDatabase>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QSettings>
#include <QStatusBar>
#include <QTextStream>
#include <QVBoxLayout>

namespace mmvis {

MainWindow::MainWindow(SimulationController& controller, QWidget* parent)
    : QMainWindow(parent)
    , m_controller(controller)
{
    setWindowTitle(tr("mmvis - NT memory manager visualizer"));

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
    m_input->setToolTip(tr("A command of the WinDbg-style language; Up and Down recall earlier commands"));
    m_input->installEventFilter(this);
    layout->addWidget(m_output);
    layout->addWidget(m_input);

    auto* dock = new QDockWidget(tr("Console"), this);
    dock->setObjectName(QStringLiteral("consoleDock"));
    dock->setWidget(console);
    addDockWidget(Qt::BottomDockWidgetArea, dock);

    auto* summary = new QLabel(tr("<h2>mmvis</h2><p>A simulation of the Windows NT 4.0 memory manager on an x86 "
                                  "machine.</p><p>The console below drives it.</p>"),
        this);
    summary->setAlignment(Qt::AlignCenter);
    setCentralWidget(summary);

    m_status = new QLabel(this);
    statusBar()->addPermanentWidget(m_status, 1);

    createActions();
    connect(m_input, &QLineEdit::returnPressed, this, &MainWindow::runInput);
    connect(&m_controller, &SimulationController::commandFinished, this, &MainWindow::appendOutput);
    connect(&m_controller, &SimulationController::stepped, this, &MainWindow::updateStatus);
    connect(&m_controller, &SimulationController::machineReset, this, &MainWindow::updateStatus);

    QSettings settings;
    restoreGeometry(settings.value(QStringLiteral("mainWindow/geometry")).toByteArray());
    restoreState(settings.value(QStringLiteral("mainWindow/state")).toByteArray());
    if (settings.value(QStringLiteral("mainWindow/geometry")).isNull())
        resize(1100, 720);
    updateStatus();
    m_input->setFocus();
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

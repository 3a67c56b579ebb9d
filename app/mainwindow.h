#pragma once

#include "diagramexporter.h"

#include <functional>
#include <vector>

#include <QElapsedTimer>
#include <QMainWindow>
#include <QStringList>

class QComboBox;
class QLabel;
class QLineEdit;
class QTableView;
class QAction;
class QDockWidget;
class QProgressBar;
class QProgressDialog;

namespace mm::dbg {
struct ViewRequest;
struct OutputLink;
} // namespace mm::dbg

namespace mmvis {

class ConsoleOutput;
class SimulationController;
class Selection;
class ProcessModel;
class PageDirectoryView;
class MemoryMapView;
class ListHistoryPlot;
class ListBarChart;
class EventLogView;
class TranslationView;
class ScriptRunner;
class DynamicsDiagram;
class TlbView;
class SessionFiles;
class Timeline;
class LessonPlayer;
class PracticeDialog;
class ComparePositions;

// The main window: the page-directory grid in the middle, the other views in docks, the
// WinDbg-style console, and a status bar with the state of the simulated machine. Layout
// and geometry are remembered between runs.
class MainWindow : public QMainWindow {
    Q_OBJECT
public:
    explicit MainWindow(SimulationController& controller, QWidget* parent = nullptr);
    ~MainWindow() override;

    // Runs every command of a script file; stops at the first error, which it reports.
    bool runScriptFile(const QString& path);
    // Loads a script to run with Run (F5) or Step (F10); reports why not in a message box.
    bool loadScriptFile(const QString& path);

    Selection& selection() { return *m_selection; }
    SessionFiles& sessions() { return *m_sessions; }
    Timeline& timeline() { return *m_timeline; }
    LessonPlayer& lessonPlayer() { return *m_player; }
    // Opens a lesson (a path, or a built-in lesson's name) in the lesson player on a fresh
    // 128 MB machine; reports why not in a message box.
    bool openLesson(const QString& nameOrPath);

    // Every diagram's zoom (0.75 to 3); remembered.
    void setZoom(qreal zoom);
    qreal zoom() const { return m_zoom; }
    // Full screen with the page directory and the chosen panels, zoomed; off restores the layout.
    void setPresentation(bool on);
    bool presenting() const { return m_presenting; }
    // The projector palette (Palette::Variant::Projector) in every view; remembered.
    void setHighContrast(bool on);
    PageDirectoryView& pageDirectory() { return *m_directory; }

protected:
    void closeEvent(QCloseEvent* event) override;
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    QWidget* createDirectoryPanel();
    QWidget* createConsole();
    void createDocks();
    void createActions();
    void runInput();
    void runScript();
    void appendOutput(const QString& line, const QString& output, bool ok, const QString& error);
    void followLink(const mm::dbg::OutputLink& link);
    // Brings a view forward with a selection, as a lesson's .focus asks (see LESSONS.md).
    void focusView(const QString& view, const QString& arguments);
    // View > Language: kept for the next start, which can be now (the session kept).
    void chooseLanguage(const QString& code, const QString& name);
    void updateStatus();
    void updateScriptActions();
    DiagramExporter::Options exportOptions() const;
    void refreshCompareChoices();
    void followCurrentProcess();
    std::vector<Diagram*> diagrams() const;
    void describeForAccessibility(); // accessible names and descriptions of the main widgets
    QString carryOut(const mm::dbg::ViewRequest& request, QString* output); // .select and .export

    SimulationController& m_controller;
    Selection* m_selection = nullptr;
    SessionFiles* m_sessions = nullptr;
    Timeline* m_timeline = nullptr;
    LessonPlayer* m_player = nullptr;
    PracticeDialog* m_practice = nullptr;
    QDockWidget* m_lessonDock = nullptr;
    ComparePositions* m_comparePositions = nullptr;
    QProgressDialog* m_replayProgress = nullptr; // long replays (time travel)
    QElapsedTimer m_replaying;
    ProcessModel* m_processModel = nullptr;
    QTableView* m_processView = nullptr;
    PageDirectoryView* m_directory = nullptr;
    MemoryMapView* m_memoryMap = nullptr;
    ListHistoryPlot* m_historyPlot = nullptr;
    ListBarChart* m_bars = nullptr;
    EventLogView* m_events = nullptr;
    TranslationView* m_translation = nullptr;
    DynamicsDiagram* m_dynamics = nullptr;
    TlbView* m_tlb = nullptr;
    QComboBox* m_compareWith = nullptr;
    QAction* m_compareAction = nullptr;
    QAction* m_backAction = nullptr;
    ConsoleOutput* m_output = nullptr;
    QLineEdit* m_input = nullptr;
    QLabel* m_status = nullptr;
    QMenu* m_viewMenu = nullptr;
    ScriptRunner* m_runner = nullptr;
    QProgressBar* m_scriptProgress = nullptr;
    QAction* m_stepAction = nullptr;
    QAction* m_runAction = nullptr;
    QAction* m_pauseAction = nullptr;
    QAction* m_stepBackAction = nullptr;
    QAction* m_stepForwardAction = nullptr;
    QAction* m_restartAction = nullptr;
    QAction* m_printColours = nullptr;
    QByteArray m_initialState; // the dock layout before any saved one is restored
    std::function<void()> m_defaultDocks; // sizes the docks in proportion to the window
    QStringList m_history;
    int m_historyIndex = 0;
    quint16 m_lastCurrent = 8; // the process that ran after the last command
    quint16 m_userCompareCid = 0; // the process last picked in the compare box (0: none)
    qreal m_zoom = 1.0;
    bool m_presenting = false;
    QAction* m_presentationAction = nullptr;
    QByteArray m_stateBeforePresentation;
    QByteArray m_geometryBeforePresentation;
    qreal m_zoomBeforePresentation = 1.0;
    QAction* m_highContrastAction = nullptr;
    bool m_highContrastBeforePresentation = false;
};

} // namespace mmvis

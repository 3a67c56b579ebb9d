#pragma once

#include <QMainWindow>
#include <QStringList>

class QLabel;
class QLineEdit;
class QPlainTextEdit;

namespace mmvis {

class SimulationController;

// The main window: for now the WinDbg-style console and a status bar that shows the
// state of the simulated machine. Layout and geometry are remembered between runs.
class MainWindow : public QMainWindow {
    Q_OBJECT
public:
    explicit MainWindow(SimulationController& controller, QWidget* parent = nullptr);

    // Runs every command of a script file; stops at the first error, which it reports.
    bool runScriptFile(const QString& path);

protected:
    void closeEvent(QCloseEvent* event) override;
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void createActions();
    void runInput();
    void runScript();
    void appendOutput(const QString& line, const QString& output, bool ok, const QString& error);
    void updateStatus();

    SimulationController& m_controller;
    QPlainTextEdit* m_output = nullptr;
    QLineEdit* m_input = nullptr;
    QLabel* m_status = nullptr;
    QStringList m_history;
    int m_historyIndex = 0;
};

} // namespace mmvis

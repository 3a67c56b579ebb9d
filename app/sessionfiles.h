#pragma once

#include <QLockFile>
#include <QObject>
#include <QString>
#include <QStringList>

#include <memory>

class QMenu;
class QTimer;
class QWidget;

namespace mmvis {

class SimulationController;
class Selection;

// The window's session files: Open Session, Save Session (As), Recent Sessions, and the
// autosave that keeps a running session safe from a crash.
//
// The autosave is the session file of this window, rewritten (atomically) a second after
// the commands stop coming, in the application's data directory as autosave-<n>.mmvis,
// with autosave-<n>.lock held while the window runs. Closing the window removes both. A
// start that finds an autosave whose lock nobody holds (its mmvis crashed or was killed)
// offers to restore it.
class SessionFiles : public QObject {
    Q_OBJECT
public:
    SessionFiles(SimulationController& controller, Selection& selection, QWidget* window);
    ~SessionFiles() override;

    // Adds Open Session..., Save Session, Save Session As... and Recent Sessions.
    void addActions(QMenu* file);

    // Opens a session file, showing progress; on failure a message names the file, the
    // line and what is wrong, and the running session stays as it was.
    bool open(const QString& path);
    bool save(const QString& path, QString* error = nullptr);
    // Writes the session to a file without making it the session's file.
    bool writeCopy(const QString& path, QString* error = nullptr) const;
    // Writes the copy a restart opens (path: where): opening it gives the session back its
    // own file (if it has one) and removes the copy.
    bool writeRestartCopy(QString* path, QString* error = nullptr) const;
    QString currentPath() const { return m_path; }

    // An autosave a crashed mmvis left: restores it (asking first unless `ask` is false),
    // then removes it. False when there was none or it was not restored.
    bool recover(bool ask);
    // The window closes normally: its autosave is no longer needed.
    void closing();
    QString autosavePath() const { return m_autosavePath; }
    static QString autosaveDirectory();

signals:
    void pathChanged(const QString& path); // the window title shows the file

private:
    void writeAutosave();
    void remember(const QString& path); // in Recent Sessions
    void updateRecentMenu();
    QStringList viewLines() const;
    bool write(const QString& path, const QStringList& view, QString* error) const;
    void applyViewLines(const QStringList& lines);
    bool openText(const QString& text, const QString& name, QString* error);

    SimulationController& m_controller;
    Selection& m_selection;
    QWidget* m_window;
    QString m_path;
    QString m_openedAs; // the file the last session opened stands for (a restart's copy)
    QMenu* m_recent = nullptr;
    QTimer* m_autosaveTimer;
    QString m_autosavePath;
    std::unique_ptr<QLockFile> m_autosaveLock;
};

} // namespace mmvis

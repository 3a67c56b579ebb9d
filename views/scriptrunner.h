#pragma once

#include <QObject>
#include <QStringList>

class QTimer;

namespace mmvis {

class SimulationController;

// A loaded script, run a command at a time (step), or continuously in chunks that keep
// the window responsive (run, pause). Each chunk is one batch: views update once per chunk.
class ScriptRunner : public QObject {
    Q_OBJECT
public:
    explicit ScriptRunner(SimulationController& controller, QObject* parent = nullptr);

    bool load(const QString& path, QString* error = nullptr);
    void loadText(const QString& name, const QString& text);
    QString name() const { return m_name; }
    int position() const { return m_next; } // commands done
    int count() const { return int(m_commands.size()); }
    bool running() const;
    bool finished() const { return m_next >= count(); }

    bool step(); // false at the end or on an error
    void run();
    void pause();
    // After time travel: the script goes back to the first command whose effect is undone
    // (the session is now at `position`).
    void followPosition(size_t position);

signals:
    void progress(int done, int total);
    void stopped(const QString& why); // finished, paused, or the error that stopped it

private:
    void runChunk();

    struct Command {
        int line; // 1-based, in the file
        QString text;
    };
    SimulationController& m_controller;
    QTimer* m_timer;
    QString m_name;
    std::vector<Command> m_commands;
    int m_next = 0;
    std::vector<size_t> m_positionAfter; // the session's position after each command run
};

} // namespace mmvis

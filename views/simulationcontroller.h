#pragma once

#include <QObject>
#include <QString>

#include <memory>

namespace mm::sim {
class Simulator;
}
namespace mm::dbg {
class Console;
}

namespace mmvis {

// The only QObject that owns a Simulator. Widgets send it command text and repaint when
// it reports that events were appended; they never change the simulator directly.
class SimulationController : public QObject {
    Q_OBJECT
public:
    SimulationController(quint64 ramBytes, quint64 pageFileBytes, QObject* parent = nullptr);
    ~SimulationController() override;

    // Runs one command line; emits commandFinished, and stepped when events were appended.
    bool execute(const QString& line);
    // Boots a fresh machine with the given RAM; false (and nothing changed) when impossible.
    bool reset(quint64 ramBytes, QString* error = nullptr);
    quint64 pageFileBytes() const { return m_pageFileBytes; }

    const mm::sim::Simulator& simulator() const { return *m_simulator; }
    quint64 ramBytes() const { return m_ramBytes; }

signals:
    void commandFinished(const QString& line, const QString& output, bool ok, const QString& error);
    void stepped(quint64 firstSeq, quint64 lastSeq);
    void machineReset();

private:
    std::unique_ptr<mm::sim::Simulator> m_simulator;
    std::unique_ptr<mm::dbg::Console> m_console;
    quint64 m_ramBytes = 0;
    quint64 m_pageFileBytes = 0; // 0: RAM + 12 MB
};

} // namespace mmvis

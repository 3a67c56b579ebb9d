#pragma once

#include "mm/mmpfn.h"

#include <QObject>
#include <QString>
#include <QStringList>

#include <array>
#include <deque>
#include <functional>
#include <iosfwd>
#include <memory>
#include <optional>
#include <vector>

namespace mm::sim {
class Simulator;
}
namespace mm::dbg {
class Session;
struct PositionComparison;
struct QuizQuestion;
struct BatchOptions;
struct ViewRequest;
} // namespace mm::dbg

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
    // Who carries out .select and .export typed or run in the window: appends what it
    // printed to `output`, returns why it could not, or nothing. Without one, .export fails.
    using ViewHandler = std::function<QString(const mm::dbg::ViewRequest& request, QString* output)>;
    void setViewHandler(ViewHandler handler) { m_viewHandler = std::move(handler); }
    // While batching, stepped is held back and sent once, covering every command, by
    // endBatch: views then update once for a chunk of a long script.
    void beginBatch();
    void endBatch();
    // Runs a script through the batch loop (echo, output, errors with line numbers), then
    // tells the views once. Returns runScript's exit code.
    int runScript(std::istream& in, const std::string& name, const mm::dbg::BatchOptions& options, std::ostream& out,
        std::ostream& err);
    // Boots a fresh machine with the given RAM; false (and nothing changed) when impossible.
    bool reset(quint64 ramBytes, QString* error = nullptr);
    quint64 pageFileBytes() const { return m_pageFileBytes; }

    // Sessions. The file's text for the running session, with `view` as its `#: view`
    // lines. Opening a session's text replaces the machine and its recorded commands only
    // when the whole file opens (else error says why, naming the line, and nothing
    // changed); view receives its `#: view` lines.
    QString sessionText(const QStringList& view = {}) const;
    bool openSession(const QString& text, QString* error, QStringList* view = nullptr);
    // Long replays (opening a session, going far back) report (done, total) here; returning
    // false cancels an opening. The window shows a progress dialog.
    using Progress = std::function<bool(size_t done, size_t total)>;
    void setProgressHandler(Progress progress);
    const Progress& progressHandler() const { return m_progress; }

    const mm::sim::Simulator& simulator() const { return *m_simulator; }
    // Time travel: the session's position (0: just booted) and its last recorded one, and
    // the recorded command at a position (1-based, as positions count commands).
    size_t position() const;
    size_t end() const;
    QString recordedCommand(size_t position) const;
    // What the machine does when a practice question's rehearsal runs on a copy of the
    // session (mm::dbg::rehearse); this machine is not touched.
    QString rehearse(const mm::dbg::QuizQuestion& question);
    // What changed between two recorded positions (as !diff); the machine stays where it is.
    mm::dbg::PositionComparison compare(size_t from, size_t to);
    quint64 ramBytes() const { return m_ramBytes; }

    // The page-list counts after boot and after every command, for the time series.
    struct Sample {
        quint64 seq; // the last event at that point
        std::array<quint32, mm::kPageLocationCount> counts;
        QString command; // the command that led here ("boot" for the first sample)
    };
    const std::vector<Sample>& history() const { return m_history; }
    static Sample sampleOf(const mm::sim::Simulator& machine, const QString& command);
    // "step 1234, 128 MB RAM": what a diagram title says about the machine.
    QString stateSummary() const;
    quint64 step() const; // the last event's sequence number

signals:
    void commandFinished(const QString& line, const QString& output, bool ok, const QString& error);
    void stepped(quint64 firstSeq, quint64 lastSeq);
    // The machine's state was replaced: views re-read everything. After a new machine
    // (newMachine first) and after time travel (!tt, t-, g-, t, g).
    void machineReset();
    // A new machine was booted (Reset Machine): nothing of the old one stays selected.
    void newMachine();

private:
    std::unique_ptr<mm::sim::Simulator> m_simulator;
    std::unique_ptr<mm::dbg::Session> m_session;
    void recordSample(const QString& command);
    void followPosition(); // the samples after the position wait in m_future
    void installSession(std::unique_ptr<mm::sim::Simulator> simulator, std::unique_ptr<mm::dbg::Session> session);
    Progress m_progress;

    quint64 m_ramBytes = 0;
    std::vector<Sample> m_history; // up to the current position
    std::deque<Sample> m_future; // the recorded future's samples, after going back in time
    bool m_batching = false;
    std::optional<quint64> m_batchFirst; // the first event sequence held back while batching
    quint64 m_pageFileBytes = 0; // 0: RAM + 12 MB
    ViewHandler m_viewHandler;
};

} // namespace mmvis

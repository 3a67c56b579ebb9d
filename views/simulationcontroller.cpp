#include "simulationcontroller.h"

#include "messages.h"

#include "dbg/batchrunner.h"
#include "dbg/console.h"
#include "dbg/quiz.h"
#include "dbg/session.h"
#include "dbg/sessionfile.h"
#include "sim/simulator.h"

#include <stdexcept>

namespace mmvis {

SimulationController::SimulationController(quint64 ramBytes, quint64 pageFileBytes, QObject* parent)
    : QObject(parent)
    , m_pageFileBytes(pageFileBytes)
{
    QString error;
    if (!reset(ramBytes, &error))
        throw std::invalid_argument(error.toStdString());
}

SimulationController::~SimulationController() = default;

bool SimulationController::reset(quint64 ramBytes, QString* error)
{
    mm::sim::SimulatorConfig config;
    config.ramBytes = ramBytes;
    config.pageFileBytes = m_pageFileBytes;
    std::string why;
    auto simulator = mm::sim::Simulator::create(config, &why);
    if (!simulator) {
        if (error)
            *error = QString::fromStdString(why);
        return false;
    }
    m_history.clear();
    m_future.clear();
    auto session = std::make_unique<mm::dbg::Session>(*simulator);
    installSession(std::move(simulator), std::move(session));
    recordSample(QStringLiteral("boot"));
    emit newMachine();
    emit machineReset();
    return true;
}

void SimulationController::installSession(
    std::unique_ptr<mm::sim::Simulator> simulator, std::unique_ptr<mm::dbg::Session> session)
{
    m_session = std::move(session);
    m_simulator = std::move(simulator);
    m_ramBytes = m_simulator->layout().ramBytes;
    m_session->setReplayProgress([this](size_t done, size_t total) {
        if (m_progress && (done == 1 || done % 256 == 0 || done == total))
            m_progress(done, total);
    });
}

void SimulationController::setProgressHandler(Progress progress)
{
    m_progress = std::move(progress);
}

QString SimulationController::sessionText(const QStringList& view) const
{
    std::vector<std::string> lines;
    for (const QString& v : view)
        lines.push_back(v.toStdString());
    return QString::fromStdString(mm::dbg::formatSessionFile(*m_session, lines));
}

bool SimulationController::openSession(const QString& text, QString* error, QStringList* view)
{
    mm::dbg::SessionFile file;
    std::string why;
    mm::sim::Message message; // why, in the interface's language
    if (!mm::dbg::parseSessionFile(text.toStdString(), &file, &why, &message)) {
        if (error)
            *error = translated(message);
        return false;
    }
    // The samples of the page-list history, as running the commands made them; kept aside
    // until the whole file has opened.
    std::vector<Sample> samples;
    quint64 lastSeq = 0;
    auto sample = [&](const mm::sim::Simulator& machine, const QString& command) {
        samples.push_back(sampleOf(machine, command));
        lastSeq = samples.back().seq;
    };
    mm::dbg::OpenedSession opened;
    const bool ok = mm::dbg::openSessionFile(
        file, &opened, &why,
        [&](const mm::sim::Simulator& machine, size_t done, size_t total) {
            if (done == 0)
                sample(machine, QStringLiteral("boot"));
            else if (machine.events().lastSeq() != lastSeq)
                sample(machine, QString::fromStdString(file.commands[done - 1]).trimmed());
            return !m_progress || done % 256 != 0 || m_progress(done, total);
        },
        &message);
    if (!ok) {
        if (error)
            *error = translated(message);
        return false;
    }
    m_history = std::move(samples);
    m_future.clear();
    installSession(std::move(opened.simulator), std::move(opened.session));
    if (m_history.empty())
        recordSample(QStringLiteral("boot"));
    followPosition();
    if (view) {
        view->clear();
        for (const std::string& v : file.view)
            view->append(QString::fromStdString(v));
    }
    emit newMachine();
    emit machineReset();
    return true;
}

void SimulationController::followPosition()
{
    // The samples follow the position: those after it wait in m_future, to come back
    // when the recorded commands are replayed.
    const quint64 last = m_simulator->events().lastSeq();
    while (!m_history.empty() && m_history.back().seq > last) {
        m_future.push_front(m_history.back());
        m_history.pop_back();
    }
    while (!m_future.empty() && m_future.front().seq <= last) {
        m_history.push_back(m_future.front());
        m_future.pop_front();
    }
}

bool SimulationController::execute(const QString& line)
{
    const size_t positionBefore = m_session->position();
    mm::dbg::CommandResult result = m_session->execute(line.toStdString());
    if (result.ok && result.view.kind != mm::dbg::ViewRequest::Kind::None) {
        QString output;
        QString why;
        if (m_viewHandler)
            why = m_viewHandler(result.view, &output);
        else if (result.view.kind == mm::dbg::ViewRequest::Kind::Export)
            why = QStringLiteral("nothing here draws diagrams");
        result.output += output.toStdString();
        if (!why.isEmpty()) {
            result.ok = false;
            result.errorColumn = result.view.column;
            result.error = why.toStdString();
        }
    }
    const QString error = result.ok
        ? QString()
        : QStringLiteral("column %1: %2").arg(result.errorColumn).arg(QString::fromStdString(result.error));
    if (result.travelled) {
        followPosition();
        emit commandFinished(line, QString::fromStdString(result.output), result.ok, error);
        emit machineReset();
        return result.ok;
    }
    if (m_session->position() != positionBefore)
        m_future.clear(); // a new command replaced the recorded future
    const bool changed = result.lastSeq != result.firstSeq || result.changedState;
    if (changed)
        recordSample(line.trimmed());
    emit commandFinished(line, QString::fromStdString(result.output), result.ok, error);
    if (changed) {
        if (m_batching) {
            if (!m_batchFirst)
                m_batchFirst = result.firstSeq;
        } else {
            emit stepped(result.firstSeq, result.lastSeq);
        }
    }
    return result.ok;
}

void SimulationController::beginBatch()
{
    m_batching = true;
}

void SimulationController::endBatch()
{
    m_batching = false;
    if (m_batchFirst) {
        const quint64 first = *m_batchFirst;
        m_batchFirst.reset();
        emit stepped(first, m_simulator->events().lastSeq());
    }
}

int SimulationController::runScript(std::istream& in, const std::string& name, const mm::dbg::BatchOptions& options,
    std::ostream& out, std::ostream& err)
{
    const quint64 first = m_simulator->events().lastSeq();
    // A sample after every command that changed something, as in the window.
    quint64 last = first;
    const int code
        = mm::dbg::runScript(in, name, options, *m_session, out, err, [this, &last](const std::string& line) {
              if (m_simulator->events().lastSeq() == last)
                  return;
              last = m_simulator->events().lastSeq();
              recordSample(QString::fromStdString(line).trimmed());
          });
    emit stepped(first, m_simulator->events().lastSeq());
    return code;
}

SimulationController::Sample SimulationController::sampleOf(const mm::sim::Simulator& machine, const QString& command)
{
    Sample s;
    s.seq = machine.events().lastSeq();
    s.command = command;
    for (int l = 0; l < mm::kPageLocationCount; ++l)
        s.counts[l] = machine.pfnDatabase().count(static_cast<mm::PageLocation>(l));
    return s;
}

void SimulationController::recordSample(const QString& command)
{
    m_history.push_back(sampleOf(*m_simulator, command));
}

QString SimulationController::rehearse(const mm::dbg::QuizQuestion& question)
{
    return QString::fromStdString(mm::dbg::rehearse(*m_session, question));
}

size_t SimulationController::position() const
{
    return m_session->position();
}

size_t SimulationController::end() const
{
    return m_session->end();
}

QString SimulationController::recordedCommand(size_t position) const
{
    if (position == 0 || position > m_session->end())
        return {};
    return QString::fromStdString(m_session->commands()[position - 1].text);
}

mm::dbg::PositionComparison SimulationController::compare(size_t from, size_t to)
{
    return m_session->compare(std::min(from, end()), std::min(to, end()));
}

quint64 SimulationController::step() const
{
    return m_simulator->events().lastSeq();
}

QString SimulationController::stateSummary() const
{
    return tr("step %1, %2 MB RAM").arg(step()).arg(m_ramBytes >> 20);
}

} // namespace mmvis

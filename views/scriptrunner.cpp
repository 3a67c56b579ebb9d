#include "scriptrunner.h"

#include "simulationcontroller.h"

#include "dbg/commandline.h"

#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QTimer>

namespace mmvis {

ScriptRunner::ScriptRunner(SimulationController& controller, QObject* parent)
    : QObject(parent)
    , m_controller(controller)
    , m_timer(new QTimer(this))
{
    m_timer->setInterval(0);
    connect(m_timer, &QTimer::timeout, this, &ScriptRunner::runChunk);
}

bool ScriptRunner::load(const QString& path, QString* error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly | QIODevice::Text)) {
        if (error)
            *error = QStringLiteral("%1: %2").arg(path, file.errorString());
        return false;
    }
    const QByteArray bytes = file.readAll();
    // A script is text, line by line as the console takes it: refuse the file at its first
    // line that is not (invalid UTF-8, a control character, a line too long), loading nothing.
    const QList<QByteArray> lines = bytes.split('\n');
    for (int i = 0; i < lines.size(); ++i) {
        QByteArray line = lines[i];
        if (line.endsWith('\r'))
            line.chop(1);
        try {
            mm::dbg::checkLineIsText(std::string_view(line.constData(), size_t(line.size())));
        } catch (const mm::dbg::CommandError& e) {
            if (error)
                *error = QStringLiteral("%1:%2: column %3: %4")
                             .arg(QFileInfo(path).fileName())
                             .arg(i + 1)
                             .arg(e.column)
                             .arg(QString::fromStdString(e.what()));
            return false;
        }
    }
    loadText(QFileInfo(path).fileName(), QString::fromUtf8(bytes));
    return true;
}

void ScriptRunner::loadText(const QString& name, const QString& text)
{
    pause();
    m_name = name;
    m_commands.clear();
    m_next = 0;
    m_positionAfter.clear();
    const QStringList lines = text.split(QLatin1Char('\n'));
    for (int i = 0; i < lines.size(); ++i) {
        const QString t = lines[i].trimmed();
        if (!t.isEmpty() && !t.startsWith(QLatin1Char('#')))
            m_commands.push_back({i + 1, t});
    }
    emit progress(0, count());
}

bool ScriptRunner::running() const
{
    return m_timer->isActive();
}

bool ScriptRunner::step()
{
    if (finished())
        return false;
    const Command& c = m_commands[size_t(m_next)];
    ++m_next;
    // Where the session has the same command recorded next (after a step back), replay it:
    // the rest of the recorded future stays.
    const bool replay = m_controller.position() < m_controller.end()
        && m_controller.recordedCommand(m_controller.position() + 1).trimmed() == c.text.trimmed();
    const bool ok = m_controller.execute(replay ? QStringLiteral("t") : c.text);
    m_positionAfter.resize(size_t(m_next - 1));
    m_positionAfter.push_back(m_controller.position());
    emit progress(m_next, count());
    if (!ok) {
        m_timer->stop(); // one message: the error, not a pause before it
        emit stopped(tr("%1:%2: the script stopped at this error").arg(m_name).arg(c.line));
        return false;
    }
    if (finished()) {
        m_timer->stop(); // before saying so: whoever listens sees a runner that no longer runs
        emit stopped(tr("%1: done, %2 commands").arg(m_name).arg(count()));
    }
    return true;
}

void ScriptRunner::followPosition(size_t position)
{
    while (!m_positionAfter.empty() && m_positionAfter.back() > position) {
        m_positionAfter.pop_back();
        m_next = int(m_positionAfter.size());
    }
    emit progress(m_next, count());
}

void ScriptRunner::run()
{
    if (!finished())
        m_timer->start();
}

void ScriptRunner::pause()
{
    if (!m_timer->isActive())
        return;
    m_timer->stop();
    if (!finished())
        emit stopped(tr("%1: paused at command %2 of %3").arg(m_name).arg(m_next).arg(count()));
}

void ScriptRunner::runChunk()
{
    // About a frame's worth of commands, then back to the event loop.
    QElapsedTimer clock;
    clock.start();
    m_controller.beginBatch();
    bool ok = true;
    while (ok && !finished() && clock.elapsed() < 30)
        ok = step();
    m_controller.endBatch();
    if (!ok || finished())
        m_timer->stop();
}

} // namespace mmvis

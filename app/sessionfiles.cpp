#include "sessionfiles.h"

#include "selection.h"
#include "simulationcontroller.h"

#include <QApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QMenu>
#include <QMessageBox>
#include <QProgressDialog>
#include <QPushButton>
#include <QSaveFile>
#include <QSettings>
#include <QStandardPaths>
#include <QTimer>

namespace mmvis {

namespace {

const QString kRecentKey = QStringLiteral("sessions/recent");
const QString kDirectoryKey = QStringLiteral("sessions/directory");
// The copy of the session a restart (View > Language, Restart Now) opens.
const char* const kRestartFile = "restart.mmvis";
constexpr int kMaxRecent = 8;
constexpr int kAutosaveDelayMs = 1000; // after the last command of a batch

QString sessionFilter()
{
    return QObject::tr("mmvis session (*.mmvis);;All files (*)");
}

bool readText(const QString& path, QString* text, QString* error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = file.errorString();
        return false;
    }
    *text = QString::fromUtf8(file.readAll());
    return true;
}

// The `#: commands` line of a session file, for the recovery question.
QString commandCount(const QString& text)
{
    const qsizetype at = text.indexOf(QLatin1String("#: commands "));
    return at < 0 ? QString() : text.mid(at + 12, text.indexOf(QLatin1Char('\n'), at) - at - 12);
}

} // namespace

SessionFiles::SessionFiles(SimulationController& controller, Selection& selection, QWidget* window)
    : QObject(window)
    , m_controller(controller)
    , m_selection(selection)
    , m_window(window)
    , m_autosaveTimer(new QTimer(this))
{
    m_autosaveTimer->setSingleShot(true);
    m_autosaveTimer->setInterval(kAutosaveDelayMs);
    connect(m_autosaveTimer, &QTimer::timeout, this, &SessionFiles::writeAutosave);
    auto later = [this] { m_autosaveTimer->start(); };
    connect(&m_controller, &SimulationController::commandFinished, this, later);
    connect(&m_controller, &SimulationController::machineReset, this, later);

    // This window's autosave: the first slot whose lock is free and that holds no
    // autosave of a crashed window (that one waits for recover()).
    const QDir dir(autosaveDirectory());
    if (!QDir().mkpath(dir.path()))
        return;
    for (int n = 1; n < 100; ++n) {
        auto lock = std::make_unique<QLockFile>(dir.filePath(QStringLiteral("autosave-%1.lock").arg(n)));
        lock->setStaleLockTime(0);
        if (!lock->tryLock(0))
            continue;
        const QString path = dir.filePath(QStringLiteral("autosave-%1.mmvis").arg(n));
        if (QFileInfo::exists(path))
            continue; // the lock is released: recover() may take it
        m_autosavePath = path;
        m_autosaveLock = std::move(lock);
        break;
    }
}

SessionFiles::~SessionFiles() = default;

QString SessionFiles::autosaveDirectory()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
}

void SessionFiles::addActions(QMenu* file)
{
    QAction* open = file->addAction(tr("Open &Session..."), this, [this] {
        const QString path = QFileDialog::getOpenFileName(m_window, tr("Open Session"),
            QSettings().value(kDirectoryKey, QDir::homePath()).toString(), sessionFilter());
        if (!path.isEmpty())
            this->open(path);
    });
    open->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_O));
    open->setStatusTip(tr("Open a saved session: its machine, every command, and the position it was at"));
    m_recent = file->addMenu(tr("&Recent Sessions"));
    connect(m_recent, &QMenu::aboutToShow, this, &SessionFiles::updateRecentMenu);
    updateRecentMenu();

    auto saveAs = [this] {
        QString suggested = m_path;
        if (suggested.isEmpty())
            suggested = QDir(QSettings().value(kDirectoryKey, QDir::homePath()).toString())
                            .filePath(QStringLiteral("session.mmvis"));
        QString path = QFileDialog::getSaveFileName(m_window, tr("Save Session"), suggested, sessionFilter());
        if (path.isEmpty())
            return;
        if (QFileInfo(path).suffix().isEmpty())
            path += QStringLiteral(".mmvis");
        QString error;
        if (!save(path, &error))
            QMessageBox::warning(m_window, tr("Save Session"), tr("Cannot save %1: %2").arg(path, error));
    };
    QAction* save = file->addAction(tr("&Save Session"), this, [this, saveAs] {
        if (m_path.isEmpty())
            return saveAs();
        QString error;
        if (!this->save(m_path, &error))
            QMessageBox::warning(m_window, tr("Save Session"), tr("Cannot save %1: %2").arg(m_path, error));
    });
    save->setShortcut(QKeySequence::Save);
    save->setStatusTip(tr("Save every command run so far and the position, to reopen exactly this machine"));
    QAction* as = file->addAction(tr("Save Session &As..."), this, saveAs);
    as->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_S));
}

bool SessionFiles::writeCopy(const QString& path, QString* error) const
{
    return write(path, viewLines(), error);
}

bool SessionFiles::write(const QString& path, const QStringList& view, QString* error) const
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(m_controller.sessionText(view).toUtf8()) < 0 || !file.commit()) {
        if (error)
            *error = file.errorString();
        return false;
    }
    return true;
}

bool SessionFiles::save(const QString& path, QString* error)
{
    if (!writeCopy(path, error))
        return false;
    m_path = path;
    remember(path);
    emit pathChanged(path);
    return true;
}

bool SessionFiles::open(const QString& path)
{
    QString text;
    QString error;
    if (!readText(path, &text, &error) || !openText(text, QFileInfo(path).fileName(), &error)) {
        if (!error.isEmpty())
            QMessageBox::warning(m_window, tr("Open Session"),
                tr("Cannot open %1: %2\n\nThe session that was open is unchanged.")
                    .arg(QDir::toNativeSeparators(path), error));
        return false;
    }
    // A copy that stands for a session's own file (a restart's) gives the session that file
    // back, and is no longer needed.
    if (!m_openedAs.isEmpty()) {
        if (QFileInfo(path).fileName() == QLatin1String(kRestartFile))
            QFile::remove(path);
        m_path = m_openedAs;
    } else {
        m_path = path;
    }
    remember(m_path);
    emit pathChanged(m_path);
    return true;
}

bool SessionFiles::writeRestartCopy(QString* path, QString* error) const
{
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation);
    QDir().mkpath(dir);
    *path = QDir(dir).filePath(QLatin1String(kRestartFile));
    QStringList view = viewLines();
    if (!m_path.isEmpty()) // the file the copy stands for (percent-encoded: a view line has no spaces)
        view << QStringLiteral("session=") + QString::fromLatin1(m_path.toUtf8().toPercentEncoding());
    return write(*path, view, error);
}

bool SessionFiles::openText(const QString& text, const QString& name, QString* error)
{
    QProgressDialog progress(tr("Replaying the commands of %1...").arg(name), tr("Cancel"), 0, 100, m_window);
    progress.setWindowTitle(tr("Open Session"));
    progress.setWindowModality(Qt::WindowModal);
    progress.setMinimumDuration(300);
    const SimulationController::Progress previous = m_controller.progressHandler();
    m_controller.setProgressHandler([&progress](size_t done, size_t total) {
        progress.setMaximum(int(total));
        progress.setValue(int(done));
        QApplication::processEvents(QEventLoop::ExcludeUserInputEvents);
        return !progress.wasCanceled();
    });
    QStringList view;
    const bool ok = m_controller.openSession(text, error, &view);
    m_controller.setProgressHandler(previous);
    if (ok)
        applyViewLines(view);
    else if (progress.wasCanceled())
        error->clear(); // the user knows
    m_openedAs.clear();
    for (const QString& line : view) {
        if (ok && line.startsWith(QLatin1String("session=")))
            m_openedAs = QString::fromUtf8(QByteArray::fromPercentEncoding(line.mid(8).toUtf8()));
    }
    return ok;
}

QStringList SessionFiles::viewLines() const
{
    auto hex = [](quint32 v) { return QStringLiteral("0x%1").arg(v, 0, 16); };
    QStringList lines {QStringLiteral("process=") + hex(m_selection.cid())};
    if (m_selection.va())
        lines << QStringLiteral("va=") + hex(*m_selection.va());
    if (m_selection.pfn())
        lines << QStringLiteral("pfn=") + hex(*m_selection.pfn());
    if (m_selection.compareCid())
        lines << QStringLiteral("compare=") + hex(m_selection.compareCid());
    return lines;
}

void SessionFiles::applyViewLines(const QStringList& lines)
{
    // What the window does not know (a later version's lines) is left alone.
    for (const QString& line : lines) {
        const QString key = line.section(QLatin1Char('='), 0, 0);
        bool ok = false;
        const quint32 value = line.section(QLatin1Char('='), 1).toUInt(&ok, 0);
        if (!ok)
            continue;
        if (key == QLatin1String("process"))
            m_selection.setCid(quint16(value));
        else if (key == QLatin1String("va"))
            m_selection.setVa(value);
        else if (key == QLatin1String("pfn"))
            m_selection.setPfn(value);
        else if (key == QLatin1String("compare"))
            m_selection.setCompareCid(quint16(value));
    }
}

void SessionFiles::remember(const QString& path)
{
    QSettings settings;
    QStringList recent = settings.value(kRecentKey).toStringList();
    const QString absolute = QFileInfo(path).absoluteFilePath();
    recent.removeAll(absolute);
    recent.prepend(absolute);
    while (recent.size() > kMaxRecent)
        recent.removeLast();
    settings.setValue(kRecentKey, recent);
    settings.setValue(kDirectoryKey, QFileInfo(path).absolutePath());
}

void SessionFiles::updateRecentMenu()
{
    if (!m_recent)
        return;
    m_recent->clear();
    int n = 0;
    for (const QString& path : QSettings().value(kRecentKey).toStringList()) {
        if (!QFileInfo::exists(path))
            continue;
        ++n;
        QAction* a = m_recent->addAction(
            QStringLiteral("&%1 %2").arg(n).arg(QFileInfo(path).fileName()), this, [this, path] { open(path); });
        a->setStatusTip(QDir::toNativeSeparators(path));
    }
    if (n == 0)
        m_recent->addAction(tr("(none yet)"))->setEnabled(false);
}

void SessionFiles::writeAutosave()
{
    if (m_autosavePath.isEmpty())
        return;
    if (m_controller.end() == 0) { // nothing the user did yet
        QFile::remove(m_autosavePath);
        return;
    }
    QSaveFile file(m_autosavePath);
    if (file.open(QIODevice::WriteOnly)) {
        file.write(m_controller.sessionText(viewLines()).toUtf8());
        file.commit();
    }
}

bool SessionFiles::recover(bool ask)
{
    // The newest autosave whose window is gone.
    const QDir dir(autosaveDirectory());
    QString found;
    QDateTime newest;
    std::unique_ptr<QLockFile> foundLock;
    for (const QFileInfo& info : dir.entryInfoList({QStringLiteral("autosave-*.mmvis")}, QDir::Files)) {
        if (info.absoluteFilePath() == QFileInfo(m_autosavePath).absoluteFilePath())
            continue;
        auto lock = std::make_unique<QLockFile>(
            info.absolutePath() + QLatin1Char('/') + info.completeBaseName() + QStringLiteral(".lock"));
        lock->setStaleLockTime(0);
        if (!lock->tryLock(0))
            continue; // that window is still running
        if (found.isEmpty() || info.lastModified() > newest) {
            found = info.absoluteFilePath();
            newest = info.lastModified();
            foundLock = std::move(lock);
        }
    }
    if (found.isEmpty())
        return false;
    QString text;
    QString error;
    if (!readText(found, &text, &error))
        return false;
    if (ask) {
        QMessageBox box(QMessageBox::Question, tr("Restore Session"),
            tr("mmvis did not close normally last time. Restore the session it was running (%1 commands, saved %2)?")
                .arg(commandCount(text), QLocale().toString(newest, QLocale::ShortFormat)),
            QMessageBox::NoButton, m_window);
        QPushButton* restore = box.addButton(tr("Restore"), QMessageBox::AcceptRole);
        QPushButton* discard = box.addButton(tr("Discard"), QMessageBox::DestructiveRole);
        box.addButton(tr("Not Now"), QMessageBox::RejectRole);
        box.setDefaultButton(restore);
        box.exec();
        if (box.clickedButton() == discard) {
            QFile::remove(found);
            return false;
        }
        if (box.clickedButton() != restore)
            return false;
    }
    if (!openText(text, tr("the last session"), &error)) {
        if (!error.isEmpty())
            QMessageBox::warning(m_window, tr("Restore Session"),
                tr("The last session cannot be restored: %1\n\nIt stays in %2.")
                    .arg(error, QDir::toNativeSeparators(found)));
        return false;
    }
    QFile::remove(found); // it is this window's session now, autosaved as this window's
    writeAutosave();
    return true;
}

void SessionFiles::closing()
{
    m_autosaveTimer->stop();
    if (!m_autosavePath.isEmpty())
        QFile::remove(m_autosavePath);
}

} // namespace mmvis

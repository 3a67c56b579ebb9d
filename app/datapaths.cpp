#include "datapaths.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QStandardPaths>

namespace mmvis {
namespace {

bool holdsData(const QString& dir)
{
    return !dir.isEmpty() && QFileInfo(dir + QStringLiteral("/scenarios")).isDir();
}

QStringList candidates()
{
    QStringList dirs {QCoreApplication::applicationDirPath() + QStringLiteral("/../share/mmvis")};
    dirs += QStandardPaths::locateAll(
        QStandardPaths::GenericDataLocation, QStringLiteral("mmvis"), QStandardPaths::LocateDirectory);
#ifdef MMVIS_SOURCE_DATA_DIR
    dirs += QStringLiteral(MMVIS_SOURCE_DATA_DIR);
#endif
    return dirs;
}

} // namespace

QString dataDirectory()
{
    for (const QString& dir : candidates()) {
        if (holdsData(dir))
            return QDir(dir).canonicalPath();
    }
    return {};
}

namespace {

// The files of one kind in share/mmvis/<folder>, as absolute paths sorted by name.
QStringList installedFiles(const QString& folder, const QString& pattern)
{
    const QString data = dataDirectory();
    if (data.isEmpty())
        return {};
    QDir dir(data + QLatin1Char('/') + folder);
    QStringList paths;
    for (const QString& name : dir.entryList({pattern}, QDir::Files, QDir::Name))
        paths << dir.absoluteFilePath(name);
    return paths;
}

} // namespace

QStringList installedScenarios()
{
    return installedFiles(QStringLiteral("scenarios"), QStringLiteral("*.cmd"));
}

QString findScript(const QString& nameOrPath)
{
    if (QFileInfo(nameOrPath).isFile())
        return nameOrPath;
    for (const QString& path : installedScenarios()) {
        const QFileInfo info(path);
        if (info.fileName() == nameOrPath || info.completeBaseName() == nameOrPath)
            return path;
    }
    return {};
}

QStringList installedLessons()
{
    // A lesson's translations (<stem>.<language>.txt) are not lessons of their own.
    QStringList lessons;
    for (const QString& path : installedFiles(QStringLiteral("lessons"), QStringLiteral("*.txt"))) {
        if (!QFileInfo(path).completeBaseName().contains(QLatin1Char('.')))
            lessons << path;
    }
    return lessons;
}

QString lessonInLanguage(const QString& path, const QString& language)
{
    if (language.isEmpty() || language == QLatin1String("en"))
        return path;
    const QFileInfo file(path);
    const QString translated
        = file.dir().filePath(file.completeBaseName() + QLatin1Char('.') + language + QStringLiteral(".txt"));
    return QFileInfo(translated).isFile() ? translated : path;
}

QString findLesson(const QString& nameOrPath)
{
    if (QFileInfo(nameOrPath).isFile())
        return nameOrPath;
    for (const QString& path : installedLessons()) {
        const QString base = QFileInfo(path).completeBaseName();
        if (QFileInfo(path).fileName() == nameOrPath || base == nameOrPath
            || base.section(QLatin1Char('-'), 1) == nameOrPath)
            return path;
    }
    return {};
}

} // namespace mmvis

#pragma once

#include <QString>
#include <QStringList>

namespace mmvis {

// Where mmvis's data is (share/mmvis: scenarios/, and later lessons/). Looked for, in this
// order, beside the program as installed (<prefix>/bin/../share/mmvis), in the XDG data
// directories (~/.local/share/mmvis, /usr/local/share/mmvis, /usr/share/mmvis), and for a
// build that was not installed, in the source checkout it was built from (resources/).
// Empty when none of them holds a scenarios/ folder. Needs a QCoreApplication.
QString dataDirectory();

// The scenarios shipped with mmvis, as absolute paths sorted by name.
QStringList installedScenarios();

// `nameOrPath` when it is a file, else the installed scenario of that name (with or
// without .cmd); empty when neither exists.
QString findScript(const QString& nameOrPath);

// The built-in lessons (share/mmvis/lessons/*.txt), sorted by name; and `nameOrPath` when
// it is a file, else the lesson of that name (with or without .txt, or without its
// number: "the-self-map"); empty when neither exists.
QStringList installedLessons();
QString findLesson(const QString& nameOrPath);
// The lesson's translation into a language (ko, zh_CN) when there is one: the file
// <stem>.<language>.txt beside it, with the same commands and .expect lines (tested);
// else the lesson itself.
QString lessonInLanguage(const QString& path, const QString& language);

} // namespace mmvis

#pragma once

#include <QList>
#include <QString>

class QCoreApplication;

namespace mmvis {

// The languages of the interface: English (the source text), Korean and Simplified
// Chinese. What stays English in every language (routine and structure names, WinDbg
// commands and their output, flag letters, hex values) is listed in
// resources/translations/terms.md with the words each language uses.
struct Language {
    QString code; // "en", "ko", "zh_CN"
    QString name; // in the language itself: "English", "한국어", "简体中文"
};
const QList<Language>& languages();

// The code of a language named as --lang takes it ("ko", "zh", "zh_CN", "en", in any
// case); empty when it is none of them.
QString languageCode(const QString& name);
// The language chosen in View > Language ("" for the system's), kept in QSettings.
QString savedLanguage();
void saveLanguage(const QString& code);
// The language to show: --lang if given, else the saved choice, else the system's when
// it is one of ours, else English.
QString chooseLanguage(const QString& option);
// Installs the translations of mmvis and of Qt's own dialogs for a language (none for
// English). Returns whether mmvis's translation was found.
bool installTranslations(QCoreApplication& app, const QString& code);
// The language installTranslations installed ("en" before, or when it found none).
QString currentLanguage();

} // namespace mmvis

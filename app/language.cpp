#include "language.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QSettings>
#include <QTranslator>

namespace mmvis {

namespace {
const char* const kSetting = "ui/language";
QString g_current = QStringLiteral("en"); // what installTranslations installed
} // namespace

QString currentLanguage()
{
    return g_current;
}

const QList<Language>& languages()
{
    static const QList<Language> all = {
        {QStringLiteral("en"), QStringLiteral("English")},
        {QStringLiteral("ko"), QStringLiteral("한국어")},
        {QStringLiteral("zh_CN"), QStringLiteral("简体中文")},
    };
    return all;
}

QString languageCode(const QString& name)
{
    const QString n = name.trimmed().toLower().replace(QLatin1Char('-'), QLatin1Char('_'));
    if (n == QLatin1String("en"))
        return QStringLiteral("en");
    if (n == QLatin1String("ko") || n == QLatin1String("ko_kr"))
        return QStringLiteral("ko");
    if (n == QLatin1String("zh") || n == QLatin1String("zh_cn") || n == QLatin1String("zh_hans"))
        return QStringLiteral("zh_CN");
    return {};
}

QString savedLanguage()
{
    return languageCode(QSettings().value(QLatin1String(kSetting)).toString());
}

void saveLanguage(const QString& code)
{
    if (code.isEmpty())
        QSettings().remove(QLatin1String(kSetting));
    else
        QSettings().setValue(QLatin1String(kSetting), code);
}

QString chooseLanguage(const QString& option)
{
    if (const QString code = languageCode(option); !code.isEmpty())
        return code;
    if (const QString saved = savedLanguage(); !saved.isEmpty())
        return saved;
    // The system's: Korean, or Chinese written in simplified characters.
    const QLocale system;
    if (system.language() == QLocale::Korean)
        return QStringLiteral("ko");
    if (system.language() == QLocale::Chinese && system.script() != QLocale::TraditionalChineseScript
        && system.territory() != QLocale::Taiwan && system.territory() != QLocale::HongKong)
        return QStringLiteral("zh_CN");
    return QStringLiteral("en");
}

bool installTranslations(QCoreApplication& app, const QString& code)
{
    if (code.isEmpty() || code == QLatin1String("en")) {
        g_current = QStringLiteral("en");
        return true;
    }
    // Qt's own strings (the standard buttons of dialogs), when the system has them.
    auto* qt = new QTranslator(&app);
    if (qt->load(QStringLiteral("qtbase_") + code, QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
    else
        delete qt;
    auto* mine = new QTranslator(&app);
    if (!mine->load(QStringLiteral(":/i18n/mmvis_") + code)) {
        delete mine;
        return false;
    }
    QCoreApplication::installTranslator(mine);
    QLocale::setDefault(QLocale(code));
    g_current = code;
    return true;
}

} // namespace mmvis

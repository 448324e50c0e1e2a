#include "languagemanager.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QLoggingCategory>

using namespace Qt::StringLiterals;

Q_LOGGING_CATEGORY(lcLanguage, "floorwalker.console.language")

namespace fw {

LanguageManager::LanguageManager(QObject *parent)
    : QObject(parent)
{ }

LanguageManager::~LanguageManager()
{
    if (m_app)
        QCoreApplication::removeTranslator(m_app.get());
    if (m_qt)
        QCoreApplication::removeTranslator(m_qt.get());
}

QStringList LanguageManager::available()
{
    return { u"en"_s, u"ko"_s };
}

QString LanguageManager::systemLanguage()
{
    for (const QString &lang : QLocale::system().uiLanguages()) {
        const QString base = lang.section(u'-', 0, 0).section(u'_', 0, 0).toLower();
        if (available().contains(base))
            return base;
    }
    return u"en"_s;
}

QString LanguageManager::apply(const QString &preference)
{
    const QString lang = available().contains(preference) ? preference : systemLanguage();
    if (lang == m_current)
        return lang;
    if (m_app)
        QCoreApplication::removeTranslator(m_app.get());
    if (m_qt)
        QCoreApplication::removeTranslator(m_qt.get());
    m_app = std::make_unique<QTranslator>();
    if (m_app->load(u":/i18n/floorwalker_%1.qm"_s.arg(lang)))
        QCoreApplication::installTranslator(m_app.get());
    else
        qCWarning(lcLanguage, "no console translation for %s", qPrintable(lang));
    m_qt = std::make_unique<QTranslator>();
    // Qt's own strings (standard buttons, context menus); optional.
    if (lang != "en"_L1 &&
        m_qt->load(u"qtbase_%1"_s.arg(lang), QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(m_qt.get());
    m_current = lang;
    QLocale::setDefault(QLocale(lang == "ko"_L1 ? QLocale::Korean : QLocale::English,
                                lang == "ko"_L1 ? QLocale::SouthKorea : QLocale::UnitedStates));
    emit languageChanged(lang);
    return lang;
}

} // namespace fw

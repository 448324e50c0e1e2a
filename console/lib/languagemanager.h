#pragma once

#include <QObject>
#include <QTranslator>

#include <memory>

namespace fw {

// Installs the console's translation (":/i18n/floorwalker_<lang>.qm") and Qt's own for the
// chosen language. Widgets retranslate on QEvent::LanguageChange, so switching needs no restart.
class LanguageManager : public QObject
{
    Q_OBJECT
public:
    explicit LanguageManager(QObject *parent = nullptr);
    ~LanguageManager() override;

    static QStringList available(); // {"en", "ko"}
    // The language the system asks for, if we have it; else English.
    static QString systemLanguage();
    // "" follows the system. Returns the language now in use.
    QString apply(const QString &preference);
    QString current() const { return m_current; }

signals:
    void languageChanged(const QString &language);

private:
    std::unique_ptr<QTranslator> m_app;
    std::unique_ptr<QTranslator> m_qt;
    QString m_current;
};

} // namespace fw

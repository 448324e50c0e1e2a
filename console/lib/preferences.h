#pragma once

#include <QObject>
#include <QStringList>

class QSettings;

namespace fw {

// Which arrivals raise an alert. Help requests always do.
enum class ArrivalAlerts { Everyone, VerifiedOnly, None };

// The staff member's own choices, kept on this computer (QSettings), never on the server:
// alerts, language, canned replies, the last server and user. Never a password.
class Preferences : public QObject
{
    Q_OBJECT
public:
    // `settings` is not owned; the application passes its QSettings, tests a temporary file.
    explicit Preferences(QSettings *settings, QObject *parent = nullptr);

    ArrivalAlerts arrivalAlerts() const;
    void setArrivalAlerts(ArrivalAlerts mode);
    bool sound() const;
    void setSound(bool on);
    // "" follows the system; otherwise "ko" or "en".
    QString language() const;
    void setLanguage(const QString &language);
    QStringList cannedReplies() const;
    void setCannedReplies(const QStringList &replies);
    static QStringList defaultCannedReplies();

    QStringList recentServers() const;
    void addRecentServer(const QString &url);
    QString lastUser() const;
    void setLastUser(const QString &user);
    bool rememberPassword() const;
    void setRememberPassword(bool on);

    QByteArray windowGeometry() const;
    QByteArray windowState() const;
    QByteArray headerState() const;
    void setWindowLayout(const QByteArray &geometry, const QByteArray &state,
                         const QByteArray &header);
    QList<QByteArray> splitterStates() const;
    void setSplitterStates(const QList<QByteArray> &states);

    static constexpr int MaxCannedReplies = 20;
    static constexpr int MaxCannedReplyLength = 500;
    static constexpr int MaxRecentServers = 5;

signals:
    void changed();

private:
    QSettings *m_settings;
};

} // namespace fw

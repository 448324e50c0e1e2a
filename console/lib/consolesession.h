#pragma once

#include "chatstore.h"
#include "consoleconnection.h"
#include "statetimelinemodel.h"
#include "trailmodel.h"
#include "visitortablemodel.h"

#include <QObject>
#include <QTimer>

namespace fw {

// What one logged-in console knows and can do, with no widgets: the connection, the live
// visitor list, the conversations, the focused visitor's trail and behaviour timeline, the
// thresholds. The window and the tests drive it; it turns deltas into model updates.
class ConsoleSession : public QObject
{
    Q_OBJECT
public:
    explicit ConsoleSession(const Clock *localClock = SystemClock::instance(),
                            QObject *parent = nullptr);

    ConsoleConnection *connection() { return &m_connection; }
    const Clock *clock() const { return m_connection.serverClock(); }
    VisitorTableModel *visitors() { return &m_visitors; }
    ChatStore *chats() { return &m_chats; }
    TrailModel *trail() { return &m_trail; }
    StateTimelineModel *states() { return &m_states; }

    const Thresholds &thresholds() const { return m_thresholds; }
    QString thresholdsUpdatedBy() const { return m_thresholdsBy; }
    qint64 thresholdsUpdatedAt() const { return m_thresholdsAt; }
    bool isAdmin() const { return m_connection.isAdmin(); }
    QString userName() const { return m_connection.account().name; }

    QString visitorName(const QString &sessionId) const;
    bool isClaimedByMe(const QString &sessionId) const;
    bool isClaimedByOther(const QString &sessionId) const;

    // The visitor shown in the detail view: its trail and timeline follow the live stream, and
    // its full history is fetched once.
    void focusVisitor(const QString &sessionId);
    QString focusedVisitor() const { return m_focused; }
    // The conversation shown in the chat pane: marked read, history loaded once.
    void openConversation(const QString &sessionId);

    using Handler = ConsoleConnection::ReplyHandler;
    void sendChat(const QString &sessionId, const QString &text, QObject *context, Handler done);
    void claim(const QString &sessionId, bool force, QObject *context, Handler done);
    void release(const QString &sessionId, QObject *context, Handler done);
    void resolveHelp(const QString &sessionId, const QString &helpId, QObject *context,
                     Handler done);
    // `values`: only the thresholds to change.
    void setThresholds(const QJsonObject &values, QObject *context, Handler done);
    void refreshThresholds(QObject *context, Handler done);
    void listStaff(QObject *context, Handler done);
    void addStaff(const StaffAdd &command, QObject *context, Handler done);
    void updateStaff(const StaffUpdate &command, QObject *context, Handler done);
    void requestHistory(const QString &sessionId);

    // The one timer for every dwell clock in every model.

    static QString describeError(const ErrorInfo &error);

signals:
    void thresholdsChanged(const fw::Thresholds &values, const QString &by, bool byMe);
    void visitorArrived(const fw::VisitorSnapshot &visitor, bool returning);
    void helpRequested(const fw::HelpRequest &help);
    void visitorMessage(const fw::ChatMessage &message);
    void historyLoaded(const QString &sessionId);
    void focusedVisitorChanged(const QString &sessionId);
    void ticked();
    // A fresh snapshot replaced the list (first login or resync).
    void snapshotApplied();

private:
    void onSnapshot(const Snapshot &s);
    void onDelta(const Delta &d);
    void onVisitorsChanged(const QSet<QString> &ids);

    ConsoleConnection m_connection;
    VisitorTableModel m_visitors;
    ChatStore m_chats;
    TrailModel m_trail;
    StateTimelineModel m_states;
    Thresholds m_thresholds;
    QString m_thresholdsBy;
    qint64 m_thresholdsAt = 0;
    QString m_focused;
    QString m_openConversation;
    QSet<QString> m_historyRequested;
    QTimer m_tick;
};

} // namespace fw

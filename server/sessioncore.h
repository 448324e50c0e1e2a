#pragma once

#include "classifier.h"
#include "deadlinequeue.h"
#include "messageregistry.h"
#include "session.h"
#include "sqlstatements.h"
#include "thresholds.h"

#include <QHash>
#include <QObject>
#include <QTimer>

#include <array>
#include <deque>
#include <memory>
#include <optional>
#include <unordered_map>

namespace fw {

class Clock;
class ConsoleFeed;
class Database;
class JwtVerifier;
struct LoadedState;

// How the core reaches visitor sockets without knowing about them. The gateway implements it;
// connections are plain numbers, so the gateway can later move to other threads or another
// event dispatcher without the core noticing.
class VisitorLink
{
public:
    virtual ~VisitorLink() = default;
    virtual void sendToVisitor(quint64 connection, const QByteArray &frame) = 0;
    virtual void closeVisitor(quint64 connection, int code, const QString &reason) = 0;
};

// Who is asking, for console commands.
struct Actor
{
    StaffRef ref;
    Role role = Role::Staff;
    QString address;
    bool isAdmin() const { return role == Role::Admin; }
};

// Every live session: applies visitor events, runs the behaviour rules (on events and from one
// deadline queue, never a timer per session), stores everything through the database thread,
// acknowledges what is committed, and tells the consoles through the feed.
class SessionCore : public QObject
{
    Q_OBJECT
public:
    struct Options
    {
        QStringList siteKeys;
        qint64 goneLingerMs = 60000;
        qint64 resumeWindowMs = 30 * 60 * 1000;
        int maxMessageBytes = 64 * 1024;
        int messagesPerSecond = 20;
        int burst = 60;
        int pingIntervalSeconds = 25;
        int tickMs = 250; // deadline resolution: states flip within this of their threshold
    };

    SessionCore(Options options, const Clock *clock, Database *db, const JwtVerifier *jwt,
                ConsoleFeed *feed, QObject *parent = nullptr);
    ~SessionCore() override;

    void setVisitorLink(VisitorLink *link) { m_link = link; }
    void restore(LoadedState &state);

    // ---- visitor side
    struct HelloOutcome
    {
        int closeCode = 0; // non-zero: refuse with this close code
        QString reason;
        QString sessionId;
    };
    HelloOutcome hello(quint64 connection, const Hello &hello);
    void visitorMessage(quint64 connection, const QString &sessionId, const Decoded &message);
    void visitorDisconnected(quint64 connection, const QString &sessionId);

    // ---- console side
    Snapshot snapshot();
    Result chatSend(const Actor &actor, const ChatSend &cmd);
    Result claim(const Actor &actor, const Claim &cmd);
    Result release(const Actor &actor, const Release &cmd);
    Result helpResolve(const Actor &actor, const HelpResolve &cmd);
    Result setThresholds(const Actor &actor, const ThresholdsSet &cmd);
    ThresholdsInfo thresholdsInfo() const;
    std::optional<History> history(const QString &sessionId) const;
    void audit(const Actor &actor, const QString &action, const QString &target,
               const QJsonObject &details);

    // ---- inspection (metrics, tests)
    const Thresholds &thresholds() const { return m_thresholds; }
    const Session *session(const QString &id) const;
    int sessionCount() const { return int(m_sessions.size()); }
    int connectedCount() const { return m_connected; }
    std::array<int, 8> stateCounts() const;
    quint64 eventsApplied() const { return m_eventsApplied; }
    quint64 duplicatesIgnored() const { return m_duplicates; }
    std::size_t deadlineQueueSize() const { return m_deadlines.size(); }

    // Runs due deadlines now (the tick timer calls it; tests with a manual clock may too).
    void processDeadlines();
    // Submits pending writes at once (normally at the end of the event-loop iteration).
    void flushWrites();

private:
    Session *find(const QString &id);
    Session *findConnected(quint64 connection, const QString &sessionId);
    void reclassify(Session &s, qint64 now);
    void schedule(Session &s, qint64 now, qint64 classifyAt);
    void evaluateDeadline(const QString &key, qint64 at, qint64 now);
    void endSession(Session &s, qint64 now);
    void applyEvent(Session &s, const Decoded &d, qint64 now);
    void sendServerMessage(Session &s, qint64 seq, const QByteArray &frame);
    void write(Stmt stmt, QVariantList args, const QString &owner = {});
    void storageFailed(Session &s);
    void markDirty(Session &s);
    void requestFlush();
    void onCommitted(quint64 ticket, const QStringList &failed);
    DbOp updateSessionOp(const Session &s) const;
    void feedChange(Change c);
    void setClaim(Session &s, const StaffRef &by, qint64 now);

    Options m_options;
    const Clock *m_clock;
    Database *m_db;
    const JwtVerifier *m_jwt;
    ConsoleFeed *m_feed;
    VisitorLink *m_link = nullptr;

    std::unordered_map<QString, std::unique_ptr<Session>> m_sessions;
    DeadlineQueue m_deadlines;
    QTimer m_tick;
    Thresholds m_thresholds;
    QString m_thresholdsBy;
    qint64 m_thresholdsAt = 0;
    qint64 m_nextNumber = 1;
    int m_connected = 0;
    quint64 m_eventsApplied = 0;
    quint64 m_duplicates = 0;

    // Writes of this event-loop iteration, and what to do once they are committed.
    QList<DbOp> m_ops;
    QSet<QString> m_dirty;
    QHash<QString, qint64> m_acks; // session -> event seq to acknowledge
    QList<std::pair<QString, qint64>> m_sends; // session, server message seq
    QList<Change> m_afterCommit; // console changes that must not precede the commit
    bool m_flushPosted = false;
    struct InFlight
    {
        quint64 ticket;
        QHash<QString, qint64> acks;
        QList<std::pair<QString, qint64>> sends;
        QList<Change> changes;
    };
    std::deque<InFlight> m_inflight;
};

} // namespace fw

#pragma once

#include "messages.h"
#include "thresholds.h"

#include <QHash>
#include <QJsonObject>
#include <QObject>
#include <QSet>

#include <deque>
#include <optional>

class QWebSocket;

namespace fw::sim {

class Simulator;

// A staff console inside the simulator: logs in, optionally sets the thresholds, follows the
// snapshot and deltas, and hands every change about a simulated visitor to that visitor
// (latency matching, states seen). With --auto-chat it also greets visitors who enter chosen
// states, which exercises the visitors' reactions end to end.
class ConsoleObserver : public QObject
{
    Q_OBJECT
public:
    explicit ConsoleObserver(Simulator *sim, QObject *parent = nullptr);
    ~ConsoleObserver() override;

    void start(qint64 now);
    void tick(qint64 now); // from the simulator's control slot: login timeout, keepalive
    void close();
    bool live() const { return m_live; }
    const Thresholds &thresholds() const { return m_thresholds; }
    // Sends a staff chat to a session (auto-chat uses it; so may tests).
    void sendChat(const QString &sessionId, const QString &text);
    QJsonObject toJson() const;

signals:
    void ready();
    void failed(const QString &error);

private:
    void onText(const QString &text);
    void onDisconnected();
    void send(const QByteArray &frame);
    void apply(const Change &c, qint64 nowUs);
    void fail(const QString &error);

    Simulator *m_sim;
    QWebSocket *m_socket = nullptr;
    bool m_live = false;
    bool m_failed = false;
    bool m_closing = false;
    qint64 m_deadline = 0;
    qint64 m_lastSentAt = 0;
    qint64 m_nextReqId = 1;
    qint64 m_thresholdsReq = 0;
    qint64 m_lastRev = 0;
    Thresholds m_thresholds;
    QString m_account;

    quint64 m_snapshots = 0;
    quint64 m_deltas = 0;
    quint64 m_changes = 0;
    quint64 m_revGaps = 0;
    quint64 m_stateChanges = 0;
    quint64 m_chatsSent = 0;
    quint64 m_chatsRefused = 0;
    qint64 m_loginMs = 0;
    qint64 m_startedAt = 0;
    QMap<int, quint64> m_closes;
    QSet<QString> m_autoChatted;
    QHash<qint64, QString> m_chatReqs; // reqId -> session
};

} // namespace fw::sim

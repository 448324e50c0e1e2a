#pragma once

#include "gatewaybase.h"
#include "sessioncore.h"

namespace fw {

class ConsoleFeed;
class LoginThrottle;
class StaffDirectory;

// The console side: login (throttled, hashing off the event loop), snapshot or catch-up, the
// live delta stream (the same bytes for every console), and role-checked commands.
class ConsoleGateway : public GatewayBase
{
    Q_OBJECT
public:
    ConsoleGateway(Limits limits, const Clock *clock, SessionCore *core, StaffDirectory *staff,
                   ConsoleFeed *feed, LoginThrottle *throttle, QObject *parent = nullptr);

    int liveCount() const;
    quint64 loginFailures() const { return m_loginFailures; }

protected:
    void handleMessage(quint64 id, Peer &peer, const Decoded &message) override;
    void peerClosed(quint64 id, Peer &peer) override;
    void refuse(quint64 id, const Decoded &message, const char *code, const QString &text) override;

private:
    struct Console
    {
        StaffAccount account;
        QString token;
        bool loggedIn = false;
        bool loginPending = false;
        bool live = false; // has its snapshot: receives deltas
        int failures = 0;
    };
    void login(quint64 id, Peer &peer, const Login &msg);
    void finishLogin(quint64 id, const StaffAccount &account, qint64 lastRevision);
    void command(quint64 id, Console &c, const Peer &peer, const Decoded &d);
    void reply(quint64 id, const Result &r);
    void onPublished(const QByteArray &frame);

    SessionCore *m_core;
    StaffDirectory *m_staff;
    ConsoleFeed *m_feed;
    LoginThrottle *m_throttle;
    QHash<quint64, Console> m_consoles;
    quint64 m_loginFailures = 0;
};

} // namespace fw

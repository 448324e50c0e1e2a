#pragma once

#include "messageregistry.h"
#include "serverclock.h"

#include <QAbstractSocket>
#include <QHash>
#include <QObject>
#include <QPointer>
#include <QTimer>
#include <QUrl>

#include <functional>

class QWebSocket;

namespace fw {

// The answer to a command: the reply message, or why there is none.
struct Reply
{
    bool ok = false;
    ErrorInfo error; // when !ok: the server's result error, or "unavailable"/"timeout" locally
    Decoded message; // the reply (Result, ThresholdsInfo, History, StaffAccounts) when it came

    template<typename T> const T *as() const { return message.as<T>(); }
};

// One console's link to the server: login (password or token), the snapshot + delta stream,
// commands with replies matched by reqId, keepalive, and reconnecting with backoff after a
// network drop, resuming from the last applied revision. No widgets: the UI gets signals.
class ConsoleConnection : public QObject
{
    Q_OBJECT
public:
    enum class State {
        Offline, // not logged in (never, after logout, or after a failure that needs the user)
        Connecting, // opening the socket
        LoggingIn, // socket open, login sent
        Online, // logged in and receiving the live stream
        Waiting, // lost the connection; the next attempt is scheduled
    };
    Q_ENUM(State)

    enum class Failure {
        None,
        WrongCredentials,
        Throttled,
        AccountDisabled,
        VersionMismatch,
        Unreachable,
        NotAServer,
        TokenExpired,
        TooManyAttempts,
        ProtocolError,
    };
    Q_ENUM(Failure)

    using ReplyHandler = std::function<void(const Reply &)>;

    explicit ConsoleConnection(const Clock *localClock = SystemClock::instance(),
                               QObject *parent = nullptr);
    ~ConsoleConnection() override;

    // Starts a fresh login. The result is loggedIn() or loginFailed(); nothing is retried
    // until the first login succeeded.
    void logIn(const QUrl &server, const QString &user, const QString &password);
    // Ends the login on the server and stays offline.
    void logOut();
    // Drops the socket the way a network failure does; the connection recovers by itself.
    void dropConnection();
    // Asks for a fresh snapshot (after a gap in the revisions).
    void resync();
    // While waiting to reconnect: try now instead of at the end of the backoff.
    void retryNow();

    State state() const { return m_state; }
    bool isOnline() const { return m_state == State::Online; }
    QUrl server() const { return m_server; }
    QString user() const { return m_user; }
    const StaffAccount &account() const { return m_account; }
    bool isAdmin() const { return m_account.role == Role::Admin; }
    QString serverVersion() const { return m_serverVersion; }
    qint64 revision() const { return m_revision; }
    int attempt() const { return m_attempt; }
    // Milliseconds until the next reconnect attempt while Waiting.
    qint64 retryInMs() const;
    QString lastError() const { return m_lastError; }
    ServerClock *serverClock() { return &m_serverClock; }
    const ServerClock *serverClock() const { return &m_serverClock; }

    void setBackoff(int initialMs, int maxMs);
    void setTimeouts(int connectMs, int requestMs, int silenceMs);
    // The protocol version offered in login (tests use it to see a mismatch handled).
    void setProtocolVersion(int version) { m_version = version; }

    // Sends a command; `handler` runs once with the reply, in `context`'s lifetime.
    template<typename T> qint64 request(T command, QObject *context, ReplyHandler handler)
    {
        command.reqId = ++m_lastReqId;
        sendRequest(command.reqId, QLatin1String(MessageTraits<T>::name), encodeMessage(command),
                    context, std::move(handler));
        return command.reqId;
    }

    static QString describe(Failure failure, qint64 retryAfterMs = 0);

signals:
    void stateChanged(fw::ConsoleConnection::State state);
    void loggedIn(const fw::LoginOk &ok, bool reconnect);
    void loginFailed(fw::ConsoleConnection::Failure failure, const QString &message);
    // The login is lost for good (account disabled, token gone and no password): ask the user.
    void sessionEnded(fw::ConsoleConnection::Failure failure, const QString &message);
    void snapshotReceived(const fw::Snapshot &snapshot);
    void deltaReceived(const fw::Delta &delta);
    void serverError(const fw::Error &error);

private:
    struct Pending
    {
        QString type;
        QPointer<QObject> context;
        bool hasContext = false;
        ReplyHandler handler;
        qint64 deadline = 0;
    };

    void setState(State s);
    void openSocket();
    void onConnected();
    void onDisconnected();
    void onText(const QString &text);
    void handleLoginReply(const Decoded &d);
    void handleLoginFailed(const LoginFailed &f);
    void scheduleReconnect(qint64 delayMs = -1);
    void fail(Failure failure, const QString &message);
    void sendRequest(qint64 reqId, const QString &type, const QByteArray &frame, QObject *context,
                     ReplyHandler handler);
    void finishRequest(qint64 reqId, const Reply &reply);
    void failAllPending(const QString &code, const QString &message);
    void checkTimeouts();
    void sendLogin();
    void closeSocket();

    const Clock *m_local;
    ServerClock m_serverClock;
    QWebSocket *m_socket = nullptr;
    State m_state = State::Offline;
    QUrl m_server;
    QString m_user;
    QString m_password; // kept in memory only, for a login after the server forgot the token
    QString m_token;
    StaffAccount m_account;
    QString m_serverVersion;
    QString m_lastError;
    qint64 m_revision = 0;
    bool m_everLoggedIn = false;
    bool m_wantSnapshot = false; // next login asks for a snapshot, not a catch-up
    bool m_usingToken = false;
    bool m_closingOnPurpose = false;
    int m_version = 1;
    int m_attempt = 0;
    int m_backoffInitialMs = 500;
    int m_backoffMaxMs = 30000;
    int m_connectTimeoutMs = 10000;
    int m_requestTimeoutMs = 20000;
    int m_silenceMs = 45000;
    qint64 m_lastReceivedAt = 0;
    qint64 m_retryAt = 0;
    qint64 m_lastReqId = 0;
    QHash<qint64, Pending> m_pending;
    QTimer m_reconnectTimer;
    QTimer m_connectTimer;
    QTimer m_pingTimer;
    QTimer m_watchdog;
};

} // namespace fw

#include "consoleconnection.h"

#include "protocol.h"

#include <QLoggingCategory>
#include <QRandomGenerator>
#include <QWebSocket>

#include <algorithm>

using namespace Qt::StringLiterals;

Q_LOGGING_CATEGORY(lcConnection, "floorwalker.console.connection")

namespace fw {

ConsoleConnection::ConsoleConnection(const Clock *localClock, QObject *parent)
    : QObject(parent)
    , m_local(localClock)
    , m_serverClock(localClock)
{
    m_reconnectTimer.setSingleShot(true);
    connect(&m_reconnectTimer, &QTimer::timeout, this, &ConsoleConnection::openSocket);
    m_connectTimer.setSingleShot(true);
    connect(&m_connectTimer, &QTimer::timeout, this, [this] {
        qCInfo(lcConnection, "no answer from %s in time", qPrintable(m_server.toDisplayString()));
        m_lastError = tr("The server did not answer in time.");
        if (m_socket)
            m_socket->abort();
    });
    m_pingTimer.setInterval(20000);
    connect(&m_pingTimer, &QTimer::timeout, this, [this] {
        if (m_socket && m_state == State::Online)
            m_socket->sendTextMessage(QString::fromUtf8(encodeMessage(Ping { m_local->nowMs() })));
    });
    m_watchdog.setInterval(1000);
    connect(&m_watchdog, &QTimer::timeout, this, [this] {
        checkTimeouts();
        if (m_state == State::Online && m_local->nowMs() - m_lastReceivedAt > m_silenceMs) {
            qCInfo(lcConnection, "server silent for %d ms: reconnecting", m_silenceMs);
            dropConnection();
        }
    });
}

ConsoleConnection::~ConsoleConnection()
{
    closeSocket();
    // Handlers may touch their owners; nothing should run during destruction.
    m_pending.clear();
}

void ConsoleConnection::setBackoff(int initialMs, int maxMs)
{
    m_backoffInitialMs = std::max(1, initialMs);
    m_backoffMaxMs = std::max(m_backoffInitialMs, maxMs);
}

void ConsoleConnection::setTimeouts(int connectMs, int requestMs, int silenceMs)
{
    m_connectTimeoutMs = connectMs;
    m_requestTimeoutMs = requestMs;
    m_silenceMs = silenceMs;
}

qint64 ConsoleConnection::retryInMs() const
{
    return m_state == State::Waiting ? std::max<qint64>(0, m_retryAt - m_local->nowMs()) : 0;
}

void ConsoleConnection::logIn(const QUrl &server, const QString &user, const QString &password)
{
    closeSocket();
    m_reconnectTimer.stop();
    failAllPending(QString::fromLatin1(protocol::error::Unavailable), tr("Logged in again."));
    m_server = server;
    m_user = user;
    m_password = password;
    m_token.clear();
    m_account = {};
    m_revision = 0;
    m_everLoggedIn = false;
    m_wantSnapshot = true;
    m_attempt = 0;
    m_lastError.clear();
    if (!server.isValid() || (server.scheme() != "ws"_L1 && server.scheme() != "wss"_L1)) {
        // Queued so callers can connect to the signal after calling logIn().
        QMetaObject::invokeMethod(
                this,
                [this] {
                    fail(Failure::Unreachable,
                         tr("The server address must start with ws:// or wss://."));
                },
                Qt::QueuedConnection);
        return;
    }
    openSocket();
}

void ConsoleConnection::logOut()
{
    m_reconnectTimer.stop();
    if (m_socket && m_state == State::Online) {
        m_socket->sendTextMessage(QString::fromUtf8(encodeMessage(Logout {})));
        // Politely: the logout frame, then the close handshake, before the socket goes.
        QWebSocket *s = m_socket;
        m_socket = nullptr;
        s->disconnect(this);
        connect(s, &QWebSocket::disconnected, s, &QObject::deleteLater);
        QTimer::singleShot(2000, s, &QObject::deleteLater);
        s->close(QWebSocketProtocol::CloseCodeNormal);
        s->flush();
    }
    closeSocket();
    failAllPending(QString::fromLatin1(protocol::error::Unavailable), tr("Logged out."));
    m_password.clear();
    m_token.clear();
    m_everLoggedIn = false;
    setState(State::Offline);
}

void ConsoleConnection::dropConnection()
{
    if (m_socket)
        m_socket->abort(); // onDisconnected() takes it from here
}

void ConsoleConnection::resync()
{
    if (!m_everLoggedIn)
        return;
    qCInfo(lcConnection, "revision gap: asking for a fresh snapshot");
    m_wantSnapshot = true;
    closeSocket();
    failAllPending(QString::fromLatin1(protocol::error::Unavailable), tr("Resynchronising."));
    openSocket();
}

void ConsoleConnection::retryNow()
{
    if (m_state != State::Waiting)
        return;
    m_reconnectTimer.stop();
    openSocket();
}

void ConsoleConnection::setState(State s)
{
    if (s == m_state)
        return;
    m_state = s;
    emit stateChanged(s);
}

void ConsoleConnection::closeSocket()
{
    m_connectTimer.stop();
    m_pingTimer.stop();
    m_watchdog.stop();
    if (!m_socket)
        return;
    QWebSocket *s = m_socket;
    m_socket = nullptr;
    s->disconnect(this); // a deliberate close is not a network failure
    s->abort();
    s->deleteLater();
}

void ConsoleConnection::openSocket()
{
    closeSocket();
    m_socket = new QWebSocket(QString(), QWebSocketProtocol::VersionLatest, this);
    m_socket->setMaxAllowedIncomingMessageSize(64 * 1024 * 1024); // snapshots of many visitors
    connect(m_socket, &QWebSocket::connected, this, &ConsoleConnection::onConnected);
    connect(m_socket, &QWebSocket::disconnected, this, &ConsoleConnection::onDisconnected);
    connect(m_socket, &QWebSocket::textMessageReceived, this, &ConsoleConnection::onText);
    setState(State::Connecting);
    m_connectTimer.start(m_connectTimeoutMs);
    qCInfo(lcConnection, "connecting to %s (attempt %d)", qPrintable(m_server.toDisplayString()),
           m_attempt);
    m_socket->open(m_server);
}

void ConsoleConnection::onConnected()
{
    m_connectTimer.start(m_requestTimeoutMs);
    m_lastReceivedAt = m_local->nowMs();
    setState(State::LoggingIn);
    sendLogin();
}

void ConsoleConnection::sendLogin()
{
    Login l;
    l.version = m_version;
    l.client = QStringLiteral("floorwalker-console/" FW_VERSION);
    if (!m_token.isEmpty()) {
        l.token = m_token;
        // A revision means something only to the server instance that issued the token: a
        // password login may reach a restarted server whose revisions started again.
        if (!m_wantSnapshot)
            l.lastRevision = m_revision;
        m_usingToken = true;
    } else {
        l.user = m_user;
        l.password = m_password;
        m_usingToken = false;
    }
    m_socket->sendTextMessage(QString::fromUtf8(encodeMessage(l)));
}

void ConsoleConnection::onDisconnected()
{
    if (!m_socket)
        return;
    const int code = int(m_socket->closeCode());
    const QString reason = m_socket->closeReason();
    const QString socketError = m_socket->errorString();
    const State was = m_state;
    closeSocket();
    failAllPending(QString::fromLatin1(protocol::error::Unavailable),
                   tr("The connection to the server was lost."));
    qCInfo(lcConnection, "disconnected (close code %d %s; %s)", code, qPrintable(reason),
           qPrintable(socketError));

    switch (code) {
    case protocol::AccountDisabled:
        return fail(Failure::AccountDisabled, describe(Failure::AccountDisabled));
    case protocol::UnsupportedVersion:
        return fail(Failure::VersionMismatch, describe(Failure::VersionMismatch));
    case protocol::AuthFailed:
        return fail(Failure::TooManyAttempts, describe(Failure::TooManyAttempts));
    default:
        break;
    }
    if (!m_everLoggedIn) {
        // The first login: tell the user now instead of retrying behind their back.
        QString detail = m_lastError.isEmpty() ? socketError : m_lastError;
        if (was == State::Connecting)
            return fail(Failure::Unreachable,
                        tr("Cannot reach the server at %1: %2")
                                .arg(m_server.toDisplayString(), detail));
        return fail(Failure::ProtocolError,
                    tr("The server closed the connection during login (%1).")
                            .arg(reason.isEmpty() ? QString::number(code) : reason));
    }
    m_lastError = socketError;
    scheduleReconnect();
}

void ConsoleConnection::scheduleReconnect(qint64 delayMs)
{
    ++m_attempt;
    if (delayMs < 0) {
        const int shift = std::min(m_attempt - 1, 16);
        qint64 base = std::min<qint64>(m_backoffMaxMs, qint64(m_backoffInitialMs) << shift);
        // Jitter, so a server restart is not met by every console in the same millisecond.
        const double jitter = 0.8 + 0.4 * QRandomGenerator::global()->generateDouble();
        delayMs = std::max<qint64>(1, qint64(double(base) * jitter));
    }
    m_retryAt = m_local->nowMs() + delayMs;
    setState(State::Waiting);
    qCInfo(lcConnection, "reconnecting in %lld ms", delayMs);
    m_reconnectTimer.start(int(std::min<qint64>(delayMs, std::numeric_limits<int>::max())));
}

void ConsoleConnection::fail(Failure failure, const QString &message)
{
    closeSocket();
    m_reconnectTimer.stop();
    failAllPending(QString::fromLatin1(protocol::error::Unavailable), message);
    m_lastError = message;
    const bool wasLoggedIn = m_everLoggedIn;
    m_everLoggedIn = false;
    m_password.clear();
    m_token.clear();
    setState(State::Offline);
    if (wasLoggedIn)
        emit sessionEnded(failure, message);
    else
        emit loginFailed(failure, message);
}

void ConsoleConnection::onText(const QString &text)
{
    m_lastReceivedAt = m_local->nowMs();
    const Decoded d = decodeMessage(text.toUtf8());
    if (!d.ok()) {
        qCWarning(lcConnection, "unreadable message from the server: %s %s",
                  qPrintable(d.error.code), qPrintable(d.error.message));
        return;
    }
    switch (d.type) {
    case MessageType::LoginOk:
    case MessageType::LoginFailed:
        handleLoginReply(d);
        break;
    case MessageType::Snapshot: {
        const Snapshot &s = *d.as<Snapshot>();
        m_serverClock.sync(s.serverTime);
        m_revision = s.rev;
        m_wantSnapshot = false;
        emit snapshotReceived(s);
        break;
    }
    case MessageType::Delta: {
        const Delta &delta = *d.as<Delta>();
        if (delta.base != m_revision) {
            qCInfo(lcConnection, "delta %lld on %lld, expected base %lld", delta.rev, delta.base,
                   m_revision);
            resync();
            return;
        }
        m_serverClock.sync(delta.serverTime);
        m_revision = delta.rev;
        m_wantSnapshot = false;
        emit deltaReceived(delta);
        break;
    }
    case MessageType::Pong:
        m_serverClock.sync(d.as<Pong>()->serverTime);
        break;
    case MessageType::Result: {
        const Result &r = *d.as<Result>();
        finishRequest(r.reqId, Reply { r.ok, r.error, d });
        break;
    }
    case MessageType::ThresholdsInfo:
        finishRequest(d.as<ThresholdsInfo>()->reqId, Reply { true, {}, d });
        break;
    case MessageType::History:
        finishRequest(d.as<History>()->reqId, Reply { true, {}, d });
        break;
    case MessageType::StaffAccounts:
        finishRequest(d.as<StaffAccounts>()->reqId, Reply { true, {}, d });
        break;
    case MessageType::Error: {
        const Error &e = *d.as<Error>();
        qCWarning(lcConnection, "server error %s: %s (about %s)", qPrintable(e.error.code),
                  qPrintable(e.error.message), qPrintable(e.about));
        // A command the server could not read has no reqId in the answer: fail the oldest
        // pending one of that type.
        qint64 oldest = 0;
        for (auto it = m_pending.cbegin(); it != m_pending.cend(); ++it) {
            if (it->type == e.about && (oldest == 0 || it.key() < oldest))
                oldest = it.key();
        }
        if (oldest)
            finishRequest(oldest, Reply { false, e.error, d });
        emit serverError(e);
        break;
    }
    default:
        break;
    }
}

void ConsoleConnection::handleLoginReply(const Decoded &d)
{
    if (m_state != State::LoggingIn)
        return;
    if (const LoginFailed *f = d.as<LoginFailed>())
        return handleLoginFailed(*f);
    const LoginOk &ok = *d.as<LoginOk>();
    m_connectTimer.stop();
    m_token = ok.token;
    m_account = ok.account;
    m_serverVersion = ok.serverVersion;
    m_serverClock.sync(ok.serverTime);
    const bool reconnect = m_everLoggedIn;
    m_everLoggedIn = true;
    m_attempt = 0;
    m_lastError.clear();
    m_pingTimer.start();
    m_watchdog.start();
    setState(State::Online);
    qCInfo(lcConnection, "logged in as %s (%s)", qPrintable(ok.account.name),
           reconnect ? "reconnect" : "first login");
    emit loggedIn(ok, reconnect);
}

void ConsoleConnection::handleLoginFailed(const LoginFailed &f)
{
    if (f.reason == "bad_token"_L1 && m_usingToken && !m_password.isEmpty()) {
        // The server forgot the token (it restarted): log in again with the password, and
        // take a snapshot, since this server's revisions are not the ones we know.
        m_token.clear();
        m_wantSnapshot = true;
        sendLogin();
        return;
    }
    if (f.reason == "throttled"_L1) {
        if (m_everLoggedIn) {
            closeSocket();
            scheduleReconnect(std::max<qint64>(f.retryAfterMs, 100));
            return;
        }
        return fail(Failure::Throttled, describe(Failure::Throttled, f.retryAfterMs));
    }
    if (f.reason == "invalid_credentials"_L1)
        return fail(Failure::WrongCredentials, describe(Failure::WrongCredentials));
    if (f.reason == "disabled"_L1)
        return fail(Failure::AccountDisabled, describe(Failure::AccountDisabled));
    if (f.reason == "bad_token"_L1)
        return fail(Failure::TokenExpired, describe(Failure::TokenExpired));
    if (f.reason == "unsupported_version"_L1)
        return fail(Failure::VersionMismatch,
                    tr("This console speaks protocol version %1; the server accepts versions "
                       "%2 to %3. Install the console that matches the server.")
                            .arg(m_version)
                            .arg(f.minVersion)
                            .arg(f.maxVersion));
    fail(Failure::ProtocolError, tr("The server refused the login (%1).").arg(f.reason.left(64)));
}

QString ConsoleConnection::describe(Failure failure, qint64 retryAfterMs)
{
    switch (failure) {
    case Failure::None:
        return {};
    case Failure::WrongCredentials:
        return tr("Wrong user name or password.");
    case Failure::Throttled:
        return tr("Too many failed logins. Try again in %n second(s).", nullptr,
                  int((retryAfterMs + 999) / 1000));
    case Failure::AccountDisabled:
        return tr("This account is disabled or its password was changed. Ask an admin.");
    case Failure::VersionMismatch:
        return tr("The server speaks a different protocol version. Install the console that "
                  "matches the server.");
    case Failure::Unreachable:
        return tr("Cannot reach the server.");
    case Failure::NotAServer:
        return tr("That address is not a Floorwalker server.");
    case Failure::TokenExpired:
        return tr("Your login has expired. Log in again.");
    case Failure::TooManyAttempts:
        return tr("The server closed the connection after too many failed logins.");
    case Failure::ProtocolError:
        return tr("The server sent something this console does not understand.");
    }
    return {};
}

void ConsoleConnection::sendRequest(qint64 reqId, const QString &type, const QByteArray &frame,
                                    QObject *context, ReplyHandler handler)
{
    if (!m_socket || m_state != State::Online) {
        QPointer<QObject> guard(context);
        const bool hasContext = context != nullptr;
        QMetaObject::invokeMethod(
                this,
                [guard, hasContext, handler = std::move(handler)] {
                    if (hasContext && !guard)
                        return;
                    handler(Reply { false,
                                    { QString::fromLatin1(protocol::error::Unavailable),
                                      tr("Not connected to the server.") },
                                    {} });
                },
                Qt::QueuedConnection);
        return;
    }
    Pending p;
    p.type = type;
    p.context = context;
    p.hasContext = context != nullptr;
    p.handler = std::move(handler);
    p.deadline = m_local->nowMs() + m_requestTimeoutMs;
    m_pending.insert(reqId, std::move(p));
    m_socket->sendTextMessage(QString::fromUtf8(frame));
}

void ConsoleConnection::finishRequest(qint64 reqId, const Reply &reply)
{
    const auto it = m_pending.find(reqId);
    if (it == m_pending.end())
        return;
    const Pending p = std::move(*it);
    m_pending.erase(it);
    if (p.hasContext && !p.context)
        return;
    if (p.handler)
        p.handler(reply);
}

void ConsoleConnection::failAllPending(const QString &code, const QString &message)
{
    const QList<qint64> ids = m_pending.keys();
    for (qint64 id : ids)
        finishRequest(id, Reply { false, { code, message }, {} });
}

void ConsoleConnection::checkTimeouts()
{
    const qint64 now = m_local->nowMs();
    QList<qint64> late;
    for (auto it = m_pending.cbegin(); it != m_pending.cend(); ++it) {
        if (it->deadline <= now)
            late.append(it.key());
    }
    for (qint64 id : late)
        finishRequest(
                id,
                Reply { false, { u"timeout"_s, tr("The server did not answer in time.") }, {} });
}

} // namespace fw

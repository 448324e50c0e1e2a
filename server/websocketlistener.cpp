#include "websocketlistener.h"

#include "protocol.h"

#include <QLoggingCategory>
#include <QTcpServer>
#include <QTcpSocket>
#include <QWebSocket>
#include <QWebSocketCorsAuthenticator>
#include <QWebSocketServer>

using namespace Qt::StringLiterals;

Q_LOGGING_CATEGORY(lcListener, "floorwalker.listener")

namespace fw {

WebSocketListener::WebSocketListener(Options options, QObject *parent)
    : QObject(parent)
    , m_options(std::move(options))
    , m_tcp(new QTcpServer(this))
    , m_ws(new QWebSocketServer(u"floorwalker"_s, QWebSocketServer::NonSecureMode, this))
{
    m_ws->setHandshakeTimeout(m_options.handshakeTimeoutMs);
    // The default of 30 drops completed handshakes during a reconnect storm; we drain the
    // queue on every signal anyway.
    m_ws->setMaxPendingConnections(10000);
    // Qt accepts every origin unless this slot says otherwise (it must be a direct connection).
    connect(m_ws, &QWebSocketServer::originAuthenticationRequired, this,
            &WebSocketListener::checkOrigin, Qt::DirectConnection);
    connect(m_ws, &QWebSocketServer::newConnection, this, &WebSocketListener::onWebSocket);
    connect(m_tcp, &QTcpServer::newConnection, this, &WebSocketListener::onTcpConnection);
    m_monotonic.start();
    m_handshakeSweep.setInterval(qBound(100, m_options.handshakeTimeoutMs / 4, 1000));
    connect(&m_handshakeSweep, &QTimer::timeout, this, &WebSocketListener::dropStalledHandshakes);
}

WebSocketListener::~WebSocketListener() = default;

bool WebSocketListener::listen(const QHostAddress &host, quint16 port, QString *error)
{
    if (!m_tcp->listen(host, port)) {
        *error = u"cannot listen on %1:%2: %3"_s.arg(host.toString()).arg(port).arg(m_tcp->errorString());
        return false;
    }
    return true;
}

void WebSocketListener::stopListening()
{
    m_tcp->close();
}

quint16 WebSocketListener::port() const { return m_tcp->serverPort(); }
QHostAddress WebSocketListener::address() const { return m_tcp->serverAddress(); }

void WebSocketListener::checkOrigin(QWebSocketCorsAuthenticator *auth)
{
    const QString origin = auth->origin();
    const bool allowed = origin.isEmpty() || m_options.allowedOrigins.contains(origin);
    if (!allowed) {
        ++m_refusedOrigins;
        qCInfo(lcListener, "refused WebSocket from origin %s", qPrintable(origin.left(100)));
    }
    auth->setAllowed(allowed);
}

void WebSocketListener::onTcpConnection()
{
    while (QTcpSocket *s = m_tcp->nextPendingConnection()) {
        s->setSocketOption(QAbstractSocket::LowDelayOption, 1);
        const QString key = s->peerAddress().toString() + u'|' + QString::number(s->peerPort());
        m_handshaking.insert(key, {s, m_monotonic.elapsed()});
        m_handshakeOrder.push_back(key);
        m_ws->handleConnection(s);
    }
    if (!m_handshakeSweep.isActive())
        m_handshakeSweep.start();
}

void WebSocketListener::dropStalledHandshakes()
{
    const qint64 now = m_monotonic.elapsed();
    while (!m_handshakeOrder.empty()) {
        const auto it = m_handshaking.find(m_handshakeOrder.front());
        if (it != m_handshaking.end()) {
            QTcpSocket *socket = it->socket.data();
            if (socket && socket->state() == QAbstractSocket::ConnectedState) {
                if (now - it->acceptedAt < m_options.handshakeTimeoutMs)
                    break; // the rest are younger
                qCInfo(lcListener, "dropping a connection that did not complete the handshake");
                socket->abort();
            }
            m_handshaking.erase(it);
        }
        m_handshakeOrder.pop_front();
    }
    if (m_handshakeOrder.empty())
        m_handshakeSweep.stop();
}

void WebSocketListener::onWebSocket()
{
    while (QWebSocket *s = m_ws->nextPendingConnection()) {
        m_handshaking.remove(s->peerAddress().toString() + u'|' + QString::number(s->peerPort()));
        // Qt's defaults are 2 GiB (CVE-2018-21035): set the limits on every socket.
        s->setMaxAllowedIncomingFrameSize(quint64(m_options.maxMessageBytes));
        s->setMaxAllowedIncomingMessageSize(quint64(m_options.maxMessageBytes));
        const QString path = s->requestUrl().path();
        if (path == QLatin1String(protocol::VisitorPath)) {
            emit visitorConnected(s);
        } else if (path == QLatin1String(protocol::ConsolePath)) {
            emit consoleConnected(s);
        } else {
            s->close(QWebSocketProtocol::CloseCodePolicyViolated,
                     u"unknown path; use /v1/visitor or /v1/console"_s);
            s->deleteLater();
        }
    }
}

} // namespace fw

#pragma once

#include <QElapsedTimer>
#include <QHash>
#include <QHostAddress>
#include <QObject>
#include <QPointer>
#include <QStringList>
#include <QTcpSocket>
#include <QTimer>

#include <deque>

#include <QWebSocket>

class QTcpServer;
class QWebSocketServer;
class QWebSocketCorsAuthenticator;

namespace fw {

// Accepts TCP connections itself (to set TCP_NODELAY, which Qt only sets on client sockets),
// runs the WebSocket handshake with Qt's origin check, timeout and size limits, and hands each
// socket to the visitor or console side by path.
class WebSocketListener : public QObject
{
    Q_OBJECT
public:
    struct Options
    {
        QStringList allowedOrigins; // exact match; empty Origin (non-browser) is allowed
        int handshakeTimeoutMs = 5000;
        int maxMessageBytes = 64 * 1024;
    };

    explicit WebSocketListener(Options options, QObject *parent = nullptr);
    ~WebSocketListener() override;

    bool listen(const QHostAddress &host, quint16 port, QString *error);
    void stopListening();
    quint16 port() const;
    QHostAddress address() const;
    void addAllowedOrigin(const QString &origin) { m_options.allowedOrigins.append(origin); }
    quint64 refusedOrigins() const { return m_refusedOrigins; }

signals:
    void visitorConnected(QWebSocket *socket);
    void consoleConnected(QWebSocket *socket);

private:
    void onTcpConnection();
    void onWebSocket();
    void checkOrigin(QWebSocketCorsAuthenticator *auth);
    void dropStalledHandshakes();

    Options m_options;
    QTcpServer *m_tcp;
    QWebSocketServer *m_ws;
    quint64 m_refusedOrigins = 0;
    // Accepted sockets still in the handshake, oldest first. Qt's own handshake timeout does
    // not cover sockets given to handleConnection(), so we enforce it here with one timer.
    // Keyed by the peer's address and port, which the QWebSocket shares with its TCP socket.
    struct Handshaking
    {
        QPointer<QTcpSocket> socket;
        qint64 acceptedAt;
    };
    QHash<QString, Handshaking> m_handshaking;
    std::deque<QString> m_handshakeOrder;
    QElapsedTimer m_monotonic;
    QTimer m_handshakeSweep;
};

} // namespace fw

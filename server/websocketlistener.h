#pragma once

#include <QHostAddress>
#include <QObject>
#include <QStringList>

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

    Options m_options;
    QTcpServer *m_tcp;
    QWebSocketServer *m_ws;
    quint64 m_refusedOrigins = 0;
};

} // namespace fw

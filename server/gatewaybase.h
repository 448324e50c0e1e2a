#pragma once

#include "messageregistry.h"

#include <QHash>
#include <QObject>
#include <QTimer>

class QWebSocket;

namespace fw {

class Clock;

// What both WebSocket gateways (visitors, consoles) do the same way: own the sockets, count
// them, refuse binary frames, decode JSON, answer malformed messages, rate-limit with a token
// bucket, and close sockets that never say hello or go silent. One sweep timer for all.
class GatewayBase : public QObject
{
    Q_OBJECT
public:
    struct Limits
    {
        int messagesPerSecond = 20;
        int burst = 60;
        int helloTimeoutMs = 10000;
        int silenceMs = 120000;
        int maxPeers = 25000;
        int maxBadMessages = 5;
        unsigned allowedFlow = 0; // Flow bit this channel receives
    };

    GatewayBase(const char *name, Limits limits, const Clock *clock, QObject *parent);
    ~GatewayBase() override;

    void accept(QWebSocket *socket);
    int peerCount() const { return int(m_peers.size()); }
    void send(quint64 id, const QByteArray &frame);
    void closePeer(quint64 id, int code, const QString &reason);
    void closeAll(int code, const QString &reason);
    quint64 rejected(const QString &reason) const { return m_rejections.value(reason); }
    const QHash<QString, quint64> &rejections() const { return m_rejections; }

protected:
    struct Peer
    {
        QWebSocket *socket = nullptr;
        QString address;
        qint64 connectedAt = 0;
        qint64 lastFrameAt = 0;
        double tokens = 0;
        qint64 refilledAt = 0;
        int bad = 0;
        bool ready = false; // hello/login done
        bool closing = false;
    };

    // A decoded, direction-checked message from a peer.
    virtual void handleMessage(quint64 id, Peer &peer, const Decoded &message) = 0;
    virtual void peerClosed(quint64 id, Peer &peer) = 0;
    // A message that could not be used. The default answers `error`; consoles answer a
    // command they can identify by reqId with its `result`.
    virtual void refuse(quint64 id, const Decoded &message, const char *code, const QString &text);
    void sendError(quint64 id, const char *code, const QString &message, MessageType about = {},
                   qint64 seq = 0);
    void countRejection(const QString &reason) { ++m_rejections[reason]; }
    Peer *peer(quint64 id);
    const Clock *clock() const { return m_clock; }
    const Limits &limits() const { return m_limits; }

private:
    void onText(quint64 id, const QString &text);
    void onGone(quint64 id);
    void sweep();

    const char *m_name;
    Limits m_limits;
    const Clock *m_clock;
    QHash<quint64, Peer> m_peers;
    quint64 m_nextId = 1;
    QTimer m_sweep;
    QHash<QString, quint64> m_rejections;
};

} // namespace fw

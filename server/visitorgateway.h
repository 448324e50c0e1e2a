#pragma once

#include "gatewaybase.h"
#include "sessioncore.h"

namespace fw {

// The visitor side of the WebSocket server: the only place that sees visitor sockets. Turns
// frames into decoded messages for the core and the core's frames back into sends. Kept apart
// from the core so connections can later be sharded or served by another I/O layer.
class VisitorGateway : public GatewayBase, public VisitorLink
{
    Q_OBJECT
public:
    VisitorGateway(Limits limits, const Clock *clock, SessionCore *core, QObject *parent = nullptr);

    void sendToVisitor(quint64 connection, const QByteArray &frame) override;
    void closeVisitor(quint64 connection, int code, const QString &reason) override;

protected:
    void handleMessage(quint64 id, Peer &peer, const Decoded &message) override;
    void peerClosed(quint64 id, Peer &peer) override;

private:
    SessionCore *m_core;
    QHash<quint64, QString> m_sessionOf;
};

} // namespace fw

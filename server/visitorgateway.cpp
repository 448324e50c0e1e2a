#include "visitorgateway.h"

#include "protocol.h"

using namespace Qt::StringLiterals;

namespace fw {

VisitorGateway::VisitorGateway(Limits limits, const Clock *clock, SessionCore *core,
                               QObject *parent)
    : GatewayBase("visitor", [&] {
        limits.allowedFlow = VisitorToServer;
        return limits;
    }(), clock, parent)
    , m_core(core)
{
    m_core->setVisitorLink(this);
}

void VisitorGateway::sendToVisitor(quint64 connection, const QByteArray &frame)
{
    send(connection, frame);
}

void VisitorGateway::closeVisitor(quint64 connection, int code, const QString &reason)
{
    m_sessionOf.remove(connection); // the core already let go of this connection
    closePeer(connection, code, reason);
}

void VisitorGateway::handleMessage(quint64 id, Peer &peer, const Decoded &d)
{
    if (!peer.ready) {
        const Hello *h = d.as<Hello>();
        if (!h) {
            countRejection(u"no_hello"_s);
            closePeer(id, protocol::BadHello, u"the first message must be hello"_s);
            return;
        }
        if (h->version < protocol::MinVersion || h->version > protocol::MaxVersion) {
            countRejection(u"version"_s);
            closePeer(id, protocol::UnsupportedVersion,
                      u"protocol version %1 is not supported (server speaks %2..%3)"_s.arg(h->version)
                              .arg(protocol::MinVersion)
                              .arg(protocol::MaxVersion));
            return;
        }
        const SessionCore::HelloOutcome out = m_core->hello(id, *h);
        if (out.closeCode) {
            countRejection(u"site"_s);
            closePeer(id, out.closeCode, out.reason);
            return;
        }
        peer.ready = true;
        m_sessionOf.insert(id, out.sessionId);
        return;
    }
    if (d.type == MessageType::Hello) {
        sendError(id, protocol::error::BadField, u"hello was already sent on this socket"_s,
                  d.type);
        return;
    }
    m_core->visitorMessage(id, m_sessionOf.value(id), d);
}

void VisitorGateway::peerClosed(quint64 id, Peer &)
{
    const auto it = m_sessionOf.constFind(id);
    if (it == m_sessionOf.constEnd())
        return;
    const QString session = *it;
    m_sessionOf.erase(it);
    m_core->visitorDisconnected(id, session);
}

} // namespace fw

#include "gatewaybase.h"

#include "clock.h"
#include "protocol.h"

#include <QLoggingCategory>
#include <QWebSocket>

using namespace Qt::StringLiterals;

Q_LOGGING_CATEGORY(lcGateway, "floorwalker.gateway")

namespace fw {

GatewayBase::GatewayBase(const char *name, Limits limits, const Clock *clock, QObject *parent)
    : QObject(parent)
    , m_name(name)
    , m_limits(limits)
    , m_clock(clock)
{
    m_sweep.setInterval(1000);
    connect(&m_sweep, &QTimer::timeout, this, &GatewayBase::sweep);
    m_sweep.start();
}

GatewayBase::~GatewayBase()
{
    for (Peer &p : m_peers) {
        p.socket->disconnect(this);
        p.socket->abort();
        delete p.socket;
    }
}

GatewayBase::Peer *GatewayBase::peer(quint64 id)
{
    const auto it = m_peers.find(id);
    return it == m_peers.end() ? nullptr : &*it;
}

void GatewayBase::accept(QWebSocket *socket)
{
    socket->setParent(this);
    if (m_peers.size() >= m_limits.maxPeers) {
        countRejection(u"full"_s);
        socket->close(QWebSocketProtocol::CloseCode(protocol::ServerFull),
                      u"server is at its connection limit"_s);
        socket->deleteLater();
        return;
    }
    const quint64 id = m_nextId++;
    const qint64 now = m_clock->nowMs();
    Peer p;
    p.socket = socket;
    p.address = socket->peerAddress().toString();
    p.connectedAt = now;
    p.lastFrameAt = now;
    p.tokens = m_limits.burst;
    p.refilledAt = now;
    m_peers.insert(id, p);
    connect(socket, &QWebSocket::textMessageReceived, this,
            [this, id](const QString &text) { onText(id, text); });
    connect(socket, &QWebSocket::binaryMessageReceived, this, [this, id](const QByteArray &) {
        countRejection(u"binary"_s);
        closePeer(id, QWebSocketProtocol::CloseCodeDatatypeNotSupported,
                  u"binary frames are not supported; send JSON text"_s);
    });
    connect(socket, &QWebSocket::disconnected, this, [this, id] { onGone(id); });
}

void GatewayBase::send(quint64 id, const QByteArray &frame)
{
    Peer *p = peer(id);
    if (!p || p->closing)
        return;
    p->socket->sendTextMessage(QString::fromUtf8(frame));
}

void GatewayBase::closePeer(quint64 id, int code, const QString &reason)
{
    Peer *p = peer(id);
    if (!p || p->closing)
        return;
    p->closing = true;
    p->socket->close(QWebSocketProtocol::CloseCode(code), reason);
}

void GatewayBase::closeAll(int code, const QString &reason)
{
    const QList<quint64> ids = m_peers.keys();
    for (quint64 id : ids)
        closePeer(id, code, reason);
}

void GatewayBase::sendError(quint64 id, const char *code, const QString &message,
                            MessageType about, qint64 seq)
{
    Error e;
    e.error = {QString::fromLatin1(code), message};
    e.about = messageName(about);
    e.seq = seq;
    send(id, encodeMessage(e));
}

void GatewayBase::onText(quint64 id, const QString &text)
{
    Peer *p = peer(id);
    if (!p || p->closing)
        return;
    const qint64 now = m_clock->nowMs();
    p->lastFrameAt = now;
    // Token bucket: refill by elapsed time, spend one per message.
    p->tokens = qMin<double>(m_limits.burst,
                             p->tokens + double(now - p->refilledAt) * m_limits.messagesPerSecond / 1000.0);
    p->refilledAt = now;
    if (p->tokens < 1) {
        countRejection(u"rate"_s);
        qCInfo(lcGateway, "%s %s: rate limit exceeded", m_name, qPrintable(p->address));
        closePeer(id, protocol::RateLimited, u"rate limit exceeded"_s);
        return;
    }
    p->tokens -= 1;

    const Decoded d = decodeMessage(text.toUtf8());
    if (!d.ok() || (messageInfo(d.type) && !(messageInfo(d.type)->flows & m_limits.allowedFlow))) {
        const bool wrongWay = d.ok();
        countRejection(u"malformed"_s);
        if (!p->ready) {
            closePeer(id, protocol::BadHello,
                      wrongWay ? u"the first message must be hello/login"_s : d.error.message.left(120));
            return;
        }
        if (++p->bad >= m_limits.maxBadMessages) {
            closePeer(id, protocol::Malformed, u"too many malformed messages"_s);
            return;
        }
        if (wrongWay)
            refuse(id, d, protocol::error::WrongDirection,
                   u"%1 is not accepted on this channel"_s.arg(messageName(d.type)));
        else
            refuse(id, d, d.error.code.toLatin1().constData(), d.error.message);
        return;
    }
    handleMessage(id, *p, d);
}

void GatewayBase::refuse(quint64 id, const Decoded &d, const char *code, const QString &text)
{
    sendError(id, code, text, d.type, d.seq);
}

void GatewayBase::onGone(quint64 id)
{
    auto it = m_peers.find(id);
    if (it == m_peers.end())
        return;
    Peer p = *it;
    peerClosed(id, p);
    m_peers.erase(it);
    p.socket->deleteLater();
}

void GatewayBase::sweep()
{
    const qint64 now = m_clock->nowMs();
    QList<std::pair<quint64, bool>> expired; // id, true = never said hello
    for (auto it = m_peers.cbegin(); it != m_peers.cend(); ++it) {
        if (it->closing)
            continue;
        if (!it->ready && now - it->connectedAt >= m_limits.helloTimeoutMs)
            expired.append({it.key(), true});
        else if (it->ready && now - it->lastFrameAt >= m_limits.silenceMs)
            expired.append({it.key(), false});
    }
    for (const auto &[id, noHello] : std::as_const(expired)) {
        countRejection(noHello ? u"hello_timeout"_s : u"silent"_s);
        closePeer(id, noHello ? protocol::HelloTimeout : protocol::Silent,
                  noHello ? u"no hello in time"_s : u"nothing received in the keepalive window"_s);
    }
}

} // namespace fw

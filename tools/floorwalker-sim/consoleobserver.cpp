#include "consoleobserver.h"

#include "clock.h"
#include "messageregistry.h"
#include "simulator.h"
#include "simvisitor.h"

#include <QUrl>
#include <QWebSocket>

using namespace Qt::StringLiterals;

namespace fw::sim {

namespace {
constexpr qint64 LoginTimeoutMs = 30000;
constexpr qint64 KeepAliveMs = 20000;
constexpr qint64 ThresholdsReqId = 1;

const QStringList &greetings()
{
    static const QStringList g { u"안녕하세요! 찾으시는 상품이 있으신가요?"_s,
                                 u"도움이 필요하시면 말씀해 주세요."_s,
                                 u"Hello! Can I help you find something?"_s };
    return g;
}
} // namespace

ConsoleObserver::ConsoleObserver(Simulator *sim, QObject *parent)
    : QObject(parent)
    , m_sim(sim)
{ }

ConsoleObserver::~ConsoleObserver()
{
    if (m_socket) {
        m_socket->disconnect(this);
        m_socket->abort();
        delete m_socket;
    }
}

void ConsoleObserver::start(qint64 now)
{
    m_startedAt = now;
    m_deadline = now + LoginTimeoutMs;
    m_nextReqId = ThresholdsReqId + 1;
    m_socket = new QWebSocket(QString(), QWebSocketProtocol::VersionLatest, this);
    connect(m_socket, &QWebSocket::connected, this, [this] {
        Login l;
        l.user = m_sim->options().consoleUser;
        l.password = m_sim->options().consolePassword;
        l.client = u"floorwalker-sim/%1"_s.arg(QStringLiteral(FW_VERSION));
        send(encodeMessage(l));
    });
    connect(m_socket, &QWebSocket::textMessageReceived, this, &ConsoleObserver::onText);
    connect(m_socket, &QWebSocket::disconnected, this, &ConsoleObserver::onDisconnected);
    m_socket->open(QUrl(m_sim->options().consoleUrl));
}

void ConsoleObserver::tick(qint64 now)
{
    if (!m_live && !m_failed && m_deadline && now >= m_deadline)
        fail(u"console: no login and snapshot within %1 s"_s.arg(LoginTimeoutMs / 1000));
    if (m_live && m_socket && now - m_lastSentAt >= KeepAliveMs)
        send(encodeMessage(Ping { now }));
}

void ConsoleObserver::close()
{
    if (!m_socket || m_closing)
        return;
    m_closing = true;
    m_live = false;
    if (m_socket->state() == QAbstractSocket::ConnectedState)
        m_socket->close(QWebSocketProtocol::CloseCodeNormal, u"simulation over"_s);
}

void ConsoleObserver::send(const QByteArray &frame)
{
    if (!m_socket)
        return;
    m_lastSentAt = m_sim->clock()->nowMs();
    m_socket->sendTextMessage(QString::fromUtf8(frame));
}

void ConsoleObserver::fail(const QString &error)
{
    if (m_failed)
        return;
    m_failed = true;
    m_live = false;
    emit failed(error);
}

void ConsoleObserver::sendChat(const QString &sessionId, const QString &text)
{
    if (!m_live)
        return;
    ChatSend c;
    c.reqId = m_nextReqId++;
    c.sessionId = sessionId;
    c.text = text;
    m_chatReqs.insert(c.reqId, sessionId);
    ++m_chatsSent;
    m_sim->staffChatSent(sessionId);
    send(encodeMessage(c));
}

void ConsoleObserver::onDisconnected()
{
    const int code = int(m_socket->closeCode());
    if (!m_closing) {
        ++m_closes[code];
        m_sim->mutableStats().addError(
                u"console_closed"_s,
                u"console closed %1 %2"_s.arg(code).arg(m_socket->closeReason().left(120)));
        fail(u"console: the server closed the connection (%1 %2)"_s.arg(code).arg(
                m_socket->closeReason()));
    }
    m_live = false;
    m_socket->deleteLater();
    m_socket = nullptr;
}

void ConsoleObserver::onText(const QString &text)
{
    const qint64 nowUs = m_sim->nowUs();
    const Decoded d = decodeMessage(text.toUtf8());
    if (!d.ok()) {
        m_sim->mutableStats().addError(u"console_undecodable"_s, d.error.message);
        return;
    }
    switch (d.type) {
    case MessageType::LoginOk:
        m_account = d.as<LoginOk>()->account.name;
        m_loginMs = m_sim->clock()->nowMs() - m_startedAt;
        break;
    case MessageType::LoginFailed: {
        const LoginFailed &f = *d.as<LoginFailed>();
        fail(u"console login refused: %1%2"_s.arg(
                f.reason,
                f.retryAfterMs ? u" (retry after %1 ms)"_s.arg(f.retryAfterMs) : QString()));
        break;
    }
    case MessageType::Snapshot: {
        const Snapshot &s = *d.as<Snapshot>();
        ++m_snapshots;
        m_lastRev = s.rev;
        m_thresholds = s.thresholds;
        for (const VisitorSnapshot &v : s.visitors) {
            if (SimVisitor *sv = m_sim->visitorForSession(v.id))
                sv->consoleState(v.state.name);
        }
        if (m_live)
            break; // a later snapshot (not expected on this socket)
        if (const auto &set = m_sim->options().setThresholds) {
            ThresholdsSet t;
            t.reqId = ThresholdsReqId;
            t.values = *set;
            m_thresholdsReq = t.reqId;
            send(encodeMessage(t));
        } else {
            m_live = true;
            emit ready();
        }
        break;
    }
    case MessageType::Result: {
        const Result &r = *d.as<Result>();
        if (r.reqId == m_thresholdsReq && m_thresholdsReq) {
            m_thresholdsReq = 0;
            if (!r.ok) {
                fail(u"console: thresholds_set refused: %1 %2"_s.arg(r.error.code,
                                                                     r.error.message));
                break;
            }
            JsonReader reader(*m_sim->options().setThresholds);
            m_thresholds = Thresholds::fromJson(reader, m_thresholds, false);
            m_live = true;
            emit ready();
        } else if (m_chatReqs.contains(r.reqId)) {
            m_chatReqs.remove(r.reqId);
            if (!r.ok) {
                ++m_chatsRefused;
                m_sim->mutableStats().addError(u"chat_send_"_s + r.error.code, r.error.message);
            }
        }
        break;
    }
    case MessageType::Delta: {
        const Delta &delta = *d.as<Delta>();
        ++m_deltas;
        if (delta.base != m_lastRev)
            ++m_revGaps;
        m_lastRev = delta.rev;
        for (const Change &c : delta.changes)
            apply(c, nowUs);
        break;
    }
    case MessageType::Error: {
        const Error &e = *d.as<Error>();
        m_sim->mutableStats().addError(u"console_"_s + e.error.code, e.error.message);
        break;
    }
    default:
        break;
    }
}

void ConsoleObserver::apply(const Change &c, qint64 nowUs)
{
    ++m_changes;
    if (c.op == Change::Op::Thresholds) {
        m_thresholds = c.thresholds;
        m_sim->thresholdsChanged(c.thresholds);
        return;
    }
    const QString session = c.op == Change::Op::Chat                         ? c.chat.sessionId
            : (c.op == Change::Op::Help || c.op == Change::Op::HelpResolved) ? c.help.sessionId
                                                                             : c.id;
    SimVisitor *v = m_sim->visitorForSession(session);
    if (!v)
        return; // someone else's visitor (a real browser on the demo shop)
    if (c.op == Change::Op::Arrive) {
        v->consoleState(c.visitor.state.name);
        return;
    }
    if (c.op == Change::Op::State) {
        ++m_stateChanges;
        v->consoleState(c.state.to);
        const auto &states = m_sim->options().autoChatStates;
        if (states.contains(c.state.to) && !m_autoChatted.contains(session) &&
            v->phase() == SimVisitor::Phase::Active) {
            m_autoChatted.insert(session);
            // Deterministic per visitor and seed, whatever order the deltas came in.
            SimRng rng(SimRng::mix(m_sim->options().seed, 0xC4A7000000ULL + v->index()));
            if (rng.chance(m_sim->options().autoChatProbability))
                sendChat(session, rng.pick(greetings()));
        }
        return;
    }
    v->consoleChange(c, nowUs);
}

QJsonObject ConsoleObserver::toJson() const
{
    QJsonObject closes;
    for (auto it = m_closes.cbegin(); it != m_closes.cend(); ++it)
        closes.insert(QString::number(it.key()), double(it.value()));
    return { { u"account"_s, m_account },
             { u"loggedIn"_s, !m_account.isEmpty() },
             { u"loginMs"_s, double(m_loginMs) },
             { u"snapshots"_s, double(m_snapshots) },
             { u"deltas"_s, double(m_deltas) },
             { u"changes"_s, double(m_changes) },
             { u"revisionGaps"_s, double(m_revGaps) },
             { u"stateChanges"_s, double(m_stateChanges) },
             { u"chatsSent"_s, double(m_chatsSent) },
             { u"chatsRefused"_s, double(m_chatsRefused) },
             { u"closes"_s, closes },
             { u"thresholds"_s, m_thresholds.toJson() } };
}

} // namespace fw::sim

#include "simvisitor.h"

#include "clock.h"
#include "messageregistry.h"
#include "protocol.h"
#include "purchasemodel.h"
#include "shopmap.h"
#include "simulator.h"

#include <QLoggingCategory>
#include <QUrl>
#include <QWebSocket>

#include <cmath>

using namespace Qt::StringLiterals;

Q_LOGGING_CATEGORY(lcVisitor, "floorwalker.sim.visitor")

namespace fw::sim {

namespace {

constexpr qint64 ConnectTimeoutMs = 30000;
constexpr qint64 MaxBackoffMs = 30000;
constexpr int MaxFailedAttempts = 8;
constexpr std::size_t MaxProbes = 512;

QString chooseLang(const QString &option, SimRng &rng)
{
    if (option == "ko"_L1)
        return u"ko-KR"_s;
    if (option == "en"_L1)
        return u"en-US"_s;
    return rng.chance(0.75) ? u"ko-KR"_s : u"en-US"_s;
}

// Close codes after which a tracker must not come back: the client or its setup is wrong.
bool isFatal(int code)
{
    switch (code) {
    case QWebSocketProtocol::CloseCodeDatatypeNotSupported:
    case QWebSocketProtocol::CloseCodePolicyViolated:
    case QWebSocketProtocol::CloseCodeTooMuchData:
    case protocol::BadHello:
    case protocol::UnsupportedVersion:
    case protocol::Malformed:
    case protocol::UnknownSite:
    case protocol::Replaced:
        return true;
    default:
        return false;
    }
}

} // namespace

SimVisitor::SimVisitor(Simulator *sim, quint64 index, quint32 slot, Profile profile,
                       QObject *parent)
    : QObject(parent)
    , m_sim(sim)
    , m_index(index)
    , m_slot(slot)
    , m_rng(SimRng::mix(sim->options().seed, index * 2 + 1))
    , m_behaviour(profile, &sim->shop(), &sim->timing(),
                  SimRng::mix(sim->options().seed, index * 2),
                  chooseLang(sim->options().lang, m_rng))
{
    m_lang = m_behaviour.lang();
    // Only the choices follow the seed; ids carry the run so reruns are new visitors.
    m_visitorId = u"sim%1_%2"_s.arg(qulonglong(sim->runId()), 0, 36)
                          .arg(qulonglong(index), 6, 10, QChar(u'0'));
    const double d = m_rng.uniform();
    m_device = d < 0.55 ? DeviceKind::Desktop : d < 0.95 ? DeviceKind::Mobile : DeviceKind::Tablet;
    static const QStringList referrers { QString(), QString(), u"https://search.naver.com/"_s,
                                         u"https://www.google.com/"_s,
                                         u"https://www.instagram.com/"_s };
    m_referrer = m_rng.pick(referrers);
    m_helloPage = m_behaviour.landing();
    // Drawn only when asked for, so runs without them keep their old random streams.
    if (sim->options().identifiedShare > 0 && m_rng.chance(sim->options().identifiedShare))
        m_customer = m_rng.pick(sim->options().customers);
    if (profile == Profile::Stuck)
        m_behaviour.setHelpChance(sim->options().helpShare);
    if (profile == Profile::Load)
        m_behaviour.setLoadPeriod(
                qint64(std::llround(1000.0 * sim->options().visitors / sim->options().eventRate)));
}

SimVisitor::~SimVisitor()
{
    if (m_socket) {
        m_socket->disconnect(this);
        m_socket->abort();
        delete m_socket;
    }
}

// ------------------------------------------------------------------------------ connection

void SimVisitor::arrive(qint64 now)
{
    ++m_sim->mutableStats().started;
    ++m_sim->mutableStats().byProfile[std::size_t(profile())];
    if (!m_customer.isEmpty())
        ++m_sim->mutableStats().identified;
    m_phase = Phase::Active;
    openSocket(now);
    scheduleNext(now);
}

void SimVisitor::openSocket(qint64 now)
{
    retireSocket();
    m_conn = Conn::Connecting;
    if (!m_countedConnecting) {
        m_countedConnecting = true;
        m_sim->visitorConnectStarted(this);
    }
    m_sentOnSocket = 0;
    m_control.clear();
    m_connectDeadline = now + ConnectTimeoutMs;
    const quint64 gen = ++m_generation;
    m_socket = new QWebSocket(QString(), QWebSocketProtocol::VersionLatest, this);
    // A visitor only ever gets small messages; Qt's default limit is 2 GiB.
    m_socket->setMaxAllowedIncomingFrameSize(quint64(protocol::MaxMessageBytes));
    m_socket->setMaxAllowedIncomingMessageSize(quint64(protocol::MaxMessageBytes));
    connect(m_socket, &QWebSocket::connected, this, [this, gen] { onConnected(gen); });
    connect(m_socket, &QWebSocket::textMessageReceived, this,
            [this, gen](const QString &text) { onText(gen, text); });
    connect(m_socket, &QWebSocket::disconnected, this, [this, gen] { onDisconnected(gen); });
    ++m_sim->mutableStats().sockets;
    m_socket->open(QUrl(m_sim->options().visitorUrl));
}

void SimVisitor::endConnecting()
{
    if (m_countedConnecting) {
        m_countedConnecting = false;
        m_sim->visitorConnectEnded(this);
    }
}

void SimVisitor::retireSocket()
{
    if (!m_socket)
        return;
    QWebSocket *s = m_socket;
    m_socket = nullptr;
    // Messages still arriving on it (acks, staff chat) count; its closing does not.
    s->disconnect(this);
    const quint64 gen = m_generation;
    connect(s, &QWebSocket::textMessageReceived, this,
            [this, gen](const QString &text) { onText(gen, text); });
    m_sim->retire(s);
}

void SimVisitor::onConnected(quint64 generation)
{
    if (generation != m_generation || !m_socket)
        return;
    Hello h;
    h.siteKey = m_sim->options().siteKey;
    h.visitorId = m_visitorId;
    h.resumeSessionId = m_sessionId;
    h.ackedUpTo = m_highestStaffSeq;
    h.page = m_helloPage;
    h.referrer = m_prevUrl.isEmpty() ? m_referrer : m_prevUrl;
    h.device = m_device;
    h.lang = m_lang;
    h.client = u"floorwalker-sim/%1"_s.arg(QStringLiteral(FW_VERSION));
    if (!m_customer.isEmpty())
        h.identityToken = m_sim->identityToken(m_customer); // as a logged-in shop page does
    m_socket->sendTextMessage(QString::fromUtf8(encodeMessage(h)));
    m_lastSentAt = m_sim->clock()->nowMs();
}

void SimVisitor::onText(quint64 generation, const QString &text)
{
    const qint64 now = m_sim->clock()->nowMs();
    const Decoded d = decodeMessage(text.toUtf8());
    SimStats &st = m_sim->mutableStats();
    if (!d.ok()) {
        st.addError(u"undecodable_from_server"_s, d.error.message);
        return;
    }
    if (m_phase == Phase::Done)
        return;
    switch (d.type) {
    case MessageType::Welcome:
        if (generation == m_generation && m_socket && m_conn == Conn::Connecting)
            onWelcome(*d.as<Welcome>(), now);
        else
            st.addError(u"unexpected_welcome"_s,
                        u"visitor %1: a second welcome"_s.arg(m_visitorId));
        break;
    case MessageType::Ack:
        onAck(d.as<Ack>()->upTo);
        break;
    case MessageType::StaffChat:
        onStaffChat(*d.as<StaffChat>(), now);
        break;
    case MessageType::Error: {
        const Error &e = *d.as<Error>();
        st.addError(e.error.code,
                    u"%1 (about %2 seq %3): %4"_s.arg(e.error.code, e.about)
                            .arg(e.seq)
                            .arg(e.error.message));
        break;
    }
    default:
        st.addError(u"unexpected_message"_s, u"visitor got %1"_s.arg(messageName(d.type)));
        break;
    }
    flush(now);
    if (m_phase == Phase::Leaving && live() && m_unacked.empty() && m_control.empty())
        finish(now, false);
    else
        scheduleNext(now);
}

void SimVisitor::onWelcome(const Welcome &w, qint64 now)
{
    SimStats &st = m_sim->mutableStats();
    const bool askedToResume = !m_sessionId.isEmpty();
    if (w.resumed)
        ++st.resumed;
    else if (askedToResume)
        ++st.resumeRefused;
    const bool newSession = m_sessionId != w.sessionId;
    m_sessionId = w.sessionId;
    m_conn = Conn::Open;
    m_failedAttempts = 0;
    m_backoffMs = 1000;
    endConnecting();
    if (newSession)
        m_sim->visitorWelcomed(this, !m_everWelcomed);

    // The server's limit, with a margin: bursts on the wire must never reach its bucket's end.
    const double margin = m_sim->options().rateMargin;
    m_ratePerMs = qMax(0.001, w.messagesPerSecond * margin / 1000.0);
    m_capacity = qMax(1.0, std::floor(w.burst * margin / 2.0));
    m_tokens = m_capacity;
    m_refilledAt = now;
    m_pingMs = qMax<qint64>(1000, qint64(w.pingIntervalSeconds) * 1000 - 2000);
    if (profile() == Profile::Load) {
        // A tracker never outruns the server's limit: cap the steady stream below it.
        const double cap = m_ratePerMs * 1000.0 * 0.95;
        const double wanted = m_sim->options().eventRate / m_sim->options().visitors;
        st.loadCapPerVisitor = cap;
        if (wanted > cap) {
            st.loadCapped = true;
            m_behaviour.setLoadPeriod(qint64(std::ceil(1000.0 / cap)));
        }
    }

    // Everything up to welcome.ackedUpTo is committed; resend the rest on this socket.
    if (w.resumed)
        onAck(w.ackedUpTo);
    for (const Pending &p : m_unacked) {
        if (p.firstSentUs != 0)
            ++st.eventsResent;
    }
    if (!m_everWelcomed) {
        m_everWelcomed = true;
        ++st.welcomed;
        // A tracker reports the page it loaded on: activity, no trail entry.
        PageView pv;
        pv.page = m_helloPage;
        pv.nav = Navigation::Load;
        enqueue(pv, now);
        if (profile() != Profile::Load || m_loadStarted)
            m_stepDueAt = now + m_behaviour.peek().delayMs;
    } else if (m_stepDueAt != 0 && m_stepDueAt < now) {
        m_stepDueAt = now; // paused while away: carry on, keeping the rest of the rhythm
    }
}

void SimVisitor::onAck(qint64 upTo)
{
    SimStats &st = m_sim->mutableStats();
    if (upTo > m_highestSent) {
        ++st.ackBeyondSent;
        st.addError(u"ack_beyond_sent"_s,
                    u"ack upTo %1 but only %2 sent (session %3)"_s.arg(upTo)
                            .arg(m_highestSent)
                            .arg(m_sessionId));
    }
    const qint64 nowUs = m_sim->nowUs();
    while (!m_unacked.empty() && m_unacked.front().seq <= upTo) {
        const Pending &p = m_unacked.front();
        if (p.firstSentUs != 0)
            st.eventToAck.record(nowUs - p.firstSentUs);
        ++st.eventsAcked;
        m_unacked.pop_front();
        if (m_sentOnSocket > 0)
            --m_sentOnSocket;
    }
}

void SimVisitor::onStaffChat(const StaffChat &m, qint64 now)
{
    SimStats &st = m_sim->mutableStats();
    if (m.seq <= m_highestStaffSeq) {
        ++st.staffChatDuplicates; // a replay of what we showed: drop it, acknowledge again
        sendControl(encodeMessage(Ack { m_highestStaffSeq }), true);
        return;
    }
    m_highestStaffSeq = m.seq;
    ++st.staffChatsReceived;
    m_sim->staffChatDelivered(m_sessionId);
    sendControl(encodeMessage(Ack { m.seq }), true);
    actionReceived(u"chat"_s, now);
}

void SimVisitor::actionReceived(const QString &kind, qint64 now)
{
    SimStats &st = m_sim->mutableStats();
    const std::size_t p = std::size_t(profile());
    ActionCounts &counts = st.actions[kind];
    ++counts.received[p];
    m_lastAction = kind;
    const PurchaseModel::Action *a = m_sim->model().action(kind);
    if (!a || m_phase != Phase::Active)
        return;
    auto delay = [this](const PurchaseModel::Range &r) {
        return qint64(double(m_rng.range(r.minMs, r.maxMs)) * m_sim->timing().scale());
    };
    auto insert = [this](Reaction r) {
        auto it = m_reactions.begin();
        while (it != m_reactions.end() && it->at <= r.at)
            ++it;
        m_reactions.insert(it, r);
    };
    // Both draws always happen, so one decision never shifts the other's random stream.
    const bool respond = m_rng.chance(a->respond[p]);
    const bool buy = m_rng.chance(a->buy[p]);
    if (respond) {
        ++counts.responded[p];
        if (kind == "chat"_L1) // other kinds answer with outcome reports (promotions issue)
            insert({ now + delay(a->respondDelay), false, kind });
    }
    if (buy && !m_behaviour.buying() && !m_purchased) {
        ++counts.buyDecided[p];
        insert({ now + delay(a->buyDelay), true, kind });
    }
}

void SimVisitor::onDisconnected(quint64 generation)
{
    if (generation != m_generation || !m_socket)
        return; // an earlier socket we let go of
    const qint64 now = m_sim->clock()->nowMs();
    SimStats &st = m_sim->mutableStats();
    int code = int(m_socket->closeCode());
    QString reason = m_socket->closeReason();
    if (code == QWebSocketProtocol::CloseCodeNormal && reason.isEmpty()) {
        // Qt reports 1000 when the connection dropped without a close frame (refused, reset,
        // timed out); the server always gives a reason. Report it as what it is: 1006.
        code = QWebSocketProtocol::CloseCodeAbnormalDisconnection;
        reason = m_socket->errorString();
    }
    const bool welcomed = m_conn == Conn::Open;
    QWebSocket *s = m_socket;
    m_socket = nullptr;
    s->disconnect(this);
    m_sim->retire(s);
    if (m_phase == Phase::Done)
        return;
    ++st.closes[code];
    st.addCloseSample(u"visitor %1 (%2): closed %3 %4"_s.arg(m_visitorId, m_sessionId)
                              .arg(code)
                              .arg(reason.left(120)));
    if (!welcomed)
        ++st.connectFailures;
    connectFailed(now, isFatal(code));
    if (m_phase != Phase::Done && code == protocol::RateLimited)
        m_reconnectAt = qMax(m_reconnectAt, now + 2000); // pause after a rate-limit close
}

void SimVisitor::connectFailed(qint64 now, bool fatal)
{
    endConnecting();
    if (fatal || ++m_failedAttempts > MaxFailedAttempts ||
        (m_phase == Phase::Leaving && now >= m_leaveDeadline)) {
        finish(now, true);
        return;
    }
    // Reconnect with backoff (1 s doubling to 30 s), as the tracker does.
    m_conn = Conn::Waiting;
    m_reconnectAt = now + m_backoffMs;
    m_backoffMs = qMin(MaxBackoffMs, m_backoffMs * 2);
    ++m_sim->mutableStats().reconnects;
    scheduleNext(now);
}

// ------------------------------------------------------------------------------ behaviour

void SimVisitor::wake(qint64 now)
{
    if (m_phase == Phase::Idle || m_phase == Phase::Done)
        return;
    if (m_phase == Phase::Leaving && now >= m_leaveDeadline) {
        finish(now, false);
        return;
    }
    if (m_conn == Conn::Waiting && now >= m_reconnectAt) {
        openSocket(now);
    } else if (m_conn == Conn::Connecting && now >= m_connectDeadline) {
        SimStats &st = m_sim->mutableStats();
        st.addError(u"connect_timeout"_s, u"visitor %1: no welcome in time"_s.arg(m_visitorId));
        ++st.connectFailures;
        retireSocket();
        connectFailed(now, false);
        return;
    }

    // Staff reactions happen whatever the script is doing.
    while (m_phase == Phase::Active && !m_reactions.empty() && m_reactions.front().at <= now) {
        const Reaction r = m_reactions.front();
        m_reactions.pop_front();
        if (r.buy) {
            m_behaviour.startPurchase();
            m_stepDueAt = now + m_behaviour.peek().delayMs;
        } else {
            ChatEvent c;
            c.text = reply();
            enqueue(c, now, Change::Op::Chat, c.text);
            ++m_sim->mutableStats().replies;
        }
    }

    while (m_phase == Phase::Active && live() && m_stepDueAt != 0 && m_stepDueAt <= now) {
        const Step step = m_behaviour.peek();
        m_behaviour.pop();
        execute(step.action, now);
        if (m_behaviour.finished() || m_phase != Phase::Active) {
            m_stepDueAt = 0;
            break;
        }
        m_stepDueAt += m_behaviour.peek().delayMs;
    }
    if (m_phase == Phase::Done)
        return;

    if (live() && now - m_lastSentAt >= m_pingMs) {
        sendControl(encodeMessage(Ping { now }), false);
        ++m_sim->mutableStats().pings;
    }
    flush(now);
    if (m_phase == Phase::Leaving && live() && m_unacked.empty() && m_control.empty()) {
        finish(now, false);
        return;
    }
    scheduleNext(now);
}

void SimVisitor::execute(const SimAction &a, qint64 now)
{
    switch (a.kind) {
    case SimAction::Kind::None:
        break;
    case SimAction::Kind::Page: {
        m_prevUrl = m_helloPage.url;
        m_helloPage = a.page;
        m_keyedDepth = -1;
        PageView pv;
        pv.page = a.page;
        const bool mpa = m_sim->options().navigation == SimOptions::Navigation::Mpa;
        pv.nav = mpa ? Navigation::Load : a.nav;
        enqueue(pv, now, Change::Op::Page, a.page.url);
        if (ShopMap::isOrderComplete(a.page) && !m_purchased) {
            m_purchased = true;
            SimStats &st = m_sim->mutableStats();
            ++st.purchases[std::size_t(profile())];
            if (!m_lastAction.isEmpty()) {
                ++st.purchasesAfterAction[m_lastAction];
                ++st.actions[m_lastAction].purchases[std::size_t(profile())];
            }
        }
        if (mpa) {
            // A multi-page shop: the new page opens its own socket and resumes the session;
            // the page event waits in the queue and goes out after the welcome.
            ++m_sim->mutableStats().navigations;
            openSocket(now);
        }
        break;
    }
    case SimAction::Kind::Scroll: {
        ScrollEvent e;
        e.depth = a.depth;
        e.y = a.y;
        const bool keyed = a.depth > m_keyedDepth;
        if (keyed)
            m_keyedDepth = a.depth;
        enqueue(e, now, keyed ? Change::Op::Scroll : Change::Op::Activity,
                keyed ? QString::number(a.depth) : QString());
        break;
    }
    case SimAction::Kind::Input: {
        InputEvent e;
        e.kind = a.input;
        e.count = a.count;
        enqueue(e, now);
        break;
    }
    case SimAction::Kind::Click: {
        ClickEvent e;
        e.x = a.x;
        e.y = a.y;
        e.target = a.target;
        enqueue(e, now);
        break;
    }
    case SimAction::Kind::Visibility: {
        VisibilityEvent e;
        e.hidden = a.hidden;
        enqueue(e, now, Change::Op::Visibility, a.hidden ? u"1"_s : u"0"_s);
        break;
    }
    case SimAction::Kind::Chat: {
        ChatEvent e;
        e.text = a.text;
        enqueue(e, now, Change::Op::Chat, a.text);
        break;
    }
    case SimAction::Kind::Help: {
        HelpEvent e;
        e.kind = a.help;
        e.text = a.text;
        enqueue(e, now, Change::Op::Help, a.text);
        break;
    }
    case SimAction::Kind::Leave:
        leave(now);
        break;
    }
}

QString SimVisitor::reply()
{
    const PurchaseModel::Action *a = m_sim->model().action(u"chat"_s);
    const QStringList &texts = m_lang.startsWith("ko"_L1) ? a->repliesKo : a->repliesEn;
    return m_rng.pick(texts);
}

void SimVisitor::startLoad(qint64 now)
{
    if (m_loadStarted || m_phase != Phase::Active)
        return;
    m_loadStarted = true;
    // A random phase within one period, so the visitors do not send in step.
    m_stepDueAt = now + qint64(m_rng.uniform() * double(m_behaviour.peek().delayMs));
    scheduleNext(now);
}

void SimVisitor::leave(qint64 now)
{
    if (m_phase != Phase::Active)
        return;
    m_phase = Phase::Leaving;
    m_stepDueAt = 0;
    m_reactions.clear();
    m_leaveDeadline = now + qint64(m_sim->options().drainSec * 1000);
    if (m_conn == Conn::Closed || (live() && m_unacked.empty() && m_control.empty()))
        finish(now, false);
    else
        scheduleNext(now);
}

void SimVisitor::abandon(qint64 now)
{
    if (m_phase != Phase::Done)
        finish(now, false);
}

void SimVisitor::finish(qint64 now, bool gaveUp)
{
    if (m_phase == Phase::Done)
        return;
    endConnecting();
    m_phase = Phase::Done;
    m_finishedAt = now;
    m_stepDueAt = 0;
    m_reactions.clear();
    m_sim->wakeAt(m_slot, 0);
    SimStats &st = m_sim->mutableStats();
    if (gaveUp)
        ++st.gaveUp;
    else
        ++st.finished;
    st.unackedAtEnd += m_unacked.size();
    if (m_socket) {
        QWebSocket *s = m_socket;
        m_socket = nullptr;
        s->disconnect(this);
        m_sim->retire(s);
    }
    m_conn = Conn::Closed;
    m_sim->visitorFinished(this);
}

// ------------------------------------------------------------------------------ delivery

template<typename E>
void SimVisitor::enqueue(E event, qint64 now, Change::Op probeOp, const QString &probeKey)
{
    event.h.seq = m_nextSeq++;
    event.h.t = now;
    m_unacked.push_back({ event.h.seq, encodeMessage(event), MessageTraits<E>::name, 0 });
    ++m_sim->mutableStats().eventsQueued;
    if (probeOp != Change::Op::Activity && m_sim->observing()) {
        m_probes.push_back({ event.h.seq, 0, probeOp, probeKey });
        if (m_probes.size() > MaxProbes)
            m_probes.pop_front();
    }
}

void SimVisitor::sendControl(const QByteArray &frame, bool isAck)
{
    m_control.emplace_back(frame, isAck);
}

void SimVisitor::refill(qint64 now)
{
    if (now > m_refilledAt) {
        m_tokens = qMin(m_capacity, m_tokens + double(now - m_refilledAt) * m_ratePerMs);
        m_refilledAt = now;
    }
}

void SimVisitor::flush(qint64 now)
{
    if (!live())
        return;
    refill(now);
    SimStats &st = m_sim->mutableStats();
    const qint64 nowUs = m_sim->nowUs();
    while (m_tokens >= 1.0) {
        if (!m_control.empty()) {
            const auto [frame, isAck] = m_control.front();
            m_control.pop_front();
            if (isAck)
                ++st.acksSent;
            m_socket->sendTextMessage(QString::fromUtf8(frame));
        } else if (m_sentOnSocket < m_unacked.size()) {
            Pending &p = m_unacked[m_sentOnSocket++];
            if (p.firstSentUs == 0) {
                p.firstSentUs = qMax<qint64>(1, nowUs);
                ++st.eventsSent;
                ++st.sentByType[QLatin1String(p.type)];
                m_highestSent = qMax(m_highestSent, p.seq);
                for (auto it = m_probes.rbegin(); it != m_probes.rend(); ++it) {
                    if (it->seq == p.seq) {
                        it->sentUs = p.firstSentUs;
                        break;
                    }
                    if (it->seq < p.seq)
                        break;
                }
            }
            m_socket->sendTextMessage(QString::fromUtf8(p.frame));
        } else {
            break;
        }
        m_tokens -= 1.0;
        m_lastSentAt = now;
    }
    const bool backlog = !m_control.empty() || m_sentOnSocket < m_unacked.size();
    if (backlog) {
        if (m_tokenWaitAt <= now)
            ++st.throttled;
        m_tokenWaitAt = now + qMax<qint64>(1, qint64(std::ceil((1.0 - m_tokens) / m_ratePerMs)));
    } else {
        m_tokenWaitAt = 0;
    }
}

void SimVisitor::scheduleNext(qint64 now)
{
    if (m_phase == Phase::Done || m_phase == Phase::Idle)
        return;
    qint64 at = 0;
    auto consider = [&at](qint64 t) {
        if (t > 0 && (at == 0 || t < at))
            at = t;
    };
    switch (m_conn) {
    case Conn::Waiting:
        consider(m_reconnectAt);
        break;
    case Conn::Connecting:
        consider(m_connectDeadline);
        break;
    case Conn::Open:
        if (m_phase == Phase::Active)
            consider(m_stepDueAt);
        consider(m_tokenWaitAt);
        consider(m_lastSentAt + m_pingMs);
        break;
    case Conn::Closed:
        break;
    }
    if (m_phase == Phase::Leaving)
        consider(m_leaveDeadline);
    if (m_phase == Phase::Active && !m_reactions.empty())
        consider(m_reactions.front().at);
    if (at != 0)
        m_sim->wakeAt(m_slot, qMax(at, now));
}

// ------------------------------------------------------------------------------ console

void SimVisitor::consoleChange(const Change &c, qint64 nowUs)
{
    QString key;
    switch (c.op) {
    case Change::Op::Page:
        key = c.page.url;
        break;
    case Change::Op::Scroll:
        key = QString::number(c.depth);
        break;
    case Change::Op::Chat:
        if (!c.chat.fromVisitor)
            return;
        key = c.chat.text;
        break;
    case Change::Op::Help:
        key = c.help.text;
        break;
    case Change::Op::Visibility:
        key = c.hidden ? u"1"_s : u"0"_s;
        break;
    default:
        return;
    }
    // Changes come in the order the server applied the events, so a match also settles every
    // earlier probe (coalesced away or not identifiable).
    for (std::size_t i = 0; i < m_probes.size(); ++i) {
        const Probe &p = m_probes[i];
        if (p.sentUs == 0)
            return;
        if (p.op == c.op && p.key == key) {
            m_sim->mutableStats().eventToConsole.record(nowUs - p.sentUs);
            m_probes.erase(m_probes.begin(), m_probes.begin() + qsizetype(i) + 1);
            return;
        }
    }
}

} // namespace fw::sim

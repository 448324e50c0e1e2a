#include "sessioncore.h"

#include "clock.h"
#include "consolefeed.h"
#include "database.h"
#include "evidencetext.h"
#include "ids.h"
#include "jwtverifier.h"
#include "protocol.h"

#include <QJsonDocument>
#include <QLoggingCategory>

using namespace Qt::StringLiterals;

Q_LOGGING_CATEGORY(lcCore, "floorwalker.core")

namespace fw {

namespace {

QString json(const QJsonObject &o)
{
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

QVariant nullable(const QString &s) { return s.isEmpty() ? QVariant() : QVariant(s); }
QVariant nullable(qint64 v) { return v == 0 ? QVariant() : QVariant(v); }

Result ok(qint64 reqId, const QString &id = {})
{
    Result r;
    r.reqId = reqId;
    r.id = id;
    return r;
}

Change makeChange(Change::Op op, const QString &id, qint64 at)
{
    Change c;
    c.op = op;
    c.id = id;
    c.at = at;
    return c;
}

Result fail(qint64 reqId, const char *code, const QString &message)
{
    Result r;
    r.reqId = reqId;
    r.ok = false;
    r.error = {QString::fromLatin1(code), message};
    return r;
}

} // namespace

SessionCore::SessionCore(Options options, const Clock *clock, Database *db,
                         const JwtVerifier *jwt, ConsoleFeed *feed, QObject *parent)
    : QObject(parent)
    , m_options(std::move(options))
    , m_clock(clock)
    , m_db(db)
    , m_jwt(jwt)
    , m_feed(feed)
{
    connect(m_db, &Database::committed, this, &SessionCore::onCommitted);
    m_tick.setInterval(m_options.tickMs);
    m_tick.setTimerType(Qt::PreciseTimer);
    connect(&m_tick, &QTimer::timeout, this, &SessionCore::processDeadlines);
    m_tick.start();
}

SessionCore::~SessionCore() = default;

void SessionCore::restore(LoadedState &st)
{
    m_thresholds = st.thresholds;
    m_thresholdsBy = st.thresholdsBy;
    m_thresholdsAt = st.thresholdsAt;
    m_nextNumber = st.maxSessionNumber + 1;
    QHash<QString, QString> names;
    for (const StaffRecord &r : std::as_const(st.staff))
        names.insert(r.account.name, r.account.displayName);
    const qint64 now = m_clock->nowMs();
    for (Session &loaded : st.sessions) {
        auto s = std::make_unique<Session>(std::move(loaded));
        if (!s->claimedBy.user.isEmpty())
            s->claimedBy.name = names.value(s->claimedBy.user, s->claimedBy.user);
        s->listed = now - s->disconnectedAt < m_options.goneLingerMs;
        const QString id = s->id;
        Session &ref = *s;
        m_sessions.emplace(id, std::move(s));
        reclassify(ref, now);
    }
    qCInfo(lcCore, "restored %d resumable sessions", int(m_sessions.size()));
}

Session *SessionCore::find(const QString &id)
{
    const auto it = m_sessions.find(id);
    return it == m_sessions.end() ? nullptr : it->second.get();
}

const Session *SessionCore::session(const QString &id) const
{
    const auto it = m_sessions.find(id);
    return it == m_sessions.end() ? nullptr : it->second.get();
}

Session *SessionCore::findConnected(quint64 connection, const QString &sessionId)
{
    Session *s = find(sessionId);
    return s && s->connection == connection ? s : nullptr;
}

// ------------------------------------------------------------------------------ writes

void SessionCore::write(Stmt stmt, QVariantList args, const QString &owner)
{
    m_ops.append({stmt, std::move(args), owner});
    requestFlush();
}

void SessionCore::markDirty(Session &s)
{
    m_dirty.insert(s.id);
    requestFlush();
}

void SessionCore::requestFlush()
{
    if (m_flushPosted)
        return;
    m_flushPosted = true;
    // At the end of this event-loop iteration: everything that arrived together is one batch.
    QMetaObject::invokeMethod(this, &SessionCore::flushWrites, Qt::QueuedConnection);
}

DbOp SessionCore::updateSessionOp(const Session &s) const
{
    return {Stmt::UpdateSession,
            {s.lastMessageAt, QVariant(), json(s.identity.toJson()),
             nullable(s.identity.verified() ? s.identity.customerId : QString()), s.appliedSeq,
             s.serverSeq, s.visitorAckedSeq, s.pageCount, toString(s.state.name), s.state.since,
             nullable(s.claimedBy.user), s.id},
            s.id};
}

void SessionCore::flushWrites()
{
    m_flushPosted = false;
    for (const QString &id : std::as_const(m_dirty)) {
        if (const Session *s = find(id))
            m_ops.append(updateSessionOp(*s));
    }
    m_dirty.clear();
    if (m_ops.isEmpty() && m_acks.isEmpty() && m_sends.isEmpty() && m_afterCommit.isEmpty())
        return;
    InFlight f;
    f.ticket = m_db->submit(std::move(m_ops));
    f.acks = std::move(m_acks);
    f.sends = std::move(m_sends);
    f.changes = std::move(m_afterCommit);
    m_ops.clear();
    m_acks.clear();
    m_sends.clear();
    m_afterCommit.clear();
    m_inflight.push_back(std::move(f));
}

void SessionCore::onCommitted(quint64 ticket, const QStringList &failed)
{
    // A session with a dropped write gets nothing acknowledged from these batches: the visitor
    // keeps those events and is cut off, so it starts a clean session instead.
    for (const QString &id : failed) {
        if (Session *s = find(id))
            storageFailed(*s);
    }
    while (!m_inflight.empty() && m_inflight.front().ticket <= ticket) {
        InFlight f = std::move(m_inflight.front());
        m_inflight.pop_front();
        for (auto it = f.acks.cbegin(); it != f.acks.cend(); ++it) {
            Session *s = find(it.key());
            if (!s || failed.contains(it.key()))
                continue;
            s->committedSeq = qMax(s->committedSeq, it.value());
            if (s->connected() && m_link)
                m_link->sendToVisitor(s->connection, encodeMessage(Ack{s->committedSeq}));
        }
        for (const auto &[id, seq] : std::as_const(f.sends)) {
            Session *s = find(id);
            if (!s || !s->connected() || seq <= s->visitorAckedSeq || !m_link || failed.contains(id))
                continue;
            for (const OutboxEntry &e : std::as_const(s->outbox)) {
                if (e.seq == seq)
                    m_link->sendToVisitor(s->connection, e.frame);
            }
        }
        for (Change &c : f.changes)
            m_feed->add(std::move(c));
    }
}

void SessionCore::feedChange(Change c) { m_feed->add(std::move(c)); }

void SessionCore::storageFailed(Session &s)
{
    if (s.storageBroken)
        return;
    qCCritical(lcCore, "writes for session %s failed; closing it without acknowledgement",
               qPrintable(s.id));
    s.storageBroken = true;
    if (s.connected() && m_link) {
        const quint64 c = s.connection;
        m_link->closeVisitor(c, protocol::InternalError, u"storage failed; start a new session"_s);
        visitorDisconnected(c, s.id);
    }
}

void SessionCore::setClaim(Session &s, const StaffRef &by, qint64 now)
{
    s.claimedBy = by;
    Change c = makeChange(Change::Op::Claim, s.id, now);
    c.claimedBy = by;
    feedChange(std::move(c));
    markDirty(s);
}

// ------------------------------------------------------------------------------ visitor

SessionCore::HelloOutcome SessionCore::hello(quint64 connection, const Hello &h)
{
    HelloOutcome out;
    if (!m_options.siteKeys.contains(h.siteKey)) {
        out.closeCode = protocol::UnknownSite;
        out.reason = u"unknown site key"_s;
        return out;
    }
    const qint64 now = m_clock->nowMs();
    Identity identity;
    if (!h.identityToken.isEmpty())
        identity = m_jwt->verify(h.identityToken);

    Session *s = h.resumeSessionId.isEmpty() ? nullptr : find(h.resumeSessionId);
    if (s && (s->visitorId != h.visitorId || s->siteKey != h.siteKey || s->storageBroken
              || now - s->lastMessageAt > m_options.resumeWindowMs))
        s = nullptr; // not this visitor's session, or too old: start afresh
    if (s) {
        if (s->connected() && m_link) {
            const quint64 old = s->connection;
            s->connection = 0;
            --m_connected;
            m_link->closeVisitor(old, protocol::Replaced, u"session resumed elsewhere"_s);
        }
        s->connection = connection;
        ++m_connected;
        s->lastMessageAt = now;
        if (!h.identityToken.isEmpty() && !(identity == s->identity)) {
            // A token is believed as presented; without one the session keeps what it had.
            s->identity = identity;
            Change c = makeChange(Change::Op::Identity, s->id, now);
            c.identity = identity;
            feedChange(std::move(c));
        }
        if (h.ackedUpTo > s->visitorAckedSeq) {
            s->visitorAckedSeq = h.ackedUpTo;
            while (!s->outbox.isEmpty() && s->outbox.first().seq <= s->visitorAckedSeq)
                s->outbox.removeFirst();
        }
        if (!s->listed) {
            s->listed = true;
            Change c = makeChange(Change::Op::Arrive, s->id, now);
            c.returning = true;
            c.visitor = s->snapshot();
            c.visitor.connected = true;
            feedChange(std::move(c));
        } else {
            Change c = makeChange(Change::Op::Connection, s->id, now);
            c.connected = true;
            feedChange(std::move(c));
        }
        reclassify(*s, now);
        markDirty(*s);
        out.sessionId = s->id;
        Welcome w;
        w.sessionId = s->id;
        w.resumed = true;
        w.ackedUpTo = s->committedSeq;
        w.identity = s->identity;
        w.serverTime = now;
        w.maxMessageBytes = m_options.maxMessageBytes;
        w.messagesPerSecond = m_options.messagesPerSecond;
        w.burst = m_options.burst;
        w.pingIntervalSeconds = m_options.pingIntervalSeconds;
        m_link->sendToVisitor(connection, encodeMessage(w));
        // Replay what the visitor has not acknowledged, once, in order.
        for (const OutboxEntry &e : std::as_const(s->outbox))
            m_link->sendToVisitor(connection, e.frame);
        return out;
    }

    auto owned = std::make_unique<Session>();
    Session &n = *owned;
    n.id = randomId("s_");
    n.number = m_nextNumber++;
    n.visitorId = h.visitorId;
    n.siteKey = h.siteKey;
    n.device = h.device;
    n.lang = h.lang;
    n.referrer = h.referrer;
    n.identity = identity;
    n.connection = connection;
    ++m_connected;
    session::start(n, h.page, now);
    const Classification c = classify(n, now, m_thresholds);
    n.state = {c.state, now, c.evidence};
    m_sessions.emplace(n.id, std::move(owned));

    write(Stmt::UpsertVisitor, {n.visitorId, now, now}, n.id);
    write(Stmt::InsertSession,
          {n.id, n.number, n.visitorId, n.siteKey, now, now, toString(n.device), n.lang,
           n.referrer, json(n.identity.toJson()),
           nullable(n.identity.verified() ? n.identity.customerId : QString()),
           toString(n.state.name), now}, n.id);
    write(Stmt::InsertPageView,
          {n.id, 0, n.page.url, n.page.title, toString(n.page.kind), nullable(n.page.productId),
           nullable(n.page.categoryId), nullable(n.page.query), now}, n.id);
    schedule(n, now, c.nextCheckAt);

    Change arrive = makeChange(Change::Op::Arrive, n.id, now);
    arrive.visitor = n.snapshot();
    feedChange(std::move(arrive));

    out.sessionId = n.id;
    Welcome w;
    w.sessionId = n.id;
    w.identity = n.identity;
    w.serverTime = now;
    w.maxMessageBytes = m_options.maxMessageBytes;
    w.messagesPerSecond = m_options.messagesPerSecond;
    w.burst = m_options.burst;
    w.pingIntervalSeconds = m_options.pingIntervalSeconds;
    m_link->sendToVisitor(connection, encodeMessage(w));
    return out;
}

void SessionCore::visitorMessage(quint64 connection, const QString &sessionId, const Decoded &d)
{
    Session *s = findConnected(connection, sessionId);
    if (!s)
        return; // a socket that was replaced; its messages no longer count
    const qint64 now = m_clock->nowMs();
    s->lastMessageAt = now;
    if (const Ack *a = d.as<Ack>()) {
        if (a->upTo > s->visitorAckedSeq && a->upTo <= s->serverSeq) {
            s->visitorAckedSeq = a->upTo;
            while (!s->outbox.isEmpty() && s->outbox.first().seq <= s->visitorAckedSeq)
                s->outbox.removeFirst();
            markDirty(*s);
        }
        return;
    }
    if (d.as<Ping>())
        return;
    applyEvent(*s, d, now);
}

void SessionCore::applyEvent(Session &s, const Decoded &d, qint64 now)
{
    const EventHeader *h = std::visit(
            [](const auto &m) -> const EventHeader * {
                if constexpr (requires { m.h; })
                    return &m.h;
                else
                    return nullptr;
            },
            d.message);
    if (!h)
        return; // the gateway only passes events, acks and pings
    if (h->seq <= s.appliedSeq) {
        // Resent after a reconnect: applied once already. Acknowledge what is committed.
        ++m_duplicates;
        if (h->seq <= s.committedSeq && m_link)
            m_link->sendToVisitor(s.connection, encodeMessage(Ack{s.committedSeq}));
        return;
    }
    s.appliedSeq = h->seq;
    ++m_eventsApplied;
    write(Stmt::InsertEvent,
          {s.id, h->seq, messageName(d.type), now, nullable(h->t), QString::fromUtf8(encodeAny(d.message))}, s.id);

    auto change = [&](Change::Op op) { return makeChange(op, s.id, now); };
    switch (d.type) {
    case MessageType::PageView: {
        const PageView &p = *d.as<PageView>();
        const qint64 prevSeq = s.pageSeq;
        const qint64 prevVisible = s.visibleDwell(now);
        if (session::applyPage(s, p, now, m_thresholds)) {
            write(Stmt::ClosePageView, {now, prevVisible, s.id, prevSeq}, s.id);
            write(Stmt::InsertPageView,
                  {s.id, p.h.seq, s.page.url, s.page.title, toString(s.page.kind),
                   nullable(s.page.productId), nullable(s.page.categoryId),
                   nullable(s.page.query), now}, s.id);
            Change c = change(Change::Op::Page);
            c.page = s.page;
            c.prevVisibleMs = prevVisible;
            c.pageCount = s.pageCount;
            feedChange(std::move(c));
        } else {
            feedChange(change(Change::Op::Activity));
        }
        break;
    }
    case MessageType::ScrollEvent: {
        session::applyScroll(s, *d.as<ScrollEvent>(), now);
        Change c = change(Change::Op::Scroll);
        c.depth = s.scrollDepth;
        c.maxDepth = s.maxScrollDepth;
        feedChange(std::move(c));
        break;
    }
    case MessageType::InputEvent:
        session::applyInput(s, now);
        feedChange(change(Change::Op::Activity));
        break;
    case MessageType::ClickEvent:
        session::applyClick(s, *d.as<ClickEvent>(), now, m_thresholds);
        feedChange(change(Change::Op::Activity));
        break;
    case MessageType::VisibilityEvent:
        if (session::applyVisibility(s, d.as<VisibilityEvent>()->hidden, now)) {
            Change c = change(Change::Op::Visibility);
            c.hidden = s.hidden;
            c.visibleMs = s.visibleDwell(now);
            feedChange(std::move(c));
        } else {
            feedChange(change(Change::Op::Activity));
        }
        break;
    case MessageType::HelpEvent: {
        const HelpEvent &e = *d.as<HelpEvent>();
        session::touch(s, now);
        HelpRequest r;
        r.id = u"v%1"_s.arg(e.h.seq);
        r.sessionId = s.id;
        r.kind = e.kind;
        r.text = e.text;
        r.at = now;
        s.helps.append(r);
        write(Stmt::InsertHelp, {s.id, r.id, toString(r.kind), r.text, now}, s.id);
        Change c = change(Change::Op::Help);
        c.help = r;
        feedChange(std::move(c));
        break;
    }
    case MessageType::ChatEvent: {
        const ChatEvent &e = *d.as<ChatEvent>();
        session::touch(s, now);
        ChatMessage m;
        m.id = u"v%1"_s.arg(e.h.seq);
        m.sessionId = s.id;
        m.fromVisitor = true;
        m.text = e.text;
        m.at = now;
        s.chats.append(m);
        if (s.chats.size() > Session::MaxChats)
            s.chats.removeFirst();
        write(Stmt::InsertChat, {s.id, m.id, now, 1, QVariant(), QVariant(), m.text}, s.id);
        Change c = change(Change::Op::Chat);
        c.chat = m;
        feedChange(std::move(c));
        break;
    }
    case MessageType::OutcomeEvent:
        session::touch(s, now);
        feedChange(change(Change::Op::Activity));
        break;
    default:
        break;
    }
    m_acks[s.id] = s.appliedSeq;
    reclassify(s, now);
    markDirty(s);
}

void SessionCore::visitorDisconnected(quint64 connection, const QString &sessionId)
{
    Session *s = findConnected(connection, sessionId);
    if (!s)
        return;
    const qint64 now = m_clock->nowMs();
    s->connection = 0;
    --m_connected;
    s->disconnectedAt = now;
    Change c = makeChange(Change::Op::Connection, s->id, now);
    c.connected = false;
    feedChange(std::move(c));
    reclassify(*s, now);
    markDirty(*s);
}

// ------------------------------------------------------------------------------ behaviour

void SessionCore::reclassify(Session &s, qint64 now)
{
    const Classification c = classify(s, now, m_thresholds);
    if (c.state != s.state.name) {
        StateChange sc{now, s.state.name, c.state, c.evidence};
        s.states.append(sc);
        if (s.states.size() > Session::MaxStates)
            s.states.removeFirst();
        write(Stmt::InsertStateChange,
              {s.id, now, toString(sc.from), toString(sc.to), json(sc.evidence.toJson())}, s.id);
        Change ch = makeChange(Change::Op::State, s.id, now);
        ch.state = sc;
        feedChange(std::move(ch));
        s.state = {c.state, now, c.evidence};
        markDirty(s);
    } else if (c.state == BehaviourState::Frustrated && !(c.evidence == s.state.evidence)) {
        s.state.evidence = c.evidence; // a new signal while frustrated extends the hold
    }
    schedule(s, now, c.nextCheckAt);
}

void SessionCore::schedule(Session &s, qint64 now, qint64 classifyAt)
{
    qint64 at = classifyAt;
    auto consider = [&at, now](qint64 t) {
        if (t > now && (at == 0 || t < at))
            at = t;
    };
    if (!s.connected()) {
        if (s.listed)
            consider(s.disconnectedAt + m_options.goneLingerMs);
        consider(s.lastMessageAt + m_options.resumeWindowMs);
    }
    m_deadlines.schedule(s.id, at, &s.scheduledAt);
}

void SessionCore::processDeadlines()
{
    const qint64 now = m_clock->nowMs();
    m_deadlines.popDue(now, [this, now](const QString &key, qint64 at) {
        evaluateDeadline(key, at, now);
    });
}

void SessionCore::evaluateDeadline(const QString &key, qint64 at, qint64 now)
{
    Session *s = find(key);
    if (!s || s->scheduledAt != at)
        return; // stale entry
    s->scheduledAt = 0;
    if (!s->connected()) {
        if (now - s->lastMessageAt >= m_options.resumeWindowMs) {
            endSession(*s, now);
            return;
        }
        if (s->listed && now - s->disconnectedAt >= m_options.goneLingerMs) {
            s->listed = false;
            Change c = makeChange(Change::Op::Leave, s->id, now);
            feedChange(std::move(c));
        }
    }
    reclassify(*s, now);
}

void SessionCore::endSession(Session &s, qint64 now)
{
    DbOp op = updateSessionOp(s);
    op.args[1] = now; // ended_at
    m_ops.append(std::move(op));
    m_dirty.remove(s.id);
    requestFlush();
    if (s.listed) {
        Change c = makeChange(Change::Op::Leave, s.id, now);
        feedChange(std::move(c));
    }
    m_acks.remove(s.id);
    m_sessions.erase(s.id);
}

// ------------------------------------------------------------------------------ console

Snapshot SessionCore::snapshot()
{
    m_feed->flush(); // the snapshot then reflects exactly the deltas up to its revision
    Snapshot snap;
    snap.rev = m_feed->revision();
    snap.serverTime = m_clock->nowMs();
    snap.thresholds = m_thresholds;
    snap.visitors.reserve(qsizetype(m_sessions.size()));
    for (const auto &[id, s] : m_sessions) {
        if (s->listed)
            snap.visitors.append(s->snapshot());
    }
    std::sort(snap.visitors.begin(), snap.visitors.end(),
              [](const VisitorSnapshot &a, const VisitorSnapshot &b) { return a.number < b.number; });
    return snap;
}

Result SessionCore::chatSend(const Actor &actor, const ChatSend &cmd)
{
    Session *s = find(cmd.sessionId);
    if (!s)
        return fail(cmd.reqId, protocol::error::NotFound, u"no such visitor session"_s);
    if (!s->claimedBy.isNull() && s->claimedBy.user != actor.ref.user)
        return fail(cmd.reqId, protocol::error::ClaimedByOther,
                    u"%1 is talking to this visitor"_s.arg(s->claimedBy.name));
    const qint64 now = m_clock->nowMs();
    if (s->claimedBy.isNull())
        setClaim(*s, actor.ref, now);
    StaffChat msg;
    msg.seq = ++s->serverSeq;
    msg.id = u"s%1"_s.arg(msg.seq);
    msg.staff = actor.ref;
    msg.text = cmd.text;
    msg.at = now;
    const QByteArray frame = encodeMessage(msg);
    s->outbox.append({msg.seq, frame});
    ChatMessage m;
    m.id = msg.id;
    m.sessionId = s->id;
    m.fromVisitor = false;
    m.staff = actor.ref;
    m.text = cmd.text;
    m.at = now;
    s->chats.append(m);
    if (s->chats.size() > Session::MaxChats)
        s->chats.removeFirst();
    // Stored before it is sent: the send and the consoles' copy wait for the commit.
    write(Stmt::InsertOutbox, {s->id, msg.seq, now, u"staff_chat"_s, QString::fromUtf8(frame)}, s->id);
    write(Stmt::InsertChat, {s->id, m.id, now, 0, actor.ref.user, actor.ref.name, m.text}, s->id);
    m_sends.append({s->id, msg.seq});
    Change c = makeChange(Change::Op::Chat, s->id, now);
    c.chat = m;
    m_afterCommit.append(std::move(c));
    markDirty(*s);
    return ok(cmd.reqId, msg.id);
}

Result SessionCore::claim(const Actor &actor, const Claim &cmd)
{
    Session *s = find(cmd.sessionId);
    if (!s)
        return fail(cmd.reqId, protocol::error::NotFound, u"no such visitor session"_s);
    if (s->claimedBy.user == actor.ref.user)
        return ok(cmd.reqId);
    if (!s->claimedBy.isNull()) {
        if (!cmd.force)
            return fail(cmd.reqId, protocol::error::ClaimedByOther,
                        u"already claimed by %1"_s.arg(s->claimedBy.name));
        if (!actor.isAdmin())
            return fail(cmd.reqId, protocol::error::Forbidden,
                        u"taking over a claim needs the admin role"_s);
        audit(actor, u"claim_takeover"_s, s->id, {{u"from"_s, s->claimedBy.user}});
    }
    audit(actor, u"claim"_s, s->id, {});
    setClaim(*s, actor.ref, m_clock->nowMs());
    return ok(cmd.reqId);
}

Result SessionCore::release(const Actor &actor, const Release &cmd)
{
    Session *s = find(cmd.sessionId);
    if (!s)
        return fail(cmd.reqId, protocol::error::NotFound, u"no such visitor session"_s);
    if (s->claimedBy.isNull())
        return ok(cmd.reqId);
    if (s->claimedBy.user != actor.ref.user && !actor.isAdmin())
        return fail(cmd.reqId, protocol::error::ClaimedByOther,
                    u"claimed by %1"_s.arg(s->claimedBy.name));
    audit(actor, u"release"_s, s->id, {{u"claimedBy"_s, s->claimedBy.user}});
    setClaim(*s, {}, m_clock->nowMs());
    return ok(cmd.reqId);
}

Result SessionCore::helpResolve(const Actor &actor, const HelpResolve &cmd)
{
    Session *s = find(cmd.sessionId);
    if (!s)
        return fail(cmd.reqId, protocol::error::NotFound, u"no such visitor session"_s);
    for (HelpRequest &h : s->helps) {
        if (h.id != cmd.helpId)
            continue;
        if (h.resolvedAt != 0)
            return ok(cmd.reqId);
        h.resolvedAt = m_clock->nowMs();
        h.resolvedBy = actor.ref.user;
        write(Stmt::ResolveHelp, {h.resolvedAt, h.resolvedBy, s->id, h.id}, s->id);
        audit(actor, u"help_resolve"_s, s->id, {{u"helpId"_s, h.id}});
        Change c = makeChange(Change::Op::HelpResolved, s->id, h.resolvedAt);
        c.help = h;
        feedChange(std::move(c));
        return ok(cmd.reqId);
    }
    return fail(cmd.reqId, protocol::error::NotFound, u"no such help request"_s);
}

Result SessionCore::setThresholds(const Actor &actor, const ThresholdsSet &cmd)
{
    if (!actor.isAdmin())
        return fail(cmd.reqId, protocol::error::Forbidden,
                    u"changing thresholds needs the admin role"_s);
    JsonReader r(cmd.values);
    const Thresholds next = Thresholds::fromJson(r, m_thresholds, false);
    if (!r.ok())
        return fail(cmd.reqId, protocol::error::BadField, r.error());
    const qint64 now = m_clock->nowMs();
    QJsonObject changes;
    for (const ThresholdSpec &spec : thresholdSpecs()) {
        const int before = m_thresholds.value(spec.key);
        const int after = next.value(spec.key);
        if (before == after)
            continue;
        changes.insert(QLatin1String(spec.name), QJsonObject{{u"from"_s, before}, {u"to"_s, after}});
        write(Stmt::UpsertSetting, {QString(u"threshold."_s + QLatin1String(spec.name)),
                                    QString::number(after), now, actor.ref.user});
    }
    if (changes.isEmpty())
        return ok(cmd.reqId);
    audit(actor, u"thresholds_set"_s, u"thresholds"_s, changes);
    m_thresholds = next;
    m_thresholdsBy = actor.ref.user;
    m_thresholdsAt = now;
    // Applies to every live session at once, not just from their next event.
    for (auto &[id, s] : m_sessions)
        reclassify(*s, now);
    Change c;
    c.op = Change::Op::Thresholds;
    c.at = now;
    c.thresholds = m_thresholds;
    c.by = actor.ref.user;
    feedChange(std::move(c));
    return ok(cmd.reqId);
}

ThresholdsInfo SessionCore::thresholdsInfo() const
{
    ThresholdsInfo t;
    t.values = m_thresholds;
    t.updatedBy = m_thresholdsBy;
    t.updatedAt = m_thresholdsAt;
    return t;
}

std::optional<History> SessionCore::history(const QString &sessionId) const
{
    const Session *s = session(sessionId);
    if (!s)
        return std::nullopt;
    History h;
    h.sessionId = s->id;
    h.trail = s->trail;
    h.states = s->states;
    h.chats = s->chats;
    h.helps = s->helps;
    return h;
}

void SessionCore::audit(const Actor &actor, const QString &action, const QString &target,
                        const QJsonObject &details)
{
    write(Stmt::InsertAudit,
          {m_clock->nowMs(), actor.ref.user, action, target, json(details), actor.address});
}

std::array<int, 8> SessionCore::stateCounts() const
{
    std::array<int, 8> counts{};
    for (const auto &[id, s] : m_sessions) {
        if (s->listed)
            ++counts[std::size_t(s->state.name)];
    }
    return counts;
}

} // namespace fw

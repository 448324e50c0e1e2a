#include "messages.h"

#include "protocol.h"

using namespace Qt::StringLiterals;

namespace fw {

namespace {

constexpr qint64 MaxReqId = limits::MaxSeq;

void putIf(QJsonObject &o, QLatin1String key, const QString &v)
{
    if (!v.isEmpty())
        o.insert(key, v);
}

void putIf(QJsonObject &o, QLatin1String key, qint64 v)
{
    if (v != 0)
        o.insert(key, double(v));
}

QString requiredText(JsonReader &r, QLatin1String key)
{
    const QString text = r.string(key, Need::Required, limits::TextLength, 1);
    if (r.ok() && text.trimmed().isEmpty())
        r.fail(key, u"must not be blank"_s);
    return text;
}

qint64 readReqId(JsonReader &r) { return r.integer("reqId"_L1, Need::Required, 1, MaxReqId); }

QString sessionIdField(JsonReader &r)
{
    return r.string("sessionId"_L1, Need::Required, limits::IdLength, 1);
}

int versionField(JsonReader &r)
{
    return int(r.integer("v"_L1, Need::Required, 1, 1000000));
}

} // namespace

// ---------------------------------------------------------------- visitor <-> server

QJsonObject Hello::toJson() const
{
    QJsonObject o{{u"v"_s, version},
                  {u"siteKey"_s, siteKey},
                  {u"visitorId"_s, visitorId},
                  {u"page"_s, page.toJson()},
                  {u"device"_s, fw::toString(device)}};
    putIf(o, "resumeSessionId"_L1, resumeSessionId);
    putIf(o, "ackedUpTo"_L1, ackedUpTo);
    putIf(o, "referrer"_L1, referrer);
    putIf(o, "lang"_L1, lang);
    putIf(o, "identityToken"_L1, identityToken);
    putIf(o, "client"_L1, client);
    return o;
}

Hello Hello::fromJson(JsonReader &r)
{
    Hello h;
    h.version = versionField(r);
    h.siteKey = r.string("siteKey"_L1, Need::Required, limits::IdLength, 1);
    if (r.ok() && !isValidSiteKey(h.siteKey))
        r.fail("siteKey"_L1, u"may only contain letters, digits, '.', '_' and '-'"_s);
    h.visitorId = r.string("visitorId"_L1, Need::Required, limits::IdLength, 8);
    if (r.ok() && !isValidVisitorId(h.visitorId))
        r.fail("visitorId"_L1, u"may only contain letters, digits, '_' and '-'"_s);
    h.resumeSessionId = r.string("resumeSessionId"_L1, Need::Optional, limits::IdLength);
    h.ackedUpTo = r.integer("ackedUpTo"_L1, Need::Optional, 0, limits::MaxSeq);
    h.page = objectFromJson<PageInfo>(r, "page"_L1, Need::Required);
    h.referrer = r.string("referrer"_L1, Need::Optional, limits::UrlLength);
    h.device = r.enumValue("device"_L1, Need::Optional, DeviceKindNames, DeviceKind::Other);
    h.lang = r.string("lang"_L1, Need::Optional, limits::LangLength);
    h.identityToken = r.string("identityToken"_L1, Need::Optional, limits::TokenLength);
    h.client = r.string("client"_L1, Need::Optional, limits::ClientLength);
    return h;
}

QJsonObject Welcome::toJson() const
{
    return {{u"v"_s, version},
            {u"sessionId"_s, sessionId},
            {u"resumed"_s, resumed},
            {u"ackedUpTo"_s, double(ackedUpTo)},
            {u"identity"_s, identity.toJson()},
            {u"serverTime"_s, double(serverTime)},
            {u"limits"_s,
             QJsonObject{{u"maxMessageBytes"_s, maxMessageBytes},
                         {u"messagesPerSecond"_s, messagesPerSecond},
                         {u"burst"_s, burst}}},
            {u"pingIntervalSeconds"_s, pingIntervalSeconds}};
}

Welcome Welcome::fromJson(JsonReader &r)
{
    Welcome w;
    w.version = versionField(r);
    w.sessionId = sessionIdField(r);
    w.resumed = r.boolean("resumed"_L1, Need::Required);
    w.ackedUpTo = r.integer("ackedUpTo"_L1, Need::Required, 0, limits::MaxSeq);
    w.identity = objectFromJson<Identity>(r, "identity"_L1, Need::Required);
    w.serverTime = r.integer("serverTime"_L1, Need::Required, 0, limits::MaxTime);
    JsonReader l = r.child("limits"_L1, r.object("limits"_L1, Need::Required));
    w.maxMessageBytes = int(l.integer("maxMessageBytes"_L1, Need::Required, 1, 1 << 30));
    w.messagesPerSecond = int(l.integer("messagesPerSecond"_L1, Need::Required, 1, 1000000));
    w.burst = int(l.integer("burst"_L1, Need::Required, 1, 1000000));
    r.adopt(l);
    w.pingIntervalSeconds = int(r.integer("pingIntervalSeconds"_L1, Need::Required, 1, 3600));
    return w;
}

QJsonObject Ack::toJson() const { return {{u"upTo"_s, double(upTo)}}; }

Ack Ack::fromJson(JsonReader &r)
{
    return {r.integer("upTo"_L1, Need::Required, 0, limits::MaxSeq)};
}

void EventHeader::write(QJsonObject &o) const
{
    o.insert("seq"_L1, double(seq));
    putIf(o, "t"_L1, t);
}

void EventHeader::read(JsonReader &r)
{
    seq = r.integer("seq"_L1, Need::Required, 1, limits::MaxSeq);
    t = r.integer("t"_L1, Need::Optional, 0, limits::MaxTime);
}

QJsonObject PageView::toJson() const
{
    QJsonObject o{{u"page"_s, page.toJson()}, {u"nav"_s, enumName(nav, NavigationNames)}};
    h.write(o);
    return o;
}

PageView PageView::fromJson(JsonReader &r)
{
    PageView p;
    p.h.read(r);
    p.page = objectFromJson<PageInfo>(r, "page"_L1, Need::Required);
    p.nav = r.enumValue("nav"_L1, Need::Optional, NavigationNames, Navigation::Load);
    return p;
}

QJsonObject ScrollEvent::toJson() const
{
    QJsonObject o{{u"depth"_s, depth}, {u"y"_s, y}};
    h.write(o);
    return o;
}

ScrollEvent ScrollEvent::fromJson(JsonReader &r)
{
    ScrollEvent s;
    s.h.read(r);
    s.depth = int(r.integer("depth"_L1, Need::Required, 0, 100));
    s.y = int(r.integer("y"_L1, Need::Optional, 0, 100000000));
    return s;
}

QJsonObject InputEvent::toJson() const
{
    QJsonObject o{{u"kind"_s, fw::toString(kind)}, {u"count"_s, count}};
    h.write(o);
    return o;
}

InputEvent InputEvent::fromJson(JsonReader &r)
{
    InputEvent e;
    e.h.read(r);
    e.kind = r.enumValue("kind"_L1, Need::Required, InputKindNames, InputKind::Key);
    e.count = int(r.integer("count"_L1, Need::Optional, 1, 100000, 1));
    return e;
}

QJsonObject VisibilityEvent::toJson() const
{
    QJsonObject o{{u"hidden"_s, hidden}};
    h.write(o);
    return o;
}

VisibilityEvent VisibilityEvent::fromJson(JsonReader &r)
{
    VisibilityEvent e;
    e.h.read(r);
    e.hidden = r.boolean("hidden"_L1, Need::Required);
    return e;
}

QJsonObject ClickEvent::toJson() const
{
    QJsonObject o{{u"x"_s, x}, {u"y"_s, y}};
    putIf(o, "target"_L1, target);
    h.write(o);
    return o;
}

ClickEvent ClickEvent::fromJson(JsonReader &r)
{
    ClickEvent c;
    c.h.read(r);
    c.x = int(r.integer("x"_L1, Need::Required, 0, 100000));
    c.y = int(r.integer("y"_L1, Need::Required, 0, 100000));
    c.target = r.string("target"_L1, Need::Optional, limits::TargetLength);
    return c;
}

QJsonObject HelpEvent::toJson() const
{
    QJsonObject o{{u"kind"_s, fw::toString(kind)}, {u"text"_s, text}};
    h.write(o);
    return o;
}

HelpEvent HelpEvent::fromJson(JsonReader &r)
{
    HelpEvent e;
    e.h.read(r);
    e.kind = r.enumValue("kind"_L1, Need::Required, HelpKindNames, HelpKind::Request);
    e.text = requiredText(r, "text"_L1);
    return e;
}

QJsonObject ChatEvent::toJson() const
{
    QJsonObject o{{u"text"_s, text}};
    h.write(o);
    return o;
}

ChatEvent ChatEvent::fromJson(JsonReader &r)
{
    ChatEvent e;
    e.h.read(r);
    e.text = requiredText(r, "text"_L1);
    return e;
}

QJsonObject OutcomeEvent::toJson() const
{
    QJsonObject o{{u"ref"_s, double(ref)}, {u"outcome"_s, fw::toString(outcome)}};
    h.write(o);
    return o;
}

OutcomeEvent OutcomeEvent::fromJson(JsonReader &r)
{
    OutcomeEvent e;
    e.h.read(r);
    e.ref = r.integer("ref"_L1, Need::Required, 1, limits::MaxSeq);
    e.outcome = r.enumValue("outcome"_L1, Need::Required, OutcomeNames, Outcome::Shown);
    return e;
}

QJsonObject Ping::toJson() const
{
    QJsonObject o;
    putIf(o, "t"_L1, t);
    return o;
}

Ping Ping::fromJson(JsonReader &r) { return {r.integer("t"_L1, Need::Optional, 0, limits::MaxTime)}; }

QJsonObject StaffChat::toJson() const
{
    return {{u"seq"_s, double(seq)},
            {u"id"_s, id},
            {u"staff"_s, staff.toJson()},
            {u"text"_s, text},
            {u"at"_s, double(at)}};
}

StaffChat StaffChat::fromJson(JsonReader &r)
{
    StaffChat c;
    c.seq = r.integer("seq"_L1, Need::Required, 1, limits::MaxSeq);
    c.id = r.string("id"_L1, Need::Required, limits::IdLength, 1);
    c.staff = objectFromJson<StaffRef>(r, "staff"_L1, Need::Required);
    c.text = r.string("text"_L1, Need::Required, limits::TextLength, 1);
    c.at = r.integer("at"_L1, Need::Required, 0, limits::MaxTime);
    return c;
}

QJsonObject Error::toJson() const
{
    QJsonObject o{{u"code"_s, error.code}, {u"message"_s, error.message}};
    putIf(o, "about"_L1, about);
    putIf(o, "seq"_L1, seq);
    return o;
}

Error Error::fromJson(JsonReader &r)
{
    Error e;
    e.error = ErrorInfo::fromJson(r);
    e.about = r.string("about"_L1, Need::Optional, 32);
    e.seq = r.integer("seq"_L1, Need::Optional, 0, limits::MaxSeq);
    return e;
}

// ---------------------------------------------------------------- console <-> server

QJsonObject Login::toJson() const
{
    QJsonObject o{{u"v"_s, version}};
    putIf(o, "user"_L1, user);
    putIf(o, "password"_L1, password);
    putIf(o, "token"_L1, token);
    putIf(o, "client"_L1, client);
    putIf(o, "lastRevision"_L1, lastRevision);
    return o;
}

Login Login::fromJson(JsonReader &r)
{
    Login l;
    l.version = versionField(r);
    l.token = r.string("token"_L1, Need::Optional, 128);
    const Need credentials = l.token.isEmpty() ? Need::Required : Need::Optional;
    l.user = r.string("user"_L1, credentials, limits::UserNameLength);
    l.password = r.string("password"_L1, credentials, limits::PasswordLength);
    l.client = r.string("client"_L1, Need::Optional, limits::ClientLength);
    l.lastRevision = r.integer("lastRevision"_L1, Need::Optional, 0, limits::MaxSeq);
    return l;
}

QJsonObject LoginOk::toJson() const
{
    return {{u"v"_s, version},
            {u"account"_s, account.toJson()},
            {u"token"_s, token},
            {u"tokenExpiresAt"_s, double(tokenExpiresAt)},
            {u"serverVersion"_s, serverVersion},
            {u"serverTime"_s, double(serverTime)}};
}

LoginOk LoginOk::fromJson(JsonReader &r)
{
    LoginOk l;
    l.version = versionField(r);
    l.account = objectFromJson<StaffAccount>(r, "account"_L1, Need::Required);
    l.token = r.string("token"_L1, Need::Required, 128, 1);
    l.tokenExpiresAt = r.integer("tokenExpiresAt"_L1, Need::Required, 0, limits::MaxTime);
    l.serverVersion = r.string("serverVersion"_L1, Need::Optional, 64);
    l.serverTime = r.integer("serverTime"_L1, Need::Required, 0, limits::MaxTime);
    return l;
}

QJsonObject LoginFailed::toJson() const
{
    QJsonObject o{{u"reason"_s, reason}};
    putIf(o, "retryAfterMs"_L1, retryAfterMs);
    if (minVersion > 0) {
        o.insert("minVersion"_L1, minVersion);
        o.insert("maxVersion"_L1, maxVersion);
    }
    return o;
}

LoginFailed LoginFailed::fromJson(JsonReader &r)
{
    LoginFailed l;
    l.reason = r.string("reason"_L1, Need::Required, 64, 1);
    l.retryAfterMs = r.integer("retryAfterMs"_L1, Need::Optional, 0, 86400000);
    l.minVersion = int(r.integer("minVersion"_L1, Need::Optional, 0, 1000000));
    l.maxVersion = int(r.integer("maxVersion"_L1, Need::Optional, 0, 1000000));
    return l;
}

QJsonObject Snapshot::toJson() const
{
    return {{u"rev"_s, double(rev)},
            {u"serverTime"_s, double(serverTime)},
            {u"visitors"_s, toJsonArray(visitors)},
            {u"thresholds"_s, thresholds.toJson()}};
}

Snapshot Snapshot::fromJson(JsonReader &r)
{
    Snapshot s;
    s.rev = r.integer("rev"_L1, Need::Required, 0, limits::MaxSeq);
    s.serverTime = r.integer("serverTime"_L1, Need::Required, 0, limits::MaxTime);
    s.visitors = listFromJson<VisitorSnapshot>(r, "visitors"_L1, Need::Required, 1000000);
    JsonReader t = r.child("thresholds"_L1, r.object("thresholds"_L1, Need::Required));
    s.thresholds = Thresholds::fromJson(t, Thresholds(), true);
    r.adopt(t);
    return s;
}

QJsonObject Change::toJson() const
{
    QJsonObject o{{u"op"_s, enumName(op, ChangeOpNames)}};
    auto withId = [&] {
        o.insert("id"_L1, id);
        o.insert("at"_L1, double(at));
    };
    switch (op) {
    case Op::Arrive:
        o.insert("visitor"_L1, visitor.toJson());
        o.insert("returning"_L1, returning);
        break;
    case Op::Leave:
    case Op::Activity:
        withId();
        break;
    case Op::Page:
        withId();
        o.insert("page"_L1, page.toJson());
        o.insert("prevVisibleMs"_L1, double(prevVisibleMs));
        o.insert("pageCount"_L1, pageCount);
        break;
    case Op::Scroll:
        withId();
        o.insert("depth"_L1, depth);
        o.insert("maxDepth"_L1, maxDepth);
        break;
    case Op::Visibility:
        withId();
        o.insert("hidden"_L1, hidden);
        o.insert("visibleMs"_L1, double(visibleMs));
        break;
    case Op::State:
        withId();
        o.insert("from"_L1, fw::toString(state.from));
        o.insert("to"_L1, fw::toString(state.to));
        o.insert("evidence"_L1, state.evidence.toJson());
        break;
    case Op::Connection:
        withId();
        o.insert("connected"_L1, connected);
        break;
    case Op::Claim:
        withId();
        o.insert("claimedBy"_L1,
                 claimedBy.isNull() ? QJsonValue() : QJsonValue(claimedBy.toJson()));
        break;
    case Op::Help:
        o.insert("request"_L1, help.toJson());
        break;
    case Op::HelpResolved:
        o.insert("request"_L1, help.toJson());
        break;
    case Op::Chat:
        o.insert("message"_L1, chat.toJson());
        break;
    case Op::Identity:
        withId();
        o.insert("identity"_L1, identity.toJson());
        break;
    case Op::Thresholds:
        o.insert("values"_L1, thresholds.toJson());
        o.insert("by"_L1, by);
        o.insert("at"_L1, double(at));
        break;
    }
    return o;
}

Change Change::fromJson(JsonReader &r)
{
    Change c;
    c.op = r.enumValue("op"_L1, Need::Required, ChangeOpNames, Op::Activity);
    if (!r.ok())
        return c;
    auto readId = [&] {
        c.id = r.string("id"_L1, Need::Required, limits::IdLength, 1);
        c.at = r.integer("at"_L1, Need::Required, 0, limits::MaxTime);
    };
    switch (c.op) {
    case Op::Arrive:
        c.visitor = objectFromJson<VisitorSnapshot>(r, "visitor"_L1, Need::Required);
        c.returning = r.boolean("returning"_L1, Need::Optional);
        c.id = c.visitor.id;
        c.at = c.visitor.startedAt;
        break;
    case Op::Leave:
    case Op::Activity:
        readId();
        break;
    case Op::Page:
        readId();
        c.page = objectFromJson<PageInfo>(r, "page"_L1, Need::Required);
        c.prevVisibleMs = r.integer("prevVisibleMs"_L1, Need::Required, 0, limits::MaxTime);
        c.pageCount = int(r.integer("pageCount"_L1, Need::Required, 0, 1000000000));
        break;
    case Op::Scroll:
        readId();
        c.depth = int(r.integer("depth"_L1, Need::Required, 0, 100));
        c.maxDepth = int(r.integer("maxDepth"_L1, Need::Required, 0, 100));
        break;
    case Op::Visibility:
        readId();
        c.hidden = r.boolean("hidden"_L1, Need::Required);
        c.visibleMs = r.integer("visibleMs"_L1, Need::Required, 0, limits::MaxTime);
        break;
    case Op::State:
        readId();
        c.state.at = c.at;
        c.state.from = r.enumValue("from"_L1, Need::Required, BehaviourStateNames,
                                   BehaviourState::Active);
        c.state.to = r.enumValue("to"_L1, Need::Required, BehaviourStateNames,
                                 BehaviourState::Active);
        c.state.evidence = objectFromJson<Evidence>(r, "evidence"_L1, Need::Optional);
        break;
    case Op::Connection:
        readId();
        c.connected = r.boolean("connected"_L1, Need::Required);
        break;
    case Op::Claim:
        readId();
        if (r.has("claimedBy"_L1))
            c.claimedBy = objectFromJson<StaffRef>(r, "claimedBy"_L1, Need::Optional);
        break;
    case Op::Help:
    case Op::HelpResolved:
        c.help = objectFromJson<HelpRequest>(r, "request"_L1, Need::Required);
        c.id = c.help.sessionId;
        c.at = c.op == Op::Help ? c.help.at : c.help.resolvedAt;
        break;
    case Op::Chat:
        c.chat = objectFromJson<ChatMessage>(r, "message"_L1, Need::Required);
        c.id = c.chat.sessionId;
        c.at = c.chat.at;
        break;
    case Op::Identity:
        readId();
        c.identity = objectFromJson<fw::Identity>(r, "identity"_L1, Need::Required);
        break;
    case Op::Thresholds: {
        JsonReader t = r.child("values"_L1, r.object("values"_L1, Need::Required));
        c.thresholds = fw::Thresholds::fromJson(t, fw::Thresholds(), true);
        r.adopt(t);
        c.by = r.string("by"_L1, Need::Optional, limits::UserNameLength);
        c.at = r.integer("at"_L1, Need::Required, 0, limits::MaxTime);
        break;
    }
    }
    return c;
}

QJsonObject Delta::toJson() const
{
    return {{u"rev"_s, double(rev)},
            {u"base"_s, double(base)},
            {u"serverTime"_s, double(serverTime)},
            {u"changes"_s, toJsonArray(changes)}};
}

Delta Delta::fromJson(JsonReader &r)
{
    Delta d;
    d.rev = r.integer("rev"_L1, Need::Required, 1, limits::MaxSeq);
    d.base = r.integer("base"_L1, Need::Required, 0, limits::MaxSeq);
    d.serverTime = r.integer("serverTime"_L1, Need::Required, 0, limits::MaxTime);
    d.changes = listFromJson<Change>(r, "changes"_L1, Need::Required, 10000000);
    return d;
}

QJsonObject ChatSend::toJson() const
{
    return {{u"reqId"_s, double(reqId)}, {u"sessionId"_s, sessionId}, {u"text"_s, text}};
}

ChatSend ChatSend::fromJson(JsonReader &r)
{
    ChatSend c;
    c.reqId = readReqId(r);
    c.sessionId = sessionIdField(r);
    c.text = requiredText(r, "text"_L1);
    return c;
}

QJsonObject Claim::toJson() const
{
    QJsonObject o{{u"reqId"_s, double(reqId)}, {u"sessionId"_s, sessionId}};
    if (force)
        o.insert("force"_L1, true);
    return o;
}

Claim Claim::fromJson(JsonReader &r)
{
    Claim c;
    c.reqId = readReqId(r);
    c.sessionId = sessionIdField(r);
    c.force = r.boolean("force"_L1, Need::Optional);
    return c;
}

QJsonObject Release::toJson() const
{
    return {{u"reqId"_s, double(reqId)}, {u"sessionId"_s, sessionId}};
}

Release Release::fromJson(JsonReader &r)
{
    Release c;
    c.reqId = readReqId(r);
    c.sessionId = sessionIdField(r);
    return c;
}

QJsonObject ThresholdsGet::toJson() const { return {{u"reqId"_s, double(reqId)}}; }
ThresholdsGet ThresholdsGet::fromJson(JsonReader &r) { return {readReqId(r)}; }

QJsonObject ThresholdsSet::toJson() const
{
    return {{u"reqId"_s, double(reqId)}, {u"values"_s, values}};
}

ThresholdsSet ThresholdsSet::fromJson(JsonReader &r)
{
    ThresholdsSet s;
    s.reqId = readReqId(r);
    s.values = r.object("values"_L1, Need::Required);
    if (r.ok()) {
        // Validate names and ranges here so a bad request never reaches the core.
        JsonReader v = r.child("values"_L1, s.values);
        Thresholds::fromJson(v, Thresholds(), false);
        r.adopt(v);
        if (r.ok() && s.values.isEmpty())
            r.fail("values"_L1, u"must name at least one threshold"_s);
    }
    return s;
}

QJsonObject ThresholdsInfo::toJson() const
{
    QJsonObject o{{u"values"_s, values.toJson()}};
    putIf(o, "reqId"_L1, reqId);
    putIf(o, "updatedBy"_L1, updatedBy);
    putIf(o, "updatedAt"_L1, updatedAt);
    return o;
}

ThresholdsInfo ThresholdsInfo::fromJson(JsonReader &r)
{
    ThresholdsInfo t;
    t.reqId = r.integer("reqId"_L1, Need::Optional, 0, MaxReqId);
    JsonReader v = r.child("values"_L1, r.object("values"_L1, Need::Required));
    t.values = Thresholds::fromJson(v, Thresholds(), true);
    r.adopt(v);
    t.updatedBy = r.string("updatedBy"_L1, Need::Optional, limits::UserNameLength);
    t.updatedAt = r.integer("updatedAt"_L1, Need::Optional, 0, limits::MaxTime);
    return t;
}

QJsonObject HistoryGet::toJson() const
{
    return {{u"reqId"_s, double(reqId)}, {u"sessionId"_s, sessionId}};
}

HistoryGet HistoryGet::fromJson(JsonReader &r)
{
    HistoryGet h;
    h.reqId = readReqId(r);
    h.sessionId = sessionIdField(r);
    return h;
}

QJsonObject History::toJson() const
{
    return {{u"reqId"_s, double(reqId)},
            {u"sessionId"_s, sessionId},
            {u"trail"_s, toJsonArray(trail)},
            {u"states"_s, toJsonArray(states)},
            {u"chats"_s, toJsonArray(chats)},
            {u"helps"_s, toJsonArray(helps)}};
}

History History::fromJson(JsonReader &r)
{
    History h;
    h.reqId = readReqId(r);
    h.sessionId = sessionIdField(r);
    h.trail = listFromJson<TrailEntry>(r, "trail"_L1, Need::Required, 100000);
    h.states = listFromJson<StateChange>(r, "states"_L1, Need::Required, 100000);
    h.chats = listFromJson<ChatMessage>(r, "chats"_L1, Need::Required, 100000);
    h.helps = listFromJson<HelpRequest>(r, "helps"_L1, Need::Required, 100000);
    return h;
}

QJsonObject HelpResolve::toJson() const
{
    return {{u"reqId"_s, double(reqId)}, {u"sessionId"_s, sessionId}, {u"helpId"_s, helpId}};
}

HelpResolve HelpResolve::fromJson(JsonReader &r)
{
    HelpResolve h;
    h.reqId = readReqId(r);
    h.sessionId = sessionIdField(r);
    h.helpId = r.string("helpId"_L1, Need::Required, limits::IdLength, 1);
    return h;
}

QJsonObject StaffList::toJson() const { return {{u"reqId"_s, double(reqId)}}; }
StaffList StaffList::fromJson(JsonReader &r) { return {readReqId(r)}; }

QJsonObject StaffAccounts::toJson() const
{
    return {{u"reqId"_s, double(reqId)}, {u"accounts"_s, toJsonArray(accounts)}};
}

StaffAccounts StaffAccounts::fromJson(JsonReader &r)
{
    StaffAccounts s;
    s.reqId = readReqId(r);
    s.accounts = listFromJson<StaffAccount>(r, "accounts"_L1, Need::Required, 100000);
    return s;
}

namespace {
QString passwordField(JsonReader &r, Need need)
{
    const QString p = r.string("password"_L1, need, limits::PasswordLength);
    if (r.ok() && r.has("password"_L1) && p.size() < limits::PasswordMinLength)
        r.fail("password"_L1,
               u"too short (at least %1 characters)"_s.arg(limits::PasswordMinLength));
    return p;
}

QString userNameField(JsonReader &r)
{
    const QString n = r.string("name"_L1, Need::Required, limits::UserNameLength, 1);
    if (r.ok() && !isValidUserName(n))
        r.fail("name"_L1, u"2-64 letters, digits, '.', '_' or '-'"_s);
    return n;
}
} // namespace

QJsonObject StaffAdd::toJson() const
{
    return {{u"reqId"_s, double(reqId)},
            {u"name"_s, name},
            {u"displayName"_s, displayName},
            {u"role"_s, fw::toString(role)},
            {u"password"_s, password}};
}

StaffAdd StaffAdd::fromJson(JsonReader &r)
{
    StaffAdd s;
    s.reqId = readReqId(r);
    s.name = userNameField(r);
    s.displayName = r.string("displayName"_L1, Need::Optional, limits::DisplayNameLength);
    s.role = r.enumValue("role"_L1, Need::Required, RoleNames, Role::Staff);
    s.password = passwordField(r, Need::Required);
    return s;
}

QJsonObject StaffUpdate::toJson() const
{
    QJsonObject o{{u"reqId"_s, double(reqId)}, {u"name"_s, name}};
    if (displayName)
        o.insert("displayName"_L1, *displayName);
    if (role)
        o.insert("role"_L1, fw::toString(*role));
    if (disabled)
        o.insert("disabled"_L1, *disabled);
    if (password)
        o.insert("password"_L1, *password);
    return o;
}

StaffUpdate StaffUpdate::fromJson(JsonReader &r)
{
    StaffUpdate s;
    s.reqId = readReqId(r);
    s.name = userNameField(r);
    if (r.has("displayName"_L1))
        s.displayName = r.string("displayName"_L1, Need::Required, limits::DisplayNameLength);
    if (r.has("role"_L1))
        s.role = r.enumValue("role"_L1, Need::Required, RoleNames, Role::Staff);
    if (r.has("disabled"_L1))
        s.disabled = r.boolean("disabled"_L1, Need::Required);
    if (r.has("password"_L1))
        s.password = passwordField(r, Need::Required);
    if (r.ok() && !s.displayName && !s.role && !s.disabled && !s.password)
        r.failHere(u"nothing to change"_s);
    return s;
}

QJsonObject Result::toJson() const
{
    QJsonObject o{{u"reqId"_s, double(reqId)}, {u"ok"_s, ok}};
    if (!ok)
        o.insert("error"_L1, error.toJson());
    putIf(o, "id"_L1, id);
    return o;
}

Result Result::fromJson(JsonReader &r)
{
    Result res;
    res.reqId = readReqId(r);
    res.ok = r.boolean("ok"_L1, Need::Required);
    if (!res.ok)
        res.error = objectFromJson<ErrorInfo>(r, "error"_L1, Need::Required);
    res.id = r.string("id"_L1, Need::Optional, limits::IdLength);
    return res;
}

QJsonObject Pong::toJson() const
{
    QJsonObject o{{u"serverTime"_s, double(serverTime)}};
    putIf(o, "t"_L1, t);
    return o;
}

Pong Pong::fromJson(JsonReader &r)
{
    Pong p;
    p.t = r.integer("t"_L1, Need::Optional, 0, limits::MaxTime);
    p.serverTime = r.integer("serverTime"_L1, Need::Required, 0, limits::MaxTime);
    return p;
}

} // namespace fw

#include "protocoltypes.h"

#include <QRegularExpression>
#include <QUrl>

using namespace Qt::StringLiterals;

namespace fw {

namespace {

void putString(QJsonObject &o, QLatin1String key, const QString &value)
{
    if (!value.isEmpty())
        o.insert(key, value);
}

void putTime(QJsonObject &o, QLatin1String key, qint64 value)
{
    if (value != 0)
        o.insert(key, double(value));
}

bool matchesIdPattern(const QString &s, int min, int max, bool allowDot)
{
    if (s.size() < min || s.size() > max)
        return false;
    for (const QChar c : s) {
        const char16_t u = c.unicode();
        const bool ok = (u >= 'a' && u <= 'z') || (u >= 'A' && u <= 'Z') || (u >= '0' && u <= '9')
                || u == '_' || u == '-' || (allowDot && u == '.');
        if (!ok)
            return false;
    }
    return true;
}

} // namespace

bool isValidVisitorId(const QString &id) { return matchesIdPattern(id, 8, limits::IdLength, false); }
bool isValidSiteKey(const QString &key) { return matchesIdPattern(key, 1, limits::IdLength, true); }
bool isValidUserName(const QString &name)
{
    return matchesIdPattern(name, 2, limits::UserNameLength, true);
}

bool isHttpUrl(const QString &url)
{
    const QUrl u(url, QUrl::StrictMode);
    return u.isValid() && (u.scheme() == "http"_L1 || u.scheme() == "https"_L1)
            && !u.host().isEmpty();
}

QJsonObject PageInfo::toJson() const
{
    QJsonObject o{{u"url"_s, url}, {u"kind"_s, fw::toString(kind)}};
    putString(o, "title"_L1, title);
    putString(o, "productId"_L1, productId);
    putString(o, "categoryId"_L1, categoryId);
    putString(o, "query"_L1, query);
    return o;
}

PageInfo PageInfo::fromJson(JsonReader &r)
{
    PageInfo p;
    p.url = r.string("url"_L1, Need::Required, limits::UrlLength, 1);
    if (r.ok() && !isHttpUrl(p.url))
        r.fail("url"_L1, u"must be an absolute http or https URL"_s);
    p.title = r.string("title"_L1, Need::Optional, limits::TitleLength);
    p.kind = r.enumValue("kind"_L1, Need::Optional, PageKindNames, PageKind::Other);
    p.productId = r.string("productId"_L1, Need::Optional, limits::IdLength);
    p.categoryId = r.string("categoryId"_L1, Need::Optional, limits::IdLength);
    p.query = r.string("query"_L1, Need::Optional, limits::QueryLength);
    return p;
}

QJsonObject PurchaseSummary::toJson() const
{
    QJsonObject o{{u"orders"_s, orders}, {u"total"_s, total}};
    putString(o, "currency"_L1, currency);
    putTime(o, "lastOrderAt"_L1, lastOrderAt);
    return o;
}

PurchaseSummary PurchaseSummary::fromJson(JsonReader &r)
{
    PurchaseSummary p;
    p.orders = int(r.integer("orders"_L1, Need::Optional, 0, 1000000));
    p.total = r.number("total"_L1, Need::Optional, 0, 1e15);
    p.currency = r.string("currency"_L1, Need::Optional, 3);
    p.lastOrderAt = r.integer("lastOrderAt"_L1, Need::Optional, 0, limits::MaxTime);
    return p;
}

QJsonObject Identity::toJson() const
{
    QJsonObject o{{u"status"_s, fw::toString(status)}};
    if (verified()) {
        o.insert("customerId"_L1, customerId);
        if (age >= 0)
            o.insert("age"_L1, age);
        putString(o, "gender"_L1, gender);
        o.insert("purchases"_L1, purchases.toJson());
    }
    putString(o, "tokenError"_L1, tokenError);
    return o;
}

Identity Identity::fromJson(JsonReader &r)
{
    Identity id;
    id.status = r.enumValue("status"_L1, Need::Required, IdentityStatusNames,
                            IdentityStatus::Anonymous);
    id.customerId = r.string("customerId"_L1,
                             id.verified() ? Need::Required : Need::Optional, limits::IdLength);
    id.age = int(r.integer("age"_L1, Need::Optional, 0, 150, -1));
    id.gender = r.string("gender"_L1, Need::Optional, 16);
    id.purchases = objectFromJson<PurchaseSummary>(r, "purchases"_L1, Need::Optional);
    id.tokenError = r.string("tokenError"_L1, Need::Optional, 64);
    return id;
}

QJsonObject Evidence::toJson() const
{
    QJsonObject o{{u"code"_s, code}, {u"text"_s, text}};
    if (!values.isEmpty())
        o.insert("values"_L1, values);
    return o;
}

Evidence Evidence::fromJson(JsonReader &r)
{
    Evidence e;
    e.code = r.string("code"_L1, Need::Optional, 64);
    e.text = r.string("text"_L1, Need::Optional, 500);
    e.values = r.object("values"_L1, Need::Optional);
    if (e.values.size() > 16)
        r.fail("values"_L1, u"too many values"_s);
    return e;
}

QJsonObject StateInfo::toJson() const
{
    return {{u"name"_s, fw::toString(name)},
            {u"since"_s, double(since)},
            {u"evidence"_s, evidence.toJson()}};
}

StateInfo StateInfo::fromJson(JsonReader &r)
{
    StateInfo s;
    s.name = r.enumValue("name"_L1, Need::Required, BehaviourStateNames, BehaviourState::Active);
    s.since = r.integer("since"_L1, Need::Required, 0, limits::MaxTime);
    s.evidence = objectFromJson<Evidence>(r, "evidence"_L1, Need::Optional);
    return s;
}

QJsonObject StateChange::toJson() const
{
    return {{u"at"_s, double(at)},
            {u"from"_s, fw::toString(from)},
            {u"to"_s, fw::toString(to)},
            {u"evidence"_s, evidence.toJson()}};
}

StateChange StateChange::fromJson(JsonReader &r)
{
    StateChange c;
    c.at = r.integer("at"_L1, Need::Required, 0, limits::MaxTime);
    c.from = r.enumValue("from"_L1, Need::Required, BehaviourStateNames, BehaviourState::Active);
    c.to = r.enumValue("to"_L1, Need::Required, BehaviourStateNames, BehaviourState::Active);
    c.evidence = objectFromJson<Evidence>(r, "evidence"_L1, Need::Optional);
    return c;
}

QJsonObject TrailEntry::toJson() const
{
    QJsonObject o{{u"page"_s, page.toJson()},
                  {u"enteredAt"_s, double(enteredAt)},
                  {u"visibleMs"_s, double(visibleMs)}};
    putTime(o, "leftAt"_L1, leftAt);
    return o;
}

TrailEntry TrailEntry::fromJson(JsonReader &r)
{
    TrailEntry t;
    t.page = objectFromJson<PageInfo>(r, "page"_L1, Need::Required);
    t.enteredAt = r.integer("enteredAt"_L1, Need::Required, 0, limits::MaxTime);
    t.leftAt = r.integer("leftAt"_L1, Need::Optional, 0, limits::MaxTime);
    t.visibleMs = r.integer("visibleMs"_L1, Need::Optional, 0, limits::MaxTime);
    return t;
}

QJsonObject StaffRef::toJson() const { return {{u"user"_s, user}, {u"name"_s, name}}; }

StaffRef StaffRef::fromJson(JsonReader &r)
{
    StaffRef s;
    s.user = r.string("user"_L1, Need::Required, limits::UserNameLength, 1);
    s.name = r.string("name"_L1, Need::Optional, limits::DisplayNameLength);
    return s;
}

QJsonObject ChatMessage::toJson() const
{
    QJsonObject o{{u"id"_s, id},
                  {u"sessionId"_s, sessionId},
                  {u"from"_s, fromVisitor ? u"visitor"_s : u"staff"_s},
                  {u"text"_s, text},
                  {u"at"_s, double(at)}};
    if (!fromVisitor)
        o.insert("staff"_L1, staff.toJson());
    return o;
}

ChatMessage ChatMessage::fromJson(JsonReader &r)
{
    ChatMessage m;
    m.id = r.string("id"_L1, Need::Required, limits::IdLength, 1);
    m.sessionId = r.string("sessionId"_L1, Need::Required, limits::IdLength, 1);
    const QString from = r.string("from"_L1, Need::Required, 16);
    if (r.ok() && from != "visitor"_L1 && from != "staff"_L1)
        r.fail("from"_L1, u"must be \"visitor\" or \"staff\""_s);
    m.fromVisitor = from == "visitor"_L1;
    if (!m.fromVisitor)
        m.staff = objectFromJson<StaffRef>(r, "staff"_L1, Need::Required);
    m.text = r.string("text"_L1, Need::Required, limits::TextLength);
    m.at = r.integer("at"_L1, Need::Required, 0, limits::MaxTime);
    return m;
}

QJsonObject HelpRequest::toJson() const
{
    QJsonObject o{{u"id"_s, id},
                  {u"sessionId"_s, sessionId},
                  {u"kind"_s, fw::toString(kind)},
                  {u"text"_s, text},
                  {u"at"_s, double(at)}};
    putTime(o, "resolvedAt"_L1, resolvedAt);
    putString(o, "resolvedBy"_L1, resolvedBy);
    return o;
}

HelpRequest HelpRequest::fromJson(JsonReader &r)
{
    HelpRequest h;
    h.id = r.string("id"_L1, Need::Required, limits::IdLength, 1);
    h.sessionId = r.string("sessionId"_L1, Need::Required, limits::IdLength, 1);
    h.kind = r.enumValue("kind"_L1, Need::Required, HelpKindNames, HelpKind::Request);
    h.text = r.string("text"_L1, Need::Optional, limits::TextLength);
    h.at = r.integer("at"_L1, Need::Required, 0, limits::MaxTime);
    h.resolvedAt = r.integer("resolvedAt"_L1, Need::Optional, 0, limits::MaxTime);
    h.resolvedBy = r.string("resolvedBy"_L1, Need::Optional, limits::UserNameLength);
    return h;
}

QJsonObject VisitorSnapshot::toJson() const
{
    QJsonObject o{{u"id"_s, id},
                  {u"number"_s, double(number)},
                  {u"visitorId"_s, visitorId},
                  {u"connected"_s, connected},
                  {u"startedAt"_s, double(startedAt)},
                  {u"device"_s, fw::toString(device)},
                  {u"identity"_s, identity.toJson()},
                  {u"page"_s, page.toJson()},
                  {u"enteredAt"_s, double(enteredAt)},
                  {u"visibleMs"_s, double(visibleMs)},
                  {u"visibleAsOf"_s, double(visibleAsOf)},
                  {u"hidden"_s, hidden},
                  {u"lastEventAt"_s, double(lastEventAt)},
                  {u"scrollDepth"_s, scrollDepth},
                  {u"maxScrollDepth"_s, maxScrollDepth},
                  {u"pageCount"_s, pageCount},
                  {u"state"_s, state.toJson()},
                  {u"openHelp"_s, openHelp},
                  {u"help"_s, toJsonArray(help)},
                  {u"trail"_s, toJsonArray(trail)}};
    putString(o, "lang"_L1, lang);
    putString(o, "referrer"_L1, referrer);
    putTime(o, "lastScrollAt"_L1, lastScrollAt);
    o.insert("claimedBy"_L1, claimedBy.isNull() ? QJsonValue() : QJsonValue(claimedBy.toJson()));
    return o;
}

VisitorSnapshot VisitorSnapshot::fromJson(JsonReader &r)
{
    VisitorSnapshot v;
    v.id = r.string("id"_L1, Need::Required, limits::IdLength, 1);
    v.number = r.integer("number"_L1, Need::Required, 0, limits::MaxSeq);
    v.visitorId = r.string("visitorId"_L1, Need::Required, limits::IdLength, 1);
    v.connected = r.boolean("connected"_L1, Need::Required);
    v.startedAt = r.integer("startedAt"_L1, Need::Required, 0, limits::MaxTime);
    v.device = r.enumValue("device"_L1, Need::Optional, DeviceKindNames, DeviceKind::Other);
    v.lang = r.string("lang"_L1, Need::Optional, limits::LangLength);
    v.referrer = r.string("referrer"_L1, Need::Optional, limits::UrlLength);
    v.identity = objectFromJson<Identity>(r, "identity"_L1, Need::Required);
    v.page = objectFromJson<PageInfo>(r, "page"_L1, Need::Required);
    v.enteredAt = r.integer("enteredAt"_L1, Need::Required, 0, limits::MaxTime);
    v.visibleMs = r.integer("visibleMs"_L1, Need::Required, 0, limits::MaxTime);
    v.visibleAsOf = r.integer("visibleAsOf"_L1, Need::Required, 0, limits::MaxTime);
    v.hidden = r.boolean("hidden"_L1, Need::Optional);
    v.lastEventAt = r.integer("lastEventAt"_L1, Need::Required, 0, limits::MaxTime);
    v.lastScrollAt = r.integer("lastScrollAt"_L1, Need::Optional, 0, limits::MaxTime);
    v.scrollDepth = int(r.integer("scrollDepth"_L1, Need::Optional, 0, 100));
    v.maxScrollDepth = int(r.integer("maxScrollDepth"_L1, Need::Optional, 0, 100));
    v.pageCount = int(r.integer("pageCount"_L1, Need::Optional, 0, 1000000000));
    v.state = objectFromJson<StateInfo>(r, "state"_L1, Need::Required);
    if (r.has("claimedBy"_L1))
        v.claimedBy = objectFromJson<StaffRef>(r, "claimedBy"_L1, Need::Optional);
    v.openHelp = int(r.integer("openHelp"_L1, Need::Optional, 0, 1000000));
    v.help = listFromJson<HelpRequest>(r, "help"_L1, Need::Optional, 10000);
    v.trail = listFromJson<TrailEntry>(r, "trail"_L1, Need::Optional, 1000);
    return v;
}

QJsonObject StaffAccount::toJson() const
{
    QJsonObject o{{u"name"_s, name},
                  {u"displayName"_s, displayName},
                  {u"role"_s, fw::toString(role)},
                  {u"disabled"_s, disabled}};
    putTime(o, "createdAt"_L1, createdAt);
    return o;
}

StaffAccount StaffAccount::fromJson(JsonReader &r)
{
    StaffAccount a;
    a.name = r.string("name"_L1, Need::Required, limits::UserNameLength, 1);
    a.displayName = r.string("displayName"_L1, Need::Optional, limits::DisplayNameLength);
    a.role = r.enumValue("role"_L1, Need::Required, RoleNames, Role::Staff);
    a.disabled = r.boolean("disabled"_L1, Need::Optional);
    a.createdAt = r.integer("createdAt"_L1, Need::Optional, 0, limits::MaxTime);
    return a;
}

QJsonObject ErrorInfo::toJson() const { return {{u"code"_s, code}, {u"message"_s, message}}; }

ErrorInfo ErrorInfo::fromJson(JsonReader &r)
{
    ErrorInfo e;
    e.code = r.string("code"_L1, Need::Required, 64, 1);
    e.message = r.string("message"_L1, Need::Optional, 1000);
    return e;
}

} // namespace fw

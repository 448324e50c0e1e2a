#pragma once

#include "jsonreader.h"

#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QString>

#include <array>

namespace fw {
// The enums below are registered with the meta-object system, so they print by name in tests
// and debug output. (Only this header may use Q_NAMESPACE for namespace fw.)
Q_NAMESPACE

// Field limits shared by both ends; docs/PROTOCOL.md quotes them.
namespace limits {
constexpr int UrlLength = 2048;
constexpr int TitleLength = 300;
constexpr int IdLength = 64;
constexpr int QueryLength = 200;
constexpr int LangLength = 35;
constexpr int TokenLength = 4096;
constexpr int TextLength = 2000;
constexpr int TargetLength = 200;
constexpr int UserNameLength = 64;
constexpr int DisplayNameLength = 100;
constexpr int PasswordLength = 256;
constexpr int PasswordMinLength = 10;
constexpr int ClientLength = 100;
constexpr qint64 MaxSeq = 9007199254740991LL; // 2^53 - 1: exact in a JSON double
constexpr qint64 MaxTime = 253402300799999LL; // year 9999 in ms
constexpr int TrailInSnapshot = 20;
} // namespace limits

enum class PageKind { Main, Category, Search, Product, Cart, Checkout, Other };
enum class DeviceKind { Desktop, Mobile, Tablet, Other };
enum class HelpKind { Complaint, Request };
enum class Outcome { Shown, Clicked, Dismissed };
enum class Role { Staff, Admin };
enum class InputKind { Key, Pointer, Touch };
enum class IdentityStatus { Anonymous, Verified };
// Order matters only for the names table; precedence lives in the classifier.
enum class BehaviourState { Active, Browsing, Interested, Hopping, Stalled, Frustrated, Away, Gone };
Q_ENUM_NS(PageKind)
Q_ENUM_NS(DeviceKind)
Q_ENUM_NS(HelpKind)
Q_ENUM_NS(Outcome)
Q_ENUM_NS(Role)
Q_ENUM_NS(InputKind)
Q_ENUM_NS(IdentityStatus)
Q_ENUM_NS(BehaviourState)

inline constexpr std::array<const char *, 7> PageKindNames{"main", "category", "search", "product",
                                                           "cart", "checkout", "other"};
inline constexpr std::array<const char *, 4> DeviceKindNames{"desktop", "mobile", "tablet", "other"};
inline constexpr std::array<const char *, 2> HelpKindNames{"complaint", "request"};
inline constexpr std::array<const char *, 3> OutcomeNames{"shown", "clicked", "dismissed"};
inline constexpr std::array<const char *, 2> RoleNames{"staff", "admin"};
inline constexpr std::array<const char *, 3> InputKindNames{"key", "pointer", "touch"};
inline constexpr std::array<const char *, 2> IdentityStatusNames{"anonymous", "verified"};
inline constexpr std::array<const char *, 8> BehaviourStateNames{
        "active", "browsing", "interested", "hopping", "stalled", "frustrated", "away", "gone"};

template<typename E, std::size_t N>
QString enumName(E value, const std::array<const char *, N> &names)
{
    const auto i = static_cast<std::size_t>(value);
    return i < N ? QString::fromLatin1(names[i]) : QString();
}

template<typename E, std::size_t N>
bool parseEnumName(const QString &s, const std::array<const char *, N> &names, E *out)
{
    for (std::size_t i = 0; i < N; ++i) {
        if (s == QLatin1String(names[i])) {
            *out = static_cast<E>(i);
            return true;
        }
    }
    return false;
}

inline QString toString(PageKind v) { return enumName(v, PageKindNames); }
inline QString toString(DeviceKind v) { return enumName(v, DeviceKindNames); }
inline QString toString(HelpKind v) { return enumName(v, HelpKindNames); }
inline QString toString(Outcome v) { return enumName(v, OutcomeNames); }
inline QString toString(Role v) { return enumName(v, RoleNames); }
inline QString toString(InputKind v) { return enumName(v, InputKindNames); }
inline QString toString(IdentityStatus v) { return enumName(v, IdentityStatusNames); }
inline QString toString(BehaviourState v) { return enumName(v, BehaviourStateNames); }

bool isValidVisitorId(const QString &id);
bool isValidSiteKey(const QString &key);
bool isValidUserName(const QString &name);
bool isHttpUrl(const QString &url);

struct PageInfo
{
    QString url;
    QString title;
    PageKind kind = PageKind::Other;
    QString productId;
    QString categoryId;
    QString query; // search pages

    QJsonObject toJson() const;
    static PageInfo fromJson(JsonReader &r);
    bool operator==(const PageInfo &) const = default;
};

struct PurchaseSummary
{
    int orders = 0;
    double total = 0;
    QString currency;
    qint64 lastOrderAt = 0; // ms since epoch, 0 = unknown

    QJsonObject toJson() const;
    static PurchaseSummary fromJson(JsonReader &r);
    bool operator==(const PurchaseSummary &) const = default;
};

// What staff may believe about a visitor. Everything but status is empty unless a valid
// identity token vouched for it.
struct Identity
{
    IdentityStatus status = IdentityStatus::Anonymous;
    QString customerId;
    int age = -1; // -1 = unknown
    QString gender; // "female", "male", "other" or empty
    PurchaseSummary purchases;
    QString tokenError; // why an offered token was refused (anonymous only)

    bool verified() const { return status == IdentityStatus::Verified; }
    QJsonObject toJson() const;
    static Identity fromJson(JsonReader &r);
    bool operator==(const Identity &) const = default;
};

// Why a visitor is in a state: a code the console can translate, the numbers, and an
// English sentence for logs and third-party clients.
struct Evidence
{
    QString code;
    QString text;
    QJsonObject values;

    QJsonObject toJson() const;
    static Evidence fromJson(JsonReader &r);
    bool operator==(const Evidence &) const = default;
};

struct StateInfo
{
    BehaviourState name = BehaviourState::Active;
    qint64 since = 0;
    Evidence evidence;

    QJsonObject toJson() const;
    static StateInfo fromJson(JsonReader &r);
    bool operator==(const StateInfo &) const = default;
};

struct StateChange
{
    qint64 at = 0;
    BehaviourState from = BehaviourState::Active;
    BehaviourState to = BehaviourState::Active;
    Evidence evidence;

    QJsonObject toJson() const;
    static StateChange fromJson(JsonReader &r);
    bool operator==(const StateChange &) const = default;
};

struct TrailEntry
{
    PageInfo page;
    qint64 enteredAt = 0;
    qint64 leftAt = 0; // 0 while it is the current page
    qint64 visibleMs = 0; // visible time on the page, final once leftAt is set

    QJsonObject toJson() const;
    static TrailEntry fromJson(JsonReader &r);
    bool operator==(const TrailEntry &) const = default;
};

struct StaffRef
{
    QString user;
    QString name;

    bool isNull() const { return user.isEmpty(); }
    QJsonObject toJson() const;
    static StaffRef fromJson(JsonReader &r);
    bool operator==(const StaffRef &) const = default;
};

struct ChatMessage
{
    QString id; // "v<seq>" from the visitor, "s<serverSeq>" from staff
    QString sessionId;
    bool fromVisitor = true;
    StaffRef staff; // set when from staff
    QString text;
    qint64 at = 0;

    QJsonObject toJson() const;
    static ChatMessage fromJson(JsonReader &r);
    bool operator==(const ChatMessage &) const = default;
};

struct HelpRequest
{
    QString id; // "v<seq>"
    QString sessionId;
    HelpKind kind = HelpKind::Request;
    QString text;
    qint64 at = 0;
    qint64 resolvedAt = 0;
    QString resolvedBy;

    QJsonObject toJson() const;
    static HelpRequest fromJson(JsonReader &r);
    bool operator==(const HelpRequest &) const = default;
};

// One live visitor as a console sees it. Dwell times are derived by the console from
// enteredAt and visibleMs/visibleAsOf, so they need not be streamed every second.
struct VisitorSnapshot
{
    QString id; // session id
    qint64 number = 0; // "anonymous #n"
    QString visitorId;
    bool connected = true;
    qint64 startedAt = 0;
    DeviceKind device = DeviceKind::Other;
    QString lang;
    QString referrer;
    Identity identity;
    PageInfo page;
    qint64 enteredAt = 0;
    qint64 visibleMs = 0; // visible time on the page as of visibleAsOf
    qint64 visibleAsOf = 0;
    bool hidden = false;
    qint64 lastEventAt = 0;
    qint64 lastScrollAt = 0;
    int scrollDepth = 0;
    int maxScrollDepth = 0;
    int pageCount = 0;
    StateInfo state;
    StaffRef claimedBy;
    int openHelp = 0;
    QList<HelpRequest> help; // the unresolved help requests, oldest first
    QList<TrailEntry> trail; // the last limits::TrailInSnapshot pages, oldest first

    QJsonObject toJson() const;
    static VisitorSnapshot fromJson(JsonReader &r);
    bool operator==(const VisitorSnapshot &) const = default;
};

struct StaffAccount
{
    QString name;
    QString displayName;
    Role role = Role::Staff;
    bool disabled = false;
    qint64 createdAt = 0;

    QJsonObject toJson() const;
    static StaffAccount fromJson(JsonReader &r);
    bool operator==(const StaffAccount &) const = default;
};

struct ErrorInfo
{
    QString code;
    QString message;

    QJsonObject toJson() const;
    static ErrorInfo fromJson(JsonReader &r);
    bool operator==(const ErrorInfo &) const = default;
};

// Helpers for lists of value types.
template<typename T>
QJsonArray toJsonArray(const QList<T> &list)
{
    QJsonArray a;
    for (const T &item : list)
        a.append(item.toJson());
    return a;
}

template<typename T>
QList<T> listFromJson(JsonReader &r, QLatin1String key, Need need, int maxItems)
{
    QList<T> out;
    const QJsonArray a = r.array(key, need, maxItems);
    out.reserve(a.size());
    for (qsizetype i = 0; i < a.size() && r.ok(); ++i) {
        if (!a.at(i).isObject()) {
            r.fail(key, QStringLiteral("item %1 must be an object").arg(i));
            break;
        }
        JsonReader c(a.at(i).toObject(), r.fieldPath(key) + QStringLiteral("[%1]").arg(i));
        out.append(T::fromJson(c));
        r.adopt(c);
    }
    return out;
}

template<typename T>
T objectFromJson(JsonReader &r, QLatin1String key, Need need)
{
    const QJsonObject o = r.object(key, need);
    const QJsonValue raw = r.raw().value(key);
    if (!r.ok() || raw.isNull() || raw.isUndefined())
        return T{};
    JsonReader c = r.child(key, o);
    T value = T::fromJson(c);
    r.adopt(c);
    return value;
}

} // namespace fw

#pragma once

#include "protocoltypes.h"
#include "thresholds.h"

#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

namespace fw {

// Every protocol message, defined once. Each has toJson() (the body without "type") and
// fromJson() (which reports problems through the reader). The type names and their
// append-only numbering live in messageregistry.h.

// ---------------------------------------------------------------- visitor <-> server

struct Hello
{
    int version = 1;
    QString siteKey;
    QString visitorId;
    QString resumeSessionId;
    qint64 ackedUpTo = 0; // last server message seq the visitor has (for replay)
    PageInfo page;
    QString referrer;
    DeviceKind device = DeviceKind::Other;
    QString lang;
    QString identityToken;
    QString client;

    QJsonObject toJson() const;
    static Hello fromJson(JsonReader &r);
    bool operator==(const Hello &) const = default;
};

struct Welcome
{
    int version = 1;
    QString sessionId;
    bool resumed = false;
    qint64 ackedUpTo = 0; // last visitor event seq the server has committed
    Identity identity;
    qint64 serverTime = 0;
    int maxMessageBytes = 0;
    int messagesPerSecond = 0;
    int burst = 0;
    int pingIntervalSeconds = 0;

    QJsonObject toJson() const;
    static Welcome fromJson(JsonReader &r);
    bool operator==(const Welcome &) const = default;
};

// Cumulative acknowledgement, both directions: "I have durably got everything up to upTo".
struct Ack
{
    qint64 upTo = 0;

    QJsonObject toJson() const;
    static Ack fromJson(JsonReader &r);
    bool operator==(const Ack &) const = default;
};

// Fields every numbered visitor event carries.
struct EventHeader
{
    qint64 seq = 0;
    qint64 t = 0; // client clock, ms since epoch, optional; stored, not used for rules

    void write(QJsonObject &o) const;
    void read(JsonReader &r);
    bool operator==(const EventHeader &) const = default;
};

enum class Navigation { Load, Push, Pop, Replace };
inline constexpr std::array<const char *, 4> NavigationNames{"load", "push", "pop", "replace"};

struct PageView
{
    EventHeader h;
    PageInfo page;
    Navigation nav = Navigation::Load;

    QJsonObject toJson() const;
    static PageView fromJson(JsonReader &r);
    bool operator==(const PageView &) const = default;
};

struct ScrollEvent
{
    EventHeader h;
    int depth = 0; // percent of the page seen, 0..100
    int y = 0; // scroll position in CSS px

    QJsonObject toJson() const;
    static ScrollEvent fromJson(JsonReader &r);
    bool operator==(const ScrollEvent &) const = default;
};

struct InputEvent
{
    EventHeader h;
    InputKind kind = InputKind::Key;
    int count = 1; // events folded into this one by the tracker's throttle

    QJsonObject toJson() const;
    static InputEvent fromJson(JsonReader &r);
    bool operator==(const InputEvent &) const = default;
};

struct VisibilityEvent
{
    EventHeader h;
    bool hidden = false;

    QJsonObject toJson() const;
    static VisibilityEvent fromJson(JsonReader &r);
    bool operator==(const VisibilityEvent &) const = default;
};

struct ClickEvent
{
    EventHeader h;
    int x = 0; // viewport CSS px
    int y = 0;
    QString target; // short description of the element, e.g. "button#buy"

    QJsonObject toJson() const;
    static ClickEvent fromJson(JsonReader &r);
    bool operator==(const ClickEvent &) const = default;
};

struct HelpEvent
{
    EventHeader h;
    HelpKind kind = HelpKind::Request;
    QString text;

    QJsonObject toJson() const;
    static HelpEvent fromJson(JsonReader &r);
    bool operator==(const HelpEvent &) const = default;
};

struct ChatEvent
{
    EventHeader h;
    QString text;

    QJsonObject toJson() const;
    static ChatEvent fromJson(JsonReader &r);
    bool operator==(const ChatEvent &) const = default;
};

struct OutcomeEvent
{
    EventHeader h;
    qint64 ref = 0; // seq of the server message it is about
    Outcome outcome = Outcome::Shown;

    QJsonObject toJson() const;
    static OutcomeEvent fromJson(JsonReader &r);
    bool operator==(const OutcomeEvent &) const = default;
};

struct Ping
{
    qint64 t = 0;

    QJsonObject toJson() const;
    static Ping fromJson(JsonReader &r);
    bool operator==(const Ping &) const = default;
};

struct StaffChat
{
    qint64 seq = 0; // server message seq within the session
    QString id;
    StaffRef staff;
    QString text;
    qint64 at = 0;

    QJsonObject toJson() const;
    static StaffChat fromJson(JsonReader &r);
    bool operator==(const StaffChat &) const = default;
};

struct Error
{
    ErrorInfo error;
    QString about; // the type of the message it answers, when known
    qint64 seq = 0; // the event seq it answers, when known

    QJsonObject toJson() const;
    static Error fromJson(JsonReader &r);
    bool operator==(const Error &) const = default;
};

// ---------------------------------------------------------------- console <-> server

struct Login
{
    int version = 1;
    QString user;
    QString password;
    QString token; // instead of user/password, from an earlier login_ok
    QString client;
    qint64 lastRevision = 0; // for a reconnect: the last delta revision applied

    QJsonObject toJson() const;
    static Login fromJson(JsonReader &r);
    bool operator==(const Login &) const = default;
};

struct LoginOk
{
    int version = 1;
    StaffAccount account;
    QString token;
    qint64 tokenExpiresAt = 0;
    QString serverVersion;
    qint64 serverTime = 0;

    QJsonObject toJson() const;
    static LoginOk fromJson(JsonReader &r);
    bool operator==(const LoginOk &) const = default;
};

struct LoginFailed
{
    QString reason; // invalid_credentials, throttled, disabled, bad_token, unsupported_version
    qint64 retryAfterMs = 0;
    int minVersion = 0;
    int maxVersion = 0;

    QJsonObject toJson() const;
    static LoginFailed fromJson(JsonReader &r);
    bool operator==(const LoginFailed &) const = default;
};

struct Snapshot
{
    qint64 rev = 0;
    qint64 serverTime = 0;
    QList<VisitorSnapshot> visitors;
    Thresholds thresholds;

    QJsonObject toJson() const;
    static Snapshot fromJson(JsonReader &r);
    bool operator==(const Snapshot &) const = default;
};

// One change inside a delta. Which fields mean something depends on op.
struct Change
{
    enum class Op {
        Arrive,
        Leave,
        Page,
        Scroll,
        Visibility,
        State,
        Connection,
        Claim,
        Help,
        HelpResolved,
        Chat,
        Identity,
        Activity,
        Thresholds
    };
    Op op = Op::Activity;
    QString id; // session id (all but chat/help/thresholds, which carry it inside)
    qint64 at = 0;
    VisitorSnapshot visitor; // arrive
    bool returning = false; // arrive: a session that had left the list came back
    PageInfo page; // page
    qint64 prevVisibleMs = 0; // page: final visible time of the page just left
    int pageCount = 0; // page
    int depth = 0; // scroll
    int maxDepth = 0; // scroll
    bool hidden = false; // visibility
    qint64 visibleMs = 0; // visibility: visible time on the page as of at
    StateChange state; // state
    bool connected = false; // connection
    StaffRef claimedBy; // claim (null = released)
    HelpRequest help; // help, help_resolved
    ChatMessage chat; // chat
    fw::Identity identity; // identity
    fw::Thresholds thresholds; // thresholds
    QString by; // thresholds, help_resolved: who did it

    QJsonObject toJson() const;
    static Change fromJson(JsonReader &r);
    bool operator==(const Change &) const = default;
};
inline constexpr std::array<const char *, 14> ChangeOpNames{
        "arrive", "leave", "page",     "scroll",        "visibility", "state",    "connection",
        "claim",  "help",  "help_resolved", "chat", "identity",   "activity", "thresholds"};

struct Delta
{
    qint64 rev = 0;
    qint64 base = 0; // the revision this delta applies on top of (rev - 1)
    qint64 serverTime = 0;
    QList<Change> changes;

    QJsonObject toJson() const;
    static Delta fromJson(JsonReader &r);
    bool operator==(const Delta &) const = default;
};

struct ChatSend
{
    qint64 reqId = 0;
    QString sessionId;
    QString text;

    QJsonObject toJson() const;
    static ChatSend fromJson(JsonReader &r);
    bool operator==(const ChatSend &) const = default;
};

struct Claim
{
    qint64 reqId = 0;
    QString sessionId;
    bool force = false; // admins may take over another staff member's claim

    QJsonObject toJson() const;
    static Claim fromJson(JsonReader &r);
    bool operator==(const Claim &) const = default;
};

struct Release
{
    qint64 reqId = 0;
    QString sessionId;

    QJsonObject toJson() const;
    static Release fromJson(JsonReader &r);
    bool operator==(const Release &) const = default;
};

struct ThresholdsGet
{
    qint64 reqId = 0;

    QJsonObject toJson() const;
    static ThresholdsGet fromJson(JsonReader &r);
    bool operator==(const ThresholdsGet &) const = default;
};

struct ThresholdsSet
{
    qint64 reqId = 0;
    QJsonObject values; // partial: only the keys to change, validated by the server

    QJsonObject toJson() const;
    static ThresholdsSet fromJson(JsonReader &r);
    bool operator==(const ThresholdsSet &) const = default;
};

struct ThresholdsInfo
{
    qint64 reqId = 0;
    Thresholds values;
    QString updatedBy;
    qint64 updatedAt = 0;

    QJsonObject toJson() const;
    static ThresholdsInfo fromJson(JsonReader &r);
    bool operator==(const ThresholdsInfo &) const = default;
};

struct HistoryGet
{
    qint64 reqId = 0;
    QString sessionId;

    QJsonObject toJson() const;
    static HistoryGet fromJson(JsonReader &r);
    bool operator==(const HistoryGet &) const = default;
};

struct History
{
    qint64 reqId = 0;
    QString sessionId;
    QList<TrailEntry> trail;
    QList<StateChange> states;
    QList<ChatMessage> chats;
    QList<HelpRequest> helps;

    QJsonObject toJson() const;
    static History fromJson(JsonReader &r);
    bool operator==(const History &) const = default;
};

struct HelpResolve
{
    qint64 reqId = 0;
    QString sessionId;
    QString helpId;

    QJsonObject toJson() const;
    static HelpResolve fromJson(JsonReader &r);
    bool operator==(const HelpResolve &) const = default;
};

struct StaffList
{
    qint64 reqId = 0;

    QJsonObject toJson() const;
    static StaffList fromJson(JsonReader &r);
    bool operator==(const StaffList &) const = default;
};

struct StaffAccounts
{
    qint64 reqId = 0;
    QList<StaffAccount> accounts;

    QJsonObject toJson() const;
    static StaffAccounts fromJson(JsonReader &r);
    bool operator==(const StaffAccounts &) const = default;
};

struct StaffAdd
{
    qint64 reqId = 0;
    QString name;
    QString displayName;
    Role role = Role::Staff;
    QString password;

    QJsonObject toJson() const;
    static StaffAdd fromJson(JsonReader &r);
    bool operator==(const StaffAdd &) const = default;
};

struct StaffUpdate
{
    qint64 reqId = 0;
    QString name;
    std::optional<QString> displayName;
    std::optional<Role> role;
    std::optional<bool> disabled;
    std::optional<QString> password;

    QJsonObject toJson() const;
    static StaffUpdate fromJson(JsonReader &r);
    bool operator==(const StaffUpdate &) const = default;
};

struct Result
{
    qint64 reqId = 0;
    bool ok = true;
    ErrorInfo error; // when !ok
    QString id; // e.g. the id of a chat message just stored

    QJsonObject toJson() const;
    static Result fromJson(JsonReader &r);
    bool operator==(const Result &) const = default;
};

struct Pong
{
    qint64 t = 0; // echoed from ping
    qint64 serverTime = 0;

    QJsonObject toJson() const;
    static Pong fromJson(JsonReader &r);
    bool operator==(const Pong &) const = default;
};

struct Logout
{
    QJsonObject toJson() const { return {}; }
    static Logout fromJson(JsonReader &) { return {}; }
    bool operator==(const Logout &) const = default;
};

} // namespace fw

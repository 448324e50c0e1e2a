#pragma once

#include "messages.h"

#include <QByteArray>
#include <QJsonDocument>

#include <variant>

namespace fw {

// Who may send a message over which channel.
enum Flow : unsigned {
    VisitorToServer = 1u << 0,
    ServerToVisitor = 1u << 1,
    ConsoleToServer = 1u << 2,
    ServerToConsole = 1u << 3,
};

// The registry. APPEND ONLY: numbers are never reused or renumbered, names never change.
// X(number, C++ type, wire name, flows)
#define FW_MESSAGE_TYPES(X)                                                                        \
    X(1, Hello, "hello", VisitorToServer)                                                          \
    X(2, Welcome, "welcome", ServerToVisitor)                                                      \
    X(3, Ack, "ack", VisitorToServer | ServerToVisitor)                                            \
    X(4, PageView, "page", VisitorToServer)                                                        \
    X(5, ScrollEvent, "scroll", VisitorToServer)                                                   \
    X(6, InputEvent, "input", VisitorToServer)                                                     \
    X(7, VisibilityEvent, "visibility", VisitorToServer)                                           \
    X(8, ClickEvent, "click", VisitorToServer)                                                     \
    X(9, HelpEvent, "help", VisitorToServer)                                                       \
    X(10, ChatEvent, "chat", VisitorToServer)                                                      \
    X(11, OutcomeEvent, "outcome", VisitorToServer)                                                \
    X(12, Ping, "ping", VisitorToServer | ConsoleToServer)                                         \
    X(13, StaffChat, "staff_chat", ServerToVisitor)                                                \
    X(14, Error, "error", ServerToVisitor | ServerToConsole)                                       \
    X(15, Login, "login", ConsoleToServer)                                                         \
    X(16, LoginOk, "login_ok", ServerToConsole)                                                    \
    X(17, LoginFailed, "login_failed", ServerToConsole)                                            \
    X(18, Snapshot, "snapshot", ServerToConsole)                                                   \
    X(19, Delta, "delta", ServerToConsole)                                                         \
    X(20, ChatSend, "chat_send", ConsoleToServer)                                                  \
    X(21, Claim, "claim", ConsoleToServer)                                                         \
    X(22, Release, "release", ConsoleToServer)                                                     \
    X(23, ThresholdsGet, "thresholds_get", ConsoleToServer)                                        \
    X(24, ThresholdsSet, "thresholds_set", ConsoleToServer)                                        \
    X(25, ThresholdsInfo, "thresholds", ServerToConsole)                                           \
    X(26, HistoryGet, "history_get", ConsoleToServer)                                              \
    X(27, History, "history", ServerToConsole)                                                     \
    X(28, HelpResolve, "help_resolve", ConsoleToServer)                                            \
    X(29, StaffList, "staff_list", ConsoleToServer)                                                \
    X(30, StaffAccounts, "staff", ServerToConsole)                                                 \
    X(31, StaffAdd, "staff_add", ConsoleToServer)                                                  \
    X(32, StaffUpdate, "staff_update", ConsoleToServer)                                            \
    X(33, Result, "result", ServerToConsole)                                                       \
    X(34, Pong, "pong", ServerToConsole)                                                           \
    X(35, Logout, "logout", ConsoleToServer)

enum class MessageType : int {
    Unknown = 0,
#define FW_X(n, T, name, flows) T = n,
    FW_MESSAGE_TYPES(FW_X)
#undef FW_X
};

template<typename T>
struct MessageTraits;
#define FW_X(n, T, wire, f)                                                                        \
    template<>                                                                                     \
    struct MessageTraits<T>                                                                        \
    {                                                                                              \
        static constexpr MessageType type = MessageType::T;                                        \
        static constexpr const char *name = wire;                                                  \
        static constexpr unsigned flows = f;                                                       \
    };
FW_MESSAGE_TYPES(FW_X)
#undef FW_X

using AnyMessage = std::variant<std::monostate
#define FW_X(n, T, name, flows) , T
                                FW_MESSAGE_TYPES(FW_X)
#undef FW_X
                                >;

struct MessageInfo
{
    MessageType type;
    const char *name;
    unsigned flows;
};

// All registered types in registry order.
const QList<MessageInfo> &messageTypes();
const MessageInfo *messageInfo(MessageType type);
MessageType messageTypeFromName(QStringView name);
QString messageName(MessageType type);

struct Decoded
{
    MessageType type = MessageType::Unknown;
    AnyMessage message;
    ErrorInfo error; // set when decoding failed; code is one of protocol::error
    qint64 seq = 0; // the message's "seq" when it had a usable one, even if decoding failed
    qint64 reqId = 0; // likewise its "reqId", so a refused command can still be answered

    bool ok() const { return error.code.isEmpty(); }
    template<typename T>
    const T *as() const { return std::get_if<T>(&message); }
};

// Decodes one frame's UTF-8 JSON text. Never throws; problems come back in Decoded::error.
Decoded decodeMessage(QByteArrayView utf8);
Decoded decodeObject(const QJsonObject &object);

template<typename T>
QJsonObject messageObject(const T &message)
{
    QJsonObject o = message.toJson();
    o.insert(QLatin1String("type"), QLatin1String(MessageTraits<T>::name));
    return o;
}

template<typename T>
QByteArray encodeMessage(const T &message)
{
    return QJsonDocument(messageObject(message)).toJson(QJsonDocument::Compact);
}

QByteArray encodeAny(const AnyMessage &message);

} // namespace fw

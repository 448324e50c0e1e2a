#pragma once

#include <QString>

namespace fw::protocol {

// Protocol version spoken in hello/login. A server accepts every version in [Min, Max].
constexpr int Version = 1;
constexpr int MinVersion = 1;
constexpr int MaxVersion = 1;

inline constexpr char VisitorPath[] = "/v1/visitor";
inline constexpr char ConsolePath[] = "/v1/console";

constexpr int MaxMessageBytes = 64 * 1024;
constexpr qint64 ResumeWindowMs = 30 * 60 * 1000;

// WebSocket close codes. 1xxx are RFC 6455; 4xxx are ours (docs/PROTOCOL.md, "Close codes").
enum CloseCode : int {
    Normal = 1000,
    GoingAway = 1001, // server shutting down: reconnect later
    UnsupportedData = 1003, // binary frame
    PolicyViolation = 1008,
    TooBig = 1009, // frame or message above the limit (sent by Qt itself)
    InternalError = 1011,
    BadHello = 4000, // first message was not a valid hello/login
    UnsupportedVersion = 4001,
    Malformed = 4002, // too many malformed messages
    AuthFailed = 4003, // console: login rejected too many times on one socket
    UnknownSite = 4004,
    HelloTimeout = 4005,
    RateLimited = 4008,
    Replaced = 4009, // the same session connected again elsewhere
    Silent = 4011, // no traffic within the keepalive window
    AccountDisabled = 4012,
    ServerFull = 4013,
};

// Error codes carried in "error" and "result" messages.
namespace error {
inline constexpr char BadJson[] = "bad_json";
inline constexpr char UnknownType[] = "unknown_type";
inline constexpr char BadField[] = "bad_field";
inline constexpr char WrongDirection[] = "wrong_direction";
inline constexpr char NotReady[] = "not_ready"; // a message before hello/login
inline constexpr char Forbidden[] = "forbidden";
inline constexpr char NotFound[] = "not_found";
inline constexpr char ClaimedByOther[] = "claimed_by_other";
inline constexpr char Conflict[] = "conflict";
inline constexpr char Unavailable[] = "unavailable";
} // namespace error

} // namespace fw::protocol

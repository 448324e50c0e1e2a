#pragma once

#include "messages.h"
#include "protocoltypes.h"
#include "thresholds.h"

#include <QByteArray>
#include <QList>
#include <QString>

#include <array>

namespace fw {

struct ClickSample
{
    qint64 at = 0;
    int x = 0;
    int y = 0;
};

struct FrustrationSignal
{
    qint64 at = 0; // 0: none
    Evidence evidence;
};

struct OutboxEntry
{
    qint64 seq = 0;
    QByteArray frame; // the encoded message, replayed as is
};

// One visitor session: everything the rules need, kept compact (no timers, no sockets).
// The pure event-application functions below are the only writers of the behaviour fields.
struct Session
{
    static constexpr int MaxTrail = 200; // in memory; the database has all of it
    static constexpr int MaxStates = 200;
    static constexpr int MaxChats = 500;
    static constexpr int MoveRing = 64; // > max hopMoves + 1
    static constexpr int ClickRing = 16; // > max rageClicks

    QString id;
    qint64 number = 0;
    QString visitorId;
    QString siteKey;
    qint64 startedAt = 0;
    DeviceKind device = DeviceKind::Other;
    QString lang;
    QString referrer;
    Identity identity;

    // Connection.
    quint64 connection = 0; // 0: not connected
    qint64 disconnectedAt = 0;
    qint64 lastMessageAt = 0; // for the 30-minute resume window
    bool listed = true; // in the consoles' live list

    // Current page.
    PageInfo page;
    qint64 pageSeq = 0; // seq of the page event that started it (0: from hello)
    qint64 enteredAt = 0;
    qint64 visibleAccumMs = 0; // visible time on this page before visibleSince
    qint64 visibleSince = 0; // when the tab last became visible (meaningless while hidden)
    bool hidden = false;
    qint64 hiddenSince = 0;
    qint64 lastEventAt = 0;
    qint64 lastScrollAt = 0;
    int scrollDepth = 0;
    int maxScrollDepth = 0;
    int scrollsOnPage = 0;
    int interactionsOnPage = 0; // input and clicks
    int pageCount = 0;
    QList<TrailEntry> trail;

    // Recent history for the time-window rules.
    std::array<qint64, MoveRing> moves{}; // times of page moves, ring
    int moveCount = 0; // total moves ever (ring index = moveCount % MoveRing)
    std::array<ClickSample, ClickRing> clicks{};
    int clickCount = 0;
    FrustrationSignal frustration;

    StateInfo state;
    QList<StateChange> states;

    // Delivery.
    qint64 appliedSeq = 0; // highest event seq applied in memory
    qint64 committedSeq = 0; // highest event seq committed to the database (acknowledged)
    qint64 serverSeq = 0; // last server message seq assigned
    qint64 visitorAckedSeq = 0; // highest server message seq the visitor acknowledged
    QList<OutboxEntry> outbox; // server messages not yet acknowledged, oldest first

    QList<ChatMessage> chats;
    QList<HelpRequest> helps;
    StaffRef claimedBy;

    qint64 scheduledAt = 0; // deadline currently queued for this session (0: none)
    bool storageBroken = false; // a write failed: nothing more is acknowledged, no resume

    bool connected() const { return connection != 0; }
    qint64 visibleDwell(qint64 now) const
    {
        return visibleAccumMs + (hidden ? 0 : qMax<qint64>(0, now - visibleSince));
    }
    int openHelpCount() const;
    // Number of page moves at or after `since`, and the oldest of them.
    int movesSince(qint64 since, qint64 *oldest = nullptr) const;
    VisitorSnapshot snapshot(int trailLimit = limits::TrailInSnapshot) const;
};

// Pure state transitions. Each records the event at time `now` and returns what consoles
// must be told (empty if nothing visible changed).
namespace session {

void start(Session &s, const PageInfo &page, qint64 now);
// Returns true when the page changed (a new trail entry); false for a reload of the same URL.
bool applyPage(Session &s, const PageView &e, qint64 now, const Thresholds &t);
void applyScroll(Session &s, const ScrollEvent &e, qint64 now);
void applyInput(Session &s, qint64 now);
void applyClick(Session &s, const ClickEvent &e, qint64 now, const Thresholds &t);
// Returns true when the visibility actually changed.
bool applyVisibility(Session &s, bool hidden, qint64 now);
void touch(Session &s, qint64 now); // any other event (help, chat, outcome)

} // namespace session

} // namespace fw

#pragma once

#include "latencystats.h"
#include "profile.h"

#include <QMap>
#include <QString>
#include <QStringList>

#include <array>

namespace fw::sim {

using PerProfile = std::array<quint64, 7>;

// What one staff action kind did, by visitor profile.
struct ActionCounts
{
    PerProfile received {};
    PerProfile responded {};
    PerProfile buyDecided {}; // the model said "buys"
    PerProfile purchases {}; // orders completed after such an action
};

// Counters of a run, updated live by the visitors and the console; the report reads them.
struct SimStats
{
    // Visitors.
    quint64 started = 0;
    quint64 welcomed = 0; // sessions started (first welcome of a visitor)
    quint64 resumed = 0; // welcomes with resumed: true
    quint64 resumeRefused = 0; // asked to resume, got a new session
    quint64 finished = 0; // left normally (behaviour done or run over)
    quint64 gaveUp = 0; // could not get a session after retries, or a fatal close
    PerProfile byProfile {};
    quint64 identified = 0; // started as logged-in customers
    quint64 sockets = 0; // WebSockets opened
    quint64 navigations = 0; // mpa: reconnects for a page move
    quint64 reconnects = 0; // after an unexpected close
    quint64 connectFailures = 0; // closed before a welcome

    // Events and other messages.
    quint64 eventsQueued = 0; // distinct events (seq numbers) made
    quint64 eventsSent = 0; // first sends
    quint64 eventsResent = 0; // sent again on a later socket
    quint64 eventsAcked = 0;
    quint64 ackBeyondSent = 0; // server acked a seq never sent: a server bug
    quint64 unackedAtEnd = 0; // events still unacknowledged when their visitor finished
    quint64 pings = 0;
    quint64 acksSent = 0;
    quint64 throttled = 0; // sends delayed by the client-side rate limit
    QMap<QString, quint64> sentByType;
    double loadCapPerVisitor = 0; // load mode: events/s a visitor may send (welcome.limits)
    bool loadCapped = false; // the requested rate was above it

    // Problems.
    QMap<int, quint64> closes; // unexpected closes by code (server-initiated or dropped)
    QStringList closeSamples;
    void addCloseSample(const QString &sample)
    {
        if (closeSamples.size() < 20)
            closeSamples.append(sample.left(300));
    }
    QMap<QString, quint64> errors; // error messages by code
    QStringList errorSamples;
    void addError(const QString &code, const QString &sample)
    {
        ++errors[code];
        if (errorSamples.size() < 20)
            errorSamples.append(sample.left(300));
    }

    // Staff side.
    quint64 staffChatsReceived = 0;
    quint64 staffChatDuplicates = 0; // replays of a message already shown
    quint64 replies = 0;
    QMap<QString, ActionCounts> actions;
    PerProfile purchases {};
    QMap<QString, quint64> purchasesAfterAction; // kind -> orders after such an action

    // States the console saw, per profile: how many visitors reached each state.
    std::array<std::array<quint64, 8>, 7> statesSeen {};
    std::array<std::array<quint64, 8>, 7> statesAfterLeaving {}; // e.g. gone
    PerProfile expectedReached {};
    PerProfile expectedOf {};

    LatencyStats eventToAck;
    LatencyStats eventToConsole;
    LatencyStats staffChatToVisitor;
};

} // namespace fw::sim

#pragma once

#include "behaviour.h"
#include "messages.h"
#include "profile.h"
#include "simrng.h"

#include <QObject>
#include <QPointer>

#include <deque>

class QWebSocket;

namespace fw::sim {

class Simulator;

// One simulated visitor: a tracker's delivery rules over one QWebSocket at a time (numbered
// events, a queue of what is not yet acknowledged, resend after a reconnect, resume of the
// session, the server's rate limit, keepalive pings, acknowledging staff messages), driven by
// its Behaviour. It owns no timer: it tells the simulator's scheduler when to wake it next.
class SimVisitor : public QObject
{
    Q_OBJECT
public:
    enum class Phase { Idle, Active, Leaving, Done }; // the visit
    enum class Conn { Closed, Connecting, Open, Waiting }; // the socket (Open: welcomed)

    SimVisitor(Simulator *sim, quint64 index, quint32 slot, Profile profile,
               QObject *parent = nullptr);
    ~SimVisitor() override;

    quint64 index() const { return m_index; }
    quint32 slot() const { return m_slot; }
    Profile profile() const { return m_behaviour.profile(); }
    Phase phase() const { return m_phase; }
    Conn connection() const { return m_conn; }
    const QString &sessionId() const { return m_sessionId; }
    const QString &visitorId() const { return m_visitorId; }
    const Behaviour &behaviour() const { return m_behaviour; }
    qint64 finishedAt() const { return m_finishedAt; }
    bool purchased() const { return m_purchased; }
    int unacked() const { return int(m_unacked.size()); }
    quint32 statesSeen() const { return m_statesSeen; } // while on the site (phase Active)
    quint32 statesAfterLeaving() const { return m_statesAfter; }

    void arrive(qint64 now);
    void wake(qint64 now);
    // The run is over: stop the script, wait for outstanding acks, then close.
    void leave(qint64 now);
    // Close at once (the drain is over).
    void abandon(qint64 now);

    // From the observing console.
    void consoleChange(const Change &c, qint64 nowUs);
    void consoleState(BehaviourState s)
    {
        (m_phase == Phase::Active ? m_statesSeen : m_statesAfter) |= 1u << unsigned(s);
    }
    // Load mode: the steady stream starts (until then a load visitor only connects).
    void startLoad(qint64 now);
    // A staff action other than chat (for the promotions issue): react through the model.
    void actionReceived(const QString &kind, qint64 now);

private:
    struct Pending
    {
        qint64 seq;
        QByteArray frame;
        const char *type;
        qint64 firstSentUs = 0;
    };
    struct Probe
    {
        qint64 seq;
        qint64 sentUs = 0;
        Change::Op op;
        QString key;
    };
    struct Reaction
    {
        qint64 at;
        bool buy; // false: reply
        QString kind;
    };

    void openSocket(qint64 now);
    void retireSocket();
    void onConnected(quint64 generation);
    void onText(quint64 generation, const QString &text);
    void onDisconnected(quint64 generation);
    void onWelcome(const Welcome &w, qint64 now);
    void onAck(qint64 upTo);
    void onStaffChat(const StaffChat &m, qint64 now);
    void execute(const SimAction &a, qint64 now);
    template<typename E>
    void enqueue(E event, qint64 now, Change::Op probeOp = Change::Op::Activity,
                 const QString &probeKey = {});
    void sendControl(const QByteArray &frame, bool isAck);
    void endConnecting();
    void connectFailed(qint64 now, bool fatal);
    void flush(qint64 now);
    void refill(qint64 now);
    void scheduleNext(qint64 now);
    void finish(qint64 now, bool gaveUp);
    bool live() const { return m_conn == Conn::Open && m_socket; }
    QString reply();

    Simulator *m_sim;
    quint64 m_index;
    quint32 m_slot;
    SimRng m_rng; // identity and reactions; the behaviour has its own stream
    Behaviour m_behaviour;
    QString m_visitorId;
    QString m_customer; // logged in as this shop customer (--identified); empty: anonymous
    QString m_lang;
    DeviceKind m_device = DeviceKind::Desktop;
    QString m_referrer;

    Phase m_phase = Phase::Idle;
    Conn m_conn = Conn::Closed;
    QWebSocket *m_socket = nullptr;
    quint64 m_generation = 0;
    bool m_countedConnecting = false;
    bool m_everWelcomed = false;
    QString m_sessionId;
    PageInfo m_helloPage;
    QString m_prevUrl;
    qint64 m_connectDeadline = 0;
    qint64 m_reconnectAt = 0;
    qint64 m_backoffMs = 1000;
    int m_failedAttempts = 0;
    qint64 m_leaveDeadline = 0;
    qint64 m_finishedAt = 0;

    // Delivery.
    qint64 m_nextSeq = 1;
    qint64 m_highestSent = 0;
    std::deque<Pending> m_unacked; // oldest first
    std::size_t m_sentOnSocket = 0; // leading entries of m_unacked sent on this socket
    std::deque<std::pair<QByteArray, bool>> m_control; // acks (true) and pings, before events
    double m_tokens = 0;
    double m_ratePerMs = 0.016;
    double m_capacity = 30;
    qint64 m_refilledAt = 0;
    qint64 m_tokenWaitAt = 0;
    qint64 m_lastSentAt = 0;
    qint64 m_pingMs = 20000;
    qint64 m_highestStaffSeq = 0;

    // Behaviour clock.
    qint64 m_stepDueAt = 0;
    bool m_loadStarted = false;
    std::deque<Reaction> m_reactions; // sorted by time
    QString m_lastAction; // kind of the last staff action received
    bool m_purchased = false;

    // Console matching.
    std::deque<Probe> m_probes;
    int m_keyedDepth = -1;
    quint32 m_statesSeen = 0;
    quint32 m_statesAfter = 0;
    quint64 m_chatCount = 0;
};

} // namespace fw::sim

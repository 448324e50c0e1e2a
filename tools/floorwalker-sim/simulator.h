#pragma once

#include "catalogue.h"
#include "procstats.h"
#include "purchasemodel.h"
#include "scheduler.h"
#include "shopmap.h"
#include "simoptions.h"
#include "simrng.h"
#include "simstats.h"
#include "timing.h"

#include <QElapsedTimer>
#include <QHash>
#include <QJsonObject>
#include <QObject>
#include <QPointer>
#include <QTimer>

#include <deque>
#include <memory>
#include <optional>
#include <vector>

class QWebSocket;

namespace fw {
class Clock;
}

namespace fw::sim {

class ConsoleObserver;
class IdentityTokens;
class SimVisitor;

// Runs a simulation: visitors arrive (Poisson or uniform), play their behaviours, leave; one
// scheduler and one QTimer drive all of them; an optional console observes; at the end
// report() says what happened. Time comes from the injected fw::Clock; latencies are measured
// with the monotonic clock in microseconds.
class Simulator : public QObject
{
    Q_OBJECT
public:
    Simulator(SimOptions options, Catalogue catalogue, PurchaseModel model,
              const Clock *clock = nullptr, QObject *parent = nullptr);
    ~Simulator() override;

    bool start(QString *error);
    void stop(); // graceful: every visitor leaves, outstanding acks are awaited (bounded)
    bool isFinished() const { return m_phase == Phase::Done; }
    QJsonObject report() const;
    bool ok() const; // every event acknowledged, nothing closed unexpectedly, no errors
    const QString &failure() const { return m_failure; }

    const SimStats &stats() const { return m_stats; }
    std::vector<const SimVisitor *> visitors() const;
    SimVisitor *visitorForSession(const QString &sessionId) const;
    // Runs whatever is due now (the timer does this; tests with a ManualClock may too).
    void runDue();

    // ---- for visitors and the console
    const Clock *clock() const { return m_clock; }
    qint64 nowUs() const { return m_mono.nsecsElapsed() / 1000; }
    void wakeAt(quint32 slot, qint64 at);
    SimStats &mutableStats() { return m_stats; }
    const SimOptions &options() const { return m_options; }
    const ShopMap &shop() const { return *m_shop; }
    const Timing &timing() const { return m_timing; }
    const PurchaseModel &model() const { return m_model; }
    // The current token of a logged-in customer (--identified); empty if there is none.
    QString identityToken(const QString &customer) const;
    quint64 runId() const { return m_runId; }
    bool observing() const;
    void visitorWelcomed(SimVisitor *v, bool newSession);
    void visitorConnectStarted(SimVisitor *v);
    void visitorConnectEnded(SimVisitor *v);
    void visitorFinished(SimVisitor *v);
    void staffChatSent(const QString &sessionId);
    void staffChatDelivered(const QString &sessionId);
    void thresholdsChanged(const Thresholds &t);
    void retire(QWebSocket *socket);

signals:
    void sessionStarted(int visitorIndex, const QString &sessionId);
    void finished();

private:
    enum class Phase { Idle, Preparing, Running, Draining, Done };
    static constexpr quint32 ControlSlot = 0;

    void prepared(); // one of the things to wait for before the visitors is ready
    void beginVisitors();
    void control(qint64 now);
    void spawn(qint64 now);
    void beginDrain(qint64 now);
    void finishRun(qint64 now);
    void armTimer();
    void progress(qint64 now);
    void markSteady(qint64 now);
    static void foldVisitor(const SimVisitor &v, SimStats &into);
    QJsonObject loadJson() const;
    int active() const { return m_spawned - m_done; }

    SimOptions m_options;
    Catalogue m_catalogue;
    PurchaseModel m_model;
    const Clock *m_clock;
    QElapsedTimer m_mono;
    quint64 m_runId;
    std::optional<ShopMap> m_shop;
    Timing m_timing;
    Scheduler m_scheduler;
    QTimer m_timer;
    qint64 m_armedFor = 0;
    bool m_inRunDue = false;
    qint64 m_runNow = 0;
    SimRng m_rng;
    ProfileMix m_mix;
    Phase m_phase = Phase::Idle;
    QString m_failure;
    SimStats m_stats;
    std::unique_ptr<ConsoleObserver> m_console;
    std::unique_ptr<IdentityTokens> m_tokens;
    int m_preparing = 0;

    std::vector<std::unique_ptr<SimVisitor>> m_visitors; // by slot; [0] is the control slot
    std::vector<quint32> m_freeSlots;
    QHash<QString, SimVisitor *> m_bySession;
    QHash<QString, std::deque<qint64>> m_staffChatsInFlight; // session -> send times (us)
    std::deque<std::pair<qint64, QPointer<QWebSocket>>> m_retired;
    int m_spawned = 0;
    int m_connecting = 0;
    int m_done = 0;
    int m_welcomedVisitors = 0;
    qint64 m_nextArrivalAt = 0;
    double m_arrivalClock = 0;
    qint64 m_startedAt = 0; // when visitors began
    qint64 m_endAt = 0; // behaviour: run end (0 = none)
    qint64 m_drainDeadline = 0;
    qint64 m_nextProgressAt = 0;
    qint64 m_finishedAt = 0;

    // Load mode phases.
    qint64 m_steadyAt = 0;
    bool m_loadStarted = false;
    qint64 m_steadyEndAt = 0;
    quint64 m_steadySent0 = 0, m_steadyAcked0 = 0, m_steadySent1 = 0, m_steadyAcked1 = 0;
    std::size_t m_ackMark0 = 0, m_ackMark1 = 0, m_consoleMark0 = 0, m_consoleMark1 = 0;
    std::optional<ProcStats> m_serverAt0, m_serverAt1, m_selfAt0, m_selfAt1;
    std::optional<ProcStats> m_serverBefore, m_serverEnd, m_selfSteady0, m_selfSteady1;
    std::optional<double> m_loadStart, m_loadEnd;
    qint64 m_connectPhaseMs = 0;
    quint64 m_progressAcked = 0;
    std::size_t m_progressMark = 0;
    qint64 m_progressAt = 0;
};

} // namespace fw::sim

#include "simulator.h"

#include "clock.h"
#include "consoleobserver.h"
#include "identitytokens.h"
#include "simvisitor.h"

#include <QJsonArray>
#include <QRandomGenerator>
#include <QThread>
#include <QWebSocket>

#include <algorithm>
#include <cmath>
#include <cstdio>

using namespace Qt::StringLiterals;

namespace fw::sim {

namespace {

constexpr qint64 RetireGraceMs = 5000;
constexpr qint64 KeepFinishedMs = 20000; // continuous mode: long enough to see "gone"

QJsonObject perProfile(const PerProfile &a, bool withTotal = true)
{
    QJsonObject o;
    quint64 total = 0;
    for (std::size_t i = 0; i < a.size(); ++i) {
        if (a[i])
            o.insert(toString(Profile(i)), double(a[i]));
        total += a[i];
    }
    return withTotal ? QJsonObject { { u"total"_s, double(total) }, { u"byProfile"_s, o } } : o;
}

double round1(double v)
{
    return std::round(v * 10.0) / 10.0;
}

} // namespace

Simulator::Simulator(SimOptions options, Catalogue catalogue, PurchaseModel model,
                     const Clock *clock, QObject *parent)
    : QObject(parent)
    , m_options(std::move(options))
    , m_catalogue(std::move(catalogue))
    , m_model(std::move(model))
    , m_clock(clock ? clock : SystemClock::instance())
    , m_runId(QRandomGenerator::system()->bounded(1u << 30))
    , m_timing(m_options.thresholds.value_or(Thresholds()), m_options.timeScale)
    , m_rng(SimRng::mix(m_options.seed, 0x5EEDA11))
    , m_mix(m_options.mix)
{
    m_mono.start();
    m_timer.setSingleShot(true);
    m_timer.setTimerType(Qt::PreciseTimer);
    connect(&m_timer, &QTimer::timeout, this, [this] {
        m_armedFor = 0;
        runDue();
    });
    m_visitors.resize(1); // slot 0: the control slot
}

Simulator::~Simulator()
{
    m_console.reset();
    m_visitors.clear();
}

bool Simulator::start(QString *error)
{
    if (m_phase != Phase::Idle) {
        *error = u"the simulation was already started"_s;
        return false;
    }
    m_shop = ShopMap::create(m_options.pageBase, m_catalogue, error);
    if (!m_shop)
        return false;
    if (!m_model.action(u"chat"_s)) {
        *error = u"the purchase model has no \"chat\" action"_s;
        return false;
    }
    const qint64 now = m_clock->nowMs();
    if (m_options.serverPid > 0)
        m_serverBefore = ProcStats::read(m_options.serverPid);
    m_selfAt0 = ProcStats::read(0);
    m_loadStart = ProcStats::loadAverage();
    // Before the first visitor: the identity tokens and the observing console, when asked for.
    m_phase = Phase::Preparing;
    auto fail = [this](const QString &e) {
        if (m_phase == Phase::Preparing || m_phase == Phase::Idle) {
            m_failure = e;
            finishRun(m_clock->nowMs());
        }
    };
    if (m_options.identifiedShare > 0) {
        ++m_preparing;
        m_tokens = std::make_unique<IdentityTokens>(QUrl(m_options.tokenUrl), m_options.customers);
        connect(m_tokens.get(), &IdentityTokens::ready, this, [this] { prepared(); });
        connect(m_tokens.get(), &IdentityTokens::failed, this, fail);
    }
    if (!m_options.consoleUser.isEmpty()) {
        ++m_preparing;
        m_console = std::make_unique<ConsoleObserver>(this);
        connect(m_console.get(), &ConsoleObserver::ready, this, [this] {
            if (m_phase != Phase::Preparing)
                return;
            if (!m_options.thresholds)
                m_timing = Timing(m_console->thresholds(), m_options.timeScale);
            prepared();
        });
        connect(m_console.get(), &ConsoleObserver::failed, this, fail);
    }
    if (m_preparing == 0) {
        beginVisitors();
        return true;
    }
    if (m_tokens)
        m_tokens->start();
    if (m_console)
        m_console->start(now);
    wakeAt(ControlSlot, now + 1000);
    return true;
}

void Simulator::prepared()
{
    if (m_phase == Phase::Preparing && --m_preparing == 0)
        beginVisitors();
}

QString Simulator::identityToken(const QString &customer) const
{
    return m_tokens ? m_tokens->token(customer) : QString();
}

void Simulator::beginVisitors()
{
    const qint64 now = m_clock->nowMs();
    m_phase = Phase::Running;
    m_startedAt = now;
    m_nextArrivalAt = now;
    m_arrivalClock = double(now);
    if (m_options.mode == SimOptions::Mode::Behaviour && m_options.durationSec > 0)
        m_endAt = now + qint64(m_options.durationSec * 1000);
    m_nextProgressAt = now + 5000;
    m_progressAt = now;
    wakeAt(ControlSlot, now);
}

void Simulator::stop()
{
    const qint64 now = m_clock->nowMs();
    switch (m_phase) {
    case Phase::Idle:
    case Phase::Preparing:
        finishRun(now);
        break;
    case Phase::Running:
        if (m_options.mode == SimOptions::Mode::Load && m_steadyAt && !m_steadyEndAt)
            m_steadyEndAt = now;
        beginDrain(now);
        break;
    case Phase::Draining:
    case Phase::Done:
        break;
    }
}

// ------------------------------------------------------------------------------ scheduling

void Simulator::wakeAt(quint32 slot, qint64 at)
{
    if (at <= 0) {
        m_scheduler.cancel(slot);
        return;
    }
    // Whatever is scheduled for "now" while now is being worked off runs a millisecond later,
    // so a slot can never keep the loop busy.
    if (m_inRunDue && at <= m_runNow)
        at = m_runNow + 1;
    m_scheduler.schedule(slot, at);
    if (!m_inRunDue)
        armTimer();
}

void Simulator::armTimer()
{
    const qint64 next = m_scheduler.nextAt();
    if (next == 0) {
        m_timer.stop();
        m_armedFor = 0;
        return;
    }
    if (m_timer.isActive() && m_armedFor != 0 && m_armedFor <= next)
        return;
    // Round up to the tick: everything due within one tick goes out in one pass (one wake-up
    // of the event loop instead of one per visitor).
    const qint64 tick = m_options.tickMs;
    const qint64 at = tick > 1 ? (next + tick - 1) / tick * tick : next;
    m_armedFor = next;
    const qint64 delay = std::clamp<qint64>(at - m_clock->nowMs(), 0, 1 << 30);
    m_timer.start(int(delay));
}

void Simulator::runDue()
{
    if (m_inRunDue)
        return;
    m_inRunDue = true;
    m_runNow = m_clock->nowMs();
    const qint64 now = m_runNow;
    m_scheduler.runDue(now, [this, now](quint32 slot, qint64) {
        if (slot == ControlSlot)
            control(now);
        else if (slot < m_visitors.size() && m_visitors[slot])
            m_visitors[slot]->wake(now);
    });
    m_inRunDue = false;
    if (m_phase != Phase::Done)
        armTimer();
    else
        m_timer.stop();
}

// ------------------------------------------------------------------------------ the run

void Simulator::control(qint64 now)
{
    if (m_phase == Phase::Done)
        return;
    if (m_console)
        m_console->tick(now);
    while (!m_retired.empty() && m_retired.front().first <= now) {
        if (QWebSocket *s = m_retired.front().second)
            s->abort(); // its close handshake never finished
        m_retired.pop_front();
    }
    qint64 next = now + 1000;
    auto consider = [&next, now](qint64 t) {
        if (t > now && t < next)
            next = t;
    };

    if (m_phase == Phase::Running) {
        spawn(now);
        if (m_options.mode == SimOptions::Mode::Behaviour) {
            if (m_endAt && now >= m_endAt)
                beginDrain(now);
            else if (!m_options.continuous && m_spawned >= m_options.visitors && active() == 0)
                finishRun(now);
            consider(m_endAt);
        } else {
            const bool allIn = m_welcomedVisitors >= m_options.visitors;
            if (!m_steadyAt &&
                (allIn || now - m_startedAt >= qint64(m_options.connectTimeoutSec * 1000)))
                markSteady(now);
            if (m_steadyAt && now >= m_steadyAt + qint64(m_options.durationSec * 1000)) {
                m_steadyEndAt = now;
                beginDrain(now);
            } else if (m_spawned >= m_options.visitors && active() == 0) {
                finishRun(now);
            }
            if (m_steadyAt)
                consider(m_steadyAt + qint64(m_options.durationSec * 1000));
        }
        if (m_phase == Phase::Running && m_nextArrivalAt > now &&
            m_connecting < m_options.maxConnecting)
            consider(m_nextArrivalAt);
        if (m_options.continuous) {
            // Finished visitors stay a little (their "gone" state still counts), then go.
            for (std::size_t slot = 1; slot < m_visitors.size(); ++slot) {
                const SimVisitor *v = m_visitors[slot].get();
                if (v && v->phase() == SimVisitor::Phase::Done &&
                    now - v->finishedAt() >= KeepFinishedMs) {
                    foldVisitor(*v, m_stats);
                    m_bySession.remove(v->sessionId());
                    m_visitors[slot].reset();
                    m_freeSlots.push_back(quint32(slot));
                }
            }
        }
    }
    if (m_phase == Phase::Draining) {
        if (active() == 0 || now >= m_drainDeadline)
            finishRun(now);
        else
            consider(m_drainDeadline);
    }
    if (m_phase == Phase::Done)
        return;
    if (m_startedAt && now >= m_nextProgressAt) {
        progress(now);
        m_nextProgressAt = now + 5000;
    }
    wakeAt(ControlSlot, next);
}

void Simulator::spawn(qint64 now)
{
    while (m_phase == Phase::Running) {
        if (!m_options.continuous && m_spawned >= m_options.visitors)
            break;
        if (m_options.continuous && active() >= m_options.visitors)
            break;
        if (m_connecting >= m_options.maxConnecting || m_nextArrivalAt > now)
            break;
        quint32 slot;
        if (!m_freeSlots.empty()) {
            slot = m_freeSlots.back();
            m_freeSlots.pop_back();
        } else {
            slot = quint32(m_visitors.size());
            m_visitors.emplace_back();
        }
        const Profile profile = m_mix.next();
        auto v = std::make_unique<SimVisitor>(this, quint64(m_spawned), slot, profile);
        SimVisitor *raw = v.get();
        m_visitors[slot] = std::move(v);
        ++m_spawned;
        raw->arrive(now);
        if (m_loadStarted)
            raw->startLoad(now); // a late arrival joins the stream at once
        if (m_options.arrivalRate > 0) {
            const double mean = 1000.0 / m_options.arrivalRate;
            m_arrivalClock += m_options.arrivals == SimOptions::Arrivals::Poisson
                    ? m_rng.exponential(mean)
                    : mean;
            m_nextArrivalAt = qint64(m_arrivalClock);
        } else {
            m_nextArrivalAt = now;
        }
    }
}

void Simulator::markSteady(qint64 now)
{
    m_steadyAt = now;
    m_connectPhaseMs = now - m_startedAt;
    m_steadySent0 = m_stats.eventsSent;
    m_steadyAcked0 = m_stats.eventsAcked;
    m_ackMark0 = m_stats.eventToAck.mark();
    m_consoleMark0 = m_stats.eventToConsole.mark();
    if (m_options.serverPid > 0)
        m_serverAt0 = ProcStats::read(m_options.serverPid);
    m_selfSteady0 = ProcStats::read(0);
    // Everyone is in: now the steady stream starts (connecting and sending are measured apart).
    m_loadStarted = true;
    for (auto &v : m_visitors) {
        if (v)
            v->startLoad(now);
    }
    if (!m_options.quiet)
        std::fprintf(stderr, "[sim] steady load from %.1f s: %d visitors connected in %.1f s\n",
                     double(now - m_startedAt) / 1000.0, m_welcomedVisitors,
                     double(m_connectPhaseMs) / 1000.0);
}

void Simulator::beginDrain(qint64 now)
{
    if (m_phase != Phase::Running)
        return;
    if (m_options.mode == SimOptions::Mode::Load && m_steadyAt) {
        m_steadySent1 = m_stats.eventsSent;
        m_steadyAcked1 = m_stats.eventsAcked;
        m_ackMark1 = m_stats.eventToAck.mark();
        m_consoleMark1 = m_stats.eventToConsole.mark();
        if (m_options.serverPid > 0)
            m_serverAt1 = ProcStats::read(m_options.serverPid);
        m_selfSteady1 = ProcStats::read(0);
        if (!m_steadyEndAt)
            m_steadyEndAt = now;
    }
    m_phase = Phase::Draining;
    m_drainDeadline = now + qint64(m_options.drainSec * 1000) + 2000;
    for (auto &v : m_visitors) {
        if (v)
            v->leave(now);
    }
    wakeAt(ControlSlot, now + 1);
}

void Simulator::finishRun(qint64 now)
{
    if (m_phase == Phase::Done)
        return;
    const bool wasIdle = m_phase == Phase::Idle;
    m_phase = Phase::Done;
    m_finishedAt = now;
    for (auto &v : m_visitors) {
        if (v)
            v->abandon(now);
    }
    if (m_options.serverPid > 0)
        m_serverEnd = ProcStats::read(m_options.serverPid);
    m_selfAt1 = ProcStats::read(0);
    m_loadEnd = ProcStats::loadAverage();
    if (m_console)
        m_console->close();
    m_scheduler.cancel(ControlSlot);
    m_timer.stop();
    if (!m_options.quiet && !wasIdle && m_startedAt)
        progress(now);
    QMetaObject::invokeMethod(this, &Simulator::finished, Qt::QueuedConnection);
}

void Simulator::progress(qint64 now)
{
    if (m_options.quiet)
        return;
    const double dt = double(now - m_progressAt) / 1000.0;
    const double rate = dt > 0 ? double(m_stats.eventsAcked - m_progressAcked) / dt : 0;
    m_progressAcked = m_stats.eventsAcked;
    m_progressAt = now;
    const LatencyStats::Summary ack = m_stats.eventToAck.summary(m_progressMark);
    m_progressMark = m_stats.eventToAck.mark();
    std::fprintf(stderr,
                 "[sim] %6.1f s: visitors %d active (%d started, %d done), events sent %llu "
                 "acked %llu (%.0f/s, ack p50 %.1f ms p99 %.1f ms), unexpected closes %llu\n",
                 double(now - m_startedAt) / 1000.0, active(), m_spawned, m_done,
                 static_cast<unsigned long long>(m_stats.eventsSent),
                 static_cast<unsigned long long>(m_stats.eventsAcked), rate, ack.p50, ack.p99,
                 [this] {
                     unsigned long long n = 0;
                     for (quint64 c : m_stats.closes)
                         n += c;
                     return n;
                 }());
}

// ------------------------------------------------------------------------------ callbacks

bool Simulator::observing() const
{
    return m_console && m_console->live();
}

void Simulator::visitorConnectStarted(SimVisitor *)
{
    ++m_connecting;
}

void Simulator::visitorConnectEnded(SimVisitor *)
{
    if (--m_connecting < m_options.maxConnecting && m_phase == Phase::Running)
        wakeAt(ControlSlot, m_clock->nowMs());
}

void Simulator::visitorWelcomed(SimVisitor *v, bool first)
{
    m_bySession.insert(v->sessionId(), v);
    if (first) {
        ++m_welcomedVisitors;
        emit sessionStarted(int(v->index()), v->sessionId());
    }
}

void Simulator::visitorFinished(SimVisitor *)
{
    ++m_done;
    wakeAt(ControlSlot, m_clock->nowMs());
}

void Simulator::staffChatSent(const QString &sessionId)
{
    m_staffChatsInFlight[sessionId].push_back(nowUs());
}

void Simulator::staffChatDelivered(const QString &sessionId)
{
    const auto it = m_staffChatsInFlight.find(sessionId);
    if (it == m_staffChatsInFlight.end() || it->empty())
        return; // sent by someone else (a real console)
    m_stats.staffChatToVisitor.record(nowUs() - it->front());
    it->pop_front();
}

void Simulator::thresholdsChanged(const Thresholds &t)
{
    if (!m_options.thresholds)
        m_timing = Timing(t, m_options.timeScale); // behaviours hold a pointer: they follow
}

void Simulator::retire(QWebSocket *socket)
{
    if (!socket)
        return;
    if (socket->state() == QAbstractSocket::UnconnectedState) {
        socket->deleteLater();
        return;
    }
    connect(socket, &QWebSocket::disconnected, socket, &QObject::deleteLater);
    if (socket->state() == QAbstractSocket::ConnectedState)
        socket->close(QWebSocketProtocol::CloseCodeGoingAway, u"page left"_s);
    else
        socket->abort();
    m_retired.emplace_back(m_clock->nowMs() + RetireGraceMs, QPointer<QWebSocket>(socket));
}

// ------------------------------------------------------------------------------ results

std::vector<const SimVisitor *> Simulator::visitors() const
{
    std::vector<const SimVisitor *> out;
    for (const auto &v : m_visitors) {
        if (v)
            out.push_back(v.get());
    }
    std::sort(out.begin(), out.end(),
              [](const SimVisitor *a, const SimVisitor *b) { return a->index() < b->index(); });
    return out;
}

SimVisitor *Simulator::visitorForSession(const QString &sessionId) const
{
    return m_bySession.value(sessionId);
}

void Simulator::foldVisitor(const SimVisitor &v, SimStats &into)
{
    const std::size_t p = std::size_t(v.profile());
    for (unsigned s = 0; s < 8; ++s) {
        if (v.statesSeen() & (1u << s))
            ++into.statesSeen[p][s];
        if (v.statesAfterLeaving() & (1u << s))
            ++into.statesAfterLeaving[p][s];
    }
    // Only visitors who played their script to the end count: a run cut short says nothing.
    if (const auto e = expectedState(v.profile()); e && v.behaviour().finished()) {
        ++into.expectedOf[p];
        if (v.statesSeen() & (1u << unsigned(*e)))
            ++into.expectedReached[p];
    }
}

bool Simulator::ok() const
{
    if (!m_failure.isEmpty() || m_stats.eventsAcked != m_stats.eventsQueued || m_stats.gaveUp ||
        m_stats.ackBeyondSent || !m_stats.closes.isEmpty() || !m_stats.errors.isEmpty())
        return false;
    return true;
}

QJsonObject Simulator::loadJson() const
{
    const double steadyMs = double(m_steadyEndAt - m_steadyAt);
    const double perVisitor = m_options.eventRate / m_options.visitors;
    QJsonObject o { { u"requestedEventsPerSecond"_s, m_options.eventRate },
                    { u"requestedPerVisitor"_s, round1(perVisitor * 100) / 100 },
                    { u"connectPhaseMs"_s, double(m_connectPhaseMs) },
                    { u"connectionsPerSecond"_s,
                      m_connectPhaseMs > 0
                              ? round1(m_welcomedVisitors * 1000.0 / double(m_connectPhaseMs))
                              : 0.0 },
                    { u"connected"_s, m_welcomedVisitors },
                    { u"perVisitorCap"_s, round1(m_stats.loadCapPerVisitor * 100) / 100 },
                    { u"capped"_s, m_stats.loadCapped } };
    if (m_steadyAt && m_steadyEndAt > m_steadyAt) {
        o.insert(u"steadySeconds"_s, round1(steadyMs / 1000.0));
        o.insert(u"eventsSent"_s, double(m_steadySent1 - m_steadySent0));
        o.insert(u"eventsAcked"_s, double(m_steadyAcked1 - m_steadyAcked0));
        o.insert(u"sentPerSecond"_s,
                 round1(double(m_steadySent1 - m_steadySent0) * 1000.0 / steadyMs));
        o.insert(u"ackedPerSecond"_s,
                 round1(double(m_steadyAcked1 - m_steadyAcked0) * 1000.0 / steadyMs));
        o.insert(u"latencyMs"_s,
                 QJsonObject {
                         { u"eventToAck"_s, m_stats.eventToAck.toJson(m_ackMark0, m_ackMark1) },
                         { u"eventToConsole"_s,
                           m_stats.eventToConsole.toJson(m_consoleMark0, m_consoleMark1) } });
        if (m_serverAt0 && m_serverAt1)
            o.insert(u"serverCpuPercent"_s,
                     round1(ProcStats::cpuPercent(*m_serverAt0, *m_serverAt1, qint64(steadyMs))));
        if (m_selfSteady0 && m_selfSteady1)
            o.insert(u"generatorCpuPercent"_s,
                     round1(ProcStats::cpuPercent(*m_selfSteady0, *m_selfSteady1,
                                                  qint64(steadyMs))));
    }
    return o;
}

QJsonObject Simulator::report() const
{
    SimStats st = m_stats;
    for (const auto &v : m_visitors) {
        if (v)
            foldVisitor(*v, st);
    }
    const qint64 end = m_finishedAt ? m_finishedAt : m_clock->nowMs();
    QJsonObject r { { u"tool"_s, u"floorwalker-sim"_s },
                    { u"version"_s, QStringLiteral(FW_VERSION) },
                    { u"qt"_s, QString::fromLatin1(qVersion()) },
                    { u"ok"_s, ok() },
                    { u"finished"_s, m_phase == Phase::Done } };
    if (!m_failure.isEmpty())
        r.insert(u"failure"_s, m_failure);
    QJsonObject options = m_options.toJson();
    options.insert(u"thresholdsUsed"_s, m_timing.thresholds().toJson());
    r.insert(u"options"_s, options);
    r.insert(u"startedAt"_s, double(m_startedAt));
    r.insert(u"finishedAt"_s, double(end));
    r.insert(u"runSeconds"_s, m_startedAt ? round1(double(end - m_startedAt) / 1000.0) : 0.0);

    r.insert(u"visitors"_s,
             QJsonObject { { u"started"_s, double(st.started) },
                           { u"sessions"_s, double(st.welcomed) },
                           { u"resumed"_s, double(st.resumed) },
                           { u"resumeRefused"_s, double(st.resumeRefused) },
                           { u"finished"_s, double(st.finished) },
                           { u"gaveUp"_s, double(st.gaveUp) },
                           { u"active"_s, active() },
                           { u"byProfile"_s, perProfile(st.byProfile, false) },
                           { u"identified"_s, double(st.identified) },
                           { u"sockets"_s, double(st.sockets) },
                           { u"navigations"_s, double(st.navigations) },
                           { u"reconnects"_s, double(st.reconnects) },
                           { u"connectFailures"_s, double(st.connectFailures) } });
    QJsonObject byType;
    for (auto it = st.sentByType.cbegin(); it != st.sentByType.cend(); ++it)
        byType.insert(it.key(), double(it.value()));
    r.insert(u"events"_s,
             QJsonObject { { u"queued"_s, double(st.eventsQueued) },
                           { u"sent"_s, double(st.eventsSent) },
                           { u"resent"_s, double(st.eventsResent) },
                           { u"acknowledged"_s, double(st.eventsAcked) },
                           { u"unacknowledged"_s, double(st.eventsQueued - st.eventsAcked) },
                           { u"unacknowledgedAtLeave"_s, double(st.unackedAtEnd) },
                           { u"ackBeyondSent"_s, double(st.ackBeyondSent) },
                           { u"byType"_s, byType } });
    r.insert(u"messages"_s,
             QJsonObject { { u"pings"_s, double(st.pings) },
                           { u"acksSent"_s, double(st.acksSent) },
                           { u"throttled"_s, double(st.throttled) } });
    QJsonObject latency { { u"eventToAck"_s, st.eventToAck.toJson() } };
    if (m_console) {
        latency.insert(u"eventToConsole"_s, st.eventToConsole.toJson());
        latency.insert(u"staffChatToVisitor"_s, st.staffChatToVisitor.toJson());
    }
    r.insert(u"latencyMs"_s, latency);
    QJsonObject closes;
    for (auto it = st.closes.cbegin(); it != st.closes.cend(); ++it)
        closes.insert(QString::number(it.key()), double(it.value()));
    r.insert(u"closes"_s,
             QJsonObject { { u"byCode"_s, closes },
                           { u"samples"_s, QJsonArray::fromStringList(st.closeSamples) } });
    QJsonObject errors;
    quint64 errorTotal = 0;
    for (auto it = st.errors.cbegin(); it != st.errors.cend(); ++it) {
        errors.insert(it.key(), double(it.value()));
        errorTotal += it.value();
    }
    r.insert(u"errors"_s,
             QJsonObject { { u"total"_s, double(errorTotal) },
                           { u"byCode"_s, errors },
                           { u"samples"_s, QJsonArray::fromStringList(st.errorSamples) } });
    r.insert(u"staffChat"_s,
             QJsonObject { { u"received"_s, double(st.staffChatsReceived) },
                           { u"duplicatesDropped"_s, double(st.staffChatDuplicates) },
                           { u"replies"_s, double(st.replies) } });
    QJsonObject actions;
    for (auto it = st.actions.cbegin(); it != st.actions.cend(); ++it) {
        actions.insert(it.key(),
                       QJsonObject { { u"received"_s, perProfile(it->received) },
                                     { u"responded"_s, perProfile(it->responded) },
                                     { u"buyDecided"_s, perProfile(it->buyDecided) },
                                     { u"purchases"_s, perProfile(it->purchases) } });
    }
    r.insert(u"actions"_s, actions);
    QJsonObject after;
    for (auto it = st.purchasesAfterAction.cbegin(); it != st.purchasesAfterAction.cend(); ++it)
        after.insert(it.key(), double(it.value()));
    QJsonObject purchases = perProfile(st.purchases);
    purchases.insert(u"afterAction"_s, after);
    r.insert(u"purchases"_s, purchases);

    if (m_console) {
        QJsonObject c = m_console->toJson();
        QJsonObject seen, leftStates, expected;
        auto states = [](const std::array<quint64, 8> &counts) {
            QJsonObject o;
            for (std::size_t s = 0; s < 8; ++s) {
                if (counts[s])
                    o.insert(fw::toString(BehaviourState(s)), double(counts[s]));
            }
            return o;
        };
        for (std::size_t p = 0; p < 7; ++p) {
            if (const QJsonObject o = states(st.statesSeen[p]); !o.isEmpty())
                seen.insert(toString(Profile(p)), o);
            if (const QJsonObject o = states(st.statesAfterLeaving[p]); !o.isEmpty())
                leftStates.insert(toString(Profile(p)), o);
            if (const auto e = expectedState(Profile(p)); e && st.expectedOf[p]) {
                expected.insert(toString(Profile(p)),
                                QJsonObject { { u"state"_s, fw::toString(*e) },
                                              { u"reached"_s, double(st.expectedReached[p]) },
                                              { u"of"_s, double(st.expectedOf[p]) } });
            }
        }
        c.insert(u"statesSeen"_s, seen);
        c.insert(u"statesAfterLeaving"_s, leftStates);
        c.insert(u"expected"_s, expected);
        r.insert(u"console"_s, c);
    }
    if (m_options.mode == SimOptions::Mode::Load)
        r.insert(u"load"_s, loadJson());

    auto proc = [](const ProcStats &p) {
        return QJsonObject { { u"rssMb"_s, round1(double(p.rssKb) / 1024.0) },
                             { u"peakRssMb"_s, round1(double(p.peakRssKb) / 1024.0) },
                             { u"threads"_s, p.threads },
                             { u"openFiles"_s, p.openFiles } };
    };
    const qint64 wall = end - m_startedAt;
    if (m_options.serverPid > 0) {
        const std::optional<ProcStats> last = m_serverAt1 ? m_serverAt1 : m_serverEnd;
        QJsonObject s { { u"pid"_s, double(m_options.serverPid) } };
        if (last) {
            QJsonObject p = proc(*last);
            for (auto it = p.begin(); it != p.end(); ++it)
                s.insert(it.key(), it.value());
        }
        if (m_serverBefore && m_serverEnd && wall > 0)
            s.insert(u"cpuPercentWholeRun"_s,
                     round1(ProcStats::cpuPercent(*m_serverBefore, *m_serverEnd, wall)));
        if (m_serverBefore)
            s.insert(u"rssMbBefore"_s, round1(double(m_serverBefore->rssKb) / 1024.0));
        r.insert(u"server"_s, s);
    }
    QJsonObject machine { { u"cpus"_s, QThread::idealThreadCount() } };
    if (m_loadStart)
        machine.insert(u"loadAverageAtStart"_s, *m_loadStart);
    if (m_loadEnd)
        machine.insert(u"loadAverageAtEnd"_s, *m_loadEnd);
    r.insert(u"machine"_s, machine);
    if (m_selfAt0 && m_selfAt1) {
        QJsonObject g = proc(*m_selfAt1);
        if (wall > 0)
            g.insert(u"cpuPercentWholeRun"_s,
                     round1(ProcStats::cpuPercent(*m_selfAt0, *m_selfAt1, wall)));
        r.insert(u"generator"_s, g);
    }
    return r;
}

} // namespace fw::sim

#include "serverapp.h"

#include "clock.h"
#include "consolefeed.h"
#include "consolegateway.h"
#include "database.h"
#include "httpfrontend.h"
#include "ids.h"
#include "jwtverifier.h"
#include "loginthrottle.h"
#include "metrics.h"
#include "passwordhasher.h"
#include "protocol.h"
#include "sessioncore.h"
#include "staffdirectory.h"
#include "visitorgateway.h"
#include "websocketlistener.h"

#include <QCoreApplication>
#include <QDir>
#include <QEventLoop>
#include <QLockFile>
#include <QLoggingCategory>

using namespace Qt::StringLiterals;

Q_LOGGING_CATEGORY(lcServer, "floorwalker.server")

namespace fw {

namespace {

bool prepareDataDir(const ServerConfig &config, std::unique_ptr<QLockFile> *lock, QString *error)
{
    if (config.dataDir.isEmpty())
        return true;
    if (!QDir().mkpath(config.dataDir)) {
        *error = u"cannot create data folder %1"_s.arg(config.dataDir);
        return false;
    }
    if (lock) {
        auto l = std::make_unique<QLockFile>(QDir(config.dataDir).filePath(u"floorwalker.lock"_s));
        l->setStaleLockTime(0);
        if (!l->tryLock(0)) {
            *error = u"another floorwalker-server is using %1"_s.arg(config.dataDir);
            return false;
        }
        *lock = std::move(l);
    }
    return true;
}

} // namespace

ServerApp::ServerApp(ServerConfig config, const Clock *clock, QObject *parent)
    : QObject(parent)
    , m_config(std::move(config))
    , m_clock(clock ? clock : SystemClock::instance())
{
    m_uptime.start();
}

ServerApp::~ServerApp()
{
    stop();
}

QString ServerApp::findResourcesDir(const QString &configured)
{
    if (!configured.isEmpty())
        return QDir(configured).absolutePath();
    const QStringList candidates { QCoreApplication::applicationDirPath() +
                                           u"/../share/floorwalker/resources"_s,
                                   QStringLiteral(FW_RESOURCES_DIR) };
    for (const QString &c : candidates) {
        if (QFileInfo::exists(c + u"/tracker"_s))
            return QDir(c).absolutePath();
    }
    return QStringLiteral(FW_RESOURCES_DIR);
}

bool ServerApp::start(QString *error)
{
    if (!prepareDataDir(m_config, &m_lock, error))
        return false;
    QString e;
    const DatabaseUrl url = DatabaseUrl::parse(m_config.databaseUrl(), &e);
    if (!e.isEmpty()) {
        *error = e;
        return false;
    }
    m_db = std::make_unique<Database>(Database::Options { url, m_config.sqliteFullSync });
    if (!m_db->open(error))
        return false;

    m_jwt = std::make_unique<JwtVerifier>(m_clock);
    for (const auto &[kid, secret] : std::as_const(m_config.identityKeys))
        m_jwt->addKey(kid, secret);
    if (m_config.demo) {
        // The demo shop has no backend of its own: the server plays it, with a key made now.
        m_demoIdentityKey = randomBytes(32);
        m_jwt->addKey(u"demo-shop"_s, m_demoIdentityKey);
    }
    m_jwt->setLeewaySeconds(m_config.identityLeewaySeconds);
    if (m_config.siteKeys.size() == 1)
        m_jwt->setAudience(m_config.siteKeys.first());

    m_feed = std::make_unique<ConsoleFeed>(m_clock);
    SessionCore::Options co;
    co.siteKeys = m_config.siteKeys;
    co.goneLingerMs = qint64(m_config.goneLingerSeconds) * 1000;
    co.maxMessageBytes = m_config.maxMessageBytes;
    co.messagesPerSecond = m_config.messagesPerSecond;
    co.burst = m_config.burst;
    co.pingIntervalSeconds = m_config.pingIntervalSeconds;
    m_core = std::make_unique<SessionCore>(co, m_clock, m_db.get(), m_jwt.get(), m_feed.get());

    LoadedState state = m_db->loadState(m_clock->nowMs(), protocol::ResumeWindowMs);
    m_staff = std::make_unique<StaffDirectory>(m_clock, m_db.get(), m_config.passwordIterations);
    m_staff->load(state.staff);
    m_core->restore(state);
    if (m_config.demo && m_staff->isEmpty()) {
        m_demoPassword = randomId("", 12);
        m_staff->upsertNow(u"admin"_s, u"Demo admin"_s, Role::Admin,
                           passwords::hash(m_demoPassword, m_config.passwordIterations));
    }

    m_throttle = std::make_unique<LoginThrottle>(m_clock);
    GatewayBase::Limits vl;
    vl.messagesPerSecond = m_config.messagesPerSecond;
    vl.burst = m_config.burst;
    vl.helloTimeoutMs = m_config.helloTimeoutMs;
    vl.silenceMs = m_config.visitorSilenceSeconds * 1000;
    vl.maxPeers = m_config.maxVisitors;
    m_visitors = std::make_unique<VisitorGateway>(vl, m_clock, m_core.get());
    GatewayBase::Limits cl;
    cl.messagesPerSecond = 50;
    cl.burst = 200;
    cl.helloTimeoutMs = m_config.helloTimeoutMs;
    cl.silenceMs = m_config.consoleSilenceSeconds * 1000;
    cl.maxPeers = m_config.maxConsoles;
    m_consoles = std::make_unique<ConsoleGateway>(cl, m_clock, m_core.get(), m_staff.get(),
                                                  m_feed.get(), m_throttle.get());

    WebSocketListener::Options lo;
    lo.allowedOrigins = m_config.allowedOrigins;
    lo.handshakeTimeoutMs = m_config.handshakeTimeoutMs;
    lo.maxMessageBytes = m_config.maxMessageBytes;
    m_listener = std::make_unique<WebSocketListener>(lo);
    connect(m_listener.get(), &WebSocketListener::visitorConnected, m_visitors.get(),
            &GatewayBase::accept);
    connect(m_listener.get(), &WebSocketListener::consoleConnected, m_consoles.get(),
            &GatewayBase::accept);

    HttpFrontend::Options ho;
    ho.resourcesDir = findResourcesDir(m_config.resourcesDir);
    ho.demo = m_config.demo;
    if (m_config.demo)
        ho.demoToken = [this](const QString &customer) {
            return demoIdentityToken(customer);
        };
    m_http = std::make_unique<HttpFrontend>(ho,
                                            HttpFrontend::Status { [this] { return health(); },
                                                                   [this] {
                                                                       return metricsText();
                                                                   } });
    if (!m_http->listen(m_config.httpHost, m_config.httpPort, error) ||
        !m_listener->listen(m_config.wsHost, m_config.wsPort, error))
        return false;
    if (m_config.demo) {
        for (const char *host : { "127.0.0.1", "localhost" })
            m_listener->addAllowedOrigin(
                    u"http://%1:%2"_s.arg(QLatin1String(host)).arg(m_http->port()));
    }
    m_http->setTrackerWsUrl(m_config.publicWsUrl.isEmpty()
                                    ? u"ws://{host}:%1%2"_s.arg(m_listener->port())
                                              .arg(QLatin1String(protocol::VisitorPath))
                                    : m_config.publicWsUrl);

    m_rate = std::make_unique<RateMeter>(10);
    m_sampler.setInterval(1000);
    connect(&m_sampler, &QTimer::timeout, this,
            [this] { m_rate->sample(m_clock->nowMs(), m_core->eventsApplied()); });
    m_sampler.start();
    m_started = true;
    qCInfo(lcServer, "serving http %s ws %s database %s", qPrintable(httpUrl()),
           qPrintable(wsUrl()), qPrintable(url.redacted()));
    return true;
}

void ServerApp::stop()
{
    if (!m_started || m_stopped)
        return;
    m_stopped = true;
    m_sampler.stop();
    m_http->stopListening();
    m_listener->stopListening();
    m_visitors->closeAll(protocol::GoingAway, u"server shutting down"_s);
    m_consoles->closeAll(protocol::GoingAway, u"server shutting down"_s);
    // Let the close frames go out and the disconnects reach the core (bounded wait).
    QElapsedTimer t;
    t.start();
    while ((m_visitors->peerCount() > 0 || m_consoles->peerCount() > 0) && t.elapsed() < 2000)
        QCoreApplication::processEvents(QEventLoop::AllEvents, 50);
    m_core->flushWrites();
    m_db->close(); // blocks until everything submitted is committed
    qCInfo(lcServer, "stopped cleanly");
}

QString ServerApp::httpUrl() const
{
    const QString host = m_config.httpHost == QHostAddress::AnyIPv4 ? u"127.0.0.1"_s
                                                                    : m_config.httpHost.toString();
    return u"http://%1:%2"_s.arg(host).arg(m_http ? m_http->port() : 0);
}

QString ServerApp::wsUrl() const
{
    const QString host =
            m_config.wsHost == QHostAddress::AnyIPv4 ? u"127.0.0.1"_s : m_config.wsHost.toString();
    return u"ws://%1:%2"_s.arg(host).arg(m_listener ? m_listener->port() : 0);
}

QJsonObject ServerApp::readyInfo() const
{
    QJsonObject o { { u"http"_s, httpUrl() },
                    { u"ws"_s, wsUrl() },
                    { u"visitorWs"_s, QString(wsUrl() + QLatin1String(protocol::VisitorPath)) },
                    { u"consoleWs"_s, QString(wsUrl() + QLatin1String(protocol::ConsolePath)) },
                    { u"version"_s, QStringLiteral(FW_VERSION) },
                    { u"database"_s, m_db ? m_db->backendName() : QString() } };
    if (m_config.demo) {
        o.insert(u"shop"_s, QString(httpUrl() + u"/shop/"_s));
        if (!m_demoPassword.isEmpty())
            o.insert(u"demoLogin"_s,
                     QJsonObject { { u"user"_s, u"admin"_s }, { u"password"_s, m_demoPassword } });
    }
    return o;
}

QJsonObject ServerApp::health() const
{
    const bool ok = m_db && m_db->healthy() && !m_stopped;
    return { { u"status"_s, ok ? u"ok"_s : u"degraded"_s },
             { u"version"_s, QStringLiteral(FW_VERSION) },
             { u"uptimeSec"_s, double(m_uptime.elapsed() / 1000) },
             { u"database"_s, m_db ? m_db->backendName() : QString() },
             { u"databaseHealthy"_s, m_db && m_db->healthy() },
             { u"visitorsConnected"_s, m_core ? m_core->connectedCount() : 0 },
             { u"sessions"_s, m_core ? m_core->sessionCount() : 0 },
             { u"consoles"_s, m_consoles ? m_consoles->liveCount() : 0 },
             { u"dbQueueDepth"_s, m_db ? m_db->queueDepth() : 0 } };
}

QByteArray ServerApp::metricsText() const
{
    PrometheusWriter w;
    QList<std::pair<QString, double>> states;
    const auto counts = m_core->stateCounts();
    for (std::size_t i = 0; i < counts.size(); ++i)
        states.append({ toString(BehaviourState(i)), counts[i] });
    w.labelled("floorwalker_visitors", "gauge", "Visitors in the live list, by behaviour state.",
               "state", states);
    w.gauge("floorwalker_sessions", "Sessions held in memory (live and resumable).",
            m_core->sessionCount());
    w.gauge("floorwalker_visitor_connections", "Open visitor WebSocket connections.",
            m_visitors->peerCount());
    w.gauge("floorwalker_consoles", "Logged-in consoles receiving the live feed.",
            m_consoles->liveCount());
    w.counter("floorwalker_events_total", "Visitor events applied.",
              double(m_core->eventsApplied()));
    w.gauge("floorwalker_events_per_second", "Visitor events applied per second, last 10 s.",
            m_rate ? m_rate->perSecond() : 0);
    w.counter("floorwalker_duplicate_events_total", "Resent visitor events recognised and ignored.",
              double(m_core->duplicatesIgnored()));
    w.gauge("floorwalker_db_queue_depth", "Database writes submitted and not yet committed.",
            m_db->queueDepth());
    w.counter("floorwalker_db_batches_total", "Database transactions committed.",
              double(m_db->batchesCommitted()));
    w.gauge("floorwalker_db_healthy", "1 if the database accepts writes.", m_db->healthy() ? 1 : 0);
    w.counter("floorwalker_db_failed_writes_total",
              "Writes the database refused (never acknowledged to visitors).",
              double(m_db->failedWrites()));
    w.gauge("floorwalker_deadline_queue_size", "Entries in the behaviour deadline queue.",
            double(m_core->deadlineQueueSize()));
    w.counter("floorwalker_console_deltas_total", "Deltas published to consoles.",
              double(m_feed->deltasPublished()));
    QList<std::pair<QString, double>> rejected;
    for (const auto *g : { static_cast<const GatewayBase *>(m_visitors.get()),
                           static_cast<const GatewayBase *>(m_consoles.get()) }) {
        const QString side = g == m_visitors.get() ? u"visitor_"_s : u"console_"_s;
        for (auto it = g->rejections().cbegin(); it != g->rejections().cend(); ++it)
            rejected.append({ side + it.key(), double(it.value()) });
    }
    rejected.append({ u"origin"_s, double(m_listener->refusedOrigins()) });
    std::sort(rejected.begin(), rejected.end());
    w.labelled("floorwalker_rejected_total", "counter",
               "Connections and messages refused, by reason.", "reason", rejected);
    return w.text();
}

QString ServerApp::demoIdentityToken(const QString &customer) const
{
    // A few made-up customers with the claims a real shop backend would sign.
    struct DemoCustomer
    {
        const char *id;
        int age;
        const char *gender;
        int orders;
        int total;
    };
    static const DemoCustomer customers[] = {
        { "C-1001", 34, "female", 12, 480000 },  { "C-1002", 27, "male", 2, 89000 },
        { "C-1003", 45, "female", 31, 2150000 }, { "C-1004", 61, "male", 0, 0 },
        { "C-1005", 19, "other", 5, 142000 },    { "C-1006", 38, "male", 7, 615000 },
        { "C-1007", 23, "female", 1, 39000 },    { "C-1008", 52, "female", 18, 1320000 },
        { "C-1009", 30, "male", 4, 256000 },     { "C-1010", 41, "female", 9, 702000 },
        { "C-1011", 67, "female", 3, 188000 },   { "C-1012", 29, "male", 0, 0 }
    };
    for (const DemoCustomer &c : customers) {
        if (customer != QLatin1String(c.id))
            continue;
        const qint64 now = m_clock->nowMs() / 1000;
        return JwtVerifier::sign(
                { { u"alg"_s, u"HS256"_s }, { u"typ"_s, u"JWT"_s }, { u"kid"_s, u"demo-shop"_s } },
                { { u"sub"_s, customer },
                  { u"age"_s, c.age },
                  { u"gender"_s, QLatin1String(c.gender) },
                  { u"purchases"_s,
                    QJsonObject { { u"orders"_s, c.orders },
                                  { u"total"_s, c.total },
                                  { u"currency"_s, u"KRW"_s },
                                  { u"lastOrderAt"_s, double(c.orders ? now - 86400 * 9 : 0) } } },
                  { u"iat"_s, double(now) },
                  { u"exp"_s, double(now + 3600) } },
                m_demoIdentityKey);
    }
    return {};
}

bool ServerApp::addUser(const ServerConfig &config, const QString &name, Role role,
                        const QString &password, QString *error)
{
    if (password.size() < limits::PasswordMinLength || password.size() > limits::PasswordLength) {
        *error = u"the password must be %1-%2 characters"_s.arg(limits::PasswordMinLength)
                         .arg(limits::PasswordLength);
        return false;
    }
    if (!prepareDataDir(config, nullptr, error))
        return false;
    QString e;
    const DatabaseUrl url = DatabaseUrl::parse(config.databaseUrl(), &e);
    if (!e.isEmpty()) {
        *error = e;
        return false;
    }
    Database db(Database::Options { url, config.sqliteFullSync });
    if (!db.open(error))
        return false;
    StaffDirectory staff(SystemClock::instance(), &db, config.passwordIterations);
    staff.load(db.loadStaff());
    staff.upsertNow(name, QString(), role, passwords::hash(password, config.passwordIterations));
    db.submit({ Stmt::InsertAudit,
                { SystemClock::instance()->nowMs(), u"cli"_s, u"add_user"_s, name,
                  u"{\"role\":\"%1\"}"_s.arg(toString(role)), u"local"_s } });
    db.close();
    return true;
}

} // namespace fw

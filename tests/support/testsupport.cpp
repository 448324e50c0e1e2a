#include "testsupport.h"

#include "database.h"
#include "ids.h"
#include "passwordhasher.h"
#include "qtcompat.h"
#include "sessioncore.h"
#include "staffdirectory.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>
#include <QUrl>

#include <csignal>

using namespace Qt::StringLiterals;

namespace fw::test {

bool waitUntil(const std::function<bool()> &pred, int timeoutMs)
{
    QElapsedTimer t;
    t.start();
    while (!pred()) {
        if (t.elapsed() > timeoutMs)
            return false;
        QCoreApplication::processEvents(QEventLoop::AllEvents, 10);
        QTest::qSleep(1);
    }
    return true;
}

// ------------------------------------------------------------------------------ PgDatabase

bool PgDatabase::configured() { return !qEnvironmentVariableIsEmpty("FW_TEST_PG_URL"); }
bool PgDatabase::required() { return qEnvironmentVariable("FW_REQUIRE_PG") == "1"_L1; }

PgDatabase::PgDatabase()
    : m_admin(qEnvironmentVariable("FW_TEST_PG_URL"))
{
    if (m_admin.isEmpty())
        return;
    QString e;
    const DatabaseUrl u = DatabaseUrl::parse(m_admin, &e);
    if (!e.isEmpty()) {
        m_error = e;
        return;
    }
    m_name = u"fwtest_"_s + QString::fromLatin1(randomBytes(6).toHex());
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QPSQL"_s, u"pg-admin"_s);
        db.setHostName(u.host);
        db.setPort(u.port);
        db.setUserName(u.user);
        db.setPassword(u.password);
        db.setDatabaseName(u.database);
        if (!db.open()) {
            m_error = db.lastError().text();
        } else {
            QSqlQuery q(db);
            if (!q.exec(u"CREATE DATABASE "_s + m_name))
                m_error = q.lastError().text();
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(u"pg-admin"_s);
    if (!m_error.isEmpty())
        return;
    QUrl url(m_admin);
    url.setPath(u"/"_s + m_name);
    m_url = url.toString();
}

PgDatabase::~PgDatabase()
{
    if (m_url.isEmpty())
        return;
    QString e;
    const DatabaseUrl u = DatabaseUrl::parse(m_admin, &e);
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QPSQL"_s, u"pg-admin"_s);
        db.setHostName(u.host);
        db.setPort(u.port);
        db.setUserName(u.user);
        db.setPassword(u.password);
        db.setDatabaseName(u.database);
        if (db.open()) {
            QSqlQuery q(db);
            q.exec(u"DROP DATABASE IF EXISTS "_s + m_name + u" WITH (FORCE)"_s);
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(u"pg-admin"_s);
}

// ------------------------------------------------------------------------------ WsClient

WsClient::WsClient(const QString &origin, QObject *parent)
    : QObject(parent)
    , m_socket(std::make_unique<QWebSocket>(origin))
{
    connect(m_socket.get(), &QWebSocket::textMessageReceived, this, [this](const QString &text) {
        m_messages.append(decodeMessage(text.toUtf8()));
    });
    connect(m_socket.get(), &QWebSocket::disconnected, this, [this] {
        m_closed = true;
        m_closeCode = int(m_socket->closeCode());
        m_closeReason = m_socket->closeReason();
    });
    compat::onSocketError(m_socket.get(), this,
                          [this](QAbstractSocket::SocketError e) { m_error = e; });
}

WsClient::~WsClient() { m_socket->abort(); }

bool WsClient::open(const QString &url, int timeoutMs)
{
    m_socket->setMaxAllowedIncomingMessageSize(64 * 1024 * 1024);
    m_socket->setMaxAllowedIncomingFrameSize(64 * 1024 * 1024);
    m_socket->open(QUrl(url));
    return waitUntil([this] { return isOpen() || m_closed; }, timeoutMs) && isOpen();
}

void WsClient::sendRaw(const QString &text) { m_socket->sendTextMessage(text); }
void WsClient::sendBinary(const QByteArray &data) { m_socket->sendBinaryMessage(data); }
void WsClient::close() { m_socket->close(); }
void WsClient::abort() { m_socket->abort(); }

bool WsClient::waitClosed(int timeoutMs)
{
    return waitUntil([this] { return m_closed; }, timeoutMs);
}

// ------------------------------------------------------------------------------ TestServer

TestServer::TestServer()
    : TestServer(Options{})
{
}

TestServer::TestServer(Options options)
    : m_options(std::move(options))
{
}

TestServer::~TestServer() { stop(); }

bool TestServer::start(QString *error)
{
    ServerConfig c;
    c.httpHost = c.wsHost = QHostAddress::LocalHost;
    c.httpPort = c.wsPort = 0;
    c.dataDir = m_dir.path();
    c.database = m_options.database;
    c.identityKeys = m_options.identityKeys;
    c.demo = m_options.demo;
    c.allowedOrigins = {u"https://shop.example"_s};
    c.handshakeTimeoutMs = m_options.handshakeTimeoutMs;
    c.helloTimeoutMs = m_options.helloTimeoutMs;
    c.visitorSilenceSeconds = m_options.silenceSeconds;
    c.consoleSilenceSeconds = m_options.silenceSeconds;
    m_app = std::make_unique<ServerApp>(c, &m_clock);
    QString e;
    if (!m_app->start(&e)) {
        if (error)
            *error = e;
        qWarning("test server did not start: %s", qPrintable(e));
        return false;
    }
    return true;
}

void TestServer::stop()
{
    if (m_app)
        m_app->stop();
}

QString TestServer::visitorUrl() const { return m_app->wsUrl() + u"/v1/visitor"_s; }
QString TestServer::consoleUrl() const { return m_app->wsUrl() + u"/v1/console"_s; }
QString TestServer::httpUrl() const { return m_app->httpUrl(); }

void TestServer::addStaff(const QString &name, Role role, const QString &password)
{
    m_app->staff()->upsertNow(name, name.toUpper(), role, passwords::hash(password));
}

void TestServer::advance(qint64 ms)
{
    m_clock.advance(ms);
    m_app->core()->processDeadlines();
}

// ------------------------------------------------------------------------------ Visitor

Hello Visitor::hello(const QString &visitorId, const QString &url, PageKind kind)
{
    Hello h;
    h.siteKey = u"demo"_s;
    h.visitorId = visitorId;
    h.page.url = url;
    h.page.title = u"Page"_s;
    h.page.kind = kind;
    h.device = DeviceKind::Desktop;
    h.lang = u"ko-KR"_s;
    h.client = u"test"_s;
    return h;
}

std::optional<Visitor> Visitor::connect(const QString &url, Hello hello)
{
    Visitor v;
    v.ws = std::make_unique<WsClient>();
    v.visitorId = hello.visitorId;
    if (!v.ws->open(url))
        return std::nullopt;
    v.ws->send(hello);
    const auto w = v.ws->waitFor<Welcome>();
    if (!w)
        return std::nullopt;
    v.welcome = *w;
    v.seq = w->ackedUpTo;
    return v;
}

qint64 Visitor::page(const QString &url, PageKind kind, const QString &productId)
{
    PageView p;
    p.page.url = url;
    p.page.title = url.section(u'/', -1);
    p.page.kind = kind;
    p.page.productId = productId;
    return sendEvent(p);
}

qint64 Visitor::scroll(int depth)
{
    ScrollEvent e;
    e.depth = depth;
    e.y = depth * 30;
    return sendEvent(e);
}

qint64 Visitor::click(int x, int y)
{
    ClickEvent e;
    e.x = x;
    e.y = y;
    e.target = u"button#buy"_s;
    return sendEvent(e);
}

qint64 Visitor::visibility(bool hidden)
{
    VisibilityEvent e;
    e.hidden = hidden;
    return sendEvent(e);
}

qint64 Visitor::chat(const QString &text)
{
    ChatEvent e;
    e.text = text;
    return sendEvent(e);
}

qint64 Visitor::help(HelpKind kind, const QString &text)
{
    HelpEvent e;
    e.kind = kind;
    e.text = text;
    return sendEvent(e);
}

bool Visitor::waitAcked(int timeoutMs)
{
    const qint64 target = seq;
    return ws->waitFor<Ack>([target](const Ack &a) { return a.upTo >= target; }, timeoutMs)
            .has_value();
}

// ------------------------------------------------------------------------------ Console

std::optional<Console> Console::connect(const QString &url, const QString &user,
                                        const QString &password)
{
    Console c;
    c.ws = std::make_unique<WsClient>();
    if (!c.ws->open(url))
        return std::nullopt;
    Login l;
    l.user = user;
    l.password = password;
    l.client = u"test"_s;
    c.ws->send(l);
    const auto ok = c.ws->waitFor<LoginOk>({}, 10000);
    if (!ok)
        return std::nullopt;
    c.login = *ok;
    const auto snap = c.ws->waitFor<Snapshot>({}, 10000);
    if (!snap)
        return std::nullopt;
    c.rev = snap->rev;
    return c;
}

std::optional<Change> Console::waitChange(const std::function<bool(const Change &)> &pred,
                                          int timeoutMs)
{
    std::optional<Change> found;
    waitUntil(
            [&] {
                while (const auto d = ws->waitFor<Delta>({}, 0)) {
                    rev = d->rev;
                    m_pending.append(d->changes);
                }
                for (qsizetype i = 0; i < m_pending.size(); ++i) {
                    if (pred(m_pending[i])) {
                        found = m_pending[i];
                        m_pending.remove(0, i + 1);
                        return true;
                    }
                }
                return false;
            },
            timeoutMs);
    return found;
}

// ------------------------------------------------------------------------------ ServerProcess

ServerProcess::~ServerProcess()
{
    if (m_process.state() != QProcess::NotRunning) {
        m_process.kill();
        m_process.waitForFinished(5000);
    }
}

QString ServerProcess::binary() { return QStringLiteral(FW_BINARY_DIR "/server/floorwalker-server"); }

bool ServerProcess::start(const QStringList &args, QString *error, int timeoutMs)
{
    m_process.setProgram(binary());
    m_process.setArguments(args);
    m_process.start();
    if (!m_process.waitForStarted(timeoutMs)) {
        *error = m_process.errorString();
        return false;
    }
    QByteArray out;
    QElapsedTimer t;
    t.start();
    while (t.elapsed() < timeoutMs) {
        if (m_process.state() == QProcess::NotRunning)
            break;
        m_process.waitForReadyRead(100);
        out += m_process.readAllStandardOutput();
        const qsizetype i = out.indexOf("ready ");
        const qsizetype nl = out.indexOf('\n', i);
        if (i >= 0 && nl > i) {
            m_ready = QJsonDocument::fromJson(out.mid(i + 6, nl - i - 6)).object();
            return !m_ready.isEmpty();
        }
    }
    *error = u"no ready line; stderr: "_s + stderrText();
    return false;
}

QString ServerProcess::stderrText() const
{
    return QString::fromUtf8(const_cast<QProcess &>(m_process).readAllStandardError());
}

void ServerProcess::kill()
{
    ::kill(pid_t(m_process.processId()), SIGKILL);
    m_process.waitForFinished(5000);
}

int ServerProcess::terminate(int timeoutMs)
{
    m_process.terminate();
    if (!m_process.waitForFinished(timeoutMs))
        return -1;
    return m_process.exitStatus() == QProcess::NormalExit ? m_process.exitCode() : -1;
}

} // namespace fw::test

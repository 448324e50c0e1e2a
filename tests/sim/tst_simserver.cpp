// The simulator against real floorwalker-server processes on loopback: every profile reaches
// its state as a real console sees it, every event is acknowledged and applied once, staff chat
// gets acknowledged and answered through the purchase model, the server's rate limit is
// respected, a server restart is survived by resuming and resending, and the command-line
// program reports JSON.
#include "catalogue.h"
#include "messageregistry.h"
#include "purchasemodel.h"
#include "simoptions.h"
#include "simulator.h"
#include "simvisitor.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>
#include <QWebSocket>

#include <memory>

using namespace Qt::StringLiterals;
using namespace fw;
using namespace fw::sim;

namespace {

const QString Fixture = QStringLiteral(FW_SIM_FIXTURES "/catalogue-fixture.json");

// One floorwalker-server process on a data folder of its own.
class ServerProcess
{
public:
    ~ServerProcess() { stop(); }

    bool start(const QStringList &extra = {}, QString *error = nullptr, const QString &dataDir = {})
    {
        m_out.clear();
        m_dataDir = dataDir.isEmpty() ? m_dir.path() + u"/data"_s : dataDir;
        m_process = std::make_unique<QProcess>();
        m_process->setProcessChannelMode(QProcess::SeparateChannels);
        QStringList args { u"--demo"_s, u"--data-dir"_s, m_dataDir };
        if (!extra.contains(u"--listen"_s))
            args << u"--listen"_s << u"127.0.0.1:0"_s;
        m_process->start(QStringLiteral(FW_SERVER_BIN), args + extra);
        if (!m_process->waitForStarted(10000)) {
            if (error)
                *error = m_process->errorString();
            return false;
        }
        const bool ok = QTest::qWaitFor(
                [this] {
                    m_out += m_process->readAllStandardOutput();
                    return m_out.contains('\n') || m_process->state() != QProcess::Running;
                },
                30000);
        const QByteArray line = m_out.left(m_out.indexOf('\n')).trimmed();
        if (!ok || !line.startsWith("ready ")) {
            if (error)
                *error = u"no ready line; stderr: %1"_s.arg(
                        QString::fromUtf8(m_process->readAllStandardError()));
            return false;
        }
        readyLine = QString::fromUtf8(line);
        ready = QJsonDocument::fromJson(line.mid(6)).object();
        return true;
    }

    void stop()
    {
        if (!m_process || m_process->state() == QProcess::NotRunning)
            return;
        m_process->terminate(); // SIGTERM: flush and exit 0
        if (!m_process->waitForFinished(15000))
            m_process->kill();
        m_process->waitForFinished(5000);
    }

    qint64 pid() const { return m_process ? m_process->processId() : 0; }
    QString http() const { return ready.value("http"_L1).toString(); }
    const QString &dataDir() const { return m_dataDir; }

    // The value of one Prometheus counter or gauge from /metrics.
    double metric(const QString &name) const
    {
        QNetworkAccessManager net;
        QNetworkReply *reply = net.get(QNetworkRequest(QUrl(http() + u"/metrics"_s)));
        if (!QTest::qWaitFor([reply] { return reply->isFinished(); }, 10000))
            return -1;
        const QString text = QString::fromUtf8(reply->readAll());
        reply->deleteLater();
        const QRegularExpression re(u"^"_s + QRegularExpression::escape(name) + u" ([0-9.e+]+)$"_s,
                                    QRegularExpression::MultilineOption);
        const auto m = re.match(text);
        return m.hasMatch() ? m.captured(1).toDouble() : -1;
    }

    QString readyLine;
    QJsonObject ready;

private:
    QTemporaryDir m_dir;
    QString m_dataDir;
    std::unique_ptr<QProcess> m_process;
    QByteArray m_out;
};

// A minimal staff console of the test's own, to check what the server stored.
class TestConsole
{
public:
    bool login(const ServerProcess &server)
    {
        QObject::connect(&m_ws, &QWebSocket::textMessageReceived, [this](const QString &t) {
            m_received.append(decodeMessage(t.toUtf8()));
        });
        m_ws.open(QUrl(server.ready.value("consoleWs"_L1).toString()));
        if (!QTest::qWaitFor([this] { return m_ws.state() == QAbstractSocket::ConnectedState; },
                             10000))
            return false;
        Login l;
        l.user = server.ready.value("demoLogin"_L1).toObject().value("user"_L1).toString();
        l.password = server.ready.value("demoLogin"_L1).toObject().value("password"_L1).toString();
        m_ws.sendTextMessage(QString::fromUtf8(encodeMessage(l)));
        return QTest::qWaitFor([this] { return find(MessageType::Snapshot) != nullptr; }, 30000);
    }

    std::optional<History> history(const QString &sessionId)
    {
        HistoryGet h;
        h.reqId = ++m_req;
        h.sessionId = sessionId;
        m_ws.sendTextMessage(QString::fromUtf8(encodeMessage(h)));
        const History *found = nullptr;
        [[maybe_unused]] const bool got = QTest::qWaitFor(
                [&] {
                    for (const Decoded &d : std::as_const(m_received)) {
                        if (const History *x = d.as<History>(); x && x->reqId == h.reqId)
                            found = x;
                    }
                    return found != nullptr;
                },
                10000);
        return found ? std::optional<History>(*found) : std::nullopt;
    }

    // Every visitor that arrived in a delta since the login.
    QList<VisitorSnapshot> arrivals() const
    {
        QList<VisitorSnapshot> out;
        for (const Decoded &d : m_received) {
            if (const Delta *delta = d.as<Delta>()) {
                for (const Change &c : delta->changes) {
                    if (c.op == Change::Op::Arrive)
                        out.append(c.visitor);
                }
            }
        }
        return out;
    }

private:
    const Decoded *find(MessageType t) const
    {
        for (const Decoded &d : m_received) {
            if (d.type == t)
                return &d;
        }
        return nullptr;
    }

    QWebSocket m_ws;
    QList<Decoded> m_received;
    qint64 m_req = 0;
};

struct Run
{
    std::unique_ptr<Simulator> sim;
    QJsonObject report;
};

// Runs the simulator in this process until it finishes, with the fixture catalogue.
Run simulate(const ServerProcess &server, QStringList args, int timeoutMs,
             std::optional<PurchaseModel> model = std::nullopt)
{
    Run run;
    args.prepend(server.readyLine);
    args.prepend(u"--ready"_s);
    args.prepend(u"floorwalker-sim"_s);
    args << u"--quiet"_s;
    QString error;
    const auto options = SimOptions::parse(args, &error);
    if (!options) {
        qWarning("options: %s", qPrintable(error));
        return run;
    }
    const auto catalogue = Catalogue::fromFile(Fixture, &error);
    if (!catalogue) {
        qWarning("catalogue: %s", qPrintable(error));
        return run;
    }
    run.sim = std::make_unique<Simulator>(*options, *catalogue,
                                          model.value_or(PurchaseModel::builtIn()));
    if (!run.sim->start(&error)) {
        qWarning("start: %s", qPrintable(error));
        run.sim.reset();
        return run;
    }
    if (!QTest::qWaitFor([&] { return run.sim->isFinished(); }, timeoutMs))
        qWarning("the simulation did not finish in %d ms", timeoutMs);
    QTest::qWait(200); // let the last close frames go out
    run.report = run.sim->report();
    return run;
}

QJsonValue at(const QJsonObject &o, const QString &path)
{
    QJsonValue v = o;
    const QStringList parts = path.split(u'.');
    for (const QString &p : parts)
        v = v.toObject().value(p);
    return v;
}

QString dump(const QJsonObject &o)
{
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Indented)).left(6000);
}

quint16 freePortPair()
{
    // The server's WebSocket port is its HTTP port + 1: find two free neighbours.
    for (int i = 0; i < 50; ++i) {
        QTcpServer a;
        if (!a.listen(QHostAddress::LocalHost, 0))
            continue;
        QTcpServer b;
        if (b.listen(QHostAddress::LocalHost, a.serverPort() + 1))
            return a.serverPort();
    }
    return 0;
}

// The floorwalker-sim program against a server of its own, on the test catalogue, writing
// its report to a file.
struct SimProgram
{
    ServerProcess server;
    QTemporaryDir dir;
    QProcess sim;

    QString reportFile() const { return dir.filePath(u"report.json"_s); }
    bool start(const QStringList &args, QString *error)
    {
        if (!server.start({}, error))
            return false;
        sim.start(QStringLiteral(FW_SIM_BIN),
                  QStringList { u"--ready"_s, server.readyLine, u"--catalogue"_s, Fixture,
                                u"--report"_s, reportFile() } +
                          args);
        return true;
    }
    QJsonObject report() const
    {
        QFile f(reportFile());
        return f.open(QIODevice::ReadOnly) ? QJsonDocument::fromJson(f.readAll()).object()
                                           : QJsonObject();
    }
};

} // namespace

class tst_SimServer : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QVERIFY2(QFile::exists(QStringLiteral(FW_SERVER_BIN)), FW_SERVER_BIN);
        QVERIFY2(QFile::exists(QStringLiteral(FW_SIM_BIN)), FW_SIM_BIN);
    }

    void everyProfileReachesItsState()
    {
        ServerProcess server;
        QString error;
        QVERIFY2(server.start({}, &error), qPrintable(error));
        const Run run =
                simulate(server,
                         { u"--catalogue"_s, Fixture, u"--visitors"_s, u"15"_s, u"--mix"_s,
                           u"stuck,browser,hopper,interested,buyer"_s, u"--set-thresholds"_s,
                           u"quick"_s, u"--time-scale"_s, u"0.3"_s, u"--arrival-rate"_s, u"20"_s },
                         150000);
        QVERIFY(run.sim);
        const QJsonObject &r = run.report;
        const QByteArray text = dump(r).toUtf8();
        QVERIFY2(r.value("finished"_L1).toBool(), text.constData());
        QVERIFY2(r.value("ok"_L1).toBool(), text.constData());
        // Every event sent was acknowledged, and nothing was closed on us.
        const double queued = at(r, u"events.queued"_s).toDouble();
        QVERIFY(queued > 15 * 3);
        QCOMPARE(at(r, u"events.sent"_s).toDouble(), queued);
        QCOMPARE(at(r, u"events.acknowledged"_s).toDouble(), queued);
        QVERIFY(at(r, u"closes.byCode"_s).toObject().isEmpty());
        QCOMPARE(at(r, u"errors.total"_s).toInt(), 0);
        QCOMPARE(at(r, u"visitors.sessions"_s).toInt(), 15);
        // Multi-page navigation: every page move opened a socket that resumed the session.
        QVERIFY(at(r, u"visitors.navigations"_s).toInt() > 15);
        QCOMPARE(at(r, u"visitors.resumed"_s).toInt(), at(r, u"visitors.navigations"_s).toInt());
        QCOMPARE(at(r, u"visitors.resumeRefused"_s).toInt(), 0);
        // The console saw each rule-profile visitor in its state, while it was on the site.
        for (const char *p : { "stuck", "browser", "hopper", "interested" }) {
            const QJsonObject e = at(r, u"console.expected."_s + QLatin1String(p)).toObject();
            QCOMPARE(e.value("of"_L1).toInt(), 3);
            QVERIFY2(e.value("reached"_L1).toInt() == 3, text.constData());
        }
        QCOMPARE(at(r, u"purchases.byProfile.buyer"_s).toInt(), 3);
        QVERIFY(at(r, u"latencyMs.eventToAck.count"_s).toDouble() == queued);
        QVERIFY(at(r, u"latencyMs.eventToConsole.count"_s).toDouble() > 15);
        QCOMPARE(at(r, u"console.revisionGaps"_s).toInt(), 0);
        QCOMPARE(at(r, u"options.thresholdsUsed.idleSeconds"_s).toInt(), 10);

        // The server applied each event exactly once.
        QCOMPARE(server.metric(u"floorwalker_events_total"_s), queued);

        // And it stored a buyer's walk to the order.
        TestConsole console;
        QVERIFY(console.login(server));
        QString buyerSession;
        for (const SimVisitor *v : run.sim->visitors()) {
            if (v->profile() == Profile::Buyer)
                buyerSession = v->sessionId();
        }
        QVERIFY(!buyerSession.isEmpty());
        const auto h = console.history(buyerSession);
        QVERIFY(h);
        QStringList urls;
        for (const TrailEntry &t : h->trail)
            urls.append(t.page.url);
        QVERIFY2(urls.size() >= 5, qPrintable(urls.join(u' ')));
        QVERIFY2(urls.last().endsWith(u"/shop/checkout.html?done=1"_s),
                 qPrintable(urls.join(u' ')));
        QVERIFY(urls.at(urls.size() - 2).endsWith(u"/shop/checkout.html"_s));
        QVERIFY(urls.at(urls.size() - 3).endsWith(u"/shop/cart.html"_s));
        QVERIFY(urls.at(urls.size() - 4).contains(u"/shop/product.html?id="_s));
    }

    void staffChatIsAcknowledgedAndAnswered()
    {
        ServerProcess server;
        QString error;
        QVERIFY2(server.start({}, &error), qPrintable(error));
        // A model where a browsing visitor always answers and always buys.
        const auto model = PurchaseModel::fromJson(
                "{\"version\":1,\"actions\":{\"chat\":{\"respond\":1,\"buy\":{\"default\":0,"
                "\"browser\":1},"
                "\"respondDelaySeconds\":[1,2],\"buyDelaySeconds\":[2,3],"
                "\"replies\":{\"ko\":[\"<b>네</b>\"],\"en\":[\"<b>yes</b>\"]}}}}",
                &error);
        QVERIFY2(model, qPrintable(error));
        const Run run = simulate(server,
                                 { u"--catalogue"_s, Fixture, u"--visitors"_s, u"4"_s, u"--mix"_s,
                                   u"browser"_s, u"--set-thresholds"_s, u"quick"_s,
                                   u"--time-scale"_s, u"0.3"_s, u"--arrival-rate"_s, u"20"_s,
                                   u"--auto-chat"_s, u"browsing"_s },
                                 120000, model);
        QVERIFY(run.sim);
        const QJsonObject &r = run.report;
        const QByteArray text = dump(r).toUtf8();
        QVERIFY2(r.value("ok"_L1).toBool(), text.constData());
        QCOMPARE(at(r, u"console.chatsSent"_s).toInt(), 4);
        QCOMPARE(at(r, u"staffChat.received"_s).toInt(), 4);
        QCOMPARE(at(r, u"staffChat.duplicatesDropped"_s).toInt(), 0);
        QVERIFY(at(r, u"messages.acksSent"_s).toInt() >= 4);
        QCOMPARE(at(r, u"staffChat.replies"_s).toInt(), 4);
        QCOMPARE(at(r, u"latencyMs.staffChatToVisitor.count"_s).toInt(), 4);
        QCOMPARE(at(r, u"actions.chat.received.byProfile.browser"_s).toInt(), 4);
        QCOMPARE(at(r, u"actions.chat.responded.byProfile.browser"_s).toInt(), 4);
        QCOMPARE(at(r, u"actions.chat.buyDecided.byProfile.browser"_s).toInt(), 4);
        QCOMPARE(at(r, u"purchases.byProfile.browser"_s).toInt(), 4);
        QCOMPARE(at(r, u"purchases.afterAction.chat"_s).toInt(), 4);

        // The server has the staff message and the visitor's answer, as text.
        TestConsole console;
        QVERIFY(console.login(server));
        const QString session = run.sim->visitors().front()->sessionId();
        const auto h = console.history(session);
        QVERIFY(h);
        bool staff = false, visitor = false;
        for (const ChatMessage &m : h->chats) {
            staff |= !m.fromVisitor;
            visitor |= m.fromVisitor && (m.text == u"<b>네</b>"_s || m.text == u"<b>yes</b>"_s);
        }
        QVERIFY(staff);
        QVERIFY(visitor);
    }

    // Logged-in customers with tokens from the demo backend, and stuck visitors who ask for
    // help: staff see verified customers and help requests, as in the demo.
    void identifiedVisitorsAndHelpRequests()
    {
        ServerProcess server;
        QString error;
        QVERIFY2(server.start({}, &error), qPrintable(error));
        TestConsole console;
        QVERIFY(console.login(server));
        const Run run =
                simulate(server,
                         { u"--catalogue"_s, Fixture, u"--visitors"_s, u"3"_s, u"--mix"_s,
                           u"stuck"_s, u"--set-thresholds"_s, u"quick"_s, u"--time-scale"_s,
                           u"0.3"_s, u"--arrival-rate"_s, u"20"_s, u"--identified"_s, u"1"_s,
                           u"--customers"_s, u"C-1003,C-1008"_s, u"--help-share"_s, u"1"_s },
                         120000);
        QVERIFY(run.sim);
        const QJsonObject &r = run.report;
        const QByteArray text = dump(r).toUtf8();
        QVERIFY2(r.value("ok"_L1).toBool(), text.constData());
        QCOMPARE(at(r, u"visitors.identified"_s).toInt(), 3);
        QCOMPARE(at(r, u"events.byType.help"_s).toInt(), 3);
        QCOMPARE(at(r, u"console.expected.stuck.reached"_s).toInt(), 3);

        QSet<QString> sessions;
        for (const VisitorSnapshot &v : console.arrivals()) {
            QVERIFY2(v.identity.verified(), qPrintable(v.identity.tokenError));
            QVERIFY(v.identity.customerId == u"C-1003"_s || v.identity.customerId == u"C-1008"_s);
            QVERIFY(v.identity.age > 0);
            sessions.insert(v.id);
        }
        QCOMPARE(sessions.size(), 3);
        for (const QString &id : std::as_const(sessions)) {
            const auto h = console.history(id);
            QVERIFY(h);
            QCOMPARE(h->helps.size(), 1);
            QVERIFY(!h->helps.first().text.isEmpty());
            // Asked after the stall, as a stuck visitor would.
            bool stalledFirst = false;
            for (const StateChange &c : h->states) {
                if (c.to == BehaviourState::Stalled && c.at <= h->helps.first().at)
                    stalledFirst = true;
            }
            QVERIFY(stalledFirst);
        }

        // A token URL that answers 404 is a clear failure before any visitor starts.
        const Run bad = simulate(server,
                                 { u"--catalogue"_s, Fixture, u"--visitors"_s, u"2"_s,
                                   u"--identified"_s, u"0.5"_s, u"--customers"_s, u"C-9999"_s },
                                 30000);
        QVERIFY(bad.sim);
        QVERIFY2(bad.sim->failure().contains(u"C-9999"_s), qPrintable(bad.sim->failure()));
        QVERIFY(bad.sim->failure().contains(u"HTTP 404"_s));
        QCOMPARE(at(bad.report, u"visitors.started"_s).toInt(), 0);
    }

    void respectsTheServersRateLimit()
    {
        QTemporaryDir dir;
        QFile ini(dir.filePath(u"server.ini"_s));
        QVERIFY(ini.open(QIODevice::WriteOnly));
        ini.write("[limits]\nmessages-per-second = 4\nburst = 8\n");
        ini.close();
        ServerProcess server;
        QString error;
        QVERIFY2(server.start({ u"--config"_s, ini.fileName() }, &error), qPrintable(error));
        // 20 events/s per visitor asked for, five times what the server allows.
        const Run run =
                simulate(server,
                         { u"--catalogue"_s, Fixture, u"--mode"_s, u"load"_s, u"--visitors"_s,
                           u"20"_s, u"--event-rate"_s, u"400"_s, u"--duration"_s, u"4"_s },
                         60000);
        QVERIFY(run.sim);
        const QJsonObject &r = run.report;
        const QByteArray text = dump(r).toUtf8();
        QVERIFY2(at(r, u"closes.byCode"_s).toObject().isEmpty(), text.constData()); // no 4008
        QVERIFY2(r.value("ok"_L1).toBool(), text.constData());
        QVERIFY(at(r, u"load.capped"_s).toBool());
        QVERIFY(at(r, u"load.perVisitorCap"_s).toDouble() < 4);
        QVERIFY(at(r, u"load.eventsAcked"_s).toDouble() > 0);
        // What the visitors sent in the steady window stays under 20 x 4 messages a second.
        QVERIFY2(at(r, u"load.sentPerSecond"_s).toDouble() <= 80, text.constData());
        QVERIFY(server.metric(u"floorwalker_rejected_total{reason=\"visitor_rate\"}"_s) <=
                0); // none
    }

    void loadModeMeasuresServerAndLatencies()
    {
        ServerProcess server;
        QString error;
        QVERIFY2(server.start({}, &error), qPrintable(error));
        const Run run =
                simulate(server,
                         { u"--catalogue"_s, Fixture, u"--mode"_s, u"load"_s, u"--visitors"_s,
                           u"200"_s, u"--event-rate"_s, u"600"_s, u"--duration"_s, u"3"_s,
                           u"--server-pid"_s, QString::number(server.pid()) },
                         60000);
        QVERIFY(run.sim);
        const QJsonObject &r = run.report;
        const QByteArray text = dump(r).toUtf8();
        QVERIFY2(r.value("ok"_L1).toBool(), text.constData());
        QCOMPARE(at(r, u"load.connected"_s).toInt(), 200);
        QVERIFY(at(r, u"load.eventsAcked"_s).toDouble() > 0);
        QVERIFY(at(r, u"load.latencyMs.eventToAck.count"_s).toDouble() > 0);
        QVERIFY(at(r, u"load.latencyMs.eventToConsole.count"_s).toDouble() > 0);
        QVERIFY(at(r, u"load.latencyMs.eventToAck.p99"_s).toDouble() >=
                at(r, u"load.latencyMs.eventToAck.p50"_s).toDouble());
        QVERIFY(at(r, u"server.rssMb"_s).toDouble() > 1);
        QVERIFY(at(r, u"server.openFiles"_s).toInt() >= 200); // it holds our 200 sockets
        QVERIFY(r.value("load"_L1).toObject().contains(u"serverCpuPercent"_s));
        QVERIFY(at(r, u"generator.rssMb"_s).toDouble() > 1);
        QCOMPARE(server.metric(u"floorwalker_events_total"_s),
                 at(r, u"events.acknowledged"_s).toDouble());
    }

    void survivesAServerRestart()
    {
        // Kill the server's sockets mid-run (a restart on the same ports and data): visitors
        // reconnect with backoff, resume their sessions and resend what was not acknowledged.
        const quint16 port = freePortPair();
        QVERIFY(port);
        const QStringList listen { u"--listen"_s, u"127.0.0.1:%1"_s.arg(port) };
        ServerProcess server;
        QString error;
        QVERIFY2(server.start(listen, &error), qPrintable(error));
        const QString readyLine = server.readyLine;
        QStringList args { u"--ready"_s,      readyLine, u"--catalogue"_s, Fixture,
                           u"--mode"_s,       u"load"_s, u"--visitors"_s,  u"20"_s,
                           u"--event-rate"_s, u"60"_s,   u"--duration"_s,  u"8"_s,
                           u"--quiet"_s };
        args.prepend(u"floorwalker-sim"_s);
        const auto options = SimOptions::parse(args, &error);
        QVERIFY2(options, qPrintable(error));
        Simulator sim(*options, *Catalogue::fromFile(Fixture, &error), PurchaseModel::builtIn());
        QVERIFY(sim.start(&error));
        QVERIFY(QTest::qWaitFor([&] { return sim.stats().eventsAcked > 40; }, 20000));
        const QString dataDir = server.dataDir();
        server.stop();
        QTest::qWait(1500);
        QVERIFY2(server.start(listen, &error, dataDir), qPrintable(error));
        QVERIFY(QTest::qWaitFor([&] { return sim.isFinished(); }, 60000));
        QTest::qWait(200);
        const QJsonObject r = sim.report();
        const QByteArray text = dump(r).toUtf8();
        QVERIFY2(at(r, u"visitors.reconnects"_s).toInt() >= 20, text.constData());
        QVERIFY2(at(r, u"visitors.resumed"_s).toInt() >= 20, text.constData());
        QCOMPARE(at(r, u"visitors.resumeRefused"_s).toInt(), 0);
        QCOMPARE(at(r, u"visitors.gaveUp"_s).toInt(), 0);
        QVERIFY2(at(r, u"closes.byCode.1001"_s).toInt() >= 1, text.constData()); // "going away"
        QCOMPARE(at(r, u"events.acknowledged"_s).toDouble(), at(r, u"events.queued"_s).toDouble());
        QCOMPARE(at(r, u"events.ackBeyondSent"_s).toInt(), 0);
        QVERIFY(!r.value("ok"_L1).toBool()); // unexpected closes are reported as such
    }

    void unknownSiteKeyIsReported()
    {
        ServerProcess server;
        QString error;
        QVERIFY2(server.start({}, &error), qPrintable(error));
        const Run run = simulate(server,
                                 { u"--catalogue"_s, Fixture, u"--visitors"_s, u"3"_s, u"--mix"_s,
                                   u"browser"_s, u"--site-key"_s, u"not-this-shop"_s,
                                   u"--arrival-rate"_s, u"0"_s },
                                 30000);
        QVERIFY(run.sim);
        const QJsonObject &r = run.report;
        QVERIFY(r.value("finished"_L1).toBool());
        QVERIFY(!r.value("ok"_L1).toBool());
        QCOMPARE(at(r, u"visitors.gaveUp"_s).toInt(), 3);
        QCOMPARE(at(r, u"closes.byCode.4004"_s).toInt(), 3);
        QCOMPARE(at(r, u"events.acknowledged"_s).toInt(), 0);
    }

    void commandLineProgramReportsJson()
    {
        SimProgram run;
        QString error;
        QVERIFY2(run.start({ u"--visitors"_s, u"3"_s, u"--mix"_s, u"hopper"_s,
                             u"--set-thresholds"_s, u"quick"_s, u"--time-scale"_s, u"0.3"_s,
                             u"--arrival-rate"_s, u"10"_s, u"--check"_s },
                           &error),
                 qPrintable(error));
        QProcess &sim = run.sim;
        const ServerProcess &server = run.server;
        QVERIFY(sim.waitForFinished(90000));
        const QByteArray err = sim.readAllStandardError();
        QCOMPARE(sim.exitStatus(), QProcess::NormalExit);
        QVERIFY2(sim.exitCode() == 0, err.constData());
        QVERIFY(err.contains("[sim]")); // progress lines go to stderr
        const QJsonObject r = run.report();
        QVERIFY(r.value("ok"_L1).toBool());
        QCOMPARE(r.value("tool"_L1).toString(), u"floorwalker-sim"_s);
        QCOMPARE(at(r, u"console.expected.hopper.reached"_s).toInt(), 3);
        for (const char *key : { "options", "visitors", "events", "latencyMs", "closes", "errors",
                                 "staffChat", "actions", "purchases", "console", "generator" })
            QVERIFY2(r.contains(QLatin1String(key)), key);

        // Bad input: a clear message and exit code 2; a catalogue that is not there: 1.
        QProcess bad;
        bad.start(QStringLiteral(FW_SIM_BIN),
                  { u"--ready"_s, server.readyLine, u"--visitors"_s, u"0"_s });
        QVERIFY(bad.waitForFinished(30000));
        QCOMPARE(bad.exitCode(), 2);
        QVERIFY(bad.readAllStandardError().contains("--visitors"));
        QProcess missing;
        missing.start(QStringLiteral(FW_SIM_BIN),
                      { u"--ready"_s, server.readyLine, u"--catalogue"_s,
                        server.http() + u"/shop/no-such.json"_s });
        QVERIFY(missing.waitForFinished(30000));
        QCOMPARE(missing.exitCode(), 1);
        QVERIFY(missing.readAllStandardError().contains("HTTP 404"));
        QProcess help;
        help.start(QStringLiteral(FW_SIM_BIN), { u"--help"_s });
        QVERIFY(help.waitForFinished(30000));
        QCOMPARE(help.exitCode(), 0);
        QVERIFY(help.readAllStandardOutput().contains("--event-rate"));
    }

    // The demo's Ctrl-C: the first SIGINT or SIGTERM drains and still writes the report.
    void terminationDrainsAndReports()
    {
        SimProgram run;
        QString error;
        QVERIFY2(run.start({ u"--visitors"_s, u"4"_s, u"--mix"_s, u"browser"_s, u"--arrival-rate"_s,
                             u"20"_s, u"--duration"_s, u"600"_s },
                           &error),
                 qPrintable(error));
        QProcess &sim = run.sim;
        const ServerProcess &server = run.server;
        QVERIFY(sim.waitForStarted(30000));
        // Wait until events flow, then ask it to stop.
        QTRY_VERIFY_WITH_TIMEOUT(server.metric(u"floorwalker_events_total"_s) >= 4, 30000);
        sim.terminate();
        QVERIFY(sim.waitForFinished(30000));
        QCOMPARE(sim.exitStatus(), QProcess::NormalExit);
        QVERIFY2(sim.exitCode() == 0, sim.readAllStandardError().constData());
        const QJsonObject r = run.report();
        QVERIFY(r.value("finished"_L1).toBool());
        QVERIFY(at(r, u"events.sent"_s).toInt() >= 4);
        QCOMPARE(at(r, u"events.acknowledged"_s).toInt(), at(r, u"events.sent"_s).toInt());
    }
};

QTEST_GUILESS_MAIN(tst_SimServer)
#include "tst_simserver.moc"

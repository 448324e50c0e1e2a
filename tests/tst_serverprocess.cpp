// The floorwalker-server executable as users run it: options, errors, the ready line,
// --add-user, the data-dir lock and a clean stop on SIGTERM.
#include "testsupport.h"

#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QScopeGuard>
#include <QTemporaryDir>
#include <QTest>

#ifdef Q_OS_LINUX
#include <cstring>
#include <poll.h>
#include <sys/socket.h>
#include <sys/un.h>
#include <unistd.h>
#endif

using namespace Qt::StringLiterals;
using namespace fw;
using namespace fw::test;

class tst_ServerProcess : public QObject
{
    Q_OBJECT

    struct Run
    {
        int code = -1;
        QString out;
        QString err;
    };
    static Run run(const QStringList &args, const QByteArray &input = {})
    {
        QProcess p;
        p.start(ServerProcess::binary(), args);
        p.waitForStarted();
        if (!input.isEmpty())
            p.write(input);
        p.closeWriteChannel();
        Run r;
        if (!p.waitForFinished(30000))
            return r;
        r.code = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
        r.out = QString::fromUtf8(p.readAllStandardOutput());
        r.err = QString::fromUtf8(p.readAllStandardError());
        return r;
    }

private slots:
    void helpAndVersion()
    {
        const Run h = run({ u"--help"_s });
        QCOMPARE(h.code, 0);
        for (const char *opt : { "--listen", "--data-dir", "--database", "--config",
                                 "--allowed-origin", "--add-user", "--role", "--version" })
            QVERIFY2(h.out.contains(QLatin1String(opt)), opt);
        const Run v = run({ u"--version"_s });
        QCOMPARE(v.code, 0);
        QVERIFY(v.out.startsWith(u"floorwalker-server "_s));
    }

    void badInputIsAClearErrorNotACrash_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<int>("code");
        QTest::addColumn<QString>("mentions");
        QTest::newRow("unknown option") << QStringList { u"--nope"_s } << 2 << u"nope"_s;
        QTest::newRow("no data dir")
                << QStringList { u"--listen"_s, u"127.0.0.1:0"_s } << 2 << u"--data-dir"_s;
        QTest::newRow("bad listen")
                << QStringList { u"--data-dir"_s, u"/tmp"_s, u"--listen"_s, u"nowhere"_s } << 2
                << u"HOST:PORT"_s;
        QTest::newRow("bad database")
                << QStringList { u"--database"_s, u"oracle://x"_s, u"--listen"_s, u"127.0.0.1:0"_s }
                << 1 << u"unsupported database URL"_s;
        QTest::newRow("unreachable postgres")
                << QStringList { u"--database"_s, u"postgresql://fw@127.0.0.1:1/none"_s,
                                 u"--listen"_s, u"127.0.0.1:0"_s }
                << 1 << u"cannot open"_s;
    }

    void badInputIsAClearErrorNotACrash()
    {
        QFETCH(QStringList, args);
        QFETCH(int, code);
        QFETCH(QString, mentions);
        const Run r = run(args);
        QCOMPARE(r.code, code);
        QVERIFY2(r.err.contains(mentions), qPrintable(r.err));
    }

    void badConfigFileNamesTheLine()
    {
        QTemporaryDir dir;
        QFile f(dir.filePath(u"fw.ini"_s));
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("# comment\n[server]\nlisten = 127.0.0.1:0\nallowed-origin = not an origin\n");
        f.close();
        const Run r = run({ u"--config"_s, f.fileName(), u"--data-dir"_s, dir.path() });
        QCOMPARE(r.code, 2);
        QVERIFY2(r.err.contains(u"fw.ini:4:"_s), qPrintable(r.err));
    }

    void addUserThenLogIn()
    {
        QTemporaryDir dir;
        const Run tooShort = run({ u"--data-dir"_s, dir.path(), u"--add-user"_s, u"minji"_s,
                                   u"--role"_s, u"admin"_s },
                                 "short\n");
        QCOMPARE(tooShort.code, 1);
        QVERIFY(tooShort.err.contains(u"characters"_s));
        const Run ok = run({ u"--data-dir"_s, dir.path(), u"--add-user"_s, u"minji"_s, u"--role"_s,
                             u"admin"_s },
                           "a long enough password\n");
        QCOMPARE(ok.code, 0);
        QVERIFY(ok.out.contains(u"minji"_s));

        ServerProcess server;
        QString error;
        QVERIFY2(server.start({ u"--data-dir"_s, dir.path(), u"--listen"_s, u"127.0.0.1:0"_s },
                              &error),
                 qPrintable(error));
        const QJsonObject ready = server.ready();
        QVERIFY(ready.value("http"_L1).toString().startsWith(u"http://127.0.0.1:"_s));
        QVERIFY(ready.value("ws"_L1).toString().startsWith(u"ws://127.0.0.1:"_s));
        QVERIFY(!ready.value("http"_L1).toString().endsWith(u":0"_s)); // real ports, not 0
        auto c = Console::connect(ready.value("consoleWs"_L1).toString(), u"minji"_s,
                                  u"a long enough password"_s);
        QVERIFY2(c, "the account made with --add-user can log in");
        QCOMPARE(fw::toString(c->login.account.role), u"admin"_s);

        // The data folder is locked against a second server.
        const Run second = run({ u"--data-dir"_s, dir.path(), u"--listen"_s, u"127.0.0.1:0"_s });
        QCOMPARE(second.code, 1);
        QVERIFY2(second.err.contains(u"another floorwalker-server"_s), qPrintable(second.err));

        // SIGTERM: sockets closed with "going away", writes flushed, exit 0.
        auto v = Visitor::connect(ready.value("visitorWs"_L1).toString(),
                                  Visitor::hello(u"v_sigterm001"_s));
        QVERIFY(v);
        v->scroll(42);
        QCOMPARE(server.terminate(), 0);
        QVERIFY(v->ws->waitClosed());
        QCOMPARE(v->ws->closeCode(), 1001);
        QVERIFY(c->ws->waitClosed());
        QCOMPARE(c->ws->closeCode(), 1001);
        QVERIFY(server.stderrText().contains(u"stopped cleanly"_s));
    }

#ifdef Q_OS_LINUX
    // Under systemd (Type=notify): READY=1 once it serves, STOPPING=1 on SIGTERM.
    void tellsSystemdWhenReadyAndStopping_data()
    {
        QTest::addColumn<bool>("abstract");
        QTest::newRow("path") << false;
        QTest::newRow("abstract") << true;
    }
    void tellsSystemdWhenReadyAndStopping()
    {
        QFETCH(bool, abstract);
        QTemporaryDir dir;
        const QByteArray name = abstract
                ? "@floorwalker-test-" + QByteArray::number(QCoreApplication::applicationPid())
                : QFile::encodeName(dir.filePath(u"notify"_s));
        const int fd = ::socket(AF_UNIX, SOCK_DGRAM | SOCK_CLOEXEC, 0);
        QVERIFY(fd >= 0);
        auto closeFd = qScopeGuard([fd] { ::close(fd); });
        sockaddr_un sa = {};
        sa.sun_family = AF_UNIX;
        std::memcpy(sa.sun_path, name.constData(), std::size_t(name.size()));
        if (abstract)
            sa.sun_path[0] = '\0';
        QCOMPARE(::bind(fd, reinterpret_cast<const sockaddr *>(&sa),
                        socklen_t(offsetof(sockaddr_un, sun_path) + std::size_t(name.size()))),
                 0);
        auto receive = [fd]() -> QByteArray {
            pollfd p = { fd, POLLIN, 0 };
            if (::poll(&p, 1, 15000) != 1)
                return {};
            char buf[1024];
            const ssize_t n = ::recv(fd, buf, sizeof buf, 0);
            return n > 0 ? QByteArray(buf, qsizetype(n)) : QByteArray();
        };

        ServerProcess server;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(u"NOTIFY_SOCKET"_s, QString::fromLocal8Bit(name));
        server.process().setProcessEnvironment(env);
        QString error;
        QVERIFY2(server.start({ u"--data-dir"_s, dir.filePath(u"data"_s) }, &error),
                 qPrintable(error));
        const QByteArray ready = receive();
        QVERIFY2(ready.split('\n').contains("READY=1"), ready.constData());
        QVERIFY2(ready.contains(server.ready().value("ws"_L1).toString().toUtf8()),
                 ready.constData());
        QCOMPARE(server.terminate(), 0);
        const QByteArray stopping = receive();
        QVERIFY2(stopping.split('\n').contains("STOPPING=1"), stopping.constData());
    }
#endif

    void demoModeServesTheShopAndPrintsALogin()
    {
        QTemporaryDir dir;
        ServerProcess server;
        QString error;
        QVERIFY2(server.start({ u"--demo"_s, u"--data-dir"_s, dir.path(), u"--listen"_s,
                                u"127.0.0.1:0"_s },
                              &error),
                 qPrintable(error));
        const QJsonObject login = server.ready().value("demoLogin"_L1).toObject();
        QCOMPARE(login.value("user"_L1).toString(), u"admin"_s);
        QVERIFY(login.value("password"_L1).toString().size() >= 12);
        QVERIFY(server.ready().value("shop"_L1).toString().endsWith(u"/shop/"_s));
        QNetworkAccessManager nam;
        QNetworkReply *r = nam.get(QNetworkRequest(
                QUrl(server.ready().value("http"_L1).toString() + u"/tracker.js"_s)));
        QVERIFY(waitUntil([r] { return r->isFinished(); }));
        QCOMPARE(r->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 200);
        const QByteArray js = r->readAll();
        QVERIFY(!js.contains("__FLOORWALKER_WS_URL__")); // the server filled in its address
        QVERIFY(js.contains("/v1/visitor"));

        // The demo shop's stand-in backend signs identity tokens the server accepts.
        auto get = [&](const QString &path, int *status) {
            QNetworkReply *reply = nam.get(
                    QNetworkRequest(QUrl(server.ready().value("http"_L1).toString() + path)));
            waitUntil([reply] { return reply->isFinished(); });
            *status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
            return QJsonDocument::fromJson(reply->readAll()).object();
        };
        int status = 0;
        const QString token =
                get(u"/shop/api/token?customer=C-1003"_s, &status).value("token"_L1).toString();
        QCOMPARE(status, 200);
        get(u"/shop/api/token?customer=C-9999"_s, &status);
        QCOMPARE(status, 404);
        Hello h = Visitor::hello(u"v_democustomer"_s);
        h.identityToken = token;
        auto v = Visitor::connect(server.ready().value("visitorWs"_L1).toString(), h);
        QVERIFY(v);
        QVERIFY2(v->welcome.identity.verified(), qPrintable(v->welcome.identity.tokenError));
        QCOMPARE(v->welcome.identity.customerId, u"C-1003"_s);
        QCOMPARE(v->welcome.identity.purchases.orders, 31);
        QCOMPARE(server.terminate(), 0);
    }
};

QTEST_GUILESS_MAIN(tst_ServerProcess)
#include "tst_serverprocess.moc"

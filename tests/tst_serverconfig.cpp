#include "inifile.h"
#include "serverconfig.h"

#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

class tst_ServerConfig : public QObject
{
    Q_OBJECT

    static std::optional<fw::Invocation> parse(QStringList args, QString *error)
    {
        args.prepend(u"floorwalker-server"_s);
        return fw::parseInvocation(args, error);
    }

private slots:
    void defaultsAndOverrides()
    {
        QString e;
        const auto inv = parse({u"--data-dir"_s, u"/tmp/x"_s, u"--listen"_s, u"0.0.0.0:9000"_s},
                               &e);
        QVERIFY2(inv, qPrintable(e));
        QCOMPARE(inv->mode, fw::Invocation::Mode::Serve);
        QCOMPARE(inv->config.httpPort, 9000);
        QCOMPARE(inv->config.wsPort, 9001); // HTTP port + 1 unless given
        QCOMPARE(inv->config.databaseUrl(), u"sqlite:/tmp/x/floorwalker.db"_s);
        const auto zero = parse({u"--data-dir"_s, u"/tmp/x"_s, u"--listen"_s, u"127.0.0.1:0"_s}, &e);
        QCOMPARE(zero->config.wsPort, 0);
    }

    void badArguments_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("mentions");
        QTest::newRow("unknown option") << QStringList{u"--frobnicate"_s} << u"frobnicate"_s;
        QTest::newRow("no data") << QStringList{} << u"--data-dir"_s;
        QTest::newRow("bad port") << QStringList{u"--data-dir"_s, u"d"_s, u"--listen"_s, u"127.0.0.1:70000"_s}
                                  << u"port"_s;
        QTest::newRow("bad host") << QStringList{u"--data-dir"_s, u"d"_s, u"--listen"_s, u"shop:80"_s}
                                  << u"IP address"_s;
        QTest::newRow("no port") << QStringList{u"--data-dir"_s, u"d"_s, u"--listen"_s, u"8080"_s}
                                 << u"HOST:PORT"_s;
        QTest::newRow("bad origin") << QStringList{u"--data-dir"_s, u"d"_s, u"--allowed-origin"_s, u"shop.example"_s}
                                    << u"origin"_s;
        QTest::newRow("origin with path")
                << QStringList{u"--data-dir"_s, u"d"_s, u"--allowed-origin"_s, u"https://a.example/x"_s}
                << u"origin"_s;
        QTest::newRow("add-user without role") << QStringList{u"--data-dir"_s, u"d"_s, u"--add-user"_s, u"minji"_s}
                                               << u"--role"_s;
        QTest::newRow("bad role") << QStringList{u"--data-dir"_s, u"d"_s, u"--add-user"_s, u"minji"_s,
                                                 u"--role"_s, u"boss"_s}
                                  << u"--role"_s;
        QTest::newRow("bad user") << QStringList{u"--data-dir"_s, u"d"_s, u"--add-user"_s, u"a b"_s,
                                                 u"--role"_s, u"staff"_s}
                                  << u"user names"_s;
        QTest::newRow("short identity key")
                << QStringList{u"--data-dir"_s, u"d"_s, u"--identity-key"_s, u"k1:c2hvcnQ="_s}
                << u"32 bytes"_s;
        QTest::newRow("positional") << QStringList{u"--data-dir"_s, u"d"_s, u"extra"_s} << u"extra"_s;
        QTest::newRow("missing config") << QStringList{u"--config"_s, u"/nonexistent/fw.ini"_s}
                                        << u"/nonexistent/fw.ini"_s;
    }

    void badArguments()
    {
        QFETCH(QStringList, args);
        QFETCH(QString, mentions);
        QString e;
        QVERIFY(!parse(args, &e));
        QVERIFY2(e.contains(mentions), qPrintable(e));
    }

    void configFile()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"fw.ini"_s);
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("# Floorwalker\n[server]\nlisten = 127.0.0.1:7000\nws-listen = 127.0.0.1:7100\n"
                "data-dir = /var/lib/fw\nallowed-origin = https://shop.example\n"
                "allowed-origin = https://www.shop.example\nsite-key = shop\n"
                "; identity keys rotate\n[identity]\nkey = k1:" + QByteArray(32, 'a').toBase64()
                + "\nkey = k2:" + QByteArray(32, 'b').toBase64() + "\n[limits]\nburst = 100\n");
        f.close();
        QString e;
        const auto inv = parse({u"--config"_s, path, u"--site-key"_s, u"shop2"_s}, &e);
        QVERIFY2(inv, qPrintable(e));
        const fw::ServerConfig &c = inv->config;
        QCOMPARE(c.httpPort, 7000);
        QCOMPARE(c.wsPort, 7100);
        QCOMPARE(c.allowedOrigins, (QStringList{u"https://shop.example"_s, u"https://www.shop.example"_s}));
        QCOMPARE(c.siteKeys, (QStringList{u"shop"_s, u"shop2"_s}));
        QCOMPARE(c.identityKeys.size(), 2);
        QCOMPARE(c.identityKeys[1].first, u"k2"_s);
        QCOMPARE(c.burst, 100);
    }

    void configFileErrorsNameTheLine_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<QString>("mentions");
        QTest::newRow("outside section") << QByteArray("listen = 1.2.3.4:5\n") << u"line 1"_s;
        QTest::newRow("bad section") << QByteArray("[server\n") << u"line 1"_s;
        QTest::newRow("garbage") << QByteArray("[server]\n\nthis is not ini\n") << u"line 3"_s;
        QTest::newRow("unknown key") << QByteArray("[server]\nlisten = 127.0.0.1:1\nlistne = x\n")
                                     << u":3: unknown setting \"listne\""_s;
        QTest::newRow("range") << QByteArray("[limits]\nburst = 0\n") << u":2:"_s;
        QTest::newRow("iterations") << QByteArray("[security]\npassword-iterations = 1000\n")
                                    << u"600000"_s;
        QTest::newRow("duplicate kid") << QByteArray("[identity]\nkey = k:" + QByteArray(32, 'a').toBase64()
                                                     + "\nkey = k:" + QByteArray(32, 'b').toBase64() + "\n")
                                       << u"twice"_s;
        QTest::newRow("not utf8") << QByteArray("[server]\nsite-key = \xff\xfe\n") << u"UTF-8"_s;
    }

    void configFileErrorsNameTheLine()
    {
        QFETCH(QByteArray, text);
        QFETCH(QString, mentions);
        QTemporaryDir dir;
        const QString path = dir.filePath(u"bad.ini"_s);
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(text);
        f.close();
        QString e;
        QVERIFY(!parse({u"--config"_s, path, u"--data-dir"_s, dir.path()}, &e));
        QVERIFY2(e.contains(mentions), qPrintable(e));
    }

    void shippedExampleConfigIsValid()
    {
        // packaging/floorwalker-server.ini documents every key; it must keep parsing.
        QString e;
        const auto inv = parse({u"--config"_s, QStringLiteral(FW_SOURCE_DIR "/packaging/floorwalker-server.ini")}, &e);
        QVERIFY2(inv, qPrintable(e));
        QCOMPARE(inv->config.siteKeys, QStringList{u"shop"_s});
        QCOMPARE(inv->config.allowedOrigins.size(), 2);
        QCOMPARE(inv->config.maxMessageBytes, 65536);
    }

    void addUserMode()
    {
        QString e;
        const auto inv = parse({u"--data-dir"_s, u"d"_s, u"--add-user"_s, u"minji"_s, u"--role"_s, u"admin"_s}, &e);
        QVERIFY2(inv, qPrintable(e));
        QCOMPARE(inv->mode, fw::Invocation::Mode::AddUser);
        QCOMPARE(fw::toString(inv->addRole), fw::toString(fw::Role::Admin));
    }
};

QTEST_GUILESS_MAIN(tst_ServerConfig)
#include "tst_serverconfig.moc"

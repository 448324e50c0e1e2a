// A server killed with SIGKILL at a random moment and restarted still has every event it
// acknowledged, and the visitor resumes its session and fills in the rest exactly once.
// Runs on SQLite and (FW_TEST_BACKEND=postgresql) PostgreSQL.
#include "database.h"
#include "testsupport.h"

#include <QRandomGenerator>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace fw;
using namespace fw::test;

class tst_CrashRecovery : public QObject
{
    Q_OBJECT

    bool postgres() const { return qEnvironmentVariable("FW_TEST_BACKEND") == "postgresql"_L1; }

    // Stored seqs for a session, read straight from the database the server wrote.
    QList<qint64> storedSeqs(const QString &dbUrl, const QString &sessionId)
    {
        QList<qint64> out;
        QString e;
        const DatabaseUrl u = DatabaseUrl::parse(dbUrl, &e);
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(postgres() ? u"QPSQL"_s : u"QSQLITE"_s, u"check"_s);
            if (postgres()) {
                db.setHostName(u.host);
                db.setPort(u.port);
                db.setUserName(u.user);
                db.setDatabaseName(u.database);
            } else {
                db.setDatabaseName(u.path);
            }
            if (db.open()) {
                QSqlQuery q(db);
                q.prepare(u"SELECT seq FROM events WHERE session_id = ? ORDER BY seq"_s);
                q.addBindValue(sessionId);
                q.exec();
                while (q.next())
                    out.append(q.value(0).toLongLong());
            } else {
                qWarning("cannot open %s", qPrintable(u.redacted()));
            }
            db.close();
        }
        QSqlDatabase::removeDatabase(u"check"_s);
        return out;
    }

private slots:
    void init()
    {
        if (postgres() && !PgDatabase::configured()) {
            if (PgDatabase::required())
                QFAIL("FW_TEST_PG_URL is not set but the test command promised PostgreSQL");
            QSKIP("no PostgreSQL configured (FW_TEST_PG_URL)");
        }
    }

    void killedServerLosesNothingAcknowledged_data()
    {
        QTest::addColumn<int>("killAfter");
        // Kill points spread over the run; the exact moment also varies with timing.
        auto *rng = QRandomGenerator::global();
        for (int round = 0; round < 3; ++round)
            QTest::addRow("round %d", round) << int(40 + rng->bounded(200));
    }

    void killedServerLosesNothingAcknowledged()
    {
        QFETCH(int, killAfter);
        constexpr int Total = 300;
        QTemporaryDir dir;
        std::unique_ptr<PgDatabase> pg;
        QString dbUrl = u"sqlite:"_s + dir.filePath(u"floorwalker.db"_s);
        if (postgres()) {
            pg = std::make_unique<PgDatabase>();
            QVERIFY2(pg->available(), qPrintable(pg->error()));
            dbUrl = pg->url();
        }
        QFile ini(dir.filePath(u"fw.ini"_s));
        QVERIFY(ini.open(QIODevice::WriteOnly));
        ini.write("[limits]\nmessages-per-second = 10000\nburst = 10000\n");
        ini.close();
        const QStringList args{u"--data-dir"_s, dir.path(), u"--database"_s, dbUrl,
                               u"--listen"_s, u"127.0.0.1:0"_s, u"--config"_s, ini.fileName()};

        QString error;
        auto server = std::make_unique<ServerProcess>();
        QVERIFY2(server->start(args, &error), qPrintable(error));
        auto v = Visitor::connect(server->ready().value("visitorWs"_L1).toString(),
                                  Visitor::hello(u"v_crashtest01"_s));
        QVERIFY(v);
        const QString sessionId = v->welcome.sessionId;

        // Each event differs, so a resend that replaced the original would be visible.
        auto event = [](int seq) {
            ScrollEvent e;
            e.h.seq = seq;
            e.depth = seq % 101;
            e.y = seq;
            return e;
        };
        qint64 acked = 0;
        auto drainAcks = [&] {
            for (const Ack &a : v->ws->all<Ack>())
                acked = qMax(acked, a.upTo);
        };
        // Send the first part and see it acknowledged, then stream the rest and kill the server
        // without warning while those are in flight: some committed, some not, some acks lost.
        for (int seq = 1; seq <= killAfter; ++seq)
            v->ws->send(event(seq));
        waitUntil([&] { drainAcks(); return acked >= 1; }, 3000);
        for (int seq = killAfter + 1; seq <= Total; ++seq) {
            v->ws->send(event(seq));
            if (seq % 20 == 0)
                QCoreApplication::processEvents();
        }
        QCoreApplication::processEvents();
        server->kill();
        drainAcks();
        const qint64 ackedBeforeKill = acked;
        qInfo("killed after %d sent, %lld acknowledged", Total, ackedBeforeKill);
        QVERIFY2(ackedBeforeKill > 0, "the server acknowledged nothing before the kill");

        // Every acknowledged event is in the database, once.
        const QList<qint64> afterKill = storedSeqs(dbUrl, sessionId);
        qInfo("%lld events stored when killed", qint64(afterKill.size()));
        for (qint64 seq = 1; seq <= ackedBeforeKill; ++seq)
            QVERIFY2(afterKill.contains(seq), qPrintable(u"acknowledged event %1 was lost"_s.arg(seq)));

        // Restart on the same data; the visitor resumes and resends what was not acknowledged.
        server = std::make_unique<ServerProcess>();
        QVERIFY2(server->start(args, &error), qPrintable(error));
        Hello h = Visitor::hello(u"v_crashtest01"_s);
        h.resumeSessionId = sessionId;
        auto r = Visitor::connect(server->ready().value("visitorWs"_L1).toString(), h);
        QVERIFY(r);
        QVERIFY2(r->welcome.resumed, "a restarted server still knows the session");
        QCOMPARE(r->welcome.sessionId, sessionId);
        QVERIFY(r->welcome.ackedUpTo >= ackedBeforeKill);
        for (int seq = int(r->welcome.ackedUpTo) + 1; seq <= Total; ++seq)
            r->ws->send(event(seq));
        r->seq = Total;
        QVERIFY(r->waitAcked(10000));
        QCOMPARE(server->terminate(), 0);

        const QList<qint64> all = storedSeqs(dbUrl, sessionId);
        QCOMPARE(all.size(), Total);
        for (int i = 0; i < Total; ++i)
            QCOMPARE(all[i], qint64(i + 1));
    }
};

QTEST_GUILESS_MAIN(tst_CrashRecovery)
#include "tst_crashrecovery.moc"

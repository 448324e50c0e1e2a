// The database layer on a real SQLite file and (with FW_TEST_BACKEND=postgresql) a real
// PostgreSQL: migrations, batched writes with cumulative tickets, idempotent inserts, recovery
// of resumable sessions, and bound parameters.
#include "database.h"
#include "testsupport.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using fw::DbOp;
using fw::Stmt;

namespace {
constexpr qint64 T0 = 1'764'748'800'000;
}

class tst_Storage : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<fw::test::PgDatabase> m_pg;
    int m_counter = 0;

    bool postgres() const { return qEnvironmentVariable("FW_TEST_BACKEND") == "postgresql"_L1; }

    // A fresh, empty database for each test.
    QString freshUrl()
    {
        if (postgres()) {
            m_pg = std::make_unique<fw::test::PgDatabase>();
            return m_pg->url();
        }
        return u"sqlite:"_s + m_dir.filePath(u"fw%1.db"_s.arg(++m_counter));
    }

    std::unique_ptr<fw::Database> open(const QString &url)
    {
        QString e;
        const fw::DatabaseUrl u = fw::DatabaseUrl::parse(url, &e);
        if (!e.isEmpty())
            qWarning("%s", qPrintable(e));
        auto db = std::make_unique<fw::Database>(fw::Database::Options{u, false});
        if (!db->open(&e)) {
            qWarning("open failed: %s", qPrintable(e));
            return nullptr;
        }
        return db;
    }

    static bool commit(fw::Database &db, QList<DbOp> ops)
    {
        QSignalSpy spy(&db, &fw::Database::committed);
        const quint64 ticket = db.submit(std::move(ops));
        return fw::test::waitUntil([&] {
            for (const auto &args : spy) {
                if (args.at(0).toULongLong() >= ticket)
                    return true;
            }
            return false;
        });
    }

    static QList<DbOp> sessionOps(const QString &id, qint64 at, const QString &visitor = u"v_abcdefgh"_s)
    {
        return {{Stmt::UpsertVisitor, {visitor, at, at}},
                {Stmt::InsertSession,
                 {id, 7, visitor, u"demo"_s, at, at, u"mobile"_s, u"ko-KR"_s, u""_s,
                  u"{\"status\":\"anonymous\"}"_s, QVariant(), u"active"_s, at}},
                {Stmt::InsertPageView,
                 {id, 0, u"https://shop.example/"_s, u"홈"_s, u"main"_s, QVariant(), QVariant(),
                  QVariant(), at}}};
    }

private slots:
    void init()
    {
        if (postgres() && !fw::test::PgDatabase::configured()) {
            if (fw::test::PgDatabase::required())
                QFAIL("FW_TEST_PG_URL is not set but the test command promised PostgreSQL");
            QSKIP("no PostgreSQL configured (FW_TEST_PG_URL)");
        }
    }

    void urls()
    {
        QString e;
        auto u = fw::DatabaseUrl::parse(u"postgresql://fw:s3cret@db.example:6543/shop"_s, &e);
        QVERIFY(e.isEmpty());
        QCOMPARE(u.kind, fw::DatabaseUrl::Kind::Postgres);
        QCOMPARE(u.host, u"db.example"_s);
        QCOMPARE(u.port, 6543);
        QCOMPARE(u.database, u"shop"_s);
        QVERIFY(!u.redacted().contains(u"s3cret"_s));
        fw::DatabaseUrl::parse(u"mysql://x/y"_s, &e);
        QVERIFY(e.contains(u"unsupported"_s));
        e.clear();
        fw::DatabaseUrl::parse(u"postgresql://host/"_s, &e);
        QVERIFY(e.contains(u"database name"_s));
    }

    void migratesOnce()
    {
        const QString url = freshUrl();
        {
            auto db = open(url);
            QVERIFY(db);
            QCOMPARE(db->schemaVersion(), 1);
        }
        auto again = open(url);
        QVERIFY(again);
        QCOMPARE(again->schemaVersion(), 1);
        QCOMPARE(again->query(u"SELECT COUNT(*) FROM schema_migrations"_s).at(0).at(0).toInt(), 1);
    }

    void batchesCommitWithCumulativeTickets()
    {
        auto db = open(freshUrl());
        QVERIFY(db);
        QSignalSpy spy(db.get(), &fw::Database::committed);
        // Many submissions while the first commits: later ones are folded into fewer commits.
        quint64 last = 0;
        last = db->submit(sessionOps(u"s_1"_s, T0));
        for (int i = 1; i <= 500; ++i)
            last = db->submit({Stmt::InsertEvent, {u"s_1"_s, i, u"scroll"_s, T0 + i, QVariant(), u"{}"_s}});
        QVERIFY(fw::test::waitUntil([&] {
            return !spy.isEmpty() && spy.last().at(0).toULongLong() == last;
        }));
        QVERIFY(spy.size() < 501); // batched, not one transaction per op
        quint64 previous = 0;
        for (const auto &args : spy) {
            QVERIFY(args.at(0).toULongLong() > previous); // tickets only grow
            previous = args.at(0).toULongLong();
        }
        QCOMPARE(db->query(u"SELECT COUNT(*) FROM events"_s).at(0).at(0).toInt(), 500);
        QCOMPARE(db->queueDepth(), 0);
    }

    void resentEventsAreStoredOnce()
    {
        auto db = open(freshUrl());
        QVERIFY(db);
        QVERIFY(commit(*db, sessionOps(u"s_1"_s, T0)));
        const DbOp e{Stmt::InsertEvent, {u"s_1"_s, 1, u"page"_s, T0, T0 - 5, u"{\"a\":1}"_s}};
        QVERIFY(commit(*db, {e, e}));
        QVERIFY(commit(*db, {e}));
        const auto rows = db->query(u"SELECT seq, client_at, data FROM events"_s);
        QCOMPARE(rows.size(), 1);
        QCOMPARE(rows[0][1].toLongLong(), T0 - 5);
    }

    void textIsBoundNotSpliced()
    {
        auto db = open(freshUrl());
        QVERIFY(db);
        QVERIFY(commit(*db, sessionOps(u"s_1"_s, T0)));
        const QString nasty = u"'); DROP TABLE chats; -- 안녕하세요 😀 \" \\ \n"_s;
        QVERIFY(commit(*db, {{Stmt::InsertChat, {u"s_1"_s, u"v1"_s, T0, 1, QVariant(), QVariant(), nasty}}}));
        const auto rows = db->query(u"SELECT text FROM chats WHERE session_id = ?"_s, {u"s_1"_s});
        QCOMPARE(rows.size(), 1);
        QCOMPARE(rows[0][0].toString(), nasty);
    }

    void aBadOpDoesNotBlockTheRest()
    {
        auto db = open(freshUrl());
        QVERIFY(db);
        QVERIFY(commit(*db, sessionOps(u"s_1"_s, T0)));
        // An event for a session that does not exist violates the foreign key.
        QVERIFY(commit(*db, {{Stmt::InsertEvent, {u"s_1"_s, 1, u"page"_s, T0, QVariant(), u"{}"_s}},
                             {Stmt::InsertEvent, {u"s_missing"_s, 1, u"page"_s, T0, QVariant(), u"{}"_s}},
                             {Stmt::InsertEvent, {u"s_1"_s, 2, u"page"_s, T0, QVariant(), u"{}"_s}}}));
        QCOMPARE(db->query(u"SELECT COUNT(*) FROM events WHERE session_id = 's_1'"_s).at(0).at(0).toInt(), 2);
        QVERIFY(db->healthy());
    }

    void restoresResumableSessions()
    {
        const QString url = freshUrl();
        const qint64 now = T0 + 10 * 60 * 1000;
        {
            auto db = open(url);
            QVERIFY(db);
            QList<DbOp> ops = sessionOps(u"s_open"_s, T0);
            ops += sessionOps(u"s_old"_s, T0 - 2 * 3600 * 1000, u"v_oldvisitor"_s);
            ops += {{Stmt::InsertPageView,
                     {u"s_open"_s, 3, u"https://shop.example/p/P-101"_s, u"코트"_s, u"product"_s,
                      u"P-101"_s, u"outer"_s, QVariant(), T0 + 1000}},
                    {Stmt::ClosePageView, {T0 + 1000, 900, u"s_open"_s, 0}},
                    {Stmt::InsertStateChange,
                     {u"s_open"_s, T0 + 2000, u"active"_s, u"hopping"_s,
                      u"{\"code\":\"hop\",\"text\":\"6 page moves in 5 s\",\"values\":{\"moves\":6}}"_s}},
                    {Stmt::InsertChat, {u"s_open"_s, u"v4"_s, T0 + 3000, 1, QVariant(), QVariant(), u"hi"_s}},
                    {Stmt::InsertChat, {u"s_open"_s, u"s1"_s, T0 + 4000, 0, u"minji"_s, u"박민지"_s, u"hello"_s}},
                    {Stmt::InsertOutbox, {u"s_open"_s, 1, T0 + 4000, u"staff_chat"_s, u"{\"frame\":1}"_s}},
                    {Stmt::InsertOutbox, {u"s_open"_s, 2, T0 + 5000, u"staff_chat"_s, u"{\"frame\":2}"_s}},
                    {Stmt::InsertHelp, {u"s_open"_s, u"v5"_s, u"complaint"_s, u"broken"_s, T0 + 3500}},
                    {Stmt::UpdateSession,
                     {T0 + 6000, QVariant(), u"{\"status\":\"verified\",\"customerId\":\"C-1\"}"_s,
                      u"C-1"_s, 9, 2, 1, 2, u"hopping"_s, T0 + 2000, u"minji"_s, u"s_open"_s}},
                    {Stmt::UpsertSetting, {u"threshold.idleSeconds"_s, u"120"_s, T0, u"admin"_s}},
                    {Stmt::UpsertSetting, {u"threshold.hopMoves"_s, u"9999"_s, T0, u"admin"_s}},
                    {Stmt::UpsertStaff, {u"minji"_s, u"박민지"_s, u"staff"_s, u"hash"_s, 0, T0, T0}}};
            QVERIFY(commit(*db, ops));
        }
        auto db = open(url);
        QVERIFY(db);
        fw::LoadedState st = db->loadState(now, 30 * 60 * 1000);
        QCOMPARE(st.thresholds.value(fw::ThresholdKey::IdleSeconds), 120);
        QCOMPARE(st.thresholds.value(fw::ThresholdKey::HopMoves), 5); // out of range: default kept
        QCOMPARE(st.thresholdsBy, u"admin"_s);
        QCOMPARE(st.staff.size(), 1);
        QCOMPARE(st.staff[0].account.displayName, u"박민지"_s);
        QCOMPARE(st.maxSessionNumber, 7);
        QCOMPARE(st.sessions.size(), 1); // s_old is past the resume window
        const fw::Session &s = st.sessions[0];
        QCOMPARE(s.id, u"s_open"_s);
        QCOMPARE(s.committedSeq, 9);
        QCOMPARE(s.serverSeq, 2);
        QCOMPARE(s.visitorAckedSeq, 1);
        QVERIFY(s.identity.verified());
        QCOMPARE(s.identity.customerId, u"C-1"_s);
        QCOMPARE(s.trail.size(), 2);
        QCOMPARE(s.trail[0].visibleMs, 900);
        QCOMPARE(s.page.productId, u"P-101"_s);
        QCOMPARE(fw::toString(s.state.name), u"hopping"_s);
        QCOMPARE(s.states.size(), 1);
        QCOMPARE(s.states[0].evidence.code, u"hop"_s);
        QCOMPARE(s.chats.size(), 2);
        QVERIFY(!s.chats[1].fromVisitor);
        QCOMPARE(s.chats[1].staff.name, u"박민지"_s);
        QCOMPARE(s.helps.size(), 1);
        QCOMPARE(s.outbox.size(), 1); // seq 1 was acknowledged
        QCOMPARE(s.outbox[0].seq, 2);
        QCOMPARE(s.claimedBy.user, u"minji"_s);
        QVERIFY(!s.connected());
        // The expired session was ended in the database.
        QVERIFY(!db->query(u"SELECT ended_at FROM sessions WHERE session_id = 's_old'"_s).at(0).at(0).isNull());
    }
};

QTEST_GUILESS_MAIN(tst_Storage)
#include "tst_storage.moc"

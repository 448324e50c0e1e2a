// ConsoleConnection and ConsoleSession against a real floorwalker-server on loopback with
// scripted visitors: login failures explained, the live stream, commands by role, and
// recovering from a dropped socket and from a server restart.
#include "consolefixture.h"
#include "consolesession.h"

#include <QSignalSpy>
#include <QTcpServer>
#include <QTest>

using namespace fw;
using namespace fw::testing;
using namespace Qt::StringLiterals;

class tst_ConsoleConnection : public QObject
{
    Q_OBJECT
private:
    ConsoleFixture m_fx;
    std::unique_ptr<ConsoleSession> m_admin;
    std::unique_ptr<ConsoleSession> m_staff;

    std::unique_ptr<ConsoleSession> logIn(const QString &user, const QString &password)
    {
        auto s = std::make_unique<ConsoleSession>();
        s->connection()->setBackoff(100, 1000);
        QSignalSpy ok(s->connection(), &ConsoleConnection::loggedIn);
        QSignalSpy snap(s->connection(), &ConsoleConnection::snapshotReceived);
        s->connection()->logIn(m_fx.consoleUrl(), user, password);
        if (!ok.wait(10000) || (snap.isEmpty() && !snap.wait(5000)))
            return nullptr;
        return s;
    }

private slots:
    void initTestCase()
    {
        QString error;
        QVERIFY2(m_fx.start(&error), qPrintable(error));
        m_admin = logIn(m_fx.adminUser, m_fx.adminPassword);
        QVERIFY(m_admin);
        QVERIFY(m_admin->isAdmin());
        m_staff = logIn(m_fx.staffUser, m_fx.staffPassword);
        QVERIFY(m_staff);
        QVERIFY(!m_staff->isAdmin());
    }

    void wrongPassword()
    {
        ConsoleConnection c;
        QSignalSpy failed(&c, &ConsoleConnection::loginFailed);
        c.logIn(m_fx.consoleUrl(), m_fx.staffUser, u"not the password"_s);
        QVERIFY(failed.wait(10000));
        QCOMPARE(failed.first().at(0).value<ConsoleConnection::Failure>(),
                 ConsoleConnection::Failure::WrongCredentials);
        QCOMPARE(failed.first().at(1).toString(),
                 ConsoleConnection::describe(ConsoleConnection::Failure::WrongCredentials));
        QCOMPARE(c.state(), ConsoleConnection::State::Offline);
        // The server throttles the next attempt; the console says how long to wait.
        failed.clear();
        c.logIn(m_fx.consoleUrl(), m_fx.staffUser, u"still not it"_s);
        QVERIFY(failed.wait(10000));
        const auto f = failed.first().at(0).value<ConsoleConnection::Failure>();
        QVERIFY2(f == ConsoleConnection::Failure::Throttled ||
                         f == ConsoleConnection::Failure::WrongCredentials,
                 qPrintable(failed.first().at(1).toString()));
        if (f == ConsoleConnection::Failure::Throttled)
            QVERIFY(failed.first().at(1).toString().contains(u"second"_s));
    }

    void unreachableServer()
    {
        // A port nobody listens on: bind one, note it, close it.
        QTcpServer probe;
        QVERIFY(probe.listen(QHostAddress::LocalHost));
        const quint16 port = probe.serverPort();
        probe.close();
        ConsoleConnection c;
        QSignalSpy failed(&c, &ConsoleConnection::loginFailed);
        c.logIn(QUrl(u"ws://127.0.0.1:%1/v1/console"_s.arg(port)), u"admin"_s, u"whatever12"_s);
        QVERIFY(failed.wait(15000));
        QCOMPARE(failed.first().at(0).value<ConsoleConnection::Failure>(),
                 ConsoleConnection::Failure::Unreachable);
        QVERIFY(failed.first().at(1).toString().contains(QString::number(port)));
        QCOMPARE(c.state(), ConsoleConnection::State::Offline);
        // Not a WebSocket address at all.
        failed.clear();
        c.logIn(QUrl(u"http://127.0.0.1:1/"_s), u"admin"_s, u"whatever12"_s);
        QVERIFY(failed.wait(5000));
        QCOMPARE(failed.first().at(0).value<ConsoleConnection::Failure>(),
                 ConsoleConnection::Failure::Unreachable);
    }

    void versionMismatch()
    {
        ConsoleConnection c;
        c.setProtocolVersion(2);
        QSignalSpy failed(&c, &ConsoleConnection::loginFailed);
        c.logIn(m_fx.consoleUrl(), m_fx.staffUser, m_fx.staffPassword);
        QVERIFY(failed.wait(10000));
        QCOMPARE(failed.first().at(0).value<ConsoleConnection::Failure>(),
                 ConsoleConnection::Failure::VersionMismatch);
        QVERIFY2(failed.first().at(1).toString().contains(u"1 to 1"_s),
                 qPrintable(failed.first().at(1).toString()));
    }

    void liveStream()
    {
        auto v = m_fx.visitor(shopPage(u"/"_s, u"홈"_s, PageKind::Main), u"C-7001"_s, 34,
                              u"female"_s);
        QVERIFY(v);
        VisitorTableModel *m = m_admin->visitors();
        QTRY_VERIFY(m->visitor(v->sessionId()));
        const VisitorSnapshot *s = m->visitor(v->sessionId());
        QVERIFY(s->identity.verified());
        QCOMPARE(s->identity.customerId, u"C-7001"_s);
        QCOMPARE(s->identity.age, 34);
        QCOMPARE(s->page.title, u"홈"_s);
        // Both consoles see it.
        QTRY_VERIFY(m_staff->visitors()->visitor(v->sessionId()));

        v->page(shopPage(u"/p/P-204"_s, u"울 코트"_s, PageKind::Product));
        QTRY_COMPARE(m->visitor(v->sessionId())->pageCount, 2);
        QCOMPARE(m->visitor(v->sessionId())->trail.size(), 2);
        v->scroll(45, 1300);
        QTRY_COMPARE(m->visitor(v->sessionId())->scrollDepth, 45);
        v->visibility(true);
        QTRY_COMPARE(int(m->visitor(v->sessionId())->state.name), int(BehaviourState::Away));
        QCOMPARE(m->visitor(v->sessionId())->state.evidence.code, u"hidden"_s);
        v->visibility(false);
        QTRY_COMPARE(int(m->visitor(v->sessionId())->state.name), int(BehaviourState::Active));

        // Rage clicks: 3 clicks within 1 s within 30 px.
        v->click(100, 100, u"button.buy"_s);
        v->click(104, 102, u"button.buy"_s);
        v->click(101, 99, u"button.buy"_s);
        QTRY_COMPARE(int(m->visitor(v->sessionId())->state.name), int(BehaviourState::Frustrated));

        // History for the detail view and the chat pane.
        QSignalSpy history(m_admin.get(), &ConsoleSession::historyLoaded);
        m_admin->focusVisitor(v->sessionId());
        QVERIFY(history.wait(5000));
        QCOMPARE(m_admin->trail()->rowCount(), 2);
        QVERIFY(m_admin->states()->rowCount() >= 3);
        QCOMPARE(int(m_admin->states()->changeAt(m_admin->states()->rowCount() - 1).to),
                 int(BehaviourState::Frustrated));

        v->close();
        QTRY_VERIFY(!m->visitor(v->sessionId())->connected);
    }

    void chatAndClaims()
    {
        auto v = m_fx.visitor(shopPage(u"/c/outer"_s, u"아우터"_s, PageKind::Category));
        QVERIFY(v);
        const QString id = v->sessionId();
        QTRY_VERIFY(m_admin->visitors()->visitor(id));
        v->chat(u"코트를 찾고 있어요"_s);
        QTRY_COMPARE(m_admin->chats()->unread(id), 1);
        QTRY_COMPARE(m_staff->chats()->unread(id), 1);

        // Staff sends: that claims the visitor for them, on every console.
        bool sent = false;
        m_staff->sendChat(id, u"찾으시는 물건이 있으세요?"_s, this, [&](const Reply &r) {
            QVERIFY2(r.ok, qPrintable(r.error.message));
            sent = true;
        });
        QTRY_VERIFY(sent);
        QTRY_COMPARE(v->staffMessages().size(), 1);
        QCOMPARE(v->staffMessages().first().text, u"찾으시는 물건이 있으세요?"_s);
        QTRY_COMPARE(m_admin->visitors()->visitor(id)->claimedBy.user, m_fx.staffUser);
        QVERIFY(m_admin->isClaimedByOther(id));
        QVERIFY(m_staff->isClaimedByMe(id));
        QTRY_COMPARE(m_admin->chats()->find(id)->entries.size(), 2);

        // Someone else's visitor: a plain claim is refused, an admin may force it.
        Reply refused;
        bool answered = false;
        m_admin->claim(id, false, this, [&](const Reply &r) {
            refused = r;
            answered = true;
        });
        QTRY_VERIFY(answered);
        QVERIFY(!refused.ok);
        QCOMPARE(refused.error.code, u"claimed_by_other"_s);
        answered = false;
        m_admin->claim(id, true, this, [&](const Reply &r) {
            QVERIFY(r.ok);
            answered = true;
        });
        QTRY_VERIFY(answered);
        QTRY_VERIFY(m_staff->isClaimedByOther(id));

        // Help requests: shown as open, resolved for everyone.
        v->help(HelpKind::Complaint, u"결제가 안 돼요"_s);
        QTRY_COMPARE(m_staff->chats()->openHelp(id).size(), 1);
        answered = false;
        m_staff->resolveHelp(id, m_staff->chats()->openHelp(id).first().id, this,
                             [&](const Reply &r) {
                                 QVERIFY(r.ok);
                                 answered = true;
                             });
        QTRY_VERIFY(answered);
        QTRY_COMPARE(m_admin->chats()->openHelp(id).size(), 0);

        // A conversation opened later loads its history from the server.
        auto third = logInByToken();
        QVERIFY(third);
        QVERIFY(!third->chats()->find(id));
        QSignalSpy loaded(third.get(), &ConsoleSession::historyLoaded);
        third->openConversation(id);
        QVERIFY(loaded.wait(5000));
        QCOMPARE(third->chats()->find(id)->entries.size(), 3); // two messages, one help request
    }

    std::unique_ptr<ConsoleSession> logInByToken()
    {
        // A second console of the same admin: the first session's token, not a password.
        auto s = std::make_unique<ConsoleSession>();
        QSignalSpy snap(s->connection(), &ConsoleConnection::snapshotReceived);
        s->connection()->logIn(m_fx.consoleUrl(), m_fx.adminUser, m_fx.adminPassword);
        if (!snap.wait(10000))
            return nullptr;
        return s;
    }

    void thresholdsByRole()
    {
        Reply staffReply;
        bool answered = false;
        m_staff->setThresholds(QJsonObject { { u"idleSeconds"_s, 200 } }, this,
                               [&](const Reply &r) {
                                   staffReply = r;
                                   answered = true;
                               });
        QTRY_VERIFY(answered);
        QVERIFY(!staffReply.ok);
        QCOMPARE(staffReply.error.code, u"forbidden"_s);
        QCOMPARE(m_admin->thresholds().value(ThresholdKey::IdleSeconds), 90);

        QSignalSpy seen(m_staff.get(), &ConsoleSession::thresholdsChanged);
        answered = false;
        m_admin->setThresholds(QJsonObject { { u"idleSeconds"_s, 150 }, { u"hopMoves"_s, 7 } },
                               this, [&](const Reply &r) {
                                   QVERIFY2(r.ok, qPrintable(r.error.message));
                                   answered = true;
                               });
        QTRY_VERIFY(answered);
        QTRY_COMPARE(m_staff->thresholds().value(ThresholdKey::IdleSeconds), 150);
        QCOMPARE(m_staff->thresholds().value(ThresholdKey::HopMoves), 7);
        QCOMPARE(m_staff->thresholdsUpdatedBy(), m_fx.adminUser);
        QVERIFY(!seen.isEmpty());
        // Out of range: the server refuses the whole command.
        answered = false;
        m_admin->setThresholds(QJsonObject { { u"idleSeconds"_s, 5 } }, this, [&](const Reply &r) {
            QVERIFY(!r.ok);
            QCOMPARE(r.error.code, u"bad_field"_s);
            answered = true;
        });
        QTRY_VERIFY(answered);
    }

    void disabledAccountEndsItsConsole()
    {
        bool added = false;
        StaffAdd add;
        add.name = u"joon"_s;
        add.displayName = u"이준"_s;
        add.password = u"joon's long password"_s;
        m_admin->addStaff(add, this, [&](const Reply &r) {
            QVERIFY2(r.ok, qPrintable(r.error.message));
            added = true;
        });
        QTRY_VERIFY(added);
        auto joon = logIn(u"joon"_s, add.password);
        QVERIFY(joon);
        QCOMPARE(joon->connection()->account().displayName, u"이준"_s);
        QSignalSpy ended(joon->connection(), &ConsoleConnection::sessionEnded);
        StaffUpdate off;
        off.name = u"joon"_s;
        off.disabled = true;
        m_admin->updateStaff(off, this, [](const Reply &r) { QVERIFY(r.ok); });
        QVERIFY(ended.wait(10000));
        QCOMPARE(ended.first().at(0).value<ConsoleConnection::Failure>(),
                 ConsoleConnection::Failure::AccountDisabled);
        // It does not keep knocking.
        QTest::qWait(500);
        QCOMPARE(joon->connection()->state(), ConsoleConnection::State::Offline);
        // And cannot log in again.
        QSignalSpy failed(joon->connection(), &ConsoleConnection::loginFailed);
        joon->connection()->logIn(m_fx.consoleUrl(), u"joon"_s, add.password);
        QVERIFY(failed.wait(10000));
        QCOMPARE(failed.first().at(0).value<ConsoleConnection::Failure>(),
                 ConsoleConnection::Failure::AccountDisabled);
    }

    void droppedSocketCatchesUp()
    {
        auto v = m_fx.visitor(shopPage(u"/search?q=knit"_s, u"검색"_s, PageKind::Search));
        QVERIFY(v);
        const QString id = v->sessionId();
        QTRY_VERIFY(m_admin->visitors()->visitor(id));
        QSignalSpy snapshots(m_admin->connection(), &ConsoleConnection::snapshotReceived);
        QSignalSpy logins(m_admin->connection(), &ConsoleConnection::loggedIn);
        QSignalSpy resets(m_admin->visitors(), &QAbstractItemModel::modelReset);
        m_admin->connection()->dropConnection();
        QCOMPARE(m_admin->connection()->state(), ConsoleConnection::State::Waiting);
        // Something happens while this console is away.
        v->page(shopPage(u"/p/P-311"_s, u"캐시미어 니트"_s, PageKind::Product));
        QVERIFY(logins.wait(10000));
        QVERIFY(logins.first().at(1).toBool()); // a reconnect
        QTRY_COMPARE(m_admin->visitors()->visitor(id)->page.title, u"캐시미어 니트"_s);
        // It resumed from its revision with the token: deltas, no snapshot, no reset.
        QCOMPARE(snapshots.count(), 0);
        QCOMPARE(resets.count(), 0);
        QCOMPARE(m_admin->connection()->state(), ConsoleConnection::State::Online);
    }

    void serverRestartRecovers()
    {
        // No referrer (direct traffic): such sessions must be stored and resumable too.
        auto v = m_fx.visitor(shopPage(u"/cart"_s, u"장바구니"_s, PageKind::Cart));
        QVERIFY(v);
        const QString id = v->sessionId();
        QTRY_VERIFY(m_staff->visitors()->visitor(id));
        QSignalSpy logins(m_staff->connection(), &ConsoleConnection::loggedIn);
        QSignalSpy snapshots(m_staff->connection(), &ConsoleConnection::snapshotReceived);
        m_fx.server->kill(); // no goodbye: the console sees the network fail
        QTRY_COMPARE_WITH_TIMEOUT(m_staff->connection()->state(), ConsoleConnection::State::Waiting,
                                  10000);
        QString error;
        QVERIFY2(m_fx.server->restart(&error), qPrintable(error));
        // The restarted server forgot the token: the console logs in with the password it
        // kept in memory and takes a fresh snapshot.
        QVERIFY(logins.wait(20000));
        QVERIFY(snapshots.count() > 0 || snapshots.wait(5000));
        QCOMPARE(m_staff->connection()->state(), ConsoleConnection::State::Online);
        // The visitor's session survived in the database and comes back when it resumes.
        QVERIFY(v->openAndWait(shopPage(u"/cart"_s, u"장바구니"_s, PageKind::Cart)));
        QVERIFY2(v->sessionId() == id, qPrintable(m_fx.server->errorOutput()));
        QTRY_VERIFY(m_staff->visitors()->visitor(id));
        QTRY_VERIFY(m_staff->visitors()->visitor(id)->connected);
    }
};

QTEST_GUILESS_MAIN(tst_ConsoleConnection)
#include "tst_consoleconnection.moc"

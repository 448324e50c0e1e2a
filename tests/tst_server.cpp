// The server end to end: real WebSocket connections on loopback to a server in this process
// with a manual clock, a real SQLite file, and a logged-in console watching it all.
#include "database.h"
#include "jwtverifier.h"
#include "protocol.h"
#include "sessioncore.h"
#include "testsupport.h"

#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QTcpSocket>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace fw;
using namespace fw::test;

namespace {
const QByteArray IdentitySecret = QByteArray(32, 'k');
const QString AdminPassword = u"admin password 1"_s;
const QString StaffPassword = u"minji password 1"_s;

QString shop(const QString &path) { return u"https://shop.example"_s + path; }

bool isState(const Change &c, const QString &id, BehaviourState to)
{
    return c.op == Change::Op::State && c.id == id && c.state.to == to;
}
} // namespace

class tst_Server : public QObject
{
    Q_OBJECT

    std::unique_ptr<TestServer> m_server;
    std::optional<Console> m_admin;
    int m_visitorCounter = 0;

    QString nextVisitorId() { return u"v_test%1abcdef"_s.arg(++m_visitorCounter); }

    std::optional<Visitor> visitor(const QString &url = shop(u"/"_s), PageKind kind = PageKind::Main)
    {
        return Visitor::connect(m_server->visitorUrl(), Visitor::hello(nextVisitorId(), url, kind));
    }

    qint64 count(const QString &sql, const QVariantList &args = {})
    {
        m_server->app().core()->flushWrites();
        // The database thread commits what was submitted before answering.
        QTest::qWait(50);
        const auto rows = m_server->app().database()->query(sql, args);
        return rows.isEmpty() ? -1 : rows.first().first().toLongLong();
    }

    QString token(const QJsonObject &payloadOverrides = {}, const QString &kid = u"k1"_s,
                  const QByteArray &secret = IdentitySecret)
    {
        const qint64 now = m_server->clock().nowMs() / 1000;
        QJsonObject p{{u"sub"_s, u"C-1001"_s},
                      {u"age"_s, 41},
                      {u"gender"_s, u"male"_s},
                      {u"purchases"_s, QJsonObject{{u"orders"_s, 3}, {u"total"_s, 99000}, {u"currency"_s, u"KRW"_s}}},
                      {u"exp"_s, double(now + 600)}};
        for (auto it = payloadOverrides.begin(); it != payloadOverrides.end(); ++it)
            p.insert(it.key(), it.value());
        return JwtVerifier::sign({{u"alg"_s, u"HS256"_s}, {u"kid"_s, kid}}, p, secret);
    }

private slots:
    void initTestCase()
    {
        TestServer::Options o;
        o.identityKeys = {{u"k1"_s, IdentitySecret}};
        m_server = std::make_unique<TestServer>(o);
        QVERIFY(m_server->start());
        m_server->addStaff(u"admin"_s, Role::Admin, AdminPassword);
        m_server->addStaff(u"minji"_s, Role::Staff, StaffPassword);
        m_admin = Console::connect(m_server->consoleUrl(), u"admin"_s, AdminPassword);
        QVERIFY(m_admin);
        QCOMPARE(fw::toString(m_admin->login.account.role), u"admin"_s);
    }

    void cleanupTestCase()
    {
        m_admin.reset();
        m_server.reset();
    }

    void arrivalAlertTrailAndHistory()
    {
        auto v = visitor();
        QVERIFY(v);
        QVERIFY(!v->welcome.resumed);
        QCOMPARE(v->welcome.ackedUpTo, 0);
        QCOMPARE(v->welcome.maxMessageBytes, 65536);
        const QString id = v->welcome.sessionId;
        const auto arrive = m_admin->waitChange([&](const Change &c) {
            return c.op == Change::Op::Arrive && c.id == id;
        });
        QVERIFY2(arrive, "the console must be told when a visitor arrives");
        QVERIFY(!arrive->returning);
        QCOMPARE(arrive->visitor.visitorId, v->visitorId);
        QVERIFY(arrive->visitor.number > 0);
        QCOMPARE(arrive->visitor.trail.size(), 1);
        QCOMPARE(fw::toString(arrive->visitor.state.name), u"active"_s);

        v->page(shop(u"/c/outer"_s), PageKind::Category);
        QVERIFY(v->waitAcked()); // the server has it before the clock moves
        m_server->advance(4000);
        v->page(shop(u"/p/P-101"_s), PageKind::Product, u"P-101"_s);
        QVERIFY(v->waitAcked());
        const auto p1 = m_admin->waitChange([&](const Change &c) {
            return c.op == Change::Op::Page && c.id == id && c.page.url == shop(u"/c/outer"_s);
        });
        QVERIFY(p1);
        QCOMPARE(p1->pageCount, 2);
        const auto p2 = m_admin->waitChange([&](const Change &c) {
            return c.op == Change::Op::Page && c.id == id && c.page.productId == u"P-101"_s;
        });
        QVERIFY(p2);
        QCOMPARE(p2->prevVisibleMs, 4000); // dwell on the category page, in visible time

        m_admin->ws->send(HistoryGet{99, id});
        const auto h = m_admin->ws->waitFor<History>([](const History &x) { return x.reqId == 99; });
        QVERIFY(h);
        QCOMPARE(h->trail.size(), 3);
        QCOMPARE(h->trail[1].page.url, shop(u"/c/outer"_s));
        QCOMPARE(h->trail[1].leftAt - h->trail[1].enteredAt, 4000);
        QCOMPARE(h->trail[2].leftAt, 0);
        QCOMPARE(count(u"SELECT COUNT(*) FROM page_views WHERE session_id = ?"_s, {id}), 3);
        QCOMPARE(count(u"SELECT COUNT(*) FROM events WHERE session_id = ?"_s, {id}), 2);
    }

    void stalledFlipsWithoutAnyEvent()
    {
        auto v = visitor(shop(u"/c/shoes"_s), PageKind::Category);
        QVERIFY(v);
        const QString id = v->welcome.sessionId;
        // Only move the clock: the server's own deadline tick must notice, no event arrives.
        m_server->clock().advance(91'000);
        const auto c = m_admin->waitChange(
                [&](const Change &x) { return isState(x, id, BehaviourState::Stalled); }, 1500);
        QVERIFY2(c, "R1: no event for the idle threshold must flip to stalled within 1 s");
        QCOMPARE(c->state.evidence.code, u"idle"_s);
        QVERIFY(c->state.evidence.values.value("idleSec"_L1).toInt() >= 90);
        QCOMPARE(count(u"SELECT COUNT(*) FROM state_changes WHERE session_id = ? AND to_state = 'stalled'"_s, {id}), 1);
        // Any input brings the visitor back (only scrolling would make it browsing).
        InputEvent key;
        key.kind = InputKind::Key;
        v->sendEvent(key);
        QVERIFY(m_admin->waitChange([&](const Change &x) { return isState(x, id, BehaviourState::Active); }));
    }

    void browsingR2()
    {
        auto v = visitor(shop(u"/c/knit"_s), PageKind::Category);
        QVERIFY(v);
        const QString id = v->welcome.sessionId;
        m_server->advance(2000);
        v->scroll(20);
        QVERIFY(v->waitAcked());
        m_server->advance(10'000);
        v->scroll(45);
        QVERIFY(v->waitAcked());
        m_server->advance(19'000);
        const auto c = m_admin->waitChange([&](const Change &x) { return isState(x, id, BehaviourState::Browsing); });
        QVERIFY2(c, "R2: only scrolling for the browse threshold");
        QCOMPARE(c->state.evidence.code, u"browse"_s);
        QCOMPARE(c->state.evidence.values.value("scrolls"_L1).toInt(), 2);
    }

    void hoppingR3()
    {
        auto v = visitor();
        QVERIFY(v);
        const QString id = v->welcome.sessionId;
        for (int i = 1; i <= 6; ++i) {
            m_server->advance(1500);
            v->page(shop(u"/p/P-10%1"_s.arg(i)), PageKind::Product, u"P-10%1"_s.arg(i));
            QVERIFY(v->waitAcked());
        }
        const auto c = m_admin->waitChange([&](const Change &x) { return isState(x, id, BehaviourState::Hopping); });
        QVERIFY2(c, "R3: more than 5 page moves in 60 s");
        QCOMPARE(c->state.evidence.values.value("moves"_L1).toInt(), 6);
        QVERIFY(c->state.evidence.text.contains(u"6 page moves"_s));
    }

    void interestedR4()
    {
        auto v = visitor(shop(u"/p/P-205"_s), PageKind::Product);
        QVERIFY(v);
        const QString id = v->welcome.sessionId;
        m_server->advance(61'000);
        const auto c = m_admin->waitChange([&](const Change &x) { return isState(x, id, BehaviourState::Interested); });
        QVERIFY2(c, "R4: a minute on a product page");
        QCOMPARE(c->state.evidence.code, u"interest_dwell"_s);

        auto s = visitor(shop(u"/p/P-206"_s), PageKind::Product);
        QVERIFY(s);
        m_server->advance(3000);
        s->scroll(30);
        QVERIFY(s->waitAcked());
        m_server->advance(12'000);
        const auto c2 = m_admin->waitChange([&](const Change &x) {
            return isState(x, s->welcome.sessionId, BehaviourState::Interested);
        });
        QVERIFY2(c2, "R4: scrolling on a product page after 15 s");
        QCOMPARE(c2->state.evidence.code, u"interest_scroll"_s);
    }

    void frustration()
    {
        auto v = visitor(shop(u"/cart"_s), PageKind::Cart);
        QVERIFY(v);
        const QString id = v->welcome.sessionId;
        v->click(300, 400);
        QVERIFY(v->waitAcked());
        m_server->advance(200);
        v->click(305, 402);
        QVERIFY(v->waitAcked());
        m_server->advance(200);
        v->click(298, 410);
        const auto c = m_admin->waitChange([&](const Change &x) { return isState(x, id, BehaviourState::Frustrated); });
        QVERIFY2(c, "3 clicks within 1 s within 30 px");
        QCOMPARE(c->state.evidence.code, u"rage_click"_s);
        m_server->advance(31'000);
        QVERIFY(m_admin->waitChange([&](const Change &x) { return isState(x, id, BehaviourState::Active); }));

        v->page(shop(u"/checkout"_s), PageKind::Checkout);
        QVERIFY(v->waitAcked());
        m_server->advance(2000);
        v->page(shop(u"/cart"_s), PageKind::Cart);
        const auto b = m_admin->waitChange([&](const Change &x) { return isState(x, id, BehaviourState::Frustrated); });
        QVERIFY2(b, "a return to the previous page within a few seconds");
        QCOMPARE(b->state.evidence.code, u"bounce_back"_s);
    }

    void awayGoneAndLeave()
    {
        auto v = visitor();
        QVERIFY(v);
        const QString id = v->welcome.sessionId;
        v->visibility(true);
        const auto vis = m_admin->waitChange([&](const Change &x) {
            return x.op == Change::Op::Visibility && x.id == id;
        });
        QVERIFY(vis && vis->hidden);
        QVERIFY(m_admin->waitChange([&](const Change &x) { return isState(x, id, BehaviourState::Away); }));
        v->ws->close();
        QVERIFY(m_admin->waitChange([&](const Change &x) {
            return x.op == Change::Op::Connection && x.id == id && !x.connected;
        }));
        m_server->advance(11'000);
        QVERIFY(m_admin->waitChange([&](const Change &x) { return isState(x, id, BehaviourState::Gone); }));
        m_server->advance(50'000);
        QVERIFY2(m_admin->waitChange([&](const Change &x) { return x.op == Change::Op::Leave && x.id == id; }),
                 "a gone visitor leaves the live list after 60 s");
        // Still resumable: coming back re-enters the list as a returning visitor.
        Hello h = Visitor::hello(v->visitorId);
        h.resumeSessionId = id;
        auto back = Visitor::connect(m_server->visitorUrl(), h);
        QVERIFY(back);
        QVERIFY(back->welcome.resumed);
        const auto arrive = m_admin->waitChange([&](const Change &x) { return x.op == Change::Op::Arrive && x.id == id; });
        QVERIFY(arrive);
        QVERIFY(arrive->returning);
    }

    void chatBothWays()
    {
        auto v = visitor();
        QVERIFY(v);
        const QString id = v->welcome.sessionId;
        const QString staffText = u"<b>찾으시는 물건이 있으세요?</b>"_s;
        const auto r = m_admin->command(ChatSend{0, id, staffText});
        QVERIFY(r && r->ok);
        QCOMPARE(r->id, u"s1"_s);
        const auto got = v->ws->waitFor<StaffChat>();
        QVERIFY2(got, "staff chat reaches the visitor");
        QCOMPARE(got->text, staffText); // verbatim: rendering it as text is the client's job
        QCOMPARE(got->staff.user, u"admin"_s);
        QCOMPARE(got->seq, 1);
        // Stored before it was sent.
        QCOMPARE(count(u"SELECT COUNT(*) FROM outbox WHERE session_id = ?"_s, {id}), 1);
        v->ws->send(Ack{got->seq});
        QVERIFY(m_admin->waitChange([&](const Change &c) {
            return c.op == Change::Op::Claim && c.id == id && c.claimedBy.user == u"admin"_s;
        }));
        QVERIFY(m_admin->waitChange([&](const Change &c) {
            return c.op == Change::Op::Chat && c.chat.sessionId == id && !c.chat.fromVisitor;
        }));

        const QString visitorText = u"<img src=x onerror=alert(1)> 네, 코트요"_s;
        v->chat(visitorText);
        const auto reply = m_admin->waitChange([&](const Change &c) {
            return c.op == Change::Op::Chat && c.chat.sessionId == id && c.chat.fromVisitor;
        });
        QVERIFY2(reply, "the visitor's reply reaches staff");
        QCOMPARE(reply->chat.text, visitorText);
        QCOMPARE(count(u"SELECT COUNT(*) FROM chats WHERE session_id = ?"_s, {id}), 2);
        QTRY_COMPARE(m_server->app().core()->session(id)->visitorAckedSeq, 1);
    }

    void resumeKeepsSessionAndReplaysOnce()
    {
        auto v = visitor();
        QVERIFY(v);
        const QString id = v->welcome.sessionId;
        v->page(shop(u"/c/bags"_s), PageKind::Category);
        v->scroll(15);
        QVERIFY(v->waitAcked());
        v->ws->close();
        QVERIFY(m_admin->waitChange([&](const Change &c) {
            return c.op == Change::Op::Connection && c.id == id && !c.connected;
        }));
        // Staff write while the visitor is between pages.
        QVERIFY(m_admin->command(ChatSend{0, id, u"first"_s})->ok);
        QVERIFY(m_admin->command(ChatSend{0, id, u"second"_s})->ok);

        Hello h = Visitor::hello(v->visitorId, shop(u"/c/bags"_s));
        h.resumeSessionId = id;
        auto r1 = Visitor::connect(m_server->visitorUrl(), h);
        QVERIFY(r1);
        QVERIFY(r1->welcome.resumed);
        QCOMPARE(r1->welcome.sessionId, id);
        QCOMPARE(r1->welcome.ackedUpTo, 2);
        QVERIFY(r1->ws->waitFor<StaffChat>([](const StaffChat &m) { return m.seq == 2; }));
        QTest::qWait(200);
        const auto replayed = r1->ws->all<StaffChat>();
        QCOMPARE(replayed.size(), 2); // each unacknowledged message exactly once, in order
        QCOMPARE(replayed[0].text, u"first"_s);
        QCOMPARE(replayed[1].text, u"second"_s);
        r1->ws->send(Ack{2});
        QTRY_COMPARE(m_server->app().core()->session(id)->visitorAckedSeq, 2);
        r1->ws->close();

        // Acknowledged messages are not replayed again, even if the tracker lost its own count.
        auto r2 = Visitor::connect(m_server->visitorUrl(), h);
        QVERIFY(r2);
        QTest::qWait(200);
        QCOMPARE(r2->ws->all<StaffChat>().size(), 0);

        // Someone else's session id does not resume it.
        Hello other = Visitor::hello(nextVisitorId());
        other.resumeSessionId = id;
        auto stranger = Visitor::connect(m_server->visitorUrl(), other);
        QVERIFY(stranger);
        QVERIFY(!stranger->welcome.resumed);
        QVERIFY(stranger->welcome.sessionId != id);
    }

    void resumingElsewhereReplacesTheOldSocket()
    {
        auto v = visitor();
        QVERIFY(v);
        Hello h = Visitor::hello(v->visitorId);
        h.resumeSessionId = v->welcome.sessionId;
        auto second = Visitor::connect(m_server->visitorUrl(), h);
        QVERIFY(second);
        QVERIFY(v->ws->waitClosed());
        QCOMPARE(v->ws->closeCode(), int(protocol::Replaced));
        second->scroll(5);
        QVERIFY(second->waitAcked());
    }

    void resentEventsAreAppliedOnce()
    {
        auto v = visitor();
        QVERIFY(v);
        const QString id = v->welcome.sessionId;
        for (int i = 0; i < 5; ++i)
            v->scroll(10 + i);
        QVERIFY(v->waitAcked());
        const quint64 dupsBefore = m_server->app().core()->duplicatesIgnored();
        v->ws->close();
        Hello h = Visitor::hello(v->visitorId);
        h.resumeSessionId = id;
        auto r = Visitor::connect(m_server->visitorUrl(), h);
        QVERIFY(r);
        QCOMPARE(r->welcome.ackedUpTo, 5);
        // The tracker resends 3..5 (it lost the acks) and goes on with 6..8.
        r->seq = 2;
        for (int i = 0; i < 6; ++i)
            r->scroll(50 + i);
        QVERIFY(r->waitAcked());
        QCOMPARE(m_server->app().core()->duplicatesIgnored() - dupsBefore, 3u);
        QCOMPARE(count(u"SELECT COUNT(*) FROM events WHERE session_id = ?"_s, {id}), 8);
        QCOMPARE(count(u"SELECT COUNT(DISTINCT seq) FROM events WHERE session_id = ?"_s, {id}), 8);
        // The first copy of seq 3 is the one kept.
        QCOMPARE(count(u"SELECT COUNT(*) FROM events WHERE session_id = ? AND seq = 3 AND data LIKE '%\"depth\":12%'"_s, {id}), 1);
        QCOMPARE(m_server->app().core()->session(id)->scrollDepth, 55);
    }

    void identityTokens()
    {
        Hello good = Visitor::hello(nextVisitorId());
        good.identityToken = token();
        auto v = Visitor::connect(m_server->visitorUrl(), good);
        QVERIFY(v);
        QVERIFY(v->welcome.identity.verified());
        QCOMPARE(v->welcome.identity.customerId, u"C-1001"_s);
        QCOMPARE(v->welcome.identity.age, 41);
        const auto arrive = m_admin->waitChange([&](const Change &c) {
            return c.op == Change::Op::Arrive && c.id == v->welcome.sessionId;
        });
        QVERIFY(arrive && arrive->visitor.identity.verified());

        const QString t = token();
        const QString forged = t.left(t.lastIndexOf(u'.') + 1) + u"AAAA"_s + t.mid(t.lastIndexOf(u'.') + 5);
        const QList<std::pair<QString, QString>> bad{
                {forged, u"bad_signature"_s},
                {token({{u"exp"_s, double(m_server->clock().nowMs() / 1000 - 3600)}}), u"expired"_s},
                {token({}, u"k9"_s), u"unknown_key"_s},
                {token({}, u"k1"_s, QByteArray(32, 'x')), u"bad_signature"_s},
                {u"garbage"_s, u"malformed"_s}};
        for (const auto &[tok, reason] : bad) {
            Hello h = Visitor::hello(nextVisitorId());
            h.identityToken = tok;
            auto a = Visitor::connect(m_server->visitorUrl(), h);
            QVERIFY(a);
            QVERIFY2(!a->welcome.identity.verified(), qPrintable(reason));
            QCOMPARE(a->welcome.identity.tokenError, reason);
            QVERIFY(a->welcome.identity.customerId.isEmpty());
            a->scroll(1); // the session works, anonymously
            QVERIFY(a->waitAcked());
        }
        v->scroll(2);
        QVERIFY(v->waitAcked());
    }

    void aRefusedWriteIsNeverAcknowledged()
    {
        // A trigger stands in for a write the database refuses (a bug, a full disk).
        m_server->app().database()->query(
                u"CREATE TRIGGER refuse_poison BEFORE INSERT ON events WHEN NEW.data LIKE "
                "'%poison-pill%' BEGIN SELECT RAISE(ABORT, 'refused by the test'); END"_s);
        auto bystander = visitor();
        QVERIFY(bystander);
        auto v = visitor();
        QVERIFY(v);
        const QString id = v->welcome.sessionId;
        v->chat(u"fine"_s);
        QVERIFY(v->waitAcked());
        const qint64 good = v->seq;
        v->chat(u"poison-pill"_s);
        bystander->scroll(3);
        QVERIFY(v->ws->waitClosed());
        QCOMPARE(v->ws->closeCode(), int(protocol::InternalError));
        for (const Ack &a : v->ws->all<Ack>())
            QVERIFY2(a.upTo <= good, "an event that was not stored must not be acknowledged");
        QCOMPARE(count(u"SELECT COUNT(*) FROM events WHERE session_id = ?"_s, {id}), good);
        QVERIFY(bystander->waitAcked()); // others are unaffected
        // The broken session is not resumed: the visitor starts clean.
        Hello h = Visitor::hello(v->visitorId);
        h.resumeSessionId = id;
        auto again = Visitor::connect(m_server->visitorUrl(), h);
        QVERIFY(again);
        QVERIFY(!again->welcome.resumed);
        QVERIFY(m_server->app().metricsText().contains("floorwalker_db_failed_writes_total 1\n"));
        m_server->app().database()->query(u"DROP TRIGGER refuse_poison"_s);
    }

    void foreignOriginsAreRefused()
    {
        WsClient evil(u"https://evil.example"_s);
        QVERIFY(!evil.open(m_server->visitorUrl(), 3000));
        WsClient lookalike(u"https://shop.example.evil.example"_s);
        QVERIFY(!lookalike.open(m_server->visitorUrl(), 3000));
        WsClient nullOrigin(u"null"_s);
        QVERIFY(!nullOrigin.open(m_server->visitorUrl(), 3000));
        WsClient ok(u"https://shop.example"_s);
        QVERIFY(ok.open(m_server->visitorUrl()));
        WsClient app; // no Origin header: a non-browser client
        QVERIFY(app.open(m_server->visitorUrl()));
        QVERIFY(m_server->app().metricsText().contains("floorwalker_rejected_total{reason=\"origin\"} 3"));
    }

    void badInputIsRejectedAsDocumented()
    {
        auto bystander = visitor();
        QVERIFY(bystander);

        WsClient big;
        QVERIFY(big.open(m_server->visitorUrl()));
        big.send(Visitor::hello(nextVisitorId()));
        QVERIFY(big.waitFor<Welcome>());
        big.sendRaw(QString(70'000, u'x'));
        QVERIFY(big.waitClosed());
        QCOMPARE(big.closeCode(), int(QWebSocketProtocol::CloseCodeTooMuchData));

        WsClient first;
        QVERIFY(first.open(m_server->visitorUrl()));
        first.sendRaw(u"{\"type\":\"scroll\",\"seq\":1,\"depth\":3}"_s);
        QVERIFY(first.waitClosed());
        QCOMPARE(first.closeCode(), int(protocol::BadHello));

        WsClient garbage;
        QVERIFY(garbage.open(m_server->visitorUrl()));
        garbage.send(Visitor::hello(nextVisitorId()));
        QVERIFY(garbage.waitFor<Welcome>());
        for (int i = 0; i < 4; ++i)
            garbage.sendRaw(u"{not json"_s);
        for (int i = 0; i < 4; ++i) {
            const auto e = garbage.waitFor<Error>();
            QVERIFY(e);
            QCOMPARE(e->error.code, u"bad_json"_s);
        }
        QVERIFY(garbage.isOpen());
        garbage.sendRaw(u"{\"type\":\"scroll\",\"seq\":\"x\"}"_s);
        QVERIFY(garbage.waitClosed());
        QCOMPARE(garbage.closeCode(), int(protocol::Malformed));

        WsClient binary;
        QVERIFY(binary.open(m_server->visitorUrl()));
        binary.send(Visitor::hello(nextVisitorId()));
        QVERIFY(binary.waitFor<Welcome>());
        binary.sendBinary(QByteArray("\x00\x01", 2));
        QVERIFY(binary.waitClosed());
        QCOMPARE(binary.closeCode(), int(QWebSocketProtocol::CloseCodeDatatypeNotSupported));

        WsClient wrongWay;
        QVERIFY(wrongWay.open(m_server->visitorUrl()));
        wrongWay.send(Visitor::hello(nextVisitorId()));
        QVERIFY(wrongWay.waitFor<Welcome>());
        wrongWay.send(ThresholdsSet{1, {{u"idleSeconds"_s, 10}}});
        const auto e = wrongWay.waitFor<Error>();
        QVERIFY(e);
        QCOMPARE(e->error.code, u"wrong_direction"_s);
        QCOMPARE(m_server->app().core()->thresholds().value(ThresholdKey::IdleSeconds), 90);

        WsClient site;
        QVERIFY(site.open(m_server->visitorUrl()));
        Hello h = Visitor::hello(nextVisitorId());
        h.siteKey = u"another-shop"_s;
        site.send(h);
        QVERIFY(site.waitClosed());
        QCOMPARE(site.closeCode(), int(protocol::UnknownSite));

        WsClient version;
        QVERIFY(version.open(m_server->visitorUrl()));
        Hello v99 = Visitor::hello(nextVisitorId());
        v99.version = 99;
        version.send(v99);
        QVERIFY(version.waitClosed());
        QCOMPARE(version.closeCode(), int(protocol::UnsupportedVersion));

        // Through all of it the other visitor kept working.
        bystander->scroll(33);
        QVERIFY(bystander->waitAcked());
    }

    void floodingIsCut()
    {
        auto bystander = visitor();
        QVERIFY(bystander);
        auto flood = visitor();
        QVERIFY(flood);
        for (int i = 0; i < 100; ++i)
            flood->scroll(i % 100);
        QVERIFY(flood->ws->waitClosed());
        QCOMPARE(flood->ws->closeCode(), int(protocol::RateLimited));
        bystander->scroll(1);
        QVERIFY(bystander->waitAcked());
    }

    void handshakeAndHelloTimeouts()
    {
        QTcpSocket raw;
        raw.connectToHost(QHostAddress::LocalHost, QUrl(m_server->visitorUrl()).port());
        QVERIFY(raw.waitForConnected(2000));
        auto v = visitor(); // served meanwhile
        QVERIFY(v);
        QVERIFY2(waitUntil([&] { return raw.state() == QAbstractSocket::UnconnectedState; }, 5000),
                 "a connection that never completes the handshake is dropped");

        WsClient silent;
        QVERIFY(silent.open(m_server->visitorUrl()));
        m_server->advance(11'000);
        QVERIFY(silent.waitClosed(3000));
        QCOMPARE(silent.closeCode(), int(protocol::HelloTimeout));
        v->scroll(1);
        QVERIFY(v->waitAcked());
    }

    void wrongPasswordAndThrottling()
    {
        m_server->advance(120'000); // no throttling left from earlier tests
        WsClient c;
        QVERIFY(c.open(m_server->consoleUrl()));
        Login l;
        l.user = u"minji"_s;
        l.password = u"wrong password"_s;
        c.send(l);
        auto f = c.waitFor<LoginFailed>({}, 10000);
        QVERIFY(f);
        QCOMPARE(f->reason, u"invalid_credentials"_s);
        // The right password straight after is refused: this account and address must wait.
        l.password = StaffPassword;
        c.send(l);
        f = c.waitFor<LoginFailed>();
        QVERIFY(f);
        QCOMPARE(f->reason, u"throttled"_s);
        QCOMPARE(f->retryAfterMs, 1000);
        m_server->advance(1000);
        // An unknown user gets exactly the same answer as a wrong password.
        Login unknown;
        unknown.user = u"nobody"_s;
        unknown.password = u"whatever password"_s;
        c.send(unknown);
        f = c.waitFor<LoginFailed>({}, 10000);
        QVERIFY(f);
        QCOMPARE(f->reason, u"invalid_credentials"_s);
        m_server->advance(2000);
        c.send(l);
        QVERIFY2(c.waitFor<LoginOk>({}, 10000), "the right password works once the wait is over");
        QVERIFY(c.waitFor<Snapshot>());

        // Ten failures on one socket close it.
        WsClient d;
        QVERIFY(d.open(m_server->consoleUrl()));
        Login w;
        w.user = u"minji"_s;
        w.password = u"still wrong!"_s;
        for (int i = 0; i < 10; ++i) {
            m_server->advance(61'000);
            d.send(w);
            QVERIFY(d.waitFor<LoginFailed>({}, 10000));
        }
        QVERIFY(d.waitClosed());
        QCOMPARE(d.closeCode(), int(protocol::AuthFailed));
        m_server->advance(61'000);
    }

    void thresholdsAdminVersusStaff()
    {
        auto staff = Console::connect(m_server->consoleUrl(), u"minji"_s, StaffPassword);
        QVERIFY(staff);
        auto v = visitor(shop(u"/c/hats"_s), PageKind::Category);
        QVERIFY(v);
        const QString id = v->welcome.sessionId;

        const auto denied = staff->command(ThresholdsSet{0, {{u"idleSeconds"_s, 20}}});
        QVERIFY(denied);
        QVERIFY(!denied->ok);
        QCOMPARE(denied->error.code, u"forbidden"_s);
        QCOMPARE(m_server->app().core()->thresholds().value(ThresholdKey::IdleSeconds), 90);

        // Out of range: refused before the core sees it, answered as the command's result.
        const auto bad = m_admin->command(ThresholdsSet{0, {{u"idleSeconds"_s, 5}}});
        QVERIFY(bad && !bad->ok);
        QCOMPARE(bad->error.code, u"bad_field"_s);
        QVERIFY(bad->error.message.contains(u"idleSeconds"_s));

        m_server->advance(5000);
        const auto ok = m_admin->command(ThresholdsSet{0, {{u"idleSeconds"_s, 20}}});
        QVERIFY(ok && ok->ok);
        const auto seen = staff->waitChange([](const Change &c) { return c.op == Change::Op::Thresholds; });
        QVERIFY2(seen, "every console sees the change at once");
        QCOMPARE(seen->thresholds.value(ThresholdKey::IdleSeconds), 20);
        QCOMPARE(seen->by, u"admin"_s);
        // Applies to the live session at once: 20 s after its last event, not 90.
        m_server->advance(15'000);
        QVERIFY(staff->waitChange([&](const Change &c) { return isState(c, id, BehaviourState::Stalled); }));
        QCOMPARE(count(u"SELECT COUNT(*) FROM settings WHERE key = 'threshold.idleSeconds' AND value = '20' AND updated_by = 'admin'"_s), 1);
        QCOMPARE(count(u"SELECT COUNT(*) FROM audit_log WHERE action = 'thresholds_set' AND actor = 'admin'"_s), 1);

        staff->ws->send(ThresholdsGet{77});
        const auto info = staff->ws->waitFor<ThresholdsInfo>([](const ThresholdsInfo &t) { return t.reqId == 77; });
        QVERIFY(info);
        QCOMPARE(info->values.value(ThresholdKey::IdleSeconds), 20);
        QCOMPARE(info->updatedBy, u"admin"_s);
        QVERIFY(m_admin->command(ThresholdsSet{0, {{u"idleSeconds"_s, 90}}})->ok);
    }

    void claimsAreSeenByEveryConsole()
    {
        auto staff = Console::connect(m_server->consoleUrl(), u"minji"_s, StaffPassword);
        QVERIFY(staff);
        auto v = visitor();
        QVERIFY(v);
        const QString id = v->welcome.sessionId;
        QVERIFY(m_admin->command(Claim{0, id, false})->ok);
        const auto claimed = staff->waitChange([&](const Change &c) { return c.op == Change::Op::Claim && c.id == id; });
        QVERIFY(claimed);
        QCOMPARE(claimed->claimedBy.user, u"admin"_s);
        QCOMPARE(claimed->claimedBy.name, u"ADMIN"_s);
        auto r = staff->command(ChatSend{0, id, u"hello"_s});
        QVERIFY(r && !r->ok);
        QCOMPARE(r->error.code, u"claimed_by_other"_s);
        r = staff->command(Claim{0, id, false});
        QCOMPARE(r->error.code, u"claimed_by_other"_s);
        r = staff->command(Claim{0, id, true});
        QCOMPARE(r->error.code, u"forbidden"_s);
        QVERIFY(m_admin->command(Release{0, id})->ok);
        const auto released = staff->waitChange([&](const Change &c) { return c.op == Change::Op::Claim && c.id == id; });
        QVERIFY(released && released->claimedBy.isNull());
        QVERIFY(staff->command(Claim{0, id, false})->ok);
        QVERIFY(staff->command(ChatSend{0, id, u"hello"_s})->ok);
        // Staff actions are in the audit log, with who did them.
        QCOMPARE(count(u"SELECT COUNT(*) FROM audit_log WHERE target = ? AND action = 'claim'"_s, {id}), 2);
        QCOMPARE(count(u"SELECT COUNT(*) FROM audit_log WHERE target = ? AND action = 'release' AND actor = 'admin'"_s, {id}), 1);
        QVERIFY(count(u"SELECT COUNT(*) FROM audit_log WHERE action = 'login' AND actor = 'minji'"_s) >= 1);
    }

    void helpRequests()
    {
        auto v = visitor();
        QVERIFY(v);
        const QString id = v->welcome.sessionId;
        v->help(HelpKind::Complaint, u"결제 버튼이 안 눌려요"_s);
        const auto h = m_admin->waitChange([&](const Change &c) { return c.op == Change::Op::Help && c.id == id; });
        QVERIFY(h);
        QCOMPARE(fw::toString(h->help.kind), u"complaint"_s);
        QCOMPARE(m_server->app().core()->session(id)->openHelpCount(), 1);
        auto fresh = Console::connect(m_server->consoleUrl(), u"admin"_s, AdminPassword);
        QVERIFY(fresh);
        const auto snap = fresh->ws->all<Snapshot>().first().visitors;
        const auto it = std::find_if(snap.begin(), snap.end(), [&](const VisitorSnapshot &x) { return x.id == id; });
        QVERIFY(it != snap.end());
        QCOMPARE(it->help.size(), 1); // the snapshot carries the open requests themselves
        QCOMPARE(it->help.first().text, u"결제 버튼이 안 눌려요"_s);
        QVERIFY(m_admin->command(HelpResolve{0, id, h->help.id})->ok);
        const auto done = m_admin->waitChange([&](const Change &c) { return c.op == Change::Op::HelpResolved && c.id == id; });
        QVERIFY(done);
        QCOMPARE(done->help.resolvedBy, u"admin"_s);
        QCOMPARE(m_server->app().core()->session(id)->openHelpCount(), 0);
        QCOMPARE(m_admin->command(HelpResolve{0, id, u"v999"_s})->error.code, u"not_found"_s);
        QCOMPARE(count(u"SELECT COUNT(*) FROM help_requests WHERE session_id = ? AND resolved_by = 'admin'"_s, {id}), 1);
    }

    void consoleCatchesUpFromItsRevision()
    {
        auto c = Console::connect(m_server->consoleUrl(), u"admin"_s, AdminPassword);
        QVERIFY(c);
        const QString tokenValue = c->login.token;
        auto v = visitor();
        QVERIFY(v);
        QVERIFY(c->waitChange([&](const Change &x) { return x.op == Change::Op::Arrive && x.id == v->welcome.sessionId; }));
        const qint64 rev = c->rev;
        c->ws->close();
        v->page(shop(u"/missed"_s));
        QVERIFY(v->waitAcked());
        m_admin->waitChange([&](const Change &x) { return x.op == Change::Op::Page && x.id == v->welcome.sessionId; });

        WsClient again;
        QVERIFY(again.open(m_server->consoleUrl()));
        Login l;
        l.token = tokenValue;
        l.lastRevision = rev;
        again.send(l);
        QVERIFY(again.waitFor<LoginOk>());
        const auto d = again.waitFor<Delta>();
        QVERIFY2(d, "a console that knows its revision gets the deltas it missed");
        QCOMPARE(d->base, rev);
        QTest::qWait(100);
        QCOMPARE(again.all<Snapshot>().size(), 0);
        bool sawPage = false;
        for (const Delta &x : again.all<Delta>()) {
            for (const Change &ch : x.changes)
                sawPage |= ch.op == Change::Op::Page && ch.page.url == shop(u"/missed"_s);
        }
        QVERIFY(sawPage);

        WsClient unknownRev;
        QVERIFY(unknownRev.open(m_server->consoleUrl()));
        l.lastRevision = rev + 100000;
        unknownRev.send(l);
        QVERIFY(unknownRev.waitFor<LoginOk>());
        QVERIFY2(unknownRev.waitFor<Snapshot>(), "an unknown revision gets a fresh snapshot");

        WsClient badToken;
        QVERIFY(badToken.open(m_server->consoleUrl()));
        Login bt;
        bt.token = u"t_forged"_s;
        badToken.send(bt);
        const auto f = badToken.waitFor<LoginFailed>();
        QVERIFY(f && f->reason == u"bad_token"_s);
    }

    void snapshotHasEveryLiveVisitor()
    {
        auto v = visitor(shop(u"/p/P-404"_s), PageKind::Product);
        QVERIFY(v);
        v->scroll(70);
        QVERIFY(v->waitAcked());
        auto c = Console::connect(m_server->consoleUrl(), u"admin"_s, AdminPassword);
        QVERIFY(c);
        const auto snaps = c->ws->all<Snapshot>();
        QCOMPARE(snaps.size(), 1);
        const auto &list = snaps.first().visitors;
        const auto it = std::find_if(list.begin(), list.end(), [&](const VisitorSnapshot &s) {
            return s.id == v->welcome.sessionId;
        });
        QVERIFY(it != list.end());
        QCOMPARE(it->scrollDepth, 70);
        QCOMPARE(it->page.url, shop(u"/p/P-404"_s));
        QVERIFY(it->connected);
        QCOMPARE(snaps.first().thresholds.value(ThresholdKey::IdleSeconds), 90);
    }

    void httpEndpoints()
    {
        QNetworkAccessManager nam;
        auto get = [&](const QString &path, int *status) {
            QNetworkReply *r = nam.get(QNetworkRequest(QUrl(m_server->httpUrl() + path)));
            waitUntil([r] { return r->isFinished(); });
            *status = r->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
            const QByteArray body = r->readAll();
            r->deleteLater();
            return body;
        };
        int status = 0;
        const QByteArray health = get(u"/healthz"_s, &status);
        QCOMPARE(status, 200);
        QCOMPARE(QJsonDocument::fromJson(health).object().value("status"_L1).toString(), u"ok"_s);
        const QByteArray metrics = get(u"/metrics"_s, &status);
        QCOMPARE(status, 200);
        QVERIFY(metrics.contains("# TYPE floorwalker_visitors gauge\n"));
        QVERIFY(metrics.contains("floorwalker_visitors{state=\"active\"} "));
        QVERIFY(metrics.contains("# TYPE floorwalker_events_total counter\n"));
        QVERIFY(metrics.contains("floorwalker_db_queue_depth "));
        QVERIFY(metrics.contains("floorwalker_consoles "));
        QVERIFY(metrics.endsWith('\n'));
        get(u"/nothing-here"_s, &status);
        QCOMPARE(status, 404);
        get(u"/shop/../../etc/passwd"_s, &status);
        QCOMPARE(status, 404);
    }
};

QTEST_GUILESS_MAIN(tst_Server)
#include "tst_server.moc"

// AlertPolicy: which events alert, and a burst of arrivals becoming one summary.
#include "alertpolicy.h"
#include "modelfixtures.h"

#include <QSignalSpy>
#include <QTest>

using namespace fw;
using namespace fw::testdata;
using namespace Qt::StringLiterals;

class tst_AlertPolicy : public QObject
{
    Q_OBJECT
private:
    static Alert alertAt(const QSignalSpy &spy, int i) { return spy.at(i).at(0).value<Alert>(); }

private slots:
    void initTestCase() { qRegisterMetaType<Alert>(); }

    void arrivalModes()
    {
        ManualClock clock;
        AlertPolicy p(&clock);
        p.setArrivalWindow(0);
        QSignalSpy spy(&p, &AlertPolicy::alert);
        VisitorSnapshot anon = visitor(u"s1"_s, 7, clock.nowMs());
        VisitorSnapshot known = visitor(u"s2"_s, 8, clock.nowMs());
        known.identity.status = IdentityStatus::Verified;
        known.identity.customerId = u"C-1001"_s;

        p.visitorArrived(anon, false);
        QCOMPARE(spy.count(), 1);
        QCOMPARE(alertAt(spy, 0).kind, Alert::Kind::Arrival);
        QCOMPARE(alertAt(spy, 0).sessionId, u"s1"_s);
        QVERIFY(alertAt(spy, 0).title.contains(u"anonymous #7"_s));

        p.setArrivalAlerts(ArrivalAlerts::VerifiedOnly);
        p.visitorArrived(anon, false);
        QCOMPARE(spy.count(), 1);
        p.visitorArrived(known, true);
        QCOMPARE(spy.count(), 2);
        QVERIFY(alertAt(spy, 1).title.contains(u"C-1001"_s));

        p.setArrivalAlerts(ArrivalAlerts::None);
        p.visitorArrived(known, false);
        QCOMPARE(spy.count(), 2);
        // Help requests alert whatever the arrival setting.
        p.helpRequested(help(u"s1"_s, u"v3"_s, u"어디 있어요?"_s, 1), u"anonymous #7"_s);
        QCOMPARE(spy.count(), 3);
        QCOMPARE(alertAt(spy, 2).kind, Alert::Kind::Help);
        QCOMPARE(alertAt(spy, 2).body, u"어디 있어요?"_s);
        // Messages alert unless the conversation is being read; staff messages never.
        p.visitorMessage(chat(u"s1"_s, u"v4"_s, true, u"hi"_s, 1), u"anonymous #7"_s, true);
        p.visitorMessage(chat(u"s1"_s, u"s4"_s, false, u"hi"_s, 1), u"anonymous #7"_s, false);
        QCOMPARE(spy.count(), 3);
        p.visitorMessage(chat(u"s1"_s, u"v5"_s, true, u"hi"_s, 1), u"anonymous #7"_s, false);
        QCOMPARE(spy.count(), 4);
        QCOMPARE(alertAt(spy, 3).kind, Alert::Kind::Message);
    }

    void soundFollowsThePreference()
    {
        ManualClock clock;
        AlertPolicy p(&clock);
        p.setArrivalWindow(0);
        QSignalSpy spy(&p, &AlertPolicy::alert);
        p.visitorArrived(visitor(u"s1"_s, 1, clock.nowMs()), false);
        p.setSound(true);
        p.visitorArrived(visitor(u"s2"_s, 2, clock.nowMs()), false);
        QVERIFY(!alertAt(spy, 0).sound);
        QVERIFY(alertAt(spy, 1).sound);
    }

    void burstBecomesSummary()
    {
        ManualClock clock;
        AlertPolicy p(&clock);
        p.setArrivalWindow(200);
        QSignalSpy spy(&p, &AlertPolicy::alert);
        for (int i = 0; i < 50; ++i)
            p.visitorArrived(visitor(u"s%1"_s.arg(i), i, clock.nowMs()), false);
        QCOMPARE(spy.count(), 1);
        QTRY_COMPARE(spy.count(), 2);
        QCOMPARE(alertAt(spy, 1).kind, Alert::Kind::Summary);
        QVERIFY(alertAt(spy, 1).title.startsWith(u"49 more visitor"_s)); // plural: .ts files
        QVERIFY(alertAt(spy, 1).sessionId.isEmpty());
        // After the window, a single arrival alerts on its own again.
        clock.advance(1000);
        p.visitorArrived(visitor(u"late"_s, 99, clock.nowMs()), false);
        QCOMPARE(spy.count(), 3);
        QCOMPARE(alertAt(spy, 2).kind, Alert::Kind::Arrival);
    }
};

QTEST_GUILESS_MAIN(tst_AlertPolicy)
#include "tst_alertpolicy.moc"

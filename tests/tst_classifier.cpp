// The behaviour rules as a pure function: every rule, its threshold edge, precedence, and the
// deadline at which the answer would change without any event.
#include "classifier.h"
#include "session.h"

#include <QTest>

using namespace Qt::StringLiterals;
using fw::BehaviourState;

// Compares states by name, so a failure prints "stalled" rather than a number.
#define QCOMPARE_STATE(actual, expected) QCOMPARE(fw::toString(actual), fw::toString(expected))

namespace {
constexpr qint64 T0 = 1'764'748'800'000;

fw::PageInfo page(const QString &path, fw::PageKind kind = fw::PageKind::Other)
{
    fw::PageInfo p;
    p.url = u"https://shop.example"_s + path;
    p.kind = kind;
    if (kind == fw::PageKind::Product)
        p.productId = u"P-101"_s;
    return p;
}

fw::Session started(const fw::PageInfo &first = page(u"/"_s))
{
    fw::Session s;
    s.id = u"s_test"_s;
    s.connection = 1;
    fw::session::start(s, first, T0);
    return s;
}

void moveTo(fw::Session &s, const QString &path, qint64 at, const fw::Thresholds &t,
            fw::PageKind kind = fw::PageKind::Other)
{
    fw::PageView v;
    v.h.seq = s.appliedSeq + 1;
    v.page = page(path, kind);
    fw::session::applyPage(s, v, at, t);
}

void scroll(fw::Session &s, qint64 at, int depth = 30)
{
    fw::ScrollEvent e;
    e.depth = depth;
    fw::session::applyScroll(s, e, at);
}

void click(fw::Session &s, qint64 at, int x, int y, const fw::Thresholds &t)
{
    fw::ClickEvent e;
    e.x = x;
    e.y = y;
    fw::session::applyClick(s, e, at, t);
}

BehaviourState state(const fw::Session &s, qint64 at, const fw::Thresholds &t = {})
{
    return fw::classify(s, at, t).state;
}
} // namespace

class tst_Classifier : public QObject
{
    Q_OBJECT

private slots:
    void freshVisitorIsActive()
    {
        const fw::Session s = started();
        const auto c = fw::classify(s, T0, {});
        QCOMPARE_STATE(c.state, BehaviourState::Active);
        QCOMPARE(c.evidence.code, u"active"_s);
        // The next possible change is the idle threshold (no other rule is pending).
        QCOMPARE(c.nextCheckAt, T0 + 90'000);
    }

    void stalledAfterIdleThreshold()
    {
        const fw::Session s = started();
        QCOMPARE_STATE(state(s, T0 + 89'999), BehaviourState::Active);
        const auto c = fw::classify(s, T0 + 90'000, {});
        QCOMPARE_STATE(c.state, BehaviourState::Stalled);
        QCOMPARE(c.evidence.code, u"idle"_s);
        QCOMPARE(c.evidence.values.value("idleSec"_L1).toInt(), 90);
        QCOMPARE(c.evidence.values.value("thresholdSec"_L1).toInt(), 90);
        QVERIFY(c.evidence.text.contains(u"90 s"_s));
    }

    void anyEventResetsIdle()
    {
        fw::Session s = started();
        fw::session::applyInput(s, T0 + 80'000);
        QCOMPARE_STATE(state(s, T0 + 120'000), BehaviourState::Active);
        QCOMPARE(fw::classify(s, T0 + 120'000, {}).nextCheckAt, T0 + 170'000);
        QCOMPARE_STATE(state(s, T0 + 170'000), BehaviourState::Stalled);
    }

    void browsingWithOnlyScrolling()
    {
        fw::Session s = started(page(u"/c/outer"_s, fw::PageKind::Category));
        scroll(s, T0 + 5'000);
        const auto before = fw::classify(s, T0 + 10'000, {});
        QCOMPARE_STATE(before.state, BehaviourState::Active);
        QCOMPARE(before.nextCheckAt, T0 + 30'000); // browse threshold in visible time
        scroll(s, T0 + 25'000);
        const auto c = fw::classify(s, T0 + 30'000, {});
        QCOMPARE_STATE(c.state, BehaviourState::Browsing);
        QCOMPARE(c.evidence.code, u"browse"_s);
        QCOMPARE(c.evidence.values.value("scrolls"_L1).toInt(), 2);
    }

    void inputOnThePageIsNotBrowsing()
    {
        fw::Session s = started(page(u"/c/outer"_s, fw::PageKind::Category));
        scroll(s, T0 + 5'000);
        fw::session::applyInput(s, T0 + 6'000);
        QCOMPARE_STATE(state(s, T0 + 40'000), BehaviourState::Active);
    }

    void hoppingNeedsMoreMovesThanTheThreshold()
    {
        const fw::Thresholds t;
        fw::Session s = started();
        for (int i = 1; i <= 5; ++i)
            moveTo(s, u"/p%1"_s.arg(i), T0 + i * 1'000, t);
        QCOMPARE_STATE(state(s, T0 + 5'000, t), BehaviourState::Active); // 5 moves: not more than 5
        moveTo(s, u"/p6"_s, T0 + 6'000, t);
        const auto c = fw::classify(s, T0 + 6'000, t);
        QCOMPARE_STATE(c.state, BehaviourState::Hopping);
        QCOMPARE(c.evidence.values.value("moves"_L1).toInt(), 6);
        QCOMPARE(c.evidence.values.value("windowSec"_L1).toInt(), 5);
        QVERIFY(c.evidence.text.contains(u"6 page moves"_s));
        // Hopping ends when the oldest move leaves the 60 s window.
        QCOMPARE(c.nextCheckAt, T0 + 1'000 + 60'000 + 1);
        QCOMPARE_STATE(state(s, T0 + 61'001, t), BehaviourState::Active);
    }

    void interestByDwellOnProductPage()
    {
        fw::Session s = started(page(u"/p/P-101"_s, fw::PageKind::Product));
        fw::session::applyInput(s, T0 + 50'000); // keep it from being idle
        QCOMPARE_STATE(state(s, T0 + 59'999), BehaviourState::Active);
        const auto c = fw::classify(s, T0 + 60'000, {});
        QCOMPARE_STATE(c.state, BehaviourState::Interested);
        QCOMPARE(c.evidence.code, u"interest_dwell"_s);
        QCOMPARE(c.evidence.values.value("productId"_L1).toString(), u"P-101"_s);
    }

    void interestByScrollingAfterFifteenSeconds()
    {
        fw::Session s = started(page(u"/p/P-101"_s, fw::PageKind::Product));
        scroll(s, T0 + 3'000);
        const auto before = fw::classify(s, T0 + 3'000, {});
        QCOMPARE_STATE(before.state, BehaviourState::Active);
        QCOMPARE(before.nextCheckAt, T0 + 15'000);
        const auto c = fw::classify(s, T0 + 15'000, {});
        QCOMPARE_STATE(c.state, BehaviourState::Interested);
        QCOMPARE(c.evidence.code, u"interest_scroll"_s);
    }

    void dwellOnOtherPagesIsNotInterest()
    {
        fw::Session s = started(page(u"/c/outer"_s, fw::PageKind::Category));
        fw::session::applyInput(s, T0 + 50'000);
        QCOMPARE_STATE(state(s, T0 + 70'000), BehaviourState::Active);
    }

    void hiddenTimeIsNotDwell()
    {
        fw::Session s = started(page(u"/p/P-101"_s, fw::PageKind::Product));
        fw::session::applyVisibility(s, true, T0 + 10'000);
        QCOMPARE_STATE(state(s, T0 + 11'000), BehaviourState::Away);
        fw::session::applyVisibility(s, false, T0 + 100'000);
        QCOMPARE(s.visibleDwell(T0 + 100'000), 10'000);
        // 10 s visible before hiding + 49 s after: still under the 60 s interest threshold.
        QCOMPARE_STATE(state(s, T0 + 149'000), BehaviourState::Active);
        QCOMPARE_STATE(state(s, T0 + 150'000), BehaviourState::Interested);
    }

    void rageClicksAreFrustration()
    {
        const fw::Thresholds t;
        fw::Session s = started();
        click(s, T0 + 1'000, 100, 100, t);
        click(s, T0 + 1'300, 110, 95, t);
        QCOMPARE_STATE(state(s, T0 + 1'300, t), BehaviourState::Active);
        click(s, T0 + 1'600, 104, 120, t);
        const auto c = fw::classify(s, T0 + 1'600, t);
        QCOMPARE_STATE(c.state, BehaviourState::Frustrated);
        QCOMPARE(c.evidence.code, u"rage_click"_s);
        QCOMPARE(c.evidence.values.value("clicks"_L1).toInt(), 3);
        QCOMPARE(c.evidence.values.value("withinMs"_L1).toInt(), 600);
        // Held for 30 s, then back to what else holds.
        QCOMPARE(c.nextCheckAt, T0 + 31'600);
        QCOMPARE_STATE(state(s, T0 + 31'599, t), BehaviourState::Frustrated);
        QCOMPARE_STATE(state(s, T0 + 31'600, t), BehaviourState::Active);
    }

    void clicksTooSlowOrTooFarAreNotRage()
    {
        const fw::Thresholds t;
        fw::Session slow = started();
        click(slow, T0 + 0, 100, 100, t);
        click(slow, T0 + 600, 100, 100, t);
        click(slow, T0 + 1'001, 100, 100, t);
        QCOMPARE_STATE(state(slow, T0 + 1'001, t), BehaviourState::Active);
        fw::Session far = started();
        click(far, T0 + 0, 100, 100, t);
        click(far, T0 + 100, 100, 100, t);
        click(far, T0 + 200, 131, 100, t);
        QCOMPARE_STATE(state(far, T0 + 200, t), BehaviourState::Active);
    }

    void bounceBackIsFrustration()
    {
        const fw::Thresholds t;
        fw::Session s = started(page(u"/c/outer"_s));
        moveTo(s, u"/p/P-101"_s, T0 + 10'000, t);
        moveTo(s, u"/c/outer"_s, T0 + 13'000, t); // back after 3 s
        const auto c = fw::classify(s, T0 + 13'000, t);
        QCOMPARE_STATE(c.state, BehaviourState::Frustrated);
        QCOMPARE(c.evidence.code, u"bounce_back"_s);
        QCOMPARE(c.evidence.values.value("afterSec"_L1).toDouble(), 3.0);

        fw::Session calm = started(page(u"/c/outer"_s));
        moveTo(calm, u"/p/P-101"_s, T0 + 10'000, t);
        moveTo(calm, u"/c/outer"_s, T0 + 16'000, t); // back after 6 s: a normal return
        QCOMPARE_STATE(state(calm, T0 + 16'000, t), BehaviourState::Active);
    }

    void reloadIsNotAMove()
    {
        const fw::Thresholds t;
        fw::Session s = started(page(u"/a"_s));
        for (int i = 1; i <= 8; ++i)
            moveTo(s, u"/a"_s, T0 + i * 500, t);
        QCOMPARE(s.trail.size(), 1);
        QCOMPARE(s.pageCount, 1);
        QCOMPARE_STATE(state(s, T0 + 5'000, t), BehaviourState::Active);
    }

    void goneAfterDisconnectGrace()
    {
        fw::Session s = started();
        s.connection = 0;
        s.disconnectedAt = T0 + 5'000;
        const auto c = fw::classify(s, T0 + 10'000, {});
        QCOMPARE_STATE(c.state, BehaviourState::Active);
        QCOMPARE(c.nextCheckAt, T0 + 15'000);
        QCOMPARE_STATE(state(s, T0 + 15'000), BehaviourState::Gone);
    }

    void aVisitorBetweenSocketsDoesNotStall()
    {
        fw::Session s = started();
        s.connection = 0;
        s.disconnectedAt = T0 + 85'000; // left 85 s after the last event
        // The idle threshold (90 s) passes while disconnected: no flip to stalled.
        const auto c = fw::classify(s, T0 + 92'000, {});
        QCOMPARE_STATE(c.state, BehaviourState::Active);
        QCOMPARE(c.nextCheckAt, T0 + 95'000); // only "gone" can happen now
        QCOMPARE_STATE(state(s, T0 + 95'000), BehaviourState::Gone);
        // Back within the grace period, the rules see the real time again.
        s.connection = 2;
        QCOMPARE_STATE(state(s, T0 + 93'000), BehaviourState::Stalled);
    }

    // When several rules hold, the documented order decides.
    void precedence_data()
    {
        QTest::addColumn<QString>("setup");
        QTest::addColumn<int>("expected");
        QTest::newRow("gone over away") << u"hidden,disconnected"_s << int(BehaviourState::Gone);
        QTest::newRow("away over frustrated") << u"rage,hidden"_s << int(BehaviourState::Away);
        QTest::newRow("frustrated over stalled") << u"rage,idle"_s << int(BehaviourState::Frustrated);
        QTest::newRow("stalled over interested") << u"product,idle"_s << int(BehaviourState::Stalled);
        QTest::newRow("interested over hopping") << u"hops,product,scroll"_s
                                                 << int(BehaviourState::Interested);
        QTest::newRow("hopping over browsing") << u"hops,scroll,browse"_s << int(BehaviourState::Hopping);
    }

    void precedence()
    {
        QFETCH(QString, setup);
        QFETCH(int, expected);
        const QStringList parts = setup.split(u',');
        fw::Thresholds t;
        QVERIFY(t.setValue(fw::ThresholdKey::HopWindowSeconds, 120));
        QVERIFY(t.setValue(fw::ThresholdKey::FrustrationHoldSeconds, 600));
        fw::Session s = started(page(u"/start"_s));
        qint64 now = T0;
        if (parts.contains(u"hops"_s)) {
            for (int i = 1; i <= 6; ++i)
                moveTo(s, u"/hop%1"_s.arg(i), now += 1'000, t);
        }
        if (parts.contains(u"product"_s))
            moveTo(s, u"/p/P-101"_s, now += 1'000, t, fw::PageKind::Product);
        if (parts.contains(u"rage"_s)) {
            for (int i = 0; i < 3; ++i)
                click(s, now += 100, 50, 50, t);
        }
        if (parts.contains(u"scroll"_s))
            scroll(s, now += 1'000);
        if (parts.contains(u"hidden"_s))
            fw::session::applyVisibility(s, true, now += 1'000);
        if (parts.contains(u"disconnected"_s)) {
            s.connection = 0;
            s.disconnectedAt = now;
            now += 10'000;
        }
        if (parts.contains(u"browse"_s))
            now += 31'000;
        else if (parts.contains(u"product"_s) && parts.contains(u"scroll"_s))
            now += 15'000;
        if (parts.contains(u"idle"_s))
            now += 91'000;
        QCOMPARE_STATE(state(s, now, t), BehaviourState(expected));
    }

    void thresholdsChangeTheAnswer()
    {
        fw::Session s = started();
        fw::Thresholds t;
        QVERIFY(t.setValue(fw::ThresholdKey::IdleSeconds, 20));
        QCOMPARE_STATE(state(s, T0 + 20'000, t), BehaviourState::Stalled);
        QCOMPARE_STATE(state(s, T0 + 20'000), BehaviourState::Active);
    }

    void trailRecordsDwell()
    {
        const fw::Thresholds t;
        fw::Session s = started(page(u"/a"_s));
        fw::session::applyVisibility(s, true, T0 + 4'000);
        fw::session::applyVisibility(s, false, T0 + 10'000);
        moveTo(s, u"/b"_s, T0 + 12'000, t);
        QCOMPARE(s.trail.size(), 2);
        QCOMPARE(s.trail[0].leftAt, T0 + 12'000);
        QCOMPARE(s.trail[0].visibleMs, 6'000); // 4 s + 2 s visible, 6 s hidden
        QCOMPARE(s.trail[1].leftAt, 0);
        QCOMPARE(s.pageCount, 2);
    }
};

QTEST_GUILESS_MAIN(tst_Classifier)
#include "tst_classifier.moc"

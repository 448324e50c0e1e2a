// The detail view's models: the URL trail (live, with the current page) and the behaviour
// timeline, under QAbstractItemModelTester.
#include "modelfixtures.h"
#include "statetimelinemodel.h"
#include "trailmodel.h"

#include <QAbstractItemModelTester>
#include <QTest>

using namespace fw;
using namespace fw::testdata;
using namespace Qt::StringLiterals;

class tst_TimelineModels : public QObject
{
    Q_OBJECT
private slots:
    void trailFollowsTheVisitor()
    {
        ManualClock clock;
        TrailModel m(&clock);
        QAbstractItemModelTester t(&m, QAbstractItemModelTester::FailureReportingMode::QtTest);
        VisitorSnapshot v = visitor(u"s1"_s, 1, clock.nowMs());
        m.setVisitor(v);
        QCOMPARE(m.rowCount(), 1);
        QVERIFY(m.index(0, 0).data(TrailModel::IsCurrentRole).toBool());
        clock.advance(4000);
        QCOMPARE(m.index(0, TrailModel::Dwell).data(TrailModel::VisibleMsRole).toLongLong(), 34000);
        // The visitor moves on: the old entry closes with its final dwell.
        const qint64 at = clock.nowMs();
        v.trail.last().leftAt = at;
        v.trail.last().visibleMs = 34000;
        const PageInfo next = page(u"https://shop.example/p/2"_s, u"Knit"_s, PageKind::Product);
        v.trail.append(TrailEntry { next, at, 0, 0 });
        v.page = next;
        v.enteredAt = at;
        v.visibleMs = 0;
        v.visibleAsOf = at;
        m.updateVisitor(v);
        QCOMPARE(m.rowCount(), 2);
        QVERIFY(!m.index(0, 0).data(TrailModel::IsCurrentRole).toBool());
        QVERIFY(m.index(1, 0).data(TrailModel::IsCurrentRole).toBool());
        QCOMPARE(m.index(0, TrailModel::Dwell).data(TrailModel::VisibleMsRole).toLongLong(), 34000);
        QCOMPARE(m.index(1, TrailModel::Page).data().toString(), u"Knit"_s);
        clock.advance(2000);
        QCOMPARE(m.index(1, TrailModel::Dwell).data().toString(), u"0:02"_s);
        // Another visitor's update changes nothing here.
        VisitorSnapshot other = visitor(u"s2"_s, 2, clock.nowMs());
        m.updateVisitor(other);
        QCOMPARE(m.rowCount(), 2);
    }

    void trailTakesTheFullHistory()
    {
        ManualClock clock;
        TrailModel m(&clock);
        QAbstractItemModelTester t(&m, QAbstractItemModelTester::FailureReportingMode::QtTest);
        const qint64 now = clock.nowMs();
        VisitorSnapshot v = visitor(u"s1"_s, 1, now);
        m.setVisitor(v);
        QList<TrailEntry> full;
        for (int i = 0; i < 25; ++i)
            full.append(TrailEntry { page(u"https://shop.example/%1"_s.arg(i), u"p"_s),
                                     now - 100000 + i * 1000, now - 100000 + i * 1000 + 900, 900 });
        full.append(v.trail.last()); // the current page, as the server has it
        m.mergeHistory(u"s1"_s, full);
        QCOMPARE(m.rowCount(), 26);
        QVERIFY(m.index(25, 0).data(TrailModel::IsCurrentRole).toBool());
        m.mergeHistory(u"other"_s, {});
        QCOMPARE(m.rowCount(), 26);
    }

    void behaviourTimeline()
    {
        StateTimelineModel m;
        QAbstractItemModelTester t(&m, QAbstractItemModelTester::FailureReportingMode::QtTest);
        StateInfo current { BehaviourState::Browsing, 5000,
                            Evidence { u"browse"_s, QString(), {} } };
        m.setVisitor(u"s1"_s, current);
        QCOMPARE(m.rowCount(), 1);
        QCOMPARE(m.index(0, StateTimelineModel::Change).data().toString(), u"Browsing"_s);
        StateChange c1 { 3000, BehaviourState::Active, BehaviourState::Browsing,
                         Evidence { u"browse"_s, QString(),
                                    QJsonObject { { u"dwellSec"_s, 31 }, { u"scrolls"_s, 7 } } } };
        m.setHistory(u"s1"_s, { c1 });
        QCOMPARE(m.rowCount(), 1);
        QCOMPARE(m.index(0, StateTimelineModel::Change).data().toString(), u"Active → Browsing"_s);
        QCOMPARE(m.index(0, StateTimelineModel::Evidence).data().toString(),
                 u"Only scrolling for 31 s (7 scroll events)"_s);
        StateChange c2 { 6000, BehaviourState::Browsing, BehaviourState::Interested,
                         Evidence { u"interest_dwell"_s, QString(),
                                    QJsonObject { { u"dwellSec"_s, 62 },
                                                  { u"productId"_s, u"P-204"_s } } } };
        m.append(u"s1"_s, c2);
        m.append(u"s1"_s, c2); // the stream and history may both carry it
        m.append(u"s2"_s, c2);
        QCOMPARE(m.rowCount(), 2);
        QCOMPARE(m.index(1, StateTimelineModel::Evidence).data().toString(),
                 u"62 s on product P-204"_s);
        QCOMPARE(m.index(1, 0).data(StateTimelineModel::StateRole).toInt(),
                 int(BehaviourState::Interested));
        // History read after a live change keeps the live change.
        m.setHistory(u"s1"_s, { c1 });
        QCOMPARE(m.rowCount(), 2);
    }
};

QTEST_GUILESS_MAIN(tst_TimelineModels)
#include "tst_timelinemodels.moc"

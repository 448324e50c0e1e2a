// VisitorTableModel and VisitorFilterProxyModel: deltas applied as batches, dwell clocks from
// one tick, the proxy holding its order until refresh(). Under QAbstractItemModelTester.
#include "modelfixtures.h"
#include "visitorfilterproxymodel.h"
#include "visitortablemodel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>
#include <QTextDocument>

using namespace fw;
using namespace fw::testdata;
using namespace Qt::StringLiterals;

class tst_VisitorTableModel : public QObject
{
    Q_OBJECT
private:
    ManualClock m_clock;
    qint64 now() const { return m_clock.nowMs(); }

    QList<VisitorSnapshot> three() const
    {
        return { visitor(u"s1"_s, 1, now()), visitor(u"s2"_s, 2, now()),
                 visitor(u"s3"_s, 3, now()) };
    }

private slots:
    void snapshotAndLookup()
    {
        VisitorTableModel m(&m_clock);
        QAbstractItemModelTester t(&m, QAbstractItemModelTester::FailureReportingMode::QtTest);
        m.setSnapshot(three());
        QCOMPARE(m.rowCount(), 3);
        QCOMPARE(m.rowOf(u"s2"_s), 1);
        QCOMPARE(m.index(0, VisitorTableModel::Who).data().toString(), u"anonymous #1"_s);
        QCOMPARE(m.index(1, VisitorTableModel::Page).data().toString(), u"Page s2"_s);
        QCOMPARE(m.index(2, VisitorTableModel::State).data(VisitorTableModel::StateRole).toInt(),
                 int(BehaviourState::Active));
    }

    void secondSnapshotMergesWithoutReset()
    {
        VisitorTableModel m(&m_clock);
        QAbstractItemModelTester t(&m, QAbstractItemModelTester::FailureReportingMode::QtTest);
        m.setSnapshot(three());
        QSignalSpy resets(&m, &QAbstractItemModel::modelReset);
        QSignalSpy removed(&m, &QAbstractItemModel::rowsRemoved);
        QSignalSpy inserted(&m, &QAbstractItemModel::rowsInserted);
        VisitorSnapshot s2 = visitor(u"s2"_s, 2, now());
        s2.page.title = u"Moved on"_s;
        m.setSnapshot({ s2, visitor(u"s4"_s, 4, now()) });
        QCOMPARE(resets.count(), 0); // the view keeps its selection and place
        QCOMPARE(removed.count(), 2); // s1 and s3, not contiguous
        QCOMPARE(inserted.count(), 1);
        QCOMPARE(m.rowCount(), 2);
        QCOMPARE(m.rowOf(u"s2"_s), 0);
        QCOMPARE(m.rowOf(u"s4"_s), 1);
        QCOMPARE(m.rowOf(u"s1"_s), -1);
        QCOMPARE(m.index(0, VisitorTableModel::Page).data().toString(), u"Moved on"_s);
    }

    void arrivalsAndLeavesAreBatched()
    {
        VisitorTableModel m(&m_clock);
        QAbstractItemModelTester t(&m, QAbstractItemModelTester::FailureReportingMode::QtTest);
        m.setSnapshot(three());
        QSignalSpy inserted(&m, &QAbstractItemModel::rowsInserted);
        QSignalSpy removed(&m, &QAbstractItemModel::rowsRemoved);
        QSignalSpy changed(&m, &VisitorTableModel::visitorsChanged);
        m.applyChanges({ arrive(visitor(u"s4"_s, 4, now())), leave(u"s1"_s, now()),
                         arrive(visitor(u"s5"_s, 5, now())), leave(u"s2"_s, now()),
                         // arrives and leaves in one delta: never listed
                         arrive(visitor(u"s6"_s, 6, now())), leave(u"s6"_s, now()) });
        QCOMPARE(inserted.count(), 1); // both arrivals in one insert
        QCOMPARE(removed.count(), 1); // s1 and s2 are adjacent
        QCOMPARE(changed.count(), 1);
        QCOMPARE(m.rowCount(), 3);
        QCOMPARE(m.rowOf(u"s3"_s), 0);
        QCOMPARE(m.rowOf(u"s4"_s), 1);
        QCOMPARE(m.rowOf(u"s5"_s), 2);
        QCOMPARE(m.rowOf(u"s6"_s), -1);
        // A visitor that left and came back in the same delta stays, updated.
        VisitorSnapshot back = visitor(u"s3"_s, 3, now());
        back.page.title = u"Back again"_s;
        m.applyChanges({ leave(u"s3"_s, now()), arrive(back) });
        QCOMPARE(m.rowCount(), 3);
        QCOMPARE(m.index(m.rowOf(u"s3"_s), VisitorTableModel::Page).data().toString(),
                 u"Back again"_s);
    }

    void changesToAnArrivalInTheSameDelta()
    {
        VisitorTableModel m(&m_clock);
        m.applyChanges({ arrive(visitor(u"s1"_s, 1, now())),
                         state(u"s1"_s, now(), BehaviourState::Active, BehaviourState::Away,
                               u"hidden"_s) });
        QCOMPARE(m.rowCount(), 1);
        QCOMPARE(int(m.visitorAt(0).state.name), int(BehaviourState::Away));
    }

    void pageMoveUpdatesTrailAndScroll()
    {
        VisitorTableModel m(&m_clock);
        QAbstractItemModelTester t(&m, QAbstractItemModelTester::FailureReportingMode::QtTest);
        m.setSnapshot(three());
        m.applyChanges({ scroll(u"s1"_s, now(), 40, 60) });
        QCOMPARE(m.visitorAt(0).scrollDepth, 40);
        m_clock.advance(5000);
        const PageInfo next = page(u"https://shop.example/p/1"_s, u"Coat"_s, PageKind::Product);
        m.applyChanges({ pageMove(u"s1"_s, now(), next, 25000, 2) });
        const VisitorSnapshot &v = m.visitorAt(0);
        QVERIFY(v.page == next);
        QCOMPARE(v.pageCount, 2);
        QCOMPARE(v.scrollDepth, 0);
        QCOMPARE(v.maxScrollDepth, 0);
        QCOMPARE(v.trail.size(), 2);
        QCOMPARE(v.trail.first().leftAt, now());
        QCOMPARE(v.trail.first().visibleMs, 25000);
        QCOMPARE(v.trail.last().leftAt, 0);
        QCOMPARE(VisitorTableModel::visibleDwellMs(v, now()), 0);
        // The trail is capped like the snapshot's.
        for (int i = 0; i < 30; ++i) {
            m_clock.advance(1000);
            m.applyChanges(
                    { pageMove(u"s1"_s, now(), page(u"https://shop.example/x%1"_s.arg(i), u"x"_s),
                               1000, 3 + i) });
        }
        QCOMPARE(m.visitorAt(0).trail.size(), limits::TrailInSnapshot);
        QCOMPARE(m.visitorAt(0).trail.last().page.url, u"https://shop.example/x29"_s);
    }

    void dwellCountsVisibleTimeOnly()
    {
        VisitorTableModel m(&m_clock);
        VisitorSnapshot v = visitor(u"s1"_s, 1, now());
        v.visibleMs = 10000;
        v.visibleAsOf = now();
        v.enteredAt = now() - 20000;
        m.setSnapshot({ v });
        m_clock.advance(5000);
        QCOMPARE(VisitorTableModel::visibleDwellMs(m.visitorAt(0), now()), 15000);
        QCOMPARE(VisitorTableModel::wallDwellMs(m.visitorAt(0), now()), 25000);
        QCOMPARE(m.index(0, VisitorTableModel::Dwell).data().toString(), u"0:15"_s);
        // Hidden: the visible clock stops, the wall clock does not.
        m.applyChanges({ visibility(u"s1"_s, now(), true, 15000) });
        m_clock.advance(60000);
        QCOMPARE(VisitorTableModel::visibleDwellMs(m.visitorAt(0), now()), 15000);
        QCOMPARE(VisitorTableModel::wallDwellMs(m.visitorAt(0), now()), 85000);
        const QString tip = m.index(0, VisitorTableModel::Dwell).data(Qt::ToolTipRole).toString();
        QTextDocument d;
        d.setHtml(tip);
        QVERIFY2(d.toPlainText().contains(u"1:25"_s), qPrintable(d.toPlainText()));
        m.applyChanges({ visibility(u"s1"_s, now(), false, 15000) });
        m_clock.advance(1000);
        QCOMPARE(VisitorTableModel::visibleDwellMs(m.visitorAt(0), now()), 16000);
    }

    void oneTickForEveryClock()
    {
        VisitorTableModel m(&m_clock);
        QList<VisitorSnapshot> many;
        for (int i = 0; i < 1000; ++i)
            many.append(visitor(u"s%1"_s.arg(i), i, now()));
        m.setSnapshot(many);
        QSignalSpy changed(&m, &QAbstractItemModel::dataChanged);
        m.tick();
        QCOMPARE(changed.count(), 1);
        const QModelIndex tl = changed.first().at(0).value<QModelIndex>();
        const QModelIndex br = changed.first().at(1).value<QModelIndex>();
        QCOMPARE(tl.row(), 0);
        QCOMPARE(br.row(), 999);
        QVERIFY(tl.column() <= VisitorTableModel::Dwell);
        QVERIFY(br.column() >= VisitorTableModel::TimeOnSite);
    }

    void updatesAreCoalescedPerRun()
    {
        VisitorTableModel m(&m_clock);
        QList<VisitorSnapshot> many;
        for (int i = 0; i < 1000; ++i)
            many.append(visitor(u"s%1"_s.arg(i), i, now()));
        m.setSnapshot(many);
        QSignalSpy changed(&m, &QAbstractItemModel::dataChanged);
        QList<Change> batch;
        for (int i = 100; i < 600; ++i) // 500 neighbours
            batch.append(scroll(u"s%1"_s.arg(i), now(), 50, 50));
        m.applyChanges(batch);
        QCOMPARE(changed.count(), 1);
        changed.clear();
        batch.clear();
        for (int i = 0; i < 1000; i += 2) // every other row: no two are adjacent
            batch.append(state(u"s%1"_s.arg(i), now(), BehaviourState::Active,
                               BehaviourState::Browsing));
        m.applyChanges(batch);
        QCOMPARE(changed.count(), 500);
        for (const QList<QVariant> &args : changed) {
            // Only the state column: the view repaints one cell, not the row.
            QCOMPARE(args.at(0).value<QModelIndex>().column(), int(VisitorTableModel::State));
            QCOMPARE(args.at(1).value<QModelIndex>().column(), int(VisitorTableModel::State));
        }
    }

    void liveScrollMarkExpires()
    {
        VisitorTableModel m(&m_clock);
        m.setSnapshot(three());
        m.applyChanges({ scroll(u"s2"_s, now(), 30, 30) });
        QVERIFY(m.index(1, VisitorTableModel::Scroll)
                        .data(VisitorTableModel::ScrollingRole)
                        .toBool());
        m_clock.advance(VisitorTableModel::ScrollMarkMs + 1);
        QSignalSpy changed(&m, &QAbstractItemModel::dataChanged);
        m.tick();
        QVERIFY(!m.index(1, VisitorTableModel::Scroll)
                         .data(VisitorTableModel::ScrollingRole)
                         .toBool());
        bool scrollCell = false;
        for (const QList<QVariant> &args : changed) {
            const QModelIndex i = args.at(0).value<QModelIndex>();
            scrollCell |= i.row() == 1 && i.column() == VisitorTableModel::Scroll;
        }
        QVERIFY(scrollCell);
    }

    void claimsAndHelpCounts()
    {
        VisitorTableModel m(&m_clock);
        m.setSnapshot(three());
        m.applyChanges({ claim(u"s3"_s, now(), u"minji"_s, u"박민지"_s) });
        QCOMPARE(m.index(2, VisitorTableModel::ClaimedBy).data().toString(), u"박민지"_s);
        Change h;
        h.op = Change::Op::Help;
        h.help = help(u"s3"_s, u"v1"_s, u"where?"_s, now());
        m.applyChanges({ h, h });
        QCOMPARE(m.index(2, VisitorTableModel::Help).data(VisitorTableModel::HelpCountRole).toInt(),
                 2);
        h.op = Change::Op::HelpResolved;
        m.applyChanges({ h });
        QCOMPARE(m.index(2, VisitorTableModel::Help).data(VisitorTableModel::HelpCountRole).toInt(),
                 1);
        Change released = claim(u"s3"_s, now(), QString(), QString());
        m.applyChanges({ released });
        QCOMPARE(m.index(2, VisitorTableModel::ClaimedBy).data().toString(), QString());
    }

    void toolTipsShowVisitorTextAsText()
    {
        VisitorTableModel m(&m_clock);
        VisitorSnapshot v = visitor(u"s1"_s, 1, now());
        v.page.title = u"<img src=x><b>bold</b>\nline two"_s;
        m.setSnapshot({ v });
        const QString tip = m.index(0, VisitorTableModel::Page).data(Qt::ToolTipRole).toString();
        QVERIFY(Qt::mightBeRichText(tip));
        QTextDocument d;
        d.setHtml(tip);
        QVERIFY2(d.toPlainText().contains(u"<img src=x><b>bold</b>"_s),
                 qPrintable(d.toPlainText()));
        QVERIFY(d.toPlainText().contains(u"line two"_s));
        QVERIFY(!d.toHtml().contains(u"<img"_s));
    }

    void proxyHoldsOrderUntilRefresh()
    {
        VisitorTableModel m(&m_clock);
        VisitorFilterProxyModel p;
        p.setVisitorModel(&m);
        QAbstractItemModelTester t(&p, QAbstractItemModelTester::FailureReportingMode::QtTest);
        m.setSnapshot(three());
        p.sort(VisitorTableModel::State);
        auto order = [&p] {
            QStringList ids;
            for (int r = 0; r < p.rowCount(); ++r)
                ids << p.sessionIdAt(r);
            return ids;
        };
        QCOMPARE(order(), (QStringList { u"s1"_s, u"s2"_s, u"s3"_s }));
        QSignalSpy layouts(&p, &QAbstractItemModel::layoutChanged);
        // s3 becomes frustrated: most urgent, but the rows do not move by themselves.
        m.applyChanges({ state(u"s3"_s, now(), BehaviourState::Active, BehaviourState::Frustrated,
                               u"rage_click"_s) });
        QCOMPARE(layouts.count(), 0);
        QCOMPARE(order(), (QStringList { u"s1"_s, u"s2"_s, u"s3"_s }));
        QVERIFY(p.isStale());
        QVERIFY(p.refresh());
        QCOMPARE(order(), (QStringList { u"s3"_s, u"s1"_s, u"s2"_s }));
        QVERIFY(!p.isStale());
        QVERIFY(!p.refresh());
        // A change to a column nobody sorts or filters by leaves the proxy fresh.
        m.applyChanges({ scroll(u"s1"_s, now(), 10, 10) });
        QVERIFY(!p.isStale());
        // The dwell tick marks it stale only when sorting by dwell.
        m.tick();
        QVERIFY(!p.isStale());
        p.sort(VisitorTableModel::Dwell);
        m.tick();
        QVERIFY(p.isStale());
    }

    void proxyFilters()
    {
        VisitorTableModel m(&m_clock);
        VisitorFilterProxyModel p;
        p.setVisitorModel(&m);
        QAbstractItemModelTester t(&p, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QList<VisitorSnapshot> vs = three();
        vs[1].identity.status = IdentityStatus::Verified;
        vs[1].identity.customerId = u"C-1001"_s;
        vs[2].page.url = u"https://shop.example/p/wool-coat"_s;
        m.setSnapshot(vs);
        p.setVerifiedOnly(true);
        QCOMPARE(p.rowCount(), 1);
        QCOMPARE(p.sessionIdAt(0), u"s2"_s);
        p.setVerifiedOnly(false);
        p.setTextFilter(u"WOOL"_s);
        QCOMPARE(p.rowCount(), 1);
        QCOMPARE(p.sessionIdAt(0), u"s3"_s);
        p.setTextFilter(u"c-1001"_s);
        QCOMPARE(p.rowCount(), 1);
        p.setTextFilter(QString());
        p.setStateFilter({ BehaviourState::Away });
        QCOMPARE(p.rowCount(), 0);
        // Arrivals are filtered as they come.
        VisitorSnapshot away = visitor(u"s4"_s, 4, now());
        away.state.name = BehaviourState::Away;
        m.applyChanges({ arrive(away), arrive(visitor(u"s5"_s, 5, now())) });
        QCOMPARE(p.rowCount(), 1);
        // A state change shows after the next refresh, not in the middle of reading.
        m.applyChanges({ state(u"s1"_s, now(), BehaviourState::Active, BehaviourState::Away,
                               u"hidden"_s) });
        QCOMPARE(p.rowCount(), 1);
        QVERIFY(p.isStale());
        p.refresh();
        QCOMPARE(p.rowCount(), 2);
        p.setStateFilter({});
        QCOMPARE(p.rowCount(), 5);
        // "Needs attention": a visitor asking for help passes whatever their state.
        p.setStateFilter({ BehaviourState::Frustrated });
        p.setHelpPassesStateFilter(true);
        QCOMPARE(p.rowCount(), 0);
        Change h;
        h.op = Change::Op::Help;
        h.help = help(u"s5"_s, u"v1"_s, u"help"_s, now());
        m.applyChanges({ h });
        QVERIFY(p.isStale());
        p.refresh();
        QCOMPARE(p.rowCount(), 1);
        QCOMPARE(p.sessionIdAt(0), u"s5"_s);
    }
};

QTEST_MAIN(tst_VisitorTableModel)
#include "tst_visitortablemodel.moc"

// The visitor list does not jump under the reader: rows arriving or leaving above the top row
// keep that row in place, and re-sorting waits while someone reads the list.
#include "consolesession.h"
#include "mainwindow.h"
#include "memorysecretstore.h"
#include "modelfixtures.h"
#include "preferences.h"
#include "visitorfilterproxymodel.h"
#include "visitortablemodel.h"
#include "visitortableview.h"

#include <QLabel>
#include <QScrollBar>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

using namespace fw;
using namespace fw::testdata;
using namespace Qt::StringLiterals;

class tst_VisitorTableView : public QObject
{
    Q_OBJECT
private:
    static QString topId(VisitorTableView &view)
    {
        return view.indexAt(QPoint(2, 2)).data(VisitorTableModel::SessionIdRole).toString();
    }

private slots:
    void topRowStaysWhileRowsComeAndGo()
    {
        ManualClock clock;
        VisitorTableModel model(&clock);
        VisitorFilterProxyModel proxy;
        proxy.setVisitorModel(&model);
        VisitorTableView view;
        view.setModel(&proxy);
        view.resize(900, 400);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        QList<VisitorSnapshot> vs;
        for (int i = 0; i < 300; ++i) {
            VisitorSnapshot v = visitor(u"s%1"_s.arg(i), i, clock.nowMs());
            v.startedAt = clock.nowMs() - 1000000 + i * 1000; // later visitors started later
            vs.append(v);
        }
        model.setSnapshot(vs);
        // Newest first: arrivals go to the top.
        proxy.sort(VisitorTableModel::TimeOnSite, Qt::AscendingOrder);
        QCOMPARE(proxy.sessionIdAt(0), u"s299"_s);
        QTest::qWait(20); // the view lays out after the sort
        view.verticalScrollBar()->setValue(100);
        const QString reading = topId(view);
        QCOMPARE(reading, proxy.sessionIdAt(100));

        QList<Change> arrivals;
        for (int i = 300; i < 305; ++i) {
            VisitorSnapshot v = visitor(u"s%1"_s.arg(i), i, clock.nowMs());
            v.startedAt = clock.nowMs();
            arrivals.append(arrive(v));
        }
        model.applyChanges(arrivals);
        QTest::qWait(20);
        // Until the next re-sort they wait at the end, out of the way.
        QCOMPARE(proxy.rowCount(), 305);
        QCOMPARE(proxy.sessionIdAt(304).left(3), u"s30"_s);
        QCOMPARE(topId(view), reading);
        QVERIFY(proxy.isStale());
        // The re-sort puts them on top, above the row being read, which stays in place.
        QVERIFY(proxy.refresh());
        QTest::qWait(20);
        QCOMPARE(proxy.sessionIdAt(0).left(3), u"s30"_s);
        QCOMPARE(topId(view), reading);
        QCOMPARE(view.verticalScrollBar()->value(), 105);

        model.applyChanges({ leave(proxy.sessionIdAt(3), clock.nowMs()),
                             leave(proxy.sessionIdAt(4), clock.nowMs()) });
        QTest::qWait(20);
        QCOMPARE(topId(view), reading);

        // At the very top the list simply grows: the newest visitor is first in sight.
        view.verticalScrollBar()->setValue(0);
        VisitorSnapshot newest = visitor(u"new"_s, 999, clock.nowMs());
        newest.startedAt = clock.nowMs() + 1;
        model.applyChanges({ arrive(newest) });
        proxy.refresh();
        QTest::qWait(20);
        QCOMPARE(topId(view), u"new"_s);
    }

    void readingDetection()
    {
        VisitorTableView view;
        view.setReadingGraceMs(150);
        view.resize(400, 200);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        QCursor::setPos(view.mapToGlobal(QPoint(-50, -50)));
        QTest::qWait(50);
        const bool hovered = view.underMouse();
        if (!hovered)
            QVERIFY(!view.isBeingRead());
        QTest::keyClick(&view, Qt::Key_Down);
        QVERIFY(view.isBeingRead());
        if (!hovered)
            QTRY_VERIFY(!view.isBeingRead());
    }

    void reSortWaitsForTheReader()
    {
        QTemporaryDir dir;
        QSettings settings(dir.filePath(u"p.ini"_s), QSettings::IniFormat);
        Preferences prefs(&settings);
        testing::MemorySecretStore secrets;
        ConsoleSession session; // not connected: the model is fed directly
        MainWindow window(&session, &prefs, &secrets, nullptr);
        window.resize(1200, 800);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.visitorView()->setReadingGraceMs(200);
        const qint64 now = session.clock()->nowMs();
        session.visitors()->setSnapshot(
                { visitor(u"a"_s, 1, now), visitor(u"b"_s, 2, now), visitor(u"c"_s, 3, now) });
        window.visitorView()->sortByColumn(VisitorTableModel::State, Qt::AscendingOrder);
        QCOMPARE(window.proxy()->sessionIdAt(0), u"a"_s);
        // The reader presses a key: now "c" becomes the most urgent visitor.
        QTest::keyClick(window.visitorView(), Qt::Key_Down);
        session.visitors()->applyChanges({ state(u"c"_s, now, BehaviourState::Active,
                                                 BehaviourState::Frustrated, u"rage_click"_s) });
        window.refreshOrder();
        QCOMPARE(window.proxy()->sessionIdAt(0), u"a"_s); // held
        if (!window.visitorView()->underMouse()) {
            QVERIFY(window.pausedLabel()->isVisible());
            // The reader stops: the order catches up on its own.
            QTRY_COMPARE_WITH_TIMEOUT(window.proxy()->sessionIdAt(0), u"c"_s, 5000);
            QVERIFY(!window.pausedLabel()->isVisible());
        }
        // F5 re-sorts even while reading.
        session.visitors()->applyChanges({ state(u"b"_s, now, BehaviourState::Active,
                                                 BehaviourState::Frustrated, u"rage_click"_s) });
        session.visitors()->applyChanges(
                { state(u"c"_s, now + 1, BehaviourState::Frustrated, BehaviourState::Active) });
        QTest::keyClick(window.visitorView(), Qt::Key_Up);
        window.refreshOrder(true);
        QCOMPARE(window.proxy()->sessionIdAt(0), u"b"_s);
    }
};

QTEST_MAIN(tst_VisitorTableView)
#include "tst_visitortableview.moc"

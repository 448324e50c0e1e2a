// The simulator's one scheduler: ordering, stale entries, cancellation and scale, stepped
// exactly with a ManualClock.
#include "clock.h"
#include "scheduler.h"
#include "simrng.h"

#include <QTest>

#include <vector>

using fw::sim::Scheduler;

class tst_SimScheduler : public QObject
{
    Q_OBJECT

private slots:
    void firesDueSlotsInTimeOrder()
    {
        fw::ManualClock clock(1000);
        Scheduler s;
        s.schedule(3, 1300);
        s.schedule(1, 1100);
        s.schedule(2, 1200);
        s.schedule(4, 1200); // same time as slot 2: FIFO
        QList<quint32> fired;
        auto record = [&](quint32 slot, qint64 at) {
            QCOMPARE(s.scheduledAt(slot), 0); // cleared before the callback
            QVERIFY(at <= clock.nowMs());
            fired.append(slot);
        };
        QCOMPARE(s.runDue(clock.nowMs(), record), 0);
        clock.advance(199); // 1199
        QCOMPARE(s.runDue(clock.nowMs(), record), 1);
        QCOMPARE(fired, QList<quint32>({ 1 }));
        clock.advance(1); // 1200
        s.runDue(clock.nowMs(), record);
        QCOMPARE(fired, QList<quint32>({ 1, 2, 4 }));
        QCOMPARE(s.nextAt(), 1300);
        clock.advance(1000);
        s.runDue(clock.nowMs(), record);
        QCOMPARE(fired, QList<quint32>({ 1, 2, 4, 3 }));
        QCOMPARE(s.nextAt(), 0);
    }

    void earlierTimeWinsAndTheLaterEntryGoesStale()
    {
        Scheduler s;
        s.schedule(7, 500);
        s.schedule(7, 200); // earlier: replaces
        s.schedule(7, 900); // later than the queued one: ignored (the slot reschedules itself)
        QCOMPARE(s.scheduledAt(7), 200);
        int n = 0;
        s.runDue(1000, [&](quint32 slot, qint64 at) {
            QCOMPARE(slot, 7u);
            QCOMPARE(at, 200);
            ++n;
        });
        QCOMPARE(n, 1); // the 500 entry is stale and skipped
        QCOMPARE(s.nextAt(), 0);
    }

    void cancelledSlotsDoNotFire()
    {
        Scheduler s;
        s.schedule(1, 100);
        s.schedule(2, 100);
        s.cancel(1);
        QList<quint32> fired;
        s.runDue(100, [&](quint32 slot, qint64) { fired.append(slot); });
        QCOMPARE(fired, QList<quint32>({ 2 }));
    }

    void aWakeMayScheduleAgain()
    {
        // A slot that schedules itself for a time that is already due runs again in the same
        // call; one in the future waits.
        Scheduler s;
        s.schedule(1, 10);
        QList<qint64> times;
        s.runDue(50, [&](quint32 slot, qint64 at) {
            times.append(at);
            if (at == 10)
                s.schedule(slot, 40);
            else if (at == 40)
                s.schedule(slot, 60);
        });
        QCOMPARE(times, QList<qint64>({ 10, 40 }));
        QCOMPARE(s.nextAt(), 60);
    }

    void zeroMeansNowNotNever()
    {
        Scheduler s;
        s.schedule(5, 0);
        QCOMPARE(s.scheduledAt(5), 1);
        int n = 0;
        s.runDue(1, [&](quint32, qint64) { ++n; });
        QCOMPARE(n, 1);
    }

    void twentyThousandSlotsFireOnceEachInOrder()
    {
        // The scale the simulator is built for: every slot fires exactly once, never early,
        // never out of order, however the times were scheduled.
        fw::ManualClock clock(0);
        fw::sim::SimRng rng(42);
        Scheduler s;
        constexpr quint32 N = 20000;
        std::vector<qint64> due(N + 1);
        for (quint32 slot = 1; slot <= N; ++slot) {
            due[slot] = rng.range(1, 600000);
            s.schedule(slot, due[slot] + 1000); // a later wish first...
            s.schedule(slot, due[slot]); // ...then the real, earlier one
        }
        std::vector<int> count(N + 1, 0);
        qint64 last = 0;
        while (s.nextAt() != 0) {
            clock.advance(997);
            s.runDue(clock.nowMs(), [&](quint32 slot, qint64 at) {
                QCOMPARE(at, due[slot]);
                QVERIFY(at >= last);
                QVERIFY(at <= clock.nowMs());
                last = at;
                ++count[slot];
            });
        }
        for (quint32 slot = 1; slot <= N; ++slot)
            QCOMPARE(count[slot], 1);
        QCOMPARE(s.size(), std::size_t(0));
    }
};

QTEST_GUILESS_MAIN(tst_SimScheduler)
#include "tst_simscheduler.moc"

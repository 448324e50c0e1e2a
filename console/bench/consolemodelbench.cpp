// console_model_bench: what one update tick costs the console at 10,000 live visitors.
// A tick = one delta of 500 changes (decoded from JSON, applied to VisitorTableModel, mapped
// by the sort/filter proxy, painted by the table view), plus the once-a-second dwell tick and
// the occasional re-sort. Prints figures; asserts nothing (timings belong here, not in tests).
//
//   build/dev/console/bench/console_model_bench [visitors=10000] [changes=500] [ticks=200]
#include "messageregistry.h"
#include "visitordelegate.h"
#include "visitorfilterproxymodel.h"
#include "visitortablemodel.h"
#include "visitortableview.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QRandomGenerator>
#include <QSortFilterProxyModel>

#include <algorithm>
#include <cstdio>
#include <functional>

using namespace fw;
using namespace Qt::StringLiterals;

namespace {

struct Stats
{
    QList<double> ms;
    void add(double v) { ms.append(v); }
    void print(const char *what) const
    {
        QList<double> s = ms;
        std::sort(s.begin(), s.end());
        double sum = 0;
        for (double v : s)
            sum += v;
        const auto at = [&](double q) {
            return s.at(std::min<qsizetype>(s.size() - 1, qsizetype(q * s.size())));
        };
        std::printf("%-58s mean %7.2f ms  median %7.2f  p95 %7.2f  max %7.2f  (n=%lld)\n", what,
                    sum / s.size(), at(0.5), at(0.95), s.last(), static_cast<long long>(s.size()));
    }
};

PageInfo page(int i)
{
    PageInfo p;
    p.url = u"https://shop.example/p/P-%1?utm_source=newsletter"_s.arg(i);
    p.title = u"상품 %1 — 캐시미어 니트"_s.arg(i);
    p.kind = i % 3 == 0 ? PageKind::Product : PageKind::Category;
    return p;
}

VisitorSnapshot makeVisitor(int i, qint64 now, QRandomGenerator &rng)
{
    VisitorSnapshot v;
    v.id = u"s_%1"_s.arg(i, 8, 10, QChar(u'0'));
    v.number = i;
    v.visitorId = u"v_%1"_s.arg(i);
    v.startedAt = now - rng.bounded(3600000);
    v.page = page(i);
    v.enteredAt = now - rng.bounded(300000);
    v.visibleAsOf = v.enteredAt;
    v.pageCount = 1 + rng.bounded(20);
    v.scrollDepth = rng.bounded(100);
    v.maxScrollDepth = v.scrollDepth;
    v.state.name = BehaviourState(rng.bounded(8));
    v.state.since = v.enteredAt;
    v.state.evidence.code = u"active"_s;
    if (i % 4 == 0) {
        v.identity.status = IdentityStatus::Verified;
        v.identity.customerId = u"C-%1"_s.arg(i);
        v.identity.age = 20 + i % 50;
    }
    for (int k = 0; k < 5; ++k)
        v.trail.append(TrailEntry { page(i + k), v.enteredAt - (5 - k) * 1000, 0, 1000 });
    return v;
}

// A delta like the server's: mostly scrolls and activity, some page moves, state changes,
// claims, and a few arrivals and departures.
Delta makeDelta(qint64 rev, qint64 now, int changes, const QStringList &ids, int &nextNumber,
                QRandomGenerator &rng)
{
    Delta d;
    d.base = rev - 1;
    d.rev = rev;
    d.serverTime = now;
    for (int k = 0; k < changes; ++k) {
        Change c;
        c.id = ids.at(rng.bounded(int(ids.size())));
        c.at = now;
        const int kind = rng.bounded(100);
        if (kind < 55) {
            c.op = Change::Op::Scroll;
            c.depth = rng.bounded(100);
            c.maxDepth = c.depth;
        } else if (kind < 80) {
            c.op = Change::Op::Activity;
        } else if (kind < 88) {
            c.op = Change::Op::Page;
            c.page = page(rng.bounded(100000));
            c.prevVisibleMs = 1000;
            c.pageCount = 3;
        } else if (kind < 96) {
            c.op = Change::Op::State;
            c.state.at = now;
            c.state.to = BehaviourState(rng.bounded(8));
            c.state.evidence.code = u"active"_s;
        } else if (kind < 98) {
            c.op = Change::Op::Claim;
            c.claimedBy = StaffRef { u"minji"_s, u"박민지"_s };
        } else if (kind < 99) {
            c.op = Change::Op::Arrive;
            c.visitor = makeVisitor(nextNumber++, now, rng);
            c.id = c.visitor.id;
        } else {
            c.op = Change::Op::Leave;
        }
        d.changes.append(c);
    }
    return d;
}

} // namespace

int main(int argc, char *argv[])
{
    qputenv("QT_QPA_PLATFORM",
            qgetenv("QT_QPA_PLATFORM").isEmpty() ? "offscreen" : qgetenv("QT_QPA_PLATFORM"));
    QApplication app(argc, argv);
    const int visitors = argc > 1 ? std::atoi(argv[1]) : 10000;
    const int changes = argc > 2 ? std::atoi(argv[2]) : 500;
    const int ticks = argc > 3 ? std::atoi(argv[3]) : 200;
    std::printf("console_model_bench: %d visitors, %d changes per tick, %d ticks, Qt %s, %s\n",
                visitors, changes, ticks, qVersion(), qPrintable(QGuiApplication::platformName()));

    auto run = [&](const char *label, bool dynamicSort, int sortColumn) {
        QRandomGenerator rng(42);
        ManualClock clock;
        VisitorTableModel model(&clock);
        VisitorFilterProxyModel proxy;
        proxy.setVisitorModel(&model);
        proxy.setDynamicSortFilter(dynamicSort);
        VisitorTableView view;
        view.setModel(&proxy);
        view.resize(1500, 900);
        view.show();
        QList<VisitorSnapshot> all;
        all.reserve(visitors);
        for (int i = 0; i < visitors; ++i)
            all.append(makeVisitor(i, clock.nowMs(), rng));
        QElapsedTimer t;
        t.start();
        model.setSnapshot(all);
        proxy.sort(sortColumn);
        QCoreApplication::processEvents();
        std::printf("\n[%s]\n  snapshot of %d visitors applied and sorted: %.1f ms\n", label,
                    visitors, t.nsecsElapsed() / 1e6);
        QStringList ids;
        for (const VisitorSnapshot &v : all)
            ids.append(v.id);
        int nextNumber = visitors;
        Stats decode, apply, paint, total, tick, resort;
        for (int n = 0; n < ticks; ++n) {
            clock.advance(100);
            const QByteArray frame =
                    encodeMessage(makeDelta(n + 1, clock.nowMs(), changes, ids, nextNumber, rng));
            t.restart();
            const Decoded d = decodeMessage(frame);
            const double tDecode = t.nsecsElapsed() / 1e6;
            t.restart();
            model.applyChanges(d.as<Delta>()->changes);
            const double tApply = t.nsecsElapsed() / 1e6;
            t.restart();
            view.viewport()->repaint();
            const double tPaint = t.nsecsElapsed() / 1e6;
            decode.add(tDecode);
            apply.add(tApply);
            paint.add(tPaint);
            total.add(tDecode + tApply + tPaint);
            if (n % 10 == 9) { // once a second at 10 deltas a second
                t.restart();
                model.tick();
                view.viewport()->repaint();
                tick.add(t.nsecsElapsed() / 1e6);
            }
            if (!dynamicSort && n % 15 == 14) { // the held re-sort, at most every 1.5 s
                t.restart();
                proxy.refresh();
                view.viewport()->repaint();
                resort.add(t.nsecsElapsed() / 1e6);
            }
            QCoreApplication::processEvents();
        }
        decode.print("  decode delta JSON");
        apply.print("  apply to model + proxy mapping");
        paint.print("  repaint visible rows");
        total.print("  => per update tick (decode + apply + paint)");
        tick.print("  dwell tick: every clock, one signal, repaint");
        if (!resort.ms.isEmpty())
            resort.print("  held re-sort + repaint (only when nobody reads)");
        std::printf("  rows at the end: %d\n", model.rowCount());
    };

    run("console: proxy sorted by state, no re-sort per change", false, VisitorTableModel::State);
    run("console: proxy sorted by dwell (changes every second)", false, VisitorTableModel::Dwell);
    run("for comparison: dynamicSortFilter on (re-sort per change)", true,
        VisitorTableModel::State);
    return 0;
}

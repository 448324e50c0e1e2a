// The visitor scripts, played on a ManualClock against the server's own pure classifier
// (server/classifier.h): each profile must reach the state it is built for, under default,
// quick and slow thresholds, for many seeds, without tripping rules it is not meant to
// (no stray stalls, no frustration); the same seed must give the same visitor.
#include "behaviour.h"
#include "catalogue.h"
#include "classifier.h"
#include "clock.h"
#include "profilemix.h"
#include "session.h"
#include "shopmap.h"
#include "timing.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace fw;
using namespace fw::sim;

namespace {

constexpr qint64 SampleMs = 100; // how often the timeline asks the classifier

Thresholds thresholdsFor(const QString &name)
{
    Thresholds t;
    auto set = [&t](ThresholdKey k, int v) {
        QVERIFY(t.setValue(k, v));
    };
    if (name == "quick"_L1) { // what --set-thresholds quick sets: every minimum
        set(ThresholdKey::IdleSeconds, 10);
        set(ThresholdKey::BrowseSeconds, 5);
        set(ThresholdKey::HopWindowSeconds, 10);
        set(ThresholdKey::InterestSeconds, 5);
        set(ThresholdKey::InterestScrollAfterSeconds, 1);
    } else if (name == "slow"_L1) {
        set(ThresholdKey::IdleSeconds, 300);
        set(ThresholdKey::BrowseSeconds, 120);
        set(ThresholdKey::HopMoves, 8);
        set(ThresholdKey::HopWindowSeconds, 120);
        set(ThresholdKey::InterestSeconds, 300);
        set(ThresholdKey::InterestScrollAfterSeconds, 60);
    } else if (name == "frantic"_L1) { // many hops in a short window, quick interest
        set(ThresholdKey::IdleSeconds, 10);
        set(ThresholdKey::BrowseSeconds, 5);
        set(ThresholdKey::HopMoves, 50);
        set(ThresholdKey::HopWindowSeconds, 10);
        set(ThresholdKey::InterestSeconds, 5);
        set(ThresholdKey::InterestScrollAfterSeconds, 1);
    }
    return t;
}

struct Timeline
{
    QList<std::pair<qint64, SimAction>> steps; // absolute time, action
    QList<std::pair<qint64, BehaviourState>> states; // state changes as the server would see
    qint64 leaveAt = 0;
    QStringList segments;
    bool reached(BehaviourState s) const
    {
        for (const auto &[at, st] : states) {
            if (st == s && (leaveAt == 0 || at < leaveAt))
                return true;
        }
        return false;
    }
    QString describe() const
    {
        QStringList parts;
        for (const auto &[at, st] : states)
            parts.append(u"%1@%2s"_s.arg(fw::toString(st)).arg(double(at) / 1000.0));
        return u"segments [%1] states [%2]"_s.arg(segments.join(u','), parts.join(u' '));
    }
};

QString serialise(const Timeline &t)
{
    QStringList out;
    for (const auto &[at, a] : t.steps) {
        out.append(u"%1:%2:%3:%4:%5:%6:%7"_s.arg(at)
                           .arg(int(a.kind))
                           .arg(a.page.url)
                           .arg(a.depth)
                           .arg(int(a.input))
                           .arg(a.x)
                           .arg(a.hidden));
    }
    return out.join(u'\n');
}

// Plays a behaviour as the server would experience it: hello with the landing page, the
// tracker's page-load event, then every step at its exact time; the classifier is asked every
// 100 ms in between, as the server's deadline queue would.
Timeline play(Behaviour &b, const Thresholds &th, int maxSteps = 5000,
              const std::function<void(Behaviour &, int)> &afterPop = {})
{
    Timeline tl;
    ManualClock clock(1764748800000);
    const qint64 t0 = clock.nowMs();
    Session s;
    s.id = u"s_test"_s;
    s.connection = 1;
    session::start(s, b.landing(), clock.nowMs());
    qint64 seq = 1;
    PageView load;
    load.h.seq = seq++;
    load.page = b.landing();
    session::applyPage(s, load, clock.nowMs(), th);
    BehaviourState current = BehaviourState::Active;
    tl.states.append({ 0, current });
    auto observe = [&] {
        const Classification c = classify(s, clock.nowMs(), th);
        if (c.state != current) {
            current = c.state;
            tl.states.append({ clock.nowMs() - t0, current });
        }
    };
    qint64 due = clock.nowMs() + b.peek().delayMs;
    for (int n = 0; n < maxSteps && !b.finished(); ++n) {
        while (clock.nowMs() + SampleMs < due) {
            clock.advance(SampleMs);
            observe();
        }
        clock.setNow(due);
        const SimAction a = b.peek().action;
        b.pop();
        const qint64 now = clock.nowMs();
        tl.steps.append({ now - t0, a });
        switch (a.kind) {
        case SimAction::Kind::Page: {
            PageView pv;
            pv.h.seq = seq++;
            pv.page = a.page;
            session::applyPage(s, pv, now, th);
            break;
        }
        case SimAction::Kind::Scroll: {
            ScrollEvent e;
            e.h.seq = seq++;
            e.depth = a.depth;
            e.y = a.y;
            session::applyScroll(s, e, now);
            break;
        }
        case SimAction::Kind::Input:
            session::applyInput(s, now);
            break;
        case SimAction::Kind::Click: {
            ClickEvent e;
            e.h.seq = seq++;
            e.x = a.x;
            e.y = a.y;
            e.target = a.target;
            session::applyClick(s, e, now, th);
            break;
        }
        case SimAction::Kind::Visibility:
            session::applyVisibility(s, a.hidden, now);
            break;
        case SimAction::Kind::Chat:
        case SimAction::Kind::Help:
            session::touch(s, now);
            break;
        case SimAction::Kind::Leave:
            tl.leaveAt = now - t0;
            break;
        case SimAction::Kind::None:
            break;
        }
        observe();
        if (afterPop)
            afterPop(b, n);
        if (!b.finished())
            due += b.peek().delayMs;
    }
    tl.segments = b.segmentLog();
    return tl;
}

} // namespace

class tst_SimBehaviour : public QObject
{
    Q_OBJECT

    std::optional<ShopMap> m_shop;

private slots:
    void initTestCase()
    {
        QString error;
        const auto cat = Catalogue::fromFile(
                QStringLiteral(FW_SIM_FIXTURES "/catalogue-fixture.json"), &error);
        QVERIFY2(cat, qPrintable(error));
        m_shop = ShopMap::create(u"http://127.0.0.1:8080/shop/"_s, *cat, &error);
        QVERIFY2(m_shop, qPrintable(error));
    }

    void profileReachesItsState_data()
    {
        QTest::addColumn<int>("profile");
        QTest::addColumn<QString>("thresholds");
        for (Profile p : { Profile::Stuck, Profile::Browser, Profile::Hopper, Profile::Interested,
                           Profile::Buyer, Profile::Mixed }) {
            for (const char *th : { "default", "quick", "slow", "frantic" })
                QTest::addRow("%s/%s", qPrintable(toString(p)), th)
                        << int(p) << QString::fromLatin1(th);
        }
    }

    void profileReachesItsState()
    {
        QFETCH(int, profile);
        QFETCH(QString, thresholds);
        const Profile p = Profile(profile);
        const Thresholds th = thresholdsFor(thresholds);
        for (double scale : { 1.0, 0.3 }) {
            const Timing timing(th, scale);
            for (quint64 seed = 1; seed <= 12; ++seed) {
                Behaviour b(p, &*m_shop, &timing, seed, seed % 2 ? u"ko-KR"_s : u"en-US"_s);
                const Timeline tl = play(b, th);
                const QByteArray where =
                        u"seed %1 scale %2: %3"_s.arg(seed).arg(scale).arg(tl.describe()).toUtf8();
                QVERIFY2(b.finished(), where.constData());
                QVERIFY2(tl.leaveAt > 0, where.constData());
                // Nobody is built to be frustrated: no bounce-backs, no rage clicks.
                QVERIFY2(!tl.reached(BehaviourState::Frustrated), where.constData());
                if (const auto expected = expectedState(p))
                    QVERIFY2(tl.reached(*expected), where.constData());
                // Only a stuck visitor (or a mixed one with a freeze) ever goes quiet that long.
                const bool mayStall = p == Profile::Stuck || tl.segments.contains(u"freeze"_s);
                if (!mayStall)
                    QVERIFY2(!tl.reached(BehaviourState::Stalled), where.constData());
                if (p == Profile::Mixed && !tl.segments.contains(u"away"_s))
                    QVERIFY2(!tl.reached(BehaviourState::Away), where.constData());

                QString prevUrl = b.landing().url;
                for (const auto &[at, a] : tl.steps) {
                    if (a.kind == SimAction::Kind::Page) {
                        QVERIFY2(isHttpUrl(a.page.url), qPrintable(a.page.url));
                        QVERIFY2(a.page.url != prevUrl, "a page move to the same page");
                        prevUrl = a.page.url;
                    }
                }
                if (p == Profile::Browser) {
                    for (const auto &[at, a] : tl.steps) {
                        QVERIFY2(a.kind != SimAction::Kind::Input &&
                                         a.kind != SimAction::Kind::Click,
                                 "a browser only scrolls");
                        if (a.kind == SimAction::Kind::Page)
                            QVERIFY(a.page.kind != PageKind::Product);
                    }
                }
                if (p == Profile::Stuck) {
                    // The stall comes in a silence longer than idleSeconds before leaving.
                    qint64 longest = 0, last = 0;
                    for (const auto &[at, a] : tl.steps) {
                        if (a.kind != SimAction::Kind::None && a.kind != SimAction::Kind::Leave) {
                            last = at;
                        } else if (a.kind == SimAction::Kind::None) {
                            longest = qMax(longest, at - last);
                        }
                    }
                    QVERIFY2(longest > th.ms(ThresholdKey::IdleSeconds), where.constData());
                }
                if (p == Profile::Buyer) {
                    QStringList kinds;
                    PageInfo lastPage;
                    for (const auto &[at, a] : tl.steps) {
                        if (a.kind == SimAction::Kind::Page) {
                            kinds.append(fw::toString(a.page.kind));
                            lastPage = a.page;
                        }
                    }
                    QVERIFY2(ShopMap::isOrderComplete(lastPage), qPrintable(kinds.join(u',')));
                    const QString path = kinds.join(u',');
                    QVERIFY2(path.endsWith(u"product,cart,checkout,checkout"_s), qPrintable(path));
                }
            }
        }
    }

    // --help-share: a stuck visitor asks once, after the stall, in its own language and words.
    void stuckVisitorsAskForHelpAfterTheStall()
    {
        const Thresholds th;
        const Timing timing(th, 1.0);
        QSet<QString> texts;
        for (quint64 seed = 1; seed <= 40; ++seed) {
            const QString lang = seed % 2 ? u"ko-KR"_s : u"en-US"_s;
            Behaviour b(Profile::Stuck, &*m_shop, &timing, SimRng::mix(7, seed * 2), lang);
            b.setHelpChance(1);
            const Timeline tl = play(b, th);
            QVERIFY2(tl.reached(BehaviourState::Stalled), qPrintable(tl.describe()));
            qint64 stalledAt = -1;
            for (const auto &[at, st] : tl.states) {
                if (st == BehaviourState::Stalled && stalledAt < 0)
                    stalledAt = at;
            }
            int helps = 0;
            for (const auto &[at, a] : tl.steps) {
                if (a.kind != SimAction::Kind::Help)
                    continue;
                ++helps;
                QVERIFY2(at > stalledAt, qPrintable(tl.describe()));
                QVERIFY(!a.text.isEmpty());
                // Hangul for Korean visitors, none for English ones.
                static const QRegularExpression hangul(u"[\\x{AC00}-\\x{D7A3}]"_s);
                QCOMPARE(hangul.match(a.text).hasMatch(), lang.startsWith(u"ko"_s));
                texts.insert(a.text);
            }
            QCOMPARE(helps, 1);
        }
        QVERIFY2(texts.size() >= 8,
                 qPrintable(QStringList(texts.cbegin(), texts.cend()).join(u" | ")));

        // The help request only adds to the plan: up to it, the visitor does what it would
        // have done without the option.
        for (quint64 seed = 1; seed <= 10; ++seed) {
            Behaviour plain(Profile::Stuck, &*m_shop, &timing, seed, u"ko-KR"_s);
            Behaviour asking(Profile::Stuck, &*m_shop, &timing, seed, u"ko-KR"_s);
            asking.setHelpChance(1);
            const Timeline without = play(plain, th);
            Timeline with = play(asking, th);
            qsizetype helpAt = -1;
            for (qsizetype i = 0; i < with.steps.size() && helpAt < 0; ++i) {
                if (with.steps.at(i).second.kind == SimAction::Kind::Help)
                    helpAt = i;
            }
            QVERIFY(helpAt > 0);
            QVERIFY(without.steps.size() > helpAt);
            with.steps.resize(helpAt);
            Timeline prefix = without;
            prefix.steps.resize(helpAt);
            QCOMPARE(serialise(with), serialise(prefix));
        }
    }

    void sameSeedSameVisitor()
    {
        const Thresholds th;
        const Timing timing(th, 1.0);
        for (Profile p : { Profile::Stuck, Profile::Browser, Profile::Hopper, Profile::Interested,
                           Profile::Buyer, Profile::Mixed }) {
            QSet<QString> distinct;
            for (quint64 seed = 1; seed <= 5; ++seed) {
                Behaviour a(p, &*m_shop, &timing, seed, u"ko-KR"_s);
                Behaviour b(p, &*m_shop, &timing, seed, u"ko-KR"_s);
                const QString sa = serialise(play(a, th));
                QCOMPARE(sa, serialise(play(b, th)));
                distinct.insert(sa);
            }
            QVERIFY2(distinct.size() >= 4, qPrintable(toString(p))); // seeds do matter
        }
    }

    void aPurchaseCanBeStartedMidway()
    {
        // What a staff chat that "converts" does: drop the plan, walk to a completed order.
        const Thresholds th = thresholdsFor(u"quick"_s);
        const Timing timing(th, 0.3);
        for (quint64 seed = 1; seed <= 10; ++seed) {
            for (Profile p :
                 { Profile::Stuck, Profile::Browser, Profile::Hopper, Profile::Interested }) {
                Behaviour b(p, &*m_shop, &timing, seed, u"en-US"_s);
                const Timeline tl = play(b, th, 5000, [](Behaviour &beh, int n) {
                    if (n == 0) {
                        beh.startPurchase();
                        QVERIFY(beh.buying());
                        beh.startPurchase(); // idempotent
                    }
                });
                QVERIFY(b.finished());
                PageInfo last;
                for (const auto &[at, a] : tl.steps) {
                    if (a.kind == SimAction::Kind::Page)
                        last = a.page;
                }
                QVERIFY2(ShopMap::isOrderComplete(last), qPrintable(tl.describe()));
                QCOMPARE(tl.segments.last(), u"leave"_s);
                QVERIFY(tl.segments.contains(u"buy"_s));
                QVERIFY2(!tl.reached(BehaviourState::Frustrated), qPrintable(tl.describe()));
            }
        }
    }

    void loadProfileKeepsItsPace()
    {
        const Thresholds th;
        const Timing timing(th, 1.0);
        Behaviour b(Profile::Load, &*m_shop, &timing, 7, u"ko-KR"_s);
        b.setLoadPeriod(200);
        qint64 total = 0;
        int moves = 0;
        for (int i = 0; i < 3000; ++i) {
            const Step &s = b.peek();
            total += s.delayMs;
            moves += s.action.kind == SimAction::Kind::Page;
            QVERIFY(s.action.kind != SimAction::Kind::Leave);
            b.pop();
        }
        const double mean = double(total) / 3000.0;
        QVERIFY2(mean > 190 && mean < 210, qPrintable(QString::number(mean)));
        QVERIFY(moves > 50); // it moves between pages too
        b.setLoadPeriod(50); // takes effect from the next step
        total = 0;
        for (int i = 0; i < 1000; ++i) {
            total += b.peek().delayMs;
            b.pop();
        }
        QVERIFY2(total / 1000 >= 45 && total / 1000 <= 55,
                 qPrintable(QString::number(total / 1000)));
    }

    void gapsNeverReachTheIdleThreshold()
    {
        SimRng rng(3);
        for (const char *name : { "default", "quick", "slow" }) {
            const Thresholds th = thresholdsFor(QString::fromLatin1(name));
            const Timing t(th, 5.0); // even when the pacing is stretched five times
            for (int i = 0; i < 1000; ++i) {
                const qint64 g = t.gap(rng, 1, 60);
                QVERIFY(g >= Timing::MinGapMs);
                QVERIFY(g <= th.ms(ThresholdKey::IdleSeconds) / 3);
            }
            QVERIFY(Timing::beyond(10000) >= 10000 + 1000 + Timing::FlipSlackMs);
        }
    }

    void mixGivesExactShares()
    {
        QString error;
        auto mix = ProfileMix::parse(u"stuck=1, browser=2,buyer=0"_s, &error);
        QVERIFY2(mix, qPrintable(error));
        int stuck = 0, browser = 0;
        for (int i = 1; i <= 300; ++i) {
            const Profile p = mix->next();
            QVERIFY(p == Profile::Stuck || p == Profile::Browser);
            (p == Profile::Stuck ? stuck : browser)++;
            // Interleaved: never more than one visitor away from the exact share.
            QVERIFY(qAbs(stuck - i / 3.0) <= 1.0);
        }
        QCOMPARE(stuck, 100);
        QCOMPARE(browser, 200);
        auto one = ProfileMix::parse(u"hopper"_s, &error);
        QVERIFY(one);
        QVERIFY(one->next() == Profile::Hopper);
        QVERIFY(!ProfileMix::parse(u"stuck=1,shoplifter=2"_s, &error));
        QVERIFY2(error.contains(u"shoplifter"_s), qPrintable(error));
        QVERIFY(!ProfileMix::parse(u"stuck=-1"_s, &error));
        QVERIFY(!ProfileMix::parse(u"stuck=0"_s, &error));
        QVERIFY(!ProfileMix::parse(QString(), &error));
    }
};

QTEST_GUILESS_MAIN(tst_SimBehaviour)
#include "tst_simbehaviour.moc"

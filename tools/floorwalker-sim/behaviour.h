#pragma once

#include "profile.h"
#include "simaction.h"
#include "simrng.h"

#include <QStringList>

#include <deque>

namespace fw::sim {

class ShopMap;
class Timing;

// The script of one visitor: a pure, deterministic plan of steps for a profile, built
// segment by segment from the visitor's own random stream. It never looks at a clock: the
// visitor asks for the next step, waits its delay on the shared scheduler and pops it.
class Behaviour
{
public:
    // Segments a plan is made of (README: "Profiles").
    enum class Segment {
        Wander,
        Freeze,
        Browse,
        Hop,
        Settle,
        Interest,
        Look,
        Cart,
        Buy,
        Away,
        Leave,
        Load
    };

    Behaviour(Profile profile, const ShopMap *shop, const Timing *timing, quint64 seed,
              QString lang);

    Profile profile() const { return m_profile; }
    const QString &lang() const { return m_lang; }
    const PageInfo &landing() const { return m_landing; }
    // The page the visitor is on after the steps popped so far.
    const PageInfo &page() const { return m_done.page; }

    // The next step (planning the next segment when needed); Leave is the last.
    const Step &peek();
    void pop();
    bool finished() const { return m_finished; }

    // Drops what is planned and walks to a completed order from the current page instead
    // (a purchase after a staff action). No-op while already buying or after leaving.
    void startPurchase();
    bool buying() const { return m_buying; }
    // Load profile: mean time between events.
    void setLoadPeriod(qint64 ms);
    // Chance that a stuck visitor, once stalled, writes a help request (a complaint or a
    // question). Set before the first step; 0 (the default) draws nothing from the random
    // stream, so plans stay what they were.
    void setHelpChance(double p) { m_helpChance = p; }
    // Names of the segments planned so far, in order (for tests and reports).
    const QStringList &segmentLog() const { return m_segmentLog; }

    static QString segmentName(Segment s);

private:
    struct Cursor
    {
        PageInfo page;
        QString prevUrl;
        int depth = 0;
        bool interacted = false;
        qint64 dwellMs = 0; // planned time on the current page so far
    };

    void planNext();
    void plan(Segment s);
    void add(qint64 delayMs, SimAction a);
    void moveTo(qint64 delayMs, const PageInfo &page);
    void scroll(qint64 delayMs);
    void input(qint64 delayMs, InputKind kind);
    void wait(qint64 delayMs);
    void askForHelp(qint64 delayMs);
    void clickAddToCart(); // the product page's add-to-cart button, after a short gap
    PageInfo listingPage();
    PageInfo productPage();
    PageInfo anyPage();
    template<typename F>
    PageInfo fresh(F make); // a page that is neither the current nor the previous one

    Profile m_profile;
    const ShopMap *m_shop;
    const Timing *m_timing;
    SimRng m_rng;
    QString m_lang;
    PageInfo m_landing;
    std::deque<Segment> m_segments;
    std::deque<Step> m_plan;
    Cursor m_cursor; // state at the end of the plan
    Cursor m_done; // state after the popped steps
    std::deque<Cursor> m_after; // state after each planned step
    bool m_finished = false;
    bool m_buying = false;
    int m_mixedLeft = 0;
    qint64 m_loadPeriodMs = 1000;
    double m_helpChance = 0;
    QStringList m_segmentLog;
};

} // namespace fw::sim

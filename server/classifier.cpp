#include "classifier.h"

#include "evidencetext.h"
#include "session.h"

using namespace Qt::StringLiterals;

namespace fw {

namespace {

int seconds(qint64 ms) { return int(ms / 1000); }

// Collects the times at which some rule's answer flips; the earliest future one wins.
struct NextCheck
{
    qint64 now;
    qint64 at = 0;
    void consider(qint64 t)
    {
        if (t > now && (at == 0 || t < at))
            at = t;
    }
};

} // namespace

Classification classify(const Session &s, qint64 at, const Thresholds &t)
{
    Classification c;
    const qint64 goneAfter = t.ms(ThresholdKey::GoneAfterSeconds);
    const bool gone = !s.connected() && at - s.disconnectedAt >= goneAfter;
    // While a visitor is between sockets (a page load, a dropped connection) the clock stops
    // for the other rules: someone who left is not "stalled", and nothing flips until they
    // either come back or count as gone.
    const qint64 now = s.connected() ? at : qMin(at, s.disconnectedAt);
    NextCheck next{now};

    const qint64 holdUntil = s.frustration.at
            ? s.frustration.at + t.ms(ThresholdKey::FrustrationHoldSeconds)
            : 0;
    const bool frustrated = holdUntil > now;
    next.consider(holdUntil);

    const qint64 idleFor = now - s.lastEventAt;
    const bool stalled = idleFor >= t.ms(ThresholdKey::IdleSeconds);
    next.consider(s.lastEventAt + t.ms(ThresholdKey::IdleSeconds));

    const qint64 dwell = s.visibleDwell(now);
    auto considerDwell = [&](qint64 thresholdMs) {
        if (!s.hidden && dwell < thresholdMs)
            next.consider(now + (thresholdMs - dwell));
    };

    const bool onProduct = s.page.kind == PageKind::Product;
    const qint64 interestMs = t.ms(ThresholdKey::InterestSeconds);
    const qint64 interestScrollMs = t.ms(ThresholdKey::InterestScrollAfterSeconds);
    const bool interestByDwell = onProduct && dwell >= interestMs;
    const bool interestByScroll = onProduct && s.scrollsOnPage > 0 && dwell >= interestScrollMs;
    if (onProduct) {
        considerDwell(interestMs);
        if (s.scrollsOnPage > 0)
            considerDwell(interestScrollMs);
    }

    const qint64 hopWindow = t.ms(ThresholdKey::HopWindowSeconds);
    qint64 oldestMove = 0;
    const int moves = s.movesSince(now - hopWindow, &oldestMove);
    const bool hopping = moves > t.value(ThresholdKey::HopMoves);
    if (moves > 0)
        next.consider(oldestMove + hopWindow + 1);

    const qint64 browseMs = t.ms(ThresholdKey::BrowseSeconds);
    const bool browsing = s.scrollsOnPage > 0 && s.interactionsOnPage == 0 && dwell >= browseMs;
    if (s.scrollsOnPage > 0 && s.interactionsOnPage == 0)
        considerDwell(browseMs);

    c.nextCheckAt = s.connected() ? next.at : (gone ? 0 : s.disconnectedAt + goneAfter);
    if (gone) {
        c.state = BehaviourState::Gone;
        c.evidence = makeEvidence(u"disconnected"_s, {{u"sec"_s, seconds(at - s.disconnectedAt)}});
    } else if (s.hidden) {
        c.state = BehaviourState::Away;
        c.evidence = makeEvidence(u"hidden"_s, {{u"sec"_s, seconds(now - s.hiddenSince)}});
    } else if (frustrated) {
        c.state = BehaviourState::Frustrated;
        c.evidence = s.frustration.evidence;
    } else if (stalled) {
        c.state = BehaviourState::Stalled;
        c.evidence = makeEvidence(u"idle"_s,
                                  {{u"idleSec"_s, seconds(idleFor)},
                                   {u"thresholdSec"_s, t.value(ThresholdKey::IdleSeconds)}});
    } else if (interestByDwell || interestByScroll) {
        c.state = BehaviourState::Interested;
        c.evidence = makeEvidence(
                interestByDwell ? u"interest_dwell"_s : u"interest_scroll"_s,
                {{u"dwellSec"_s, seconds(dwell)},
                 {u"thresholdSec"_s, seconds(interestByDwell ? interestMs : interestScrollMs)},
                 {u"productId"_s, s.page.productId}});
    } else if (hopping) {
        c.state = BehaviourState::Hopping;
        c.evidence = makeEvidence(u"hop"_s,
                                  {{u"moves"_s, moves},
                                   {u"windowSec"_s, qMax(1, seconds(now - oldestMove + 999))},
                                   {u"thresholdMoves"_s, t.value(ThresholdKey::HopMoves)}});
    } else if (browsing) {
        c.state = BehaviourState::Browsing;
        c.evidence = makeEvidence(u"browse"_s,
                                  {{u"dwellSec"_s, seconds(dwell)},
                                   {u"scrolls"_s, s.scrollsOnPage},
                                   {u"thresholdSec"_s, t.value(ThresholdKey::BrowseSeconds)}});
    } else {
        c.state = BehaviourState::Active;
        c.evidence = makeEvidence(u"active"_s, {});
    }
    return c;
}

} // namespace fw

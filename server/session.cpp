#include "session.h"

#include "evidencetext.h"

#include <cmath>

using namespace Qt::StringLiterals;

namespace fw {

int Session::openHelpCount() const
{
    int n = 0;
    for (const HelpRequest &h : helps) {
        if (h.resolvedAt == 0)
            ++n;
    }
    return n;
}

int Session::movesSince(qint64 since, qint64 *oldest) const
{
    int n = 0;
    const int available = qMin(moveCount, MoveRing);
    for (int i = 1; i <= available; ++i) {
        const qint64 t = moves[std::size_t((moveCount - i) % MoveRing)];
        if (t < since)
            break;
        ++n;
        if (oldest)
            *oldest = t;
    }
    return n;
}

VisitorSnapshot Session::snapshot(int trailLimit) const
{
    VisitorSnapshot v;
    v.id = id;
    v.number = number;
    v.visitorId = visitorId;
    v.connected = connected();
    v.startedAt = startedAt;
    v.device = device;
    v.lang = lang;
    v.referrer = referrer;
    v.identity = identity;
    v.page = page;
    v.enteredAt = enteredAt;
    v.hidden = hidden;
    v.visibleAsOf = hidden ? hiddenSince : visibleSince;
    v.visibleMs = visibleAccumMs;
    v.lastEventAt = lastEventAt;
    v.lastScrollAt = lastScrollAt;
    v.scrollDepth = scrollDepth;
    v.maxScrollDepth = maxScrollDepth;
    v.pageCount = pageCount;
    v.state = state;
    v.claimedBy = claimedBy;
    for (const HelpRequest &h : helps) {
        if (h.resolvedAt == 0)
            v.help.append(h);
    }
    v.openHelp = int(v.help.size());
    const qsizetype from = qMax<qsizetype>(0, trail.size() - trailLimit);
    v.trail = trail.mid(from);
    return v;
}

namespace session {

namespace {
void closeCurrentEntry(Session &s, qint64 now)
{
    if (!s.trail.isEmpty() && s.trail.last().leftAt == 0) {
        s.trail.last().leftAt = now;
        s.trail.last().visibleMs = s.visibleDwell(now);
    }
}

void enterPage(Session &s, const PageInfo &page, qint64 now)
{
    s.page = page;
    s.enteredAt = now;
    s.visibleAccumMs = 0;
    s.visibleSince = now;
    s.hidden = false; // a page view means the tab is in front; trackers report otherwise
    s.scrollDepth = 0;
    s.maxScrollDepth = 0;
    s.scrollsOnPage = 0;
    s.interactionsOnPage = 0;
    s.lastEventAt = now;
    ++s.pageCount;
    s.trail.append({page, now, 0, 0});
    if (s.trail.size() > Session::MaxTrail)
        s.trail.removeFirst();
}
} // namespace

void start(Session &s, const PageInfo &page, qint64 now)
{
    s.startedAt = now;
    s.lastMessageAt = now;
    enterPage(s, page, now);
}

bool applyPage(Session &s, const PageView &e, qint64 now, const Thresholds &t)
{
    if (e.page.url == s.page.url) {
        // A reload, or the tracker's first page event after hello: activity, not a move.
        s.page.title = e.page.title;
        s.page.kind = e.page.kind;
        s.page.productId = e.page.productId;
        s.page.categoryId = e.page.categoryId;
        s.page.query = e.page.query;
        if (!s.trail.isEmpty())
            s.trail.last().page = s.page;
        s.lastEventAt = now;
        return false;
    }
    closeCurrentEntry(s, now);
    const qint64 previousEnteredAt = s.enteredAt;
    const QString previousUrl = s.trail.size() >= 2 ? s.trail.at(s.trail.size() - 2).page.url
                                                    : QString();
    s.pageSeq = e.h.seq;
    enterPage(s, e.page, now);
    s.moves[std::size_t(s.moveCount % Session::MoveRing)] = now;
    ++s.moveCount;

    // Frustration: back to the page just left, within a few seconds of leaving it.
    const qint64 away = now - previousEnteredAt;
    if (!previousUrl.isEmpty() && previousUrl == e.page.url
        && away <= t.ms(ThresholdKey::BounceBackSeconds)) {
        s.frustration.at = now;
        s.frustration.evidence =
                makeEvidence(u"bounce_back"_s,
                             {{u"afterSec"_s, qRound(double(away) / 100.0) / 10.0},
                              {u"thresholdSec"_s, t.value(ThresholdKey::BounceBackSeconds)}});
    }
    return true;
}

void applyScroll(Session &s, const ScrollEvent &e, qint64 now)
{
    s.scrollDepth = e.depth;
    s.maxScrollDepth = qMax(s.maxScrollDepth, e.depth);
    ++s.scrollsOnPage;
    s.lastScrollAt = now;
    s.lastEventAt = now;
}

void applyInput(Session &s, qint64 now)
{
    ++s.interactionsOnPage;
    s.lastEventAt = now;
}

void applyClick(Session &s, const ClickEvent &e, qint64 now, const Thresholds &t)
{
    ++s.interactionsOnPage;
    s.lastEventAt = now;
    s.clicks[std::size_t(s.clickCount % Session::ClickRing)] = {now, e.x, e.y};
    ++s.clickCount;

    // Rage click: the last N clicks within the window and all within the radius of the first.
    const int n = t.value(ThresholdKey::RageClicks);
    if (s.clickCount < n)
        return;
    const ClickSample &first = s.clicks[std::size_t((s.clickCount - n) % Session::ClickRing)];
    const qint64 span = now - first.at;
    if (span > t.ms(ThresholdKey::RageWindowMs))
        return;
    const int radius = t.value(ThresholdKey::RageRadiusPx);
    double farthest = 0;
    for (int i = s.clickCount - n; i < s.clickCount; ++i) {
        const ClickSample &c = s.clicks[std::size_t(i % Session::ClickRing)];
        const double d = std::hypot(double(c.x - first.x), double(c.y - first.y));
        if (d > radius)
            return;
        farthest = qMax(farthest, d);
    }
    s.frustration.at = now;
    s.frustration.evidence = makeEvidence(u"rage_click"_s,
                                          {{u"clicks"_s, n},
                                           {u"withinMs"_s, double(span)},
                                           {u"radiusPx"_s, qRound(farthest)},
                                           {u"target"_s, e.target}});
}

bool applyVisibility(Session &s, bool hidden, qint64 now)
{
    s.lastEventAt = now;
    if (hidden == s.hidden)
        return false;
    if (hidden) {
        s.visibleAccumMs = s.visibleDwell(now);
        s.hiddenSince = now;
    } else {
        s.visibleSince = now;
    }
    s.hidden = hidden;
    return true;
}

void touch(Session &s, qint64 now) { s.lastEventAt = now; }

} // namespace session

} // namespace fw

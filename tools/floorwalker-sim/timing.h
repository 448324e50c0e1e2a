#pragma once

#include "thresholds.h"

#include <QtGlobal>

namespace fw::sim {

class SimRng;

// How long visitors take, derived from the thresholds the server uses, so each profile
// triggers its rule however an admin has set them. Times that a rule depends on (stay silent
// longer than idleSeconds, ...) follow the thresholds; the free pacing in between (reading
// gaps, extra dwell) is multiplied by `scale`, so a quick run needs lower thresholds plus a
// small scale, never a scale alone.
class Timing
{
public:
    explicit Timing(const Thresholds &thresholds = Thresholds(), double scale = 1.0);

    const Thresholds &thresholds() const { return m_thresholds; }
    double scale() const { return m_scale; }

    qint64 idleMs() const { return m_thresholds.ms(ThresholdKey::IdleSeconds); }
    qint64 browseMs() const { return m_thresholds.ms(ThresholdKey::BrowseSeconds); }
    int hopMoves() const { return m_thresholds.value(ThresholdKey::HopMoves); }
    qint64 hopWindowMs() const { return m_thresholds.ms(ThresholdKey::HopWindowSeconds); }
    qint64 interestMs() const { return m_thresholds.ms(ThresholdKey::InterestSeconds); }
    qint64 interestScrollAfterMs() const
    {
        return m_thresholds.ms(ThresholdKey::InterestScrollAfterSeconds);
    }
    qint64 bounceBackMs() const { return m_thresholds.ms(ThresholdKey::BounceBackSeconds); }

    // Safely past a threshold: a quarter more (at least 1 s) plus the server's flip slack.
    static qint64 beyond(qint64 thresholdMs);
    // The longest an active visitor may go without an event (a third of idle), so only the
    // stuck profile ever stalls.
    qint64 keepAliveMs() const { return idleMs() / 3; }
    // A reading gap between lo and hi seconds times the scale, kept below keepAliveMs().
    qint64 gap(SimRng &rng, double loSec, double hiSec) const;
    // Free extra time (lo..hi seconds times the scale), unbounded.
    qint64 extra(SimRng &rng, double loSec, double hiSec) const;

    static constexpr qint64 FlipSlackMs = 1500; // server deadline tick (250 ms) plus delivery
    static constexpr qint64 MinGapMs = 150;

private:
    Thresholds m_thresholds;
    double m_scale;
};

} // namespace fw::sim

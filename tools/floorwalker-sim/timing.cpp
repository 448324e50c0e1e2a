#include "timing.h"

#include "simrng.h"

namespace fw::sim {

Timing::Timing(const Thresholds &thresholds, double scale)
    : m_thresholds(thresholds)
    , m_scale(scale > 0 ? scale : 1.0)
{ }

qint64 Timing::beyond(qint64 thresholdMs)
{
    return thresholdMs + qMax<qint64>(thresholdMs / 4, 1000) + FlipSlackMs;
}

qint64 Timing::extra(SimRng &rng, double loSec, double hiSec) const
{
    return qint64(rng.between(loSec, hiSec) * 1000.0 * m_scale);
}

qint64 Timing::gap(SimRng &rng, double loSec, double hiSec) const
{
    return qMax<qint64>(MinGapMs, qMin<qint64>(extra(rng, loSec, hiSec), keepAliveMs()));
}

} // namespace fw::sim

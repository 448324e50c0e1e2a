#pragma once

#include "protocoltypes.h"
#include "thresholds.h"

namespace fw {

struct Session;

struct Classification
{
    BehaviourState state = BehaviourState::Active;
    Evidence evidence;
    // The earliest time at which the result could change without any new event (0: never).
    // The deadline queue re-evaluates the session then.
    qint64 nextCheckAt = 0;
};

// The behaviour rules (PATENT.md R1-R4, frustration, away, gone) as a pure function of a
// session, the time and the thresholds. Precedence, highest first:
// gone > away > frustrated > stalled > interested > hopping > browsing > active.
Classification classify(const Session &s, qint64 at, const Thresholds &t);

} // namespace fw

#pragma once

#include "protocoltypes.h"

#include <QString>

#include <array>
#include <optional>

namespace fw::sim {

// What kind of visitor a simulated visitor plays. Each of the first four is built to trigger
// one of the server's rules; buyer walks to a completed order; mixed chains segments of the
// others at random; load is the steady event stream of the load benchmark.
enum class Profile { Stuck, Browser, Hopper, Interested, Buyer, Mixed, Load };
constexpr int BehaviourProfileCount = 6; // all but Load
inline constexpr std::array<const char *, 7> ProfileNames { "stuck",      "browser", "hopper",
                                                            "interested", "buyer",   "mixed",
                                                            "load" };

inline QString toString(Profile p)
{
    return enumName(p, ProfileNames);
}
std::optional<Profile> profileFromName(const QString &name);

// The rule a profile is built to trigger (the state a console should see), if any.
std::optional<BehaviourState> expectedState(Profile p);

} // namespace fw::sim

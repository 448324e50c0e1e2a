#include "profile.h"

namespace fw::sim {

std::optional<Profile> profileFromName(const QString &name)
{
    Profile p;
    if (parseEnumName(name, ProfileNames, &p))
        return p;
    return std::nullopt;
}

std::optional<BehaviourState> expectedState(Profile p)
{
    switch (p) {
    case Profile::Stuck:
        return BehaviourState::Stalled;
    case Profile::Browser:
        return BehaviourState::Browsing;
    case Profile::Hopper:
        return BehaviourState::Hopping;
    case Profile::Interested:
        return BehaviourState::Interested;
    case Profile::Buyer:
    case Profile::Mixed:
    case Profile::Load:
        break;
    }
    return std::nullopt;
}

} // namespace fw::sim

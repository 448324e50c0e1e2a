#pragma once

#include "profile.h"

#include <QString>

#include <array>
#include <optional>

namespace fw::sim {

// How many visitors of each profile to play, as weights ("stuck=1,browser=2" or one name).
// Visitors get their profiles by smooth weighted round-robin, so the shares are exact for
// any number of visitors and the order is the same for every run.
class ProfileMix
{
public:
    ProfileMix(); // the default mix
    static std::optional<ProfileMix> parse(const QString &text, QString *error);
    static ProfileMix only(Profile p);

    double weight(Profile p) const { return m_weights[std::size_t(p)]; }
    // The profile of the next visitor.
    Profile next();
    QString toString() const;

private:
    std::array<double, 7> m_weights {};
    std::array<double, 7> m_current {};
};

} // namespace fw::sim

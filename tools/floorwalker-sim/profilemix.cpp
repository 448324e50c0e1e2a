#include "profilemix.h"

#include <QStringList>

using namespace Qt::StringLiterals;

namespace fw::sim {

ProfileMix::ProfileMix()
{
    m_weights[std::size_t(Profile::Stuck)] = 15;
    m_weights[std::size_t(Profile::Browser)] = 20;
    m_weights[std::size_t(Profile::Hopper)] = 15;
    m_weights[std::size_t(Profile::Interested)] = 20;
    m_weights[std::size_t(Profile::Buyer)] = 10;
    m_weights[std::size_t(Profile::Mixed)] = 20;
}

ProfileMix ProfileMix::only(Profile p)
{
    ProfileMix m;
    m.m_weights.fill(0);
    m.m_weights[std::size_t(p)] = 1;
    return m;
}

std::optional<ProfileMix> ProfileMix::parse(const QString &text, QString *error)
{
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty()) {
        *error = u"empty profile mix"_s;
        return std::nullopt;
    }
    if (const auto single = profileFromName(trimmed))
        return only(*single);
    ProfileMix m;
    m.m_weights.fill(0);
    double sum = 0;
    const QStringList parts = trimmed.split(u',');
    for (const QString &raw : parts) {
        const QString part = raw.trimmed();
        const qsizetype eq = part.indexOf(u'=');
        const QString name = (eq < 0 ? part : part.left(eq)).trimmed();
        const auto p = profileFromName(name);
        if (!p) {
            *error = u"unknown profile \"%1\" (use %2)"_s.arg(
                    name.left(40), u"stuck, browser, hopper, interested, buyer, mixed, load"_s);
            return std::nullopt;
        }
        double w = 1;
        if (eq >= 0) {
            bool ok = false;
            w = part.mid(eq + 1).trimmed().toDouble(&ok);
            if (!ok || !(w >= 0) || w > 1e6) {
                *error = u"profile %1: weight must be a number from 0 to 1000000"_s.arg(name);
                return std::nullopt;
            }
        }
        m.m_weights[std::size_t(*p)] += w;
        sum += w;
    }
    if (sum <= 0) {
        *error = u"the profile mix has no positive weight"_s;
        return std::nullopt;
    }
    return m;
}

Profile ProfileMix::next()
{
    // nginx's smooth weighted round-robin: exact shares, well interleaved.
    double total = 0;
    std::size_t best = 0;
    for (std::size_t i = 0; i < m_weights.size(); ++i) {
        if (m_weights[i] <= 0)
            continue;
        m_current[i] += m_weights[i];
        total += m_weights[i];
        if (m_weights[best] <= 0 || m_current[i] > m_current[best])
            best = i;
    }
    m_current[best] -= total;
    return Profile(best);
}

QString ProfileMix::toString() const
{
    QStringList parts;
    for (std::size_t i = 0; i < m_weights.size(); ++i) {
        if (m_weights[i] > 0)
            parts.append(u"%1=%2"_s.arg(fw::sim::toString(Profile(i))).arg(m_weights[i]));
    }
    return parts.join(u',');
}

} // namespace fw::sim

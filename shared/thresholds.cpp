#include "thresholds.h"

#include <QtGlobal>

using namespace Qt::StringLiterals;

namespace fw {

const std::array<ThresholdSpec, std::size_t(ThresholdKey::Count)> &thresholdSpecs()
{
    // QT_TRANSLATE_NOOP keeps the labels in the console's translation files.
    static const std::array<ThresholdSpec, std::size_t(ThresholdKey::Count)> specs{{
            {ThresholdKey::IdleSeconds, "idleSeconds", 90, 10, 3600, "s",
             QT_TRANSLATE_NOOP("Thresholds", "No activity before a visitor counts as stalled"),
             "R1"},
            {ThresholdKey::BrowseSeconds, "browseSeconds", 30, 5, 3600, "s",
             QT_TRANSLATE_NOOP("Thresholds", "Time on a page with only scrolling before browsing"),
             "R2"},
            {ThresholdKey::HopMoves, "hopMoves", 5, 2, 50, "moves",
             QT_TRANSLATE_NOOP("Thresholds", "Page moves that must be exceeded to count as hopping"),
             "R3"},
            {ThresholdKey::HopWindowSeconds, "hopWindowSeconds", 60, 10, 600, "s",
             QT_TRANSLATE_NOOP("Thresholds", "Window in which page moves are counted"), "R3"},
            {ThresholdKey::InterestSeconds, "interestSeconds", 60, 5, 3600, "s",
             QT_TRANSLATE_NOOP("Thresholds", "Time on a product page that shows high interest"),
             "R4"},
            {ThresholdKey::InterestScrollAfterSeconds, "interestScrollAfterSeconds", 15, 1, 600,
             "s",
             QT_TRANSLATE_NOOP("Thresholds",
                               "Time on a product page after which scrolling shows interest"),
             "R4"},
            {ThresholdKey::RageClicks, "rageClicks", 3, 2, 10, "clicks",
             QT_TRANSLATE_NOOP("Thresholds", "Clicks in one spot that count as rage clicking"),
             "frustration"},
            {ThresholdKey::RageWindowMs, "rageWindowMs", 1000, 200, 5000, "ms",
             QT_TRANSLATE_NOOP("Thresholds", "Time window for rage clicks"), "frustration"},
            {ThresholdKey::RageRadiusPx, "rageRadiusPx", 30, 5, 200, "px",
             QT_TRANSLATE_NOOP("Thresholds", "Radius within which rage clicks must land"),
             "frustration"},
            {ThresholdKey::BounceBackSeconds, "bounceBackSeconds", 5, 1, 60, "s",
             QT_TRANSLATE_NOOP("Thresholds",
                               "Return to the previous page within this time counts as frustration"),
             "frustration"},
            {ThresholdKey::FrustrationHoldSeconds, "frustrationHoldSeconds", 30, 5, 600, "s",
             QT_TRANSLATE_NOOP("Thresholds", "How long a frustration signal keeps the state"),
             "frustration"},
            {ThresholdKey::GoneAfterSeconds, "goneAfterSeconds", 10, 2, 600, "s",
             QT_TRANSLATE_NOOP("Thresholds", "Time disconnected before a visitor counts as gone"),
             "gone"},
    }};
    return specs;
}

const ThresholdSpec &thresholdSpec(ThresholdKey key) { return thresholdSpecs()[std::size_t(key)]; }

const ThresholdSpec *findThresholdSpec(const QString &name)
{
    for (const ThresholdSpec &s : thresholdSpecs()) {
        if (name == QLatin1String(s.name))
            return &s;
    }
    return nullptr;
}

Thresholds::Thresholds()
{
    for (const ThresholdSpec &s : thresholdSpecs())
        m_values[std::size_t(s.key)] = s.defaultValue;
}

bool Thresholds::setValue(ThresholdKey key, int value)
{
    const ThresholdSpec &s = thresholdSpec(key);
    if (value < s.min || value > s.max)
        return false;
    m_values[std::size_t(key)] = value;
    return true;
}

qint64 Thresholds::ms(ThresholdKey key) const
{
    const ThresholdSpec &s = thresholdSpec(key);
    const qint64 v = value(key);
    return qstrcmp(s.unit, "s") == 0 ? v * 1000 : v;
}

QJsonObject Thresholds::toJson() const
{
    QJsonObject o;
    for (const ThresholdSpec &s : thresholdSpecs())
        o.insert(QLatin1String(s.name), value(s.key));
    return o;
}

Thresholds Thresholds::fromJson(JsonReader &r, const Thresholds &base, bool requireAll)
{
    Thresholds t = base;
    const QJsonObject &raw = r.raw();
    for (auto it = raw.begin(); it != raw.end(); ++it) {
        if (!findThresholdSpec(it.key())) {
            r.failHere(u"unknown threshold \"%1\""_s.arg(it.key().left(40)));
            return base;
        }
    }
    for (const ThresholdSpec &s : thresholdSpecs()) {
        const QLatin1String key(s.name);
        if (!requireAll && !r.has(key))
            continue;
        t.m_values[std::size_t(s.key)] = int(r.integer(key, Need::Required, s.min, s.max));
    }
    return t;
}

} // namespace fw

#pragma once

#include "jsonreader.h"

#include <QJsonObject>
#include <QString>

#include <array>

namespace fw {

// The behaviour thresholds: one table of keys, defaults, ranges and units. The server
// validates against it, the console's settings dialog is built from it, docs quote it.
enum class ThresholdKey {
    IdleSeconds,
    BrowseSeconds,
    HopMoves,
    HopWindowSeconds,
    InterestSeconds,
    InterestScrollAfterSeconds,
    RageClicks,
    RageWindowMs,
    RageRadiusPx,
    BounceBackSeconds,
    FrustrationHoldSeconds,
    GoneAfterSeconds,
    Count
};

struct ThresholdSpec
{
    ThresholdKey key;
    const char *name; // JSON key and database key suffix
    int defaultValue;
    int min;
    int max;
    const char *unit; // "s", "ms", "px", "moves", "clicks"
    const char *label; // English; translated through QCoreApplication::translate("Thresholds", …)
    const char *rule; // which patent rule it drives
};

const std::array<ThresholdSpec, std::size_t(ThresholdKey::Count)> &thresholdSpecs();
const ThresholdSpec &thresholdSpec(ThresholdKey key);
const ThresholdSpec *findThresholdSpec(const QString &name);

class Thresholds
{
public:
    Thresholds(); // all defaults

    int value(ThresholdKey key) const { return m_values[std::size_t(key)]; }
    // Returns false (and changes nothing) when the value is out of range.
    bool setValue(ThresholdKey key, int value);
    qint64 ms(ThresholdKey key) const; // seconds/ms values as milliseconds

    QJsonObject toJson() const;
    // Full object: every key present. Partial: only changed keys (thresholds_set).
    static Thresholds fromJson(JsonReader &r, const Thresholds &base, bool requireAll);

    bool operator==(const Thresholds &) const = default;

private:
    std::array<int, std::size_t(ThresholdKey::Count)> m_values;
};

} // namespace fw

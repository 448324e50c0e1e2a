#pragma once

#include <QJsonObject>

#include <vector>

namespace fw::sim {

// Latency samples in microseconds and their percentiles. mark() returns a position, so a
// report can give the figures of one phase (say the steady part of a load run) as well.
class LatencyStats
{
public:
    void record(qint64 micros);
    std::size_t count() const { return m_samples.size(); }
    std::size_t mark() const { return m_samples.size(); }

    struct Summary
    {
        std::size_t count = 0;
        double p50 = 0, p95 = 0, p99 = 0, max = 0, mean = 0; // milliseconds
    };
    Summary summary(std::size_t from = 0, std::size_t to = std::size_t(-1)) const;
    QJsonObject toJson(std::size_t from = 0, std::size_t to = std::size_t(-1)) const;

    // Nearest-rank percentile (q in 0..1) of a sorted list of samples.
    static double percentile(const std::vector<qint32> &sorted, double q);

private:
    std::vector<qint32> m_samples; // microseconds; capped at ~35 minutes
};

} // namespace fw::sim

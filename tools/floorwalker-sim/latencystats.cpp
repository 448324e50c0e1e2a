#include "latencystats.h"

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

namespace fw::sim {

void LatencyStats::record(qint64 micros)
{
    m_samples.push_back(qint32(std::clamp<qint64>(micros, 0, 2147483647)));
}

double LatencyStats::percentile(const std::vector<qint32> &sorted, double q)
{
    if (sorted.empty())
        return 0;
    const std::size_t rank = std::size_t(std::ceil(q * double(sorted.size())));
    return sorted[std::min(sorted.size(), std::max<std::size_t>(rank, 1)) - 1] / 1000.0;
}

LatencyStats::Summary LatencyStats::summary(std::size_t from, std::size_t to) const
{
    to = std::min(to, m_samples.size());
    Summary s;
    if (from >= to)
        return s;
    std::vector<qint32> v(m_samples.begin() + qsizetype(from), m_samples.begin() + qsizetype(to));
    std::sort(v.begin(), v.end());
    double sum = 0;
    for (qint32 x : v)
        sum += x;
    s.count = v.size();
    s.p50 = percentile(v, 0.50);
    s.p95 = percentile(v, 0.95);
    s.p99 = percentile(v, 0.99);
    s.max = v.back() / 1000.0;
    s.mean = sum / double(v.size()) / 1000.0;
    return s;
}

QJsonObject LatencyStats::toJson(std::size_t from, std::size_t to) const
{
    const Summary s = summary(from, to);
    auto ms = [](double v) {
        return std::round(v * 1000.0) / 1000.0;
    };
    return { { u"count"_s, double(s.count) }, { u"p50"_s, ms(s.p50) }, { u"p95"_s, ms(s.p95) },
             { u"p99"_s, ms(s.p99) },         { u"max"_s, ms(s.max) }, { u"mean"_s, ms(s.mean) } };
}

} // namespace fw::sim

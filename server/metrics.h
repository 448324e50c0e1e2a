#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

#include <deque>

namespace fw {

// Prometheus text exposition format 0.0.4, hand-rolled: a few gauges and counters do not
// justify a client library.
class PrometheusWriter
{
public:
    void gauge(const char *name, const char *help, double value);
    void counter(const char *name, const char *help, double value);
    // One metric with a label: rows of (label value, number).
    void labelled(const char *name, const char *type, const char *help, const char *label,
                  const QList<std::pair<QString, double>> &rows);
    QByteArray text() const { return m_out; }

private:
    void header(const char *name, const char *type, const char *help);
    QByteArray m_out;
};

// Events per second over a sliding window of samples (one sample per call to sample()).
class RateMeter
{
public:
    explicit RateMeter(int windowSamples = 10)
        : m_window(windowSamples)
    {
    }
    void sample(qint64 nowMs, quint64 total);
    double perSecond() const;

private:
    int m_window;
    std::deque<std::pair<qint64, quint64>> m_samples;
};

} // namespace fw

#pragma once

#include <QList>
#include <QtGlobal>

#include <cmath>

namespace fw::sim {

// A small, fully specified random generator (xoshiro256** seeded through splitmix64) with
// its own distributions. The standard library's distributions differ between compilers, and
// a seed must give the same visitors on every platform.
class SimRng
{
public:
    explicit SimRng(quint64 seed = 0) { reseed(seed); }

    void reseed(quint64 seed)
    {
        quint64 x = seed;
        for (quint64 &s : m_s)
            s = splitmix(x);
    }

    // Derives an independent stream, e.g. one per visitor: mix(seed, visitorIndex).
    static quint64 mix(quint64 a, quint64 b)
    {
        quint64 x = a ^ (b * 0x9E3779B97F4A7C15ULL + 0x632BE59BD9B4E019ULL);
        return splitmix(x);
    }

    quint64 next()
    {
        const quint64 result = rotl(m_s[1] * 5, 7) * 9;
        const quint64 t = m_s[1] << 17;
        m_s[2] ^= m_s[0];
        m_s[3] ^= m_s[1];
        m_s[1] ^= m_s[2];
        m_s[0] ^= m_s[3];
        m_s[2] ^= t;
        m_s[3] = rotl(m_s[3], 45);
        return result;
    }

    // [0, 1) with 53 random bits.
    double uniform() { return double(next() >> 11) * (1.0 / 9007199254740992.0); }
    // Integer in [lo, hi], both inclusive.
    qint64 range(qint64 lo, qint64 hi)
    {
        if (hi <= lo)
            return lo;
        const quint64 span = quint64(hi - lo) + 1;
        return lo + qint64(next() % span); // bias < span / 2^64: irrelevant here
    }
    double between(double lo, double hi) { return lo + (hi - lo) * uniform(); }
    bool chance(double p) { return uniform() < p; }
    double exponential(double mean) { return -mean * std::log(1.0 - uniform()); }
    template<typename T> const T &pick(const QList<T> &list)
    {
        return list.at(qsizetype(range(0, list.size() - 1)));
    }
    // Index chosen with probability proportional to its weight (weights >= 0, sum > 0).
    int weighted(const QList<double> &weights)
    {
        double sum = 0;
        for (double w : weights)
            sum += w;
        double x = uniform() * sum;
        for (int i = 0; i < weights.size(); ++i) {
            if (x < weights.at(i))
                return i;
            x -= weights.at(i);
        }
        return int(weights.size()) - 1;
    }

private:
    static quint64 rotl(quint64 x, int k) { return (x << k) | (x >> (64 - k)); }
    static quint64 splitmix(quint64 &x)
    {
        quint64 z = (x += 0x9E3779B97F4A7C15ULL);
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ULL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBULL;
        return z ^ (z >> 31);
    }

    quint64 m_s[4];
};

} // namespace fw::sim

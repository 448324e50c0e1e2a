#pragma once

#include <QtGlobal>

#include <atomic>

namespace fw {

// Wall time in ms since the epoch. Everything whose behaviour depends on time asks a Clock,
// so tests can step time exactly instead of sleeping.
class Clock
{
public:
    virtual ~Clock() = default;
    virtual qint64 nowMs() const = 0;
};

class SystemClock final : public Clock
{
public:
    qint64 nowMs() const override;
    static SystemClock *instance();
};

// A clock that only moves when told to. Thread-safe: the database thread may read it.
class ManualClock final : public Clock
{
public:
    explicit ManualClock(qint64 startMs = 1764748800000) // 2025-12-03T08:00:00Z
        : m_now(startMs)
    {
    }
    qint64 nowMs() const override { return m_now.load(); }
    void setNow(qint64 ms) { m_now.store(ms); }
    void advance(qint64 ms) { m_now.fetch_add(ms); }

private:
    std::atomic<qint64> m_now;
};

} // namespace fw

#include "loginthrottle.h"

#include "clock.h"

namespace fw {

namespace {
constexpr qint64 BaseDelayMs = 1000;
constexpr qint64 MaxDelayMs = 60000;
constexpr qint64 ForgetAfterMs = 60 * 60 * 1000;
constexpr int MaxEntries = 100000;
} // namespace

LoginThrottle::LoginThrottle(const Clock *clock)
    : m_clock(clock)
{
}

qint64 LoginThrottle::retryAfter(const QStringList &keys) const
{
    const qint64 now = m_clock->nowMs();
    qint64 wait = 0;
    for (const QString &k : keys) {
        const auto it = m_entries.constFind(k);
        if (it != m_entries.constEnd())
            wait = qMax(wait, it->nextAllowedAt - now);
    }
    return wait;
}

void LoginThrottle::failed(const QStringList &keys)
{
    const qint64 now = m_clock->nowMs();
    if (m_entries.size() > MaxEntries)
        prune(now);
    for (const QString &k : keys) {
        Entry &e = m_entries[k];
        if (now - e.lastFailureAt > ForgetAfterMs)
            e.failures = 0;
        ++e.failures;
        e.lastFailureAt = now;
        const qint64 delay = qMin(MaxDelayMs, BaseDelayMs << qMin(e.failures - 1, 10));
        e.nextAllowedAt = now + delay;
    }
}

void LoginThrottle::succeeded(const QStringList &keys)
{
    for (const QString &k : keys)
        m_entries.remove(k);
}

void LoginThrottle::prune(qint64 now)
{
    for (auto it = m_entries.begin(); it != m_entries.end();) {
        if (now - it->lastFailureAt > ForgetAfterMs)
            it = m_entries.erase(it);
        else
            ++it;
    }
}

} // namespace fw

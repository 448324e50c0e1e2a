#pragma once

#include <QString>

#include <algorithm>
#include <functional>
#include <vector>

namespace fw {

// One min-heap of deadlines for every session, instead of a QTimer each (restarting one of
// 20,000 Qt timers costs ~29 us; a heap push is O(log n) and nearly free). A session keeps at
// most one live entry: schedule() only pushes when the new deadline is earlier than the one
// queued, and a later deadline is picked up when the earlier entry fires and the session is
// re-evaluated. Entries whose time no longer matches the session's are stale and skipped.
class DeadlineQueue
{
public:
    // `scheduledAt` is the session's record of its queued deadline (0: none).
    void schedule(const QString &key, qint64 at, qint64 *scheduledAt)
    {
        if (at <= 0 || (*scheduledAt != 0 && *scheduledAt <= at))
            return;
        *scheduledAt = at;
        m_heap.push_back({at, key});
        std::push_heap(m_heap.begin(), m_heap.end(), Later());
    }

    // Calls fn(key, at) for every entry due at `now`, earliest first. fn may schedule again.
    template<typename F>
    int popDue(qint64 now, F &&fn)
    {
        int n = 0;
        while (!m_heap.empty() && m_heap.front().at <= now) {
            std::pop_heap(m_heap.begin(), m_heap.end(), Later());
            Entry e = std::move(m_heap.back());
            m_heap.pop_back();
            fn(e.key, e.at);
            ++n;
        }
        return n;
    }

    qint64 nextAt() const { return m_heap.empty() ? 0 : m_heap.front().at; }
    std::size_t size() const { return m_heap.size(); }

private:
    struct Entry
    {
        qint64 at;
        QString key;
    };
    struct Later
    {
        bool operator()(const Entry &a, const Entry &b) const { return a.at > b.at; }
    };
    std::vector<Entry> m_heap;
};

} // namespace fw

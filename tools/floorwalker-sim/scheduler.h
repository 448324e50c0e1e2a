#pragma once

#include <QtGlobal>

#include <vector>

namespace fw::sim {

// One min-heap of wake-up times for every simulated visitor (no QTimer per visitor: with
// thousands alive, restarting Qt timers would cost more than the visitors' work). Each slot has
// at most one live entry: schedule() only pushes when the new time is earlier than the one
// queued; a woken slot works out what is due and schedules its next time itself. Entries whose
// time no longer matches the slot's are stale and skipped.
class Scheduler
{
public:
    void schedule(quint32 slot, qint64 at);
    void cancel(quint32 slot);
    qint64 scheduledAt(quint32 slot) const { return slot < m_queued.size() ? m_queued[slot] : 0; }

    // Calls wake(slot, at) for every slot due at `now`, earliest first (ties in the order
    // they were scheduled). wake may schedule again; a time <= now runs in this same call.
    template<typename F> int runDue(qint64 now, F &&wake)
    {
        int n = 0;
        while (!m_heap.empty() && m_heap.front().at <= now) {
            const Entry e = popTop();
            if (e.slot >= m_queued.size() || m_queued[e.slot] != e.at)
                continue; // stale
            m_queued[e.slot] = 0;
            wake(e.slot, e.at);
            ++n;
        }
        return n;
    }

    // The earliest live wake-up time, 0 when nothing is scheduled.
    qint64 nextAt();
    std::size_t size() const { return m_heap.size(); }

private:
    struct Entry
    {
        qint64 at;
        quint64 order; // FIFO among equal times
        quint32 slot;
    };
    struct Later
    {
        bool operator()(const Entry &a, const Entry &b) const
        {
            return a.at != b.at ? a.at > b.at : a.order > b.order;
        }
    };
    Entry popTop();

    std::vector<Entry> m_heap;
    std::vector<qint64> m_queued; // per slot: the live entry's time, 0 = none
    quint64 m_order = 0;
};

} // namespace fw::sim

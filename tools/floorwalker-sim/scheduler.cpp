#include "scheduler.h"

#include <algorithm>

namespace fw::sim {

void Scheduler::schedule(quint32 slot, qint64 at)
{
    if (at <= 0)
        at = 1; // 0 means "none"
    if (slot >= m_queued.size())
        m_queued.resize(std::size_t(slot) + 1, 0);
    qint64 &queued = m_queued[slot];
    if (queued != 0 && queued <= at)
        return;
    queued = at;
    m_heap.push_back({ at, m_order++, slot });
    std::push_heap(m_heap.begin(), m_heap.end(), Later());
}

void Scheduler::cancel(quint32 slot)
{
    if (slot < m_queued.size())
        m_queued[slot] = 0;
}

Scheduler::Entry Scheduler::popTop()
{
    std::pop_heap(m_heap.begin(), m_heap.end(), Later());
    const Entry e = m_heap.back();
    m_heap.pop_back();
    return e;
}

qint64 Scheduler::nextAt()
{
    // Drop stale entries from the top so the driver does not wake up for nothing.
    while (!m_heap.empty()) {
        const Entry &top = m_heap.front();
        if (top.slot < m_queued.size() && m_queued[top.slot] == top.at)
            return top.at;
        popTop();
    }
    return 0;
}

} // namespace fw::sim

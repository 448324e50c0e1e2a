#include "consolefeed.h"

#include "clock.h"
#include "messageregistry.h"

namespace fw {

ConsoleFeed::ConsoleFeed(const Clock *clock, QObject *parent)
    : QObject(parent)
    , m_clock(clock)
{
    // Revisions never repeat across restarts: start from the clock (ms) and add at most 10 a
    // second, so a later run always starts above anything an earlier run handed out.
    m_revision = m_clock->nowMs();
    m_timer.setSingleShot(true);
    m_timer.setInterval(100);
    connect(&m_timer, &QTimer::timeout, this, &ConsoleFeed::flush);
}

void ConsoleFeed::setHistoryLimit(int deltas, qint64 bytes)
{
    m_historyMax = deltas;
    m_historyMaxBytes = bytes;
}

void ConsoleFeed::add(Change change)
{
    // Only the latest scroll/activity of a visitor per tick matters, unless a page change came
    // in between (a scroll before it belongs to the previous page).
    QHash<QString, qsizetype> *coalesce = nullptr;
    if (change.op == Change::Op::Scroll)
        coalesce = &m_lastScroll;
    else if (change.op == Change::Op::Activity)
        coalesce = &m_lastActivity;
    if (coalesce) {
        const auto it = coalesce->constFind(change.id);
        if (it != coalesce->constEnd()) {
            m_pending[*it] = std::move(change);
            return;
        }
        coalesce->insert(change.id, m_pending.size());
    } else if (change.op == Change::Op::Page || change.op == Change::Op::Leave) {
        m_lastScroll.remove(change.id);
        m_lastActivity.remove(change.id);
    }
    m_pending.append(std::move(change));
    if (!m_timer.isActive())
        m_timer.start();
}

void ConsoleFeed::flush()
{
    m_timer.stop();
    if (m_pending.isEmpty())
        return;
    Delta d;
    d.base = m_revision;
    d.rev = ++m_revision;
    d.serverTime = m_clock->nowMs();
    d.changes = std::move(m_pending);
    m_pending.clear();
    m_lastScroll.clear();
    m_lastActivity.clear();
    QByteArray frame = encodeMessage(d);
    m_historyBytes += frame.size();
    m_history.emplace_back(d.rev, frame);
    while (!m_history.empty()
           && (int(m_history.size()) > m_historyMax || m_historyBytes > m_historyMaxBytes)) {
        m_historyBytes -= m_history.front().second.size();
        m_history.pop_front();
    }
    ++m_published;
    emit published(frame, d.rev);
}

std::optional<QList<QByteArray>> ConsoleFeed::since(qint64 rev) const
{
    if (rev == m_revision)
        return QList<QByteArray>{};
    if (rev > m_revision || m_history.empty() || m_history.front().first > rev + 1)
        return std::nullopt;
    QList<QByteArray> out;
    for (const auto &[r, frame] : m_history) {
        if (r > rev)
            out.append(frame);
    }
    return out;
}

} // namespace fw

#pragma once

#include "messages.h"

#include <QHash>
#include <QObject>
#include <QTimer>

#include <deque>
#include <optional>

namespace fw {

class Clock;

// Collects changes for the consoles and publishes them as one delta per tick (at most 10 a
// second), serialised once for every console. Keeps recent deltas so a console that reconnects
// with a known revision gets what it missed instead of a full snapshot.
class ConsoleFeed : public QObject
{
    Q_OBJECT
public:
    explicit ConsoleFeed(const Clock *clock, QObject *parent = nullptr);

    void setTickInterval(int ms) { m_timer.setInterval(ms); }
    void setHistoryLimit(int deltas, qint64 bytes);

    void add(Change change);
    // Publishes pending changes now (before a snapshot, so the snapshot's revision is exact).
    void flush();
    qint64 revision() const { return m_revision; }
    // Every delta frame after `rev`, or nullopt when some of them are no longer kept.
    std::optional<QList<QByteArray>> since(qint64 rev) const;
    quint64 deltasPublished() const { return m_published; }

signals:
    void published(const QByteArray &frame, qint64 rev);

private:
    const Clock *m_clock;
    QTimer m_timer;
    QList<Change> m_pending;
    // Index into m_pending of the latest coalescible change per visitor (scroll, activity).
    QHash<QString, qsizetype> m_lastScroll;
    QHash<QString, qsizetype> m_lastActivity;
    qint64 m_revision = 0;
    std::deque<std::pair<qint64, QByteArray>> m_history;
    qint64 m_historyBytes = 0;
    int m_historyMax = 600;
    qint64 m_historyMaxBytes = 16 * 1024 * 1024;
    quint64 m_published = 0;
};

} // namespace fw

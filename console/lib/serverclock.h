#pragma once

#include "clock.h"

namespace fw {

// Server time as the console sees it: a local clock plus the offset learnt from the last
// serverTime the server sent. Dwell timers use it, so they agree with the server's rules even
// when the staff PC's clock is off.
class ServerClock final : public Clock
{
public:
    explicit ServerClock(const Clock *local = SystemClock::instance());

    qint64 nowMs() const override { return m_local->nowMs() + m_offsetMs; }
    // A serverTime just received: from now on nowMs() agrees with it.
    void sync(qint64 serverTime);
    qint64 offsetMs() const { return m_offsetMs; }
    bool isSynced() const { return m_synced; }

private:
    const Clock *m_local;
    qint64 m_offsetMs = 0;
    bool m_synced = false;
};

} // namespace fw

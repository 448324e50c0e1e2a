#include "serverclock.h"

namespace fw {

ServerClock::ServerClock(const Clock *local)
    : m_local(local)
{ }

void ServerClock::sync(qint64 serverTime)
{
    if (serverTime <= 0)
        return;
    m_offsetMs = serverTime - m_local->nowMs();
    m_synced = true;
}

} // namespace fw

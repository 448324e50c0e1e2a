#include "clock.h"

#include <QDateTime>

namespace fw {

qint64 SystemClock::nowMs() const { return QDateTime::currentMSecsSinceEpoch(); }

SystemClock *SystemClock::instance()
{
    static SystemClock clock;
    return &clock;
}

} // namespace fw

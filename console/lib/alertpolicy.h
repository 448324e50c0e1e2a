#pragma once

#include "clock.h"
#include "preferences.h"
#include "protocoltypes.h"

#include <QMetaType>
#include <QObject>
#include <QTimer>

namespace fw {

struct Alert
{
    enum class Kind { Arrival, Help, Message, Summary };
    Kind kind = Kind::Arrival;
    QString sessionId; // the visitor to open when the alert is clicked; empty for a summary
    QString title; // plain text; may contain visitor-supplied text
    QString body; // plain text; may contain visitor-supplied text
    bool sound = false;
};

// Decides which events alert the staff member: arrivals as the preferences say (everyone,
// verified customers, none), help requests always, visitor messages that are not being read.
// A burst of arrivals (a campaign starts) becomes one summary instead of a storm.
class AlertPolicy : public QObject
{
    Q_OBJECT
public:
    explicit AlertPolicy(const Clock *clock, QObject *parent = nullptr);

    void setArrivalAlerts(ArrivalAlerts mode) { m_mode = mode; }
    ArrivalAlerts arrivalAlerts() const { return m_mode; }
    void setSound(bool on) { m_sound = on; }
    // At most one arrival alert per window; the rest are counted into a summary.
    void setArrivalWindow(int ms);

    void visitorArrived(const VisitorSnapshot &visitor, bool returning);
    void helpRequested(const HelpRequest &help, const QString &visitorName);
    // `beingRead`: the conversation is open in an active window.
    void visitorMessage(const ChatMessage &message, const QString &visitorName, bool beingRead);

signals:
    void alert(const fw::Alert &alert);

private:
    void flushSummary();

    const Clock *m_clock;
    ArrivalAlerts m_mode = ArrivalAlerts::Everyone;
    bool m_sound = false;
    int m_windowMs = 3000;
    qint64 m_lastArrivalAlertAt = -1;
    int m_suppressed = 0;
    QTimer m_summaryTimer;
};

} // namespace fw

Q_DECLARE_METATYPE(fw::Alert)

#include "alertpolicy.h"

#include "displayformat.h"
#include "evidencetext.h"

using namespace Qt::StringLiterals;

namespace fw {

AlertPolicy::AlertPolicy(const Clock *clock, QObject *parent)
    : QObject(parent)
    , m_clock(clock)
{
    m_summaryTimer.setSingleShot(true);
    connect(&m_summaryTimer, &QTimer::timeout, this, &AlertPolicy::flushSummary);
}

void AlertPolicy::setArrivalWindow(int ms)
{
    m_windowMs = ms;
}

void AlertPolicy::visitorArrived(const VisitorSnapshot &v, bool returning)
{
    if (m_mode == ArrivalAlerts::None)
        return;
    if (m_mode == ArrivalAlerts::VerifiedOnly && !v.identity.verified())
        return;
    const qint64 now = m_clock->nowMs();
    if (m_lastArrivalAlertAt >= 0 && now - m_lastArrivalAlertAt < m_windowMs) {
        ++m_suppressed;
        if (!m_summaryTimer.isActive())
            m_summaryTimer.start(int(m_windowMs - (now - m_lastArrivalAlertAt)));
        return;
    }
    m_lastArrivalAlertAt = now;
    Alert a;
    a.kind = Alert::Kind::Arrival;
    a.sessionId = v.id;
    const QString name = visitorDisplayName(v.identity, v.number);
    if (v.identity.verified())
        a.title = returning ? tr("Verified customer %1 is back").arg(name)
                            : tr("Verified customer %1 arrived").arg(name);
    else
        a.title = returning ? tr("%1 is back").arg(name) : tr("New visitor: %1").arg(name);
    a.body = tr("On %1").arg(format::pageTitle(v.page));
    a.sound = m_sound;
    emit alert(a);
}

void AlertPolicy::flushSummary()
{
    if (m_suppressed == 0)
        return;
    Alert a;
    a.kind = Alert::Kind::Summary;
    a.title = tr("%n more visitor(s) arrived", nullptr, m_suppressed);
    a.body = tr("See the visitors list.");
    a.sound = false;
    m_suppressed = 0;
    m_lastArrivalAlertAt = m_clock->nowMs();
    emit alert(a);
}

void AlertPolicy::helpRequested(const HelpRequest &help, const QString &visitorName)
{
    Alert a;
    a.kind = Alert::Kind::Help;
    a.sessionId = help.sessionId;
    a.title = tr("%1 asks for help: %2").arg(visitorName, format::helpKind(help.kind));
    a.body = help.text;
    a.sound = m_sound;
    emit alert(a);
}

void AlertPolicy::visitorMessage(const ChatMessage &m, const QString &visitorName, bool beingRead)
{
    if (!m.fromVisitor || beingRead)
        return;
    Alert a;
    a.kind = Alert::Kind::Message;
    a.sessionId = m.sessionId;
    a.title = tr("Message from %1").arg(visitorName);
    a.body = m.text;
    a.sound = m_sound;
    emit alert(a);
}

} // namespace fw

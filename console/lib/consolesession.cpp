#include "consolesession.h"

#include "evidencetext.h"
#include "protocol.h"

#include <QLoggingCategory>

using namespace Qt::StringLiterals;

Q_LOGGING_CATEGORY(lcSession, "floorwalker.console.session")

namespace fw {

ConsoleSession::ConsoleSession(const Clock *localClock, QObject *parent)
    : QObject(parent)
    , m_connection(localClock)
    , m_visitors(m_connection.serverClock())
    , m_trail(m_connection.serverClock())
{
    connect(&m_connection, &ConsoleConnection::snapshotReceived, this, &ConsoleSession::onSnapshot);
    connect(&m_connection, &ConsoleConnection::deltaReceived, this, &ConsoleSession::onDelta);
    connect(&m_visitors, &VisitorTableModel::visitorsChanged, this,
            &ConsoleSession::onVisitorsChanged);
    connect(&m_connection, &ConsoleConnection::loggedIn, this,
            [this](const LoginOk &, bool) { m_tick.start(); });
    connect(&m_connection, &ConsoleConnection::sessionEnded, this, [this] { m_tick.stop(); });
    m_tick.setInterval(1000);
    m_tick.setTimerType(Qt::CoarseTimer);
    connect(&m_tick, &QTimer::timeout, this, [this] {
        m_visitors.tick();
        m_trail.tick();
        emit ticked();
    });
}

QString ConsoleSession::visitorName(const QString &sessionId) const
{
    if (const VisitorSnapshot *v = m_visitors.visitor(sessionId))
        return visitorDisplayName(v->identity, v->number);
    if (const Conversation *c = m_chats.find(sessionId); c && !c->title.isEmpty())
        return c->title;
    return sessionId;
}

bool ConsoleSession::isClaimedByMe(const QString &sessionId) const
{
    const VisitorSnapshot *v = m_visitors.visitor(sessionId);
    return v && !v->claimedBy.isNull() && v->claimedBy.user == m_connection.account().name;
}

bool ConsoleSession::isClaimedByOther(const QString &sessionId) const
{
    const VisitorSnapshot *v = m_visitors.visitor(sessionId);
    return v && !v->claimedBy.isNull() && v->claimedBy.user != m_connection.account().name;
}

void ConsoleSession::onSnapshot(const Snapshot &s)
{
    m_visitors.setSnapshot(s.visitors);
    m_thresholds = s.thresholds;
    // The stream may have missed chat while we were away: reload conversations when opened.
    m_chats.invalidateHistory();
    m_historyRequested.clear();
    for (const VisitorSnapshot &v : s.visitors) {
        if (m_chats.indexOf(v.id) >= 0)
            m_chats.setTitle(v.id, visitorDisplayName(v.identity, v.number));
        // Open help requests are priority items from the first moment, not after a history
        // fetch (the store ignores ones it already has).
        if (!v.help.isEmpty()) {
            m_chats.ensure(v.id, visitorDisplayName(v.identity, v.number));
            for (const HelpRequest &h : v.help)
                m_chats.addHelp(h, true);
        }
    }
    if (!m_focused.isEmpty()) {
        if (const VisitorSnapshot *v = m_visitors.visitor(m_focused)) {
            m_trail.updateVisitor(*v);
            requestHistory(m_focused);
        }
    } else if (!m_openConversation.isEmpty()) {
        requestHistory(m_openConversation);
    }
    emit thresholdsChanged(m_thresholds, m_thresholdsBy, false);
    emit snapshotApplied();
}

void ConsoleSession::onDelta(const Delta &d)
{
    m_visitors.applyChanges(d.changes);
    for (const Change &c : d.changes) {
        switch (c.op) {
        case Change::Op::Arrive: {
            const VisitorSnapshot &v = c.visitor;
            if (m_chats.indexOf(v.id) >= 0)
                m_chats.setTitle(v.id, visitorDisplayName(v.identity, v.number));
            emit visitorArrived(v, c.returning);
            break;
        }
        case Change::Op::Chat: {
            const bool reading = m_openConversation == c.chat.sessionId;
            m_chats.ensure(c.chat.sessionId, visitorName(c.chat.sessionId));
            m_chats.addMessage(c.chat, !reading);
            emit visitorMessage(c.chat);
            break;
        }
        case Change::Op::Help: {
            const bool reading = m_openConversation == c.help.sessionId;
            m_chats.ensure(c.help.sessionId, visitorName(c.help.sessionId));
            m_chats.addHelp(c.help, !reading);
            emit helpRequested(c.help);
            break;
        }
        case Change::Op::HelpResolved:
            m_chats.resolveHelp(c.help);
            break;
        case Change::Op::State:
            if (c.id == m_focused)
                m_states.append(c.id, c.state);
            break;
        case Change::Op::Identity:
            if (m_chats.indexOf(c.id) >= 0)
                m_chats.setTitle(c.id, visitorName(c.id));
            break;
        case Change::Op::Thresholds:
            m_thresholds = c.thresholds;
            m_thresholdsBy = c.by;
            m_thresholdsAt = c.at;
            emit thresholdsChanged(m_thresholds, c.by, c.by == m_connection.account().name);
            break;
        default:
            break;
        }
    }
}

void ConsoleSession::onVisitorsChanged(const QSet<QString> &ids)
{
    if (!m_focused.isEmpty() && ids.contains(m_focused)) {
        if (const VisitorSnapshot *v = m_visitors.visitor(m_focused))
            m_trail.updateVisitor(*v);
    }
}

void ConsoleSession::focusVisitor(const QString &sessionId)
{
    if (sessionId == m_focused)
        return;
    m_focused = sessionId;
    if (const VisitorSnapshot *v = m_visitors.visitor(sessionId)) {
        m_trail.setVisitor(*v);
        m_states.setVisitor(sessionId, v->state);
        requestHistory(sessionId);
    } else {
        m_trail.clear();
        m_states.clear();
    }
    emit focusedVisitorChanged(sessionId);
}

void ConsoleSession::openConversation(const QString &sessionId)
{
    m_openConversation = sessionId;
    if (sessionId.isEmpty())
        return;
    m_chats.ensure(sessionId, visitorName(sessionId));
    m_chats.markRead(sessionId);
    const Conversation *c = m_chats.find(sessionId);
    if (c && !c->historyLoaded)
        requestHistory(sessionId);
}

void ConsoleSession::requestHistory(const QString &sessionId)
{
    if (sessionId.isEmpty() || m_historyRequested.contains(sessionId))
        return;
    m_historyRequested.insert(sessionId);
    m_connection.request(HistoryGet { 0, sessionId }, this, [this, sessionId](const Reply &r) {
        m_historyRequested.remove(sessionId);
        const History *h = r.as<History>();
        if (!h) {
            qCInfo(lcSession, "no history for %s: %s", qPrintable(sessionId),
                   qPrintable(r.error.message));
            return;
        }
        // Looking at a visitor who never wrote does not start a conversation.
        if (!h->chats.isEmpty() || !h->helps.isEmpty() || m_chats.indexOf(sessionId) >= 0) {
            m_chats.ensure(sessionId, visitorName(sessionId));
            m_chats.mergeHistory(*h);
        }
        m_trail.mergeHistory(sessionId, h->trail);
        m_states.setHistory(sessionId, h->states);
        emit historyLoaded(sessionId);
    });
}

void ConsoleSession::sendChat(const QString &sessionId, const QString &text, QObject *context,
                              Handler done)
{
    ChatSend c;
    c.sessionId = sessionId;
    c.text = text;
    m_connection.request(c, context, std::move(done));
}

void ConsoleSession::claim(const QString &sessionId, bool force, QObject *context, Handler done)
{
    Claim c;
    c.sessionId = sessionId;
    c.force = force;
    m_connection.request(c, context, std::move(done));
}

void ConsoleSession::release(const QString &sessionId, QObject *context, Handler done)
{
    Release r;
    r.sessionId = sessionId;
    m_connection.request(r, context, std::move(done));
}

void ConsoleSession::resolveHelp(const QString &sessionId, const QString &helpId, QObject *context,
                                 Handler done)
{
    HelpResolve h;
    h.sessionId = sessionId;
    h.helpId = helpId;
    m_connection.request(h, context, std::move(done));
}

void ConsoleSession::setThresholds(const QJsonObject &values, QObject *context, Handler done)
{
    ThresholdsSet t;
    t.values = values;
    m_connection.request(t, context, std::move(done));
}

void ConsoleSession::refreshThresholds(QObject *context, Handler done)
{
    m_connection.request(ThresholdsGet {}, this,
                         [this, context = QPointer<QObject>(context),
                          hasContext = context != nullptr, done = std::move(done)](const Reply &r) {
                             if (const ThresholdsInfo *t = r.as<ThresholdsInfo>()) {
                                 m_thresholds = t->values;
                                 m_thresholdsBy = t->updatedBy;
                                 m_thresholdsAt = t->updatedAt;
                             }
                             if (done && (!hasContext || context))
                                 done(r);
                         });
}

void ConsoleSession::listStaff(QObject *context, Handler done)
{
    m_connection.request(StaffList {}, context, std::move(done));
}

void ConsoleSession::addStaff(const StaffAdd &command, QObject *context, Handler done)
{
    m_connection.request(command, context, std::move(done));
}

void ConsoleSession::updateStaff(const StaffUpdate &command, QObject *context, Handler done)
{
    m_connection.request(command, context, std::move(done));
}

QString ConsoleSession::describeError(const ErrorInfo &e)
{
    using namespace protocol::error;
    if (e.code == QLatin1String(Forbidden))
        return tr("Only an admin may do that.");
    if (e.code == QLatin1String(ClaimedByOther))
        return tr("Another staff member has claimed this visitor.");
    if (e.code == QLatin1String(NotFound))
        return tr("That visitor or item is no longer there.");
    if (e.code == QLatin1String(Conflict))
        return tr("That conflicts with the current state: %1").arg(e.message);
    if (e.code == QLatin1String(Unavailable))
        return e.message.isEmpty() ? tr("The server cannot do that now.") : e.message;
    if (e.code == QLatin1String(BadField))
        return tr("The server did not accept a value: %1").arg(e.message);
    if (e.code == "timeout"_L1)
        return tr("The server did not answer in time.");
    return e.message.isEmpty() ? e.code : e.message;
}

} // namespace fw

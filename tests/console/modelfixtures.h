#pragma once

// Protocol values for the model tests, built with fwshared's types (never hand-written JSON).
#include "messages.h"

namespace fw::testdata {

inline PageInfo page(const QString &url, const QString &title, PageKind kind = PageKind::Other)
{
    PageInfo p;
    p.url = url;
    p.title = title;
    p.kind = kind;
    return p;
}

inline VisitorSnapshot visitor(const QString &id, qint64 number, qint64 now)
{
    VisitorSnapshot v;
    v.id = id;
    v.number = number;
    v.visitorId = QStringLiteral("v_") + id;
    v.startedAt = now - 60000;
    v.page = page(QStringLiteral("https://shop.example/") + id, QStringLiteral("Page ") + id);
    v.enteredAt = now - 30000;
    v.visibleMs = 0;
    v.visibleAsOf = now - 30000;
    v.pageCount = 1;
    v.state.name = BehaviourState::Active;
    v.state.since = now - 30000;
    v.state.evidence.code = QStringLiteral("active");
    v.trail = { TrailEntry { v.page, v.enteredAt, 0, 0 } };
    return v;
}

inline Change arrive(const VisitorSnapshot &v)
{
    Change c;
    c.op = Change::Op::Arrive;
    c.id = v.id;
    c.at = v.startedAt;
    c.visitor = v;
    return c;
}

inline Change leave(const QString &id, qint64 at)
{
    Change c;
    c.op = Change::Op::Leave;
    c.id = id;
    c.at = at;
    return c;
}

inline Change pageMove(const QString &id, qint64 at, const PageInfo &p, qint64 prevVisibleMs,
                       int pageCount)
{
    Change c;
    c.op = Change::Op::Page;
    c.id = id;
    c.at = at;
    c.page = p;
    c.prevVisibleMs = prevVisibleMs;
    c.pageCount = pageCount;
    return c;
}

inline Change scroll(const QString &id, qint64 at, int depth, int maxDepth)
{
    Change c;
    c.op = Change::Op::Scroll;
    c.id = id;
    c.at = at;
    c.depth = depth;
    c.maxDepth = maxDepth;
    return c;
}

inline Change state(const QString &id, qint64 at, BehaviourState from, BehaviourState to,
                    const QString &code = QStringLiteral("active"))
{
    Change c;
    c.op = Change::Op::State;
    c.id = id;
    c.at = at;
    c.state.at = at;
    c.state.from = from;
    c.state.to = to;
    c.state.evidence.code = code;
    return c;
}

inline Change visibility(const QString &id, qint64 at, bool hidden, qint64 visibleMs)
{
    Change c;
    c.op = Change::Op::Visibility;
    c.id = id;
    c.at = at;
    c.hidden = hidden;
    c.visibleMs = visibleMs;
    return c;
}

inline Change claim(const QString &id, qint64 at, const QString &user, const QString &name)
{
    Change c;
    c.op = Change::Op::Claim;
    c.id = id;
    c.at = at;
    c.claimedBy = StaffRef { user, name };
    return c;
}

inline ChatMessage chat(const QString &sessionId, const QString &id, bool fromVisitor,
                        const QString &text, qint64 at)
{
    ChatMessage m;
    m.id = id;
    m.sessionId = sessionId;
    m.fromVisitor = fromVisitor;
    if (!fromVisitor)
        m.staff = StaffRef { QStringLiteral("minji"), QStringLiteral("박민지") };
    m.text = text;
    m.at = at;
    return m;
}

inline HelpRequest help(const QString &sessionId, const QString &id, const QString &text, qint64 at)
{
    HelpRequest h;
    h.id = id;
    h.sessionId = sessionId;
    h.kind = HelpKind::Request;
    h.text = text;
    h.at = at;
    return h;
}

} // namespace fw::testdata

#include "chatstore.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace fw {

QString ChatEntry::key() const
{
    return kind == Kind::Message ? u"m:"_s + message.id : u"h:"_s + help.id;
}

ChatStore::ChatStore(QObject *parent)
    : QObject(parent)
{ }

int ChatStore::ensure(const QString &sessionId, const QString &title)
{
    if (const int i = indexOf(sessionId); i >= 0) {
        if (!title.isEmpty())
            setTitle(sessionId, title);
        return i;
    }
    Conversation c;
    c.sessionId = sessionId;
    c.title = title;
    const int i = int(m_conversations.size());
    emit conversationAboutToBeAdded(i);
    m_conversations.append(c);
    m_index.insert(sessionId, i);
    emit conversationAdded(i);
    return i;
}

void ChatStore::setTitle(const QString &sessionId, const QString &title)
{
    const int i = indexOf(sessionId);
    if (i < 0 || title.isEmpty() || m_conversations.at(i).title == title)
        return;
    m_conversations[i].title = title;
    emit conversationChanged(i);
}

Conversation &ChatStore::conversation(const QString &sessionId)
{
    return m_conversations[ensure(sessionId, QString())];
}

const Conversation *ChatStore::find(const QString &sessionId) const
{
    const int i = indexOf(sessionId);
    return i < 0 ? nullptr : &m_conversations.at(i);
}

void ChatStore::recount(Conversation &c)
{
    c.openHelp = 0;
    for (const ChatEntry &e : std::as_const(c.entries)) {
        if (e.kind == ChatEntry::Kind::Help && e.help.resolvedAt == 0)
            ++c.openHelp;
    }
}

void ChatStore::insertEntry(Conversation &c, const ChatEntry &e, bool countUnread)
{
    const QString key = e.key();
    for (int i = int(c.entries.size()) - 1; i >= 0; --i) {
        if (c.entries.at(i).key() == key)
            return; // already have it (history and stream overlap)
    }
    // Keep time order; the stream appends, history may interleave.
    auto pos = std::upper_bound(c.entries.begin(), c.entries.end(), e.at(),
                                [](qint64 t, const ChatEntry &x) { return t < x.at(); });
    const int row = int(pos - c.entries.begin());
    emit entryAboutToBeAdded(c.sessionId, row);
    c.entries.insert(row, e);
    c.lastActivityAt = std::max(c.lastActivityAt, e.at());
    recount(c);
    if (countUnread) {
        ++c.unread;
        emit unreadChanged(totalUnread());
    }
    emit entryAdded(c.sessionId, row);
    emit conversationChanged(indexOf(c.sessionId));
}

void ChatStore::addMessage(const ChatMessage &message, bool countUnread)
{
    ChatEntry e;
    e.kind = ChatEntry::Kind::Message;
    e.message = message;
    insertEntry(conversation(message.sessionId), e, countUnread && message.fromVisitor);
}

void ChatStore::addHelp(const HelpRequest &help, bool countUnread)
{
    ChatEntry e;
    e.kind = ChatEntry::Kind::Help;
    e.help = help;
    insertEntry(conversation(help.sessionId), e, countUnread);
}

void ChatStore::resolveHelp(const HelpRequest &help)
{
    Conversation &c = conversation(help.sessionId);
    for (int i = 0; i < c.entries.size(); ++i) {
        ChatEntry &e = c.entries[i];
        if (e.kind == ChatEntry::Kind::Help && e.help.id == help.id) {
            e.help.resolvedAt = help.resolvedAt ? help.resolvedAt : 1;
            e.help.resolvedBy = help.resolvedBy;
            recount(c);
            emit entryChanged(c.sessionId, i);
            emit conversationChanged(indexOf(c.sessionId));
            return;
        }
    }
    ChatEntry e; // resolved before we saw it: keep it as history
    e.kind = ChatEntry::Kind::Help;
    e.help = help;
    insertEntry(c, e, false);
}

void ChatStore::mergeHistory(const History &h)
{
    Conversation &c = conversation(h.sessionId);
    emit entriesAboutToBeReset(c.sessionId);
    QHash<QString, int> have;
    for (int i = 0; i < c.entries.size(); ++i)
        have.insert(c.entries.at(i).key(), i);
    for (const ChatMessage &m : h.chats) {
        ChatEntry e;
        e.message = m;
        if (!have.contains(e.key()))
            c.entries.append(e);
    }
    for (const HelpRequest &r : h.helps) {
        ChatEntry e;
        e.kind = ChatEntry::Kind::Help;
        e.help = r;
        if (const auto it = have.constFind(e.key()); it != have.constEnd())
            c.entries[*it].help = r; // the history knows whether it was resolved
        else
            c.entries.append(e);
    }
    std::stable_sort(c.entries.begin(), c.entries.end(),
                     [](const ChatEntry &a, const ChatEntry &b) { return a.at() < b.at(); });
    for (const ChatEntry &e : std::as_const(c.entries))
        c.lastActivityAt = std::max(c.lastActivityAt, e.at());
    c.historyLoaded = true;
    recount(c);
    emit entriesReset(c.sessionId);
    emit conversationChanged(indexOf(c.sessionId));
}

void ChatStore::markRead(const QString &sessionId)
{
    const int i = indexOf(sessionId);
    if (i < 0 || m_conversations.at(i).unread == 0)
        return;
    m_conversations[i].unread = 0;
    emit conversationChanged(i);
    emit unreadChanged(totalUnread());
}

void ChatStore::invalidateHistory()
{
    for (Conversation &c : m_conversations)
        c.historyLoaded = false;
}

int ChatStore::unread(const QString &sessionId) const
{
    const Conversation *c = find(sessionId);
    return c ? c->unread : 0;
}

int ChatStore::totalUnread() const
{
    int n = 0;
    for (const Conversation &c : m_conversations)
        n += c.unread;
    return n;
}

QList<HelpRequest> ChatStore::openHelp(const QString &sessionId) const
{
    QList<HelpRequest> out;
    if (const Conversation *c = find(sessionId)) {
        for (const ChatEntry &e : c->entries) {
            if (e.kind == ChatEntry::Kind::Help && e.help.resolvedAt == 0)
                out.append(e.help);
        }
    }
    return out;
}

} // namespace fw

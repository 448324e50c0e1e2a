#pragma once

#include "messages.h"

#include <QHash>
#include <QObject>

namespace fw {

// One item of a conversation: a chat message either way, or a help request from the visitor.
struct ChatEntry
{
    enum class Kind { Message, Help };
    Kind kind = Kind::Message;
    ChatMessage message;
    HelpRequest help;

    QString key() const;
    qint64 at() const { return kind == Kind::Message ? message.at : help.at; }
    QString text() const { return kind == Kind::Message ? message.text : help.text; }
};

struct Conversation
{
    QString sessionId;
    QString title; // the visitor's display name, kept after the visitor left
    QList<ChatEntry> entries; // oldest first
    int unread = 0;
    int openHelp = 0;
    bool historyLoaded = false;
    qint64 lastActivityAt = 0;
};

// Every 1:1 conversation this console knows about, with unread counts and open help
// requests. Filled from the live stream and from history_get when a conversation is opened.
class ChatStore : public QObject
{
    Q_OBJECT
public:
    explicit ChatStore(QObject *parent = nullptr);

    // Creates the conversation if needed; returns its position.
    int ensure(const QString &sessionId, const QString &title);
    void setTitle(const QString &sessionId, const QString &title);

    // `countUnread`: the visitor's message is not being looked at right now.
    void addMessage(const ChatMessage &message, bool countUnread);
    void addHelp(const HelpRequest &help, bool countUnread);
    void resolveHelp(const HelpRequest &help);
    void mergeHistory(const History &history);
    void markRead(const QString &sessionId);
    // After a fresh snapshot the stream may have missed messages: reload on next open.
    void invalidateHistory();

    int count() const { return int(m_conversations.size()); }
    const Conversation &at(int i) const { return m_conversations.at(i); }
    int indexOf(const QString &sessionId) const { return m_index.value(sessionId, -1); }
    const Conversation *find(const QString &sessionId) const;
    int unread(const QString &sessionId) const;
    int totalUnread() const;
    QList<HelpRequest> openHelp(const QString &sessionId) const;

signals:
    // Emitted around every structural change, so models can announce it properly.
    void conversationAboutToBeAdded(int index);
    void conversationAdded(int index);
    void conversationChanged(int index);
    void entryAboutToBeAdded(const QString &sessionId, int entryIndex);
    void entryAdded(const QString &sessionId, int entryIndex);
    void entryChanged(const QString &sessionId, int entryIndex);
    void entriesAboutToBeReset(const QString &sessionId);
    void entriesReset(const QString &sessionId);
    void unreadChanged(int total);

private:
    Conversation &conversation(const QString &sessionId);
    void insertEntry(Conversation &c, const ChatEntry &e, bool countUnread);
    void recount(Conversation &c);

    QList<Conversation> m_conversations;
    QHash<QString, int> m_index;
};

} // namespace fw

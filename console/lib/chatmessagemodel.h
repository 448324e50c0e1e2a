#pragma once

#include <QAbstractListModel>

namespace fw {

class ChatStore;

// The entries of one conversation (messages and help requests), oldest first, for the chat
// pane's transcript.
class ChatMessageModel : public QAbstractListModel
{
    Q_OBJECT
public:
    enum Roles {
        KindRole = Qt::UserRole + 1, // "message" or "help"
        FromVisitorRole,
        AuthorRole,
        TextRole,
        AtRole,
        HelpKindRole, // int(HelpKind)
        ResolvedRole,
        ResolvedByRole,
        EntryIdRole,
    };

    explicit ChatMessageModel(ChatStore *store, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

    void setSession(const QString &sessionId);
    QString sessionId() const { return m_sessionId; }
    // The name shown for the visitor's own messages.
    void setVisitorName(const QString &name);

private:
    int count() const;

    ChatStore *m_store;
    QString m_sessionId;
    QString m_visitorName;
};

} // namespace fw

#pragma once

#include <QAbstractListModel>

namespace fw {

class ChatStore;

// The conversations, one row each, in the order they began; a proxy sorts them with open help
// requests first (SortKeyRole).
class ConversationListModel : public QAbstractListModel
{
    Q_OBJECT
public:
    enum Roles {
        SessionIdRole = Qt::UserRole + 1,
        UnreadRole,
        OpenHelpRole,
        LastActivityRole,
        PreviewRole,
        SortKeyRole, // larger first: open help, then the most recent activity
    };

    explicit ConversationListModel(ChatStore *store, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

private:
    ChatStore *m_store;
};

} // namespace fw

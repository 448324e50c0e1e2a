#include "conversationlistmodel.h"

#include "chatstore.h"
#include "plaintext.h"

using namespace Qt::StringLiterals;

namespace fw {

ConversationListModel::ConversationListModel(ChatStore *store, QObject *parent)
    : QAbstractListModel(parent)
    , m_store(store)
{
    connect(store, &ChatStore::conversationAboutToBeAdded, this,
            [this](int i) { beginInsertRows({}, i, i); });
    connect(store, &ChatStore::conversationAdded, this, [this](int) { endInsertRows(); });
    connect(store, &ChatStore::conversationChanged, this, [this](int i) {
        if (i >= 0)
            emit dataChanged(index(i), index(i));
    });
}

int ConversationListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_store->count();
}

QVariant ConversationListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Conversation &c = m_store->at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return c.title.isEmpty() ? c.sessionId : c.title;
    case Qt::AccessibleTextRole: {
        QString s = c.title;
        if (c.openHelp > 0)
            s += u", "_s + tr("%n open help request(s)", nullptr, c.openHelp);
        if (c.unread > 0)
            s += u", "_s + tr("%n unread", nullptr, c.unread);
        return s;
    }
    case Qt::ToolTipRole: {
        QString t = c.title;
        if (!c.entries.isEmpty())
            t += u'\n' + c.entries.last().text().left(200);
        return plaintext::toolTip(t);
    }
    case SessionIdRole:
        return c.sessionId;
    case UnreadRole:
        return c.unread;
    case OpenHelpRole:
        return c.openHelp;
    case LastActivityRole:
        return c.lastActivityAt;
    case PreviewRole:
        return c.entries.isEmpty() ? QString() : c.entries.last().text().simplified().left(120);
    case SortKeyRole:
        return (c.openHelp > 0 ? (qint64(1) << 50) : 0) + c.lastActivityAt;
    default:
        break;
    }
    return {};
}

} // namespace fw

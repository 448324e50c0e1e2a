#include "chatmessagemodel.h"

#include "chatstore.h"
#include "displayformat.h"

using namespace Qt::StringLiterals;

namespace fw {

ChatMessageModel::ChatMessageModel(ChatStore *store, QObject *parent)
    : QAbstractListModel(parent)
    , m_store(store)
{
    // A conversation that is created has no entries yet, so its creation changes nothing here.
    connect(store, &ChatStore::entryAboutToBeAdded, this, [this](const QString &id, int row) {
        if (id == m_sessionId)
            beginInsertRows({}, row, row);
    });
    connect(store, &ChatStore::entryAdded, this, [this](const QString &id, int) {
        if (id == m_sessionId)
            endInsertRows();
    });
    connect(store, &ChatStore::entryChanged, this, [this](const QString &id, int row) {
        if (id == m_sessionId)
            emit dataChanged(index(row), index(row));
    });
    connect(store, &ChatStore::entriesAboutToBeReset, this, [this](const QString &id) {
        if (id == m_sessionId)
            beginResetModel();
    });
    connect(store, &ChatStore::entriesReset, this, [this](const QString &id) {
        if (id == m_sessionId)
            endResetModel();
    });
}

int ChatMessageModel::count() const
{
    const Conversation *c = m_store->find(m_sessionId);
    return c ? int(c->entries.size()) : 0;
}

int ChatMessageModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : count();
}

QVariant ChatMessageModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const ChatEntry &e = m_store->find(m_sessionId)->entries.at(index.row());
    const bool help = e.kind == ChatEntry::Kind::Help;
    switch (role) {
    case Qt::DisplayRole:
    case TextRole:
        return e.text();
    case KindRole:
        return help ? u"help"_s : u"message"_s;
    case FromVisitorRole:
        return help || e.message.fromVisitor;
    case AuthorRole:
        if (!help && !e.message.fromVisitor)
            return e.message.staff.name.isEmpty() ? e.message.staff.user : e.message.staff.name;
        return m_visitorName;
    case AtRole:
        return e.at();
    case HelpKindRole:
        return help ? int(e.help.kind) : -1;
    case ResolvedRole:
        return help && e.help.resolvedAt != 0;
    case ResolvedByRole:
        return e.help.resolvedBy;
    case EntryIdRole:
        return help ? e.help.id : e.message.id;
    case Qt::AccessibleTextRole: {
        const QString who = data(index, AuthorRole).toString();
        if (help)
            return tr("Help request from %1: %2").arg(who, e.text());
        return tr("%1 at %2: %3").arg(who, format::timeOfDay(e.at()), e.text());
    }
    default:
        break;
    }
    return {};
}

QHash<int, QByteArray> ChatMessageModel::roleNames() const
{
    QHash<int, QByteArray> r = QAbstractListModel::roleNames();
    r.insert(KindRole, "kind");
    r.insert(FromVisitorRole, "fromVisitor");
    r.insert(AuthorRole, "author");
    r.insert(TextRole, "text");
    r.insert(AtRole, "at");
    return r;
}

void ChatMessageModel::setSession(const QString &sessionId)
{
    if (sessionId == m_sessionId)
        return;
    beginResetModel();
    m_sessionId = sessionId;
    endResetModel();
}

void ChatMessageModel::setVisitorName(const QString &name)
{
    if (name == m_visitorName)
        return;
    m_visitorName = name;
    if (count() > 0)
        emit dataChanged(index(0), index(count() - 1), { AuthorRole, Qt::AccessibleTextRole });
}

} // namespace fw

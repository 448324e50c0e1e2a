#include "staffaccountsmodel.h"

#include "displayformat.h"

namespace fw {

StaffAccountsModel::StaffAccountsModel(QObject *parent)
    : QAbstractTableModel(parent)
{ }

int StaffAccountsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_accounts.size());
}

int StaffAccountsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant StaffAccountsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const StaffAccount &a = m_accounts.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case Qt::AccessibleTextRole:
        switch (index.column()) {
        case Name:
            return a.name;
        case DisplayName:
            return a.displayName;
        case Role:
            return format::role(a.role);
        case Status:
            return a.disabled ? tr("disabled") : tr("active");
        case Created:
            return format::dateTime(a.createdAt);
        }
        break;
    case NameRole:
        return a.name;
    case DisabledRole:
        return a.disabled;
    case RoleRole:
        return int(a.role);
    default:
        break;
    }
    return {};
}

QVariant StaffAccountsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Name:
        return tr("User name");
    case DisplayName:
        return tr("Display name");
    case Role:
        return tr("Role");
    case Status:
        return tr("Status");
    case Created:
        return tr("Created");
    }
    return {};
}

int StaffAccountsModel::rowOf(const QString &name) const
{
    for (int i = 0; i < m_accounts.size(); ++i) {
        if (m_accounts.at(i).name == name)
            return i;
    }
    return -1;
}

void StaffAccountsModel::setAccounts(const QList<StaffAccount> &accounts)
{
    // Remove the accounts that went away, update the rest, append new ones.
    for (int i = int(m_accounts.size()) - 1; i >= 0; --i) {
        const QString &name = m_accounts.at(i).name;
        const bool keep = std::any_of(accounts.begin(), accounts.end(),
                                      [&](const StaffAccount &a) { return a.name == name; });
        if (!keep) {
            beginRemoveRows({}, i, i);
            m_accounts.removeAt(i);
            endRemoveRows();
        }
    }
    for (const StaffAccount &a : accounts) {
        const int row = rowOf(a.name);
        if (row >= 0) {
            if (!(m_accounts.at(row) == a)) {
                m_accounts[row] = a;
                emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
            }
        } else {
            const int at = int(m_accounts.size());
            beginInsertRows({}, at, at);
            m_accounts.append(a);
            endInsertRows();
        }
    }
}

} // namespace fw

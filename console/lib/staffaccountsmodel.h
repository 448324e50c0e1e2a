#pragma once

#include "protocoltypes.h"

#include <QAbstractTableModel>

namespace fw {

// The server's staff accounts, for the admin's account page.
class StaffAccountsModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { Name, DisplayName, Role, Status, Created, ColumnCount };
    enum Roles { NameRole = Qt::UserRole + 1, DisabledRole, RoleRole };

    explicit StaffAccountsModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    // Keeps rows that are still there, so the selection survives a refresh.
    void setAccounts(const QList<StaffAccount> &accounts);
    const StaffAccount &accountAt(int row) const { return m_accounts.at(row); }
    int rowOf(const QString &name) const;

private:
    QList<StaffAccount> m_accounts;
};

} // namespace fw

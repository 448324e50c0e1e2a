#pragma once

#include "protocoltypes.h"

#include <QSet>
#include <QSortFilterProxyModel>

namespace fw {

class VisitorTableModel;

// Sorts and filters the live visitor list (by state, verified customers, text). It does NOT
// re-sort or re-filter on every change: with ten thousand visitors changing all the time that
// would cost a full sort per delta and make rows jump under the reader. Changes only mark it
// stale; refresh() applies them, and the window calls it when nobody is reading the list.
class VisitorFilterProxyModel : public QSortFilterProxyModel
{
    Q_OBJECT
public:
    explicit VisitorFilterProxyModel(QObject *parent = nullptr);

    void setVisitorModel(VisitorTableModel *model);

    // Empty set: every state.
    void setStateFilter(const QSet<BehaviourState> &states);
    QSet<BehaviourState> stateFilter() const { return m_states; }
    // With a state filter: visitors with an open help request pass it whatever their state.
    void setHelpPassesStateFilter(bool on);
    void setVerifiedOnly(bool on);
    bool verifiedOnly() const { return m_verifiedOnly; }
    void setTextFilter(const QString &text);

    // Something changed that may move or hide rows since the last sort/filter.
    bool isStale() const { return m_stale; }
    // Re-sorts and re-filters if stale. Returns whether it did.
    bool refresh();

    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;
    QString sessionIdAt(int proxyRow) const;

signals:
    void staleChanged(bool stale);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;

private:
    void markStale();
    void onSourceDataChanged(const QModelIndex &topLeft, const QModelIndex &bottomRight);

    VisitorTableModel *m_model = nullptr;
    QSet<BehaviourState> m_states;
    bool m_verifiedOnly = false;
    bool m_helpPasses = false;
    QString m_text;
    bool m_stale = false;
    mutable qint64 m_sortNow = 0;
};

} // namespace fw

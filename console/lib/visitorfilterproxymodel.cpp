#include "visitorfilterproxymodel.h"

#include "displayformat.h"
#include "evidencetext.h"
#include "visitortablemodel.h"

namespace fw {

VisitorFilterProxyModel::VisitorFilterProxyModel(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setDynamicSortFilter(false);
}

void VisitorFilterProxyModel::setVisitorModel(VisitorTableModel *model)
{
    if (m_model)
        disconnect(m_model, nullptr, this, nullptr);
    m_model = model;
    setSourceModel(model);
    if (!model)
        return;
    connect(model, &QAbstractItemModel::dataChanged, this,
            &VisitorFilterProxyModel::onSourceDataChanged);
    connect(model, &QAbstractItemModel::rowsInserted, this, &VisitorFilterProxyModel::markStale);
}

void VisitorFilterProxyModel::markStale()
{
    if (m_stale)
        return;
    m_stale = true;
    emit staleChanged(true);
}

void VisitorFilterProxyModel::onSourceDataChanged(const QModelIndex &topLeft,
                                                  const QModelIndex &bottomRight)
{
    if (m_stale)
        return;
    const int sortCol = sortColumn();
    auto touches = [&](int column) {
        return column >= topLeft.column() && column <= bottomRight.column();
    };
    // The columns the filters read, and the sort column.
    const bool filterTouched = (!m_states.isEmpty() &&
                                (touches(VisitorTableModel::State) ||
                                 (m_helpPasses && touches(VisitorTableModel::Help)))) ||
            (m_verifiedOnly && touches(VisitorTableModel::Who)) ||
            (!m_text.isEmpty() &&
             (touches(VisitorTableModel::Who) || touches(VisitorTableModel::Page) ||
              touches(VisitorTableModel::ClaimedBy)));
    if (filterTouched || (sortCol >= 0 && touches(sortCol)))
        markStale();
}

bool VisitorFilterProxyModel::refresh()
{
    if (!m_stale)
        return false;
    m_sortNow = m_model ? m_model->clock()->nowMs() : 0;
    m_stale = false;
    invalidate();
    emit staleChanged(false);
    return true;
}

void VisitorFilterProxyModel::sort(int column, Qt::SortOrder order)
{
    m_sortNow = m_model ? m_model->clock()->nowMs() : 0;
    QSortFilterProxyModel::sort(column, order);
}

void VisitorFilterProxyModel::setStateFilter(const QSet<BehaviourState> &states)
{
    if (states == m_states)
        return;
    m_states = states;
    m_sortNow = m_model ? m_model->clock()->nowMs() : 0;
    invalidateFilter();
}

void VisitorFilterProxyModel::setHelpPassesStateFilter(bool on)
{
    if (on == m_helpPasses)
        return;
    m_helpPasses = on;
    invalidateFilter();
}

void VisitorFilterProxyModel::setVerifiedOnly(bool on)
{
    if (on == m_verifiedOnly)
        return;
    m_verifiedOnly = on;
    invalidateFilter();
}

void VisitorFilterProxyModel::setTextFilter(const QString &text)
{
    const QString t = text.simplified();
    if (t == m_text)
        return;
    m_text = t;
    invalidateFilter();
}

QString VisitorFilterProxyModel::sessionIdAt(int proxyRow) const
{
    return index(proxyRow, 0).data(VisitorTableModel::SessionIdRole).toString();
}

bool VisitorFilterProxyModel::filterAcceptsRow(int sourceRow, const QModelIndex &) const
{
    if (!m_model)
        return true;
    const VisitorSnapshot &v = m_model->visitorAt(sourceRow);
    if (!m_states.isEmpty() && !m_states.contains(v.state.name) &&
        !(m_helpPasses && v.openHelp > 0))
        return false;
    if (m_verifiedOnly && !v.identity.verified())
        return false;
    if (m_text.isEmpty())
        return true;
    auto has = [this](const QString &s) {
        return s.contains(m_text, Qt::CaseInsensitive);
    };
    return has(visitorDisplayName(v.identity, v.number)) || has(v.page.title) || has(v.page.url) ||
            has(v.claimedBy.name) || has(v.claimedBy.user) || has(v.page.query) ||
            has(format::stateName(v.state.name));
}

bool VisitorFilterProxyModel::lessThan(const QModelIndex &left, const QModelIndex &right) const
{
    if (!m_model)
        return QSortFilterProxyModel::lessThan(left, right);
    const VisitorSnapshot &a = m_model->visitorAt(left.row());
    const VisitorSnapshot &b = m_model->visitorAt(right.row());
    const int c = VisitorTableModel::compare(a, b, left.column(), m_sortNow);
    if (c != 0)
        return c < 0;
    return a.number < b.number; // a total order, so equal rows never swap places
}

} // namespace fw

#include "trailmodel.h"

#include "displayformat.h"
#include "plaintext.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace fw {

TrailModel::TrailModel(const Clock *clock, QObject *parent)
    : QAbstractTableModel(parent)
    , m_clock(clock)
{ }

int TrailModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

int TrailModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

bool TrailModel::isCurrent(int row) const
{
    return row == m_entries.size() - 1 && m_entries.at(row).leftAt == 0;
}

qint64 TrailModel::visibleMs(int row, qint64 now) const
{
    if (!isCurrent(row))
        return m_entries.at(row).visibleMs;
    return m_visibleMs + (m_hidden ? 0 : std::max<qint64>(0, now - m_visibleAsOf));
}

qint64 TrailModel::wallMs(int row, qint64 now) const
{
    const TrailEntry &e = m_entries.at(row);
    return std::max<qint64>(0, (e.leftAt ? e.leftAt : now) - e.enteredAt);
}

QVariant TrailModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const int row = index.row();
    const TrailEntry &e = m_entries.at(row);
    const qint64 now = m_clock->nowMs();
    switch (role) {
    case Qt::DisplayRole:
    case Qt::AccessibleTextRole:
        switch (index.column()) {
        case Entered:
            return format::timeOfDay(e.enteredAt);
        case Page:
            return format::pageTitle(e.page);
        case Address:
            return e.page.url;
        case Dwell:
            return format::duration(visibleMs(row, now));
        }
        break;
    case Qt::ToolTipRole: {
        QString t = format::pageTitle(e.page) + u'\n' + e.page.url + u'\n' +
                format::pageKind(e.page.kind);
        t += u'\n' + tr("Entered at %1").arg(format::timeOfDay(e.enteredAt));
        if (e.leftAt)
            t += u'\n' + tr("Left at %1").arg(format::timeOfDay(e.leftAt));
        else if (isCurrent(row))
            t += u'\n' + tr("The visitor is on this page now");
        t += u'\n' + tr("Visible time: %1").arg(format::duration(visibleMs(row, now)));
        t += u'\n' + tr("Wall time: %1").arg(format::duration(wallMs(row, now)));
        return plaintext::toolTip(t);
    }
    case Qt::TextAlignmentRole:
        if (index.column() == Dwell)
            return QVariant::fromValue(Qt::Alignment(Qt::AlignRight | Qt::AlignVCenter));
        return QVariant::fromValue(Qt::Alignment(Qt::AlignLeft | Qt::AlignVCenter));
    case IsCurrentRole:
        return isCurrent(row);
    case UrlRole:
        return e.page.url;
    case VisibleMsRole:
        return visibleMs(row, now);
    case WallMsRole:
        return wallMs(row, now);
    default:
        break;
    }
    return {};
}

QVariant TrailModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Entered:
        return tr("Entered");
    case Page:
        return tr("Page");
    case Address:
        return tr("Address");
    case Dwell:
        return tr("Dwell");
    }
    return {};
}

void TrailModel::setVisitor(const VisitorSnapshot &v)
{
    beginResetModel();
    m_sessionId = v.id;
    m_entries = v.trail;
    m_visibleMs = v.visibleMs;
    m_visibleAsOf = v.visibleAsOf;
    m_hidden = v.hidden;
    endResetModel();
}

void TrailModel::clear()
{
    beginResetModel();
    m_sessionId.clear();
    m_entries.clear();
    endResetModel();
}

void TrailModel::mergeEntry(const TrailEntry &e)
{
    // Entries are identified by when they were entered; search from the end, where changes are.
    for (int i = int(m_entries.size()) - 1; i >= 0; --i) {
        TrailEntry &mine = m_entries[i];
        if (mine.enteredAt == e.enteredAt && mine.page.url == e.page.url) {
            if (!(mine == e)) {
                mine = e;
                emit dataChanged(index(i, 0), index(i, ColumnCount - 1));
            }
            return;
        }
        if (mine.enteredAt < e.enteredAt)
            break;
    }
    const auto pos =
            std::upper_bound(m_entries.begin(), m_entries.end(), e.enteredAt,
                             [](qint64 t, const TrailEntry &x) { return t < x.enteredAt; });
    const int row = int(pos - m_entries.begin());
    // The entry before a new one is no longer current: repaint its highlight.
    beginInsertRows({}, row, row);
    m_entries.insert(row, e);
    endInsertRows();
    if (row > 0)
        emit dataChanged(index(row - 1, 0), index(row - 1, ColumnCount - 1));
}

void TrailModel::updateVisitor(const VisitorSnapshot &v)
{
    if (v.id != m_sessionId)
        return;
    m_visibleMs = v.visibleMs;
    m_visibleAsOf = v.visibleAsOf;
    m_hidden = v.hidden;
    for (const TrailEntry &e : v.trail) {
        if (!m_entries.isEmpty() && e.enteredAt < m_entries.first().enteredAt)
            continue; // older than what we hold: history already has it or never will
        mergeEntry(e);
    }
    if (!m_entries.isEmpty())
        emit dataChanged(index(int(m_entries.size()) - 1, Dwell),
                         index(int(m_entries.size()) - 1, Dwell));
}

void TrailModel::mergeHistory(const QString &sessionId, const QList<TrailEntry> &trail)
{
    if (sessionId != m_sessionId)
        return;
    QList<TrailEntry> merged = trail;
    // Live entries newer than the history's last one were added after the server answered.
    const qint64 lastHistory = trail.isEmpty() ? 0 : trail.last().enteredAt;
    for (const TrailEntry &e : std::as_const(m_entries)) {
        if (e.enteredAt > lastHistory)
            merged.append(e);
        else if (e.enteredAt == lastHistory && !merged.isEmpty() && merged.last().leftAt == 0)
            merged.last() = e; // ours may already know it was left
    }
    beginResetModel();
    m_entries = merged;
    endResetModel();
}

void TrailModel::tick()
{
    if (!m_entries.isEmpty() && isCurrent(int(m_entries.size()) - 1)) {
        const int row = int(m_entries.size()) - 1;
        emit dataChanged(index(row, Dwell), index(row, Dwell));
    }
}

} // namespace fw

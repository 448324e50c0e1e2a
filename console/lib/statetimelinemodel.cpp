#include "statetimelinemodel.h"

#include "displayformat.h"
#include "evidencetext.h"
#include "plaintext.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace fw {

StateTimelineModel::StateTimelineModel(QObject *parent)
    : QAbstractTableModel(parent)
{ }

int StateTimelineModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_changes.size());
}

int StateTimelineModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant StateTimelineModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const StateChange &c = m_changes.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case Qt::AccessibleTextRole:
        switch (index.column()) {
        case Time:
            return format::timeOfDay(c.at);
        case Change:
            if (m_synthetic)
                return format::stateName(c.to);
            return tr("%1 → %2").arg(format::stateName(c.from), format::stateName(c.to));
        case Evidence:
            return describeEvidence(c.evidence);
        }
        break;
    case Qt::ToolTipRole:
        return plaintext::toolTip(format::stateName(c.to) + u" — "_s + format::stateMeaning(c.to) +
                                  u'\n' + describeEvidence(c.evidence) + u'\n' +
                                  format::dateTime(c.at));
    case StateRole:
        return int(c.to);
    case FromStateRole:
        return int(c.from);
    case AtRole:
        return c.at;
    default:
        break;
    }
    return {};
}

QVariant StateTimelineModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Time:
        return tr("Time");
    case Change:
        return tr("State");
    case Evidence:
        return tr("Evidence");
    }
    return {};
}

void StateTimelineModel::setVisitor(const QString &sessionId, const StateInfo &current)
{
    beginResetModel();
    m_sessionId = sessionId;
    m_changes = { StateChange { current.since, current.name, current.name, current.evidence } };
    m_synthetic = true;
    endResetModel();
}

void StateTimelineModel::setHistory(const QString &sessionId, const QList<StateChange> &changes)
{
    if (sessionId != m_sessionId)
        return;
    QList<StateChange> merged = changes;
    // Live changes that came after the history was read.
    const qint64 last = changes.isEmpty() ? 0 : changes.last().at;
    if (!m_synthetic) {
        for (const StateChange &c : std::as_const(m_changes)) {
            if (c.at > last)
                merged.append(c);
        }
    }
    if (merged.isEmpty())
        return; // keep the current state row: the visitor never changed state
    beginResetModel();
    m_changes = merged;
    m_synthetic = false;
    endResetModel();
}

void StateTimelineModel::append(const QString &sessionId, const StateChange &change)
{
    if (sessionId != m_sessionId)
        return;
    if (m_synthetic) {
        beginResetModel();
        m_changes = { change };
        m_synthetic = false;
        endResetModel();
        return;
    }
    for (const StateChange &c : std::as_const(m_changes)) {
        if (c == change)
            return;
    }
    const int row = int(m_changes.size());
    beginInsertRows({}, row, row);
    m_changes.append(change);
    endInsertRows();
}

void StateTimelineModel::clear()
{
    beginResetModel();
    m_sessionId.clear();
    m_changes.clear();
    m_synthetic = false;
    endResetModel();
}

} // namespace fw

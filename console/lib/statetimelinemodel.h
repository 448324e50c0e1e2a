#pragma once

#include "protocoltypes.h"

#include <QAbstractTableModel>

namespace fw {

// One visitor's behaviour timeline: each state change with its evidence, oldest first. Filled
// from history_get and extended by the live stream's state changes.
class StateTimelineModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { Time, Change, Evidence, ColumnCount };
    enum Roles { StateRole = Qt::UserRole + 1, FromStateRole, AtRole };

    explicit StateTimelineModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    // Starts the timeline of a visitor with its current state (what the snapshot tells).
    void setVisitor(const QString &sessionId, const StateInfo &current);
    void setHistory(const QString &sessionId, const QList<StateChange> &changes);
    void append(const QString &sessionId, const StateChange &change);
    void clear();

    QString sessionId() const { return m_sessionId; }
    const StateChange &changeAt(int row) const { return m_changes.at(row); }

private:
    QString m_sessionId;
    QList<StateChange> m_changes;
    bool m_synthetic = false; // the only row is the current state, not a recorded change
};

} // namespace fw

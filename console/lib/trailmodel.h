#pragma once

#include "clock.h"
#include "protocoltypes.h"

#include <QAbstractTableModel>

namespace fw {

// One visitor's URL trail as a live timeline: every page with the time it was entered and its
// dwell; the last row is the current page while the visitor is on it. Starts from the
// snapshot's last pages, takes the full trail from history_get, and grows with each page move.
class TrailModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { Entered, Page, Address, Dwell, ColumnCount };
    enum Roles { IsCurrentRole = Qt::UserRole + 1, UrlRole, VisibleMsRole, WallMsRole };

    explicit TrailModel(const Clock *clock, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    void setVisitor(const VisitorSnapshot &visitor);
    // The visitor changed: new pages are appended, the page just left gets its final dwell.
    void updateVisitor(const VisitorSnapshot &visitor);
    // The full trail from the server's history; entries the live stream added after it stay.
    void mergeHistory(const QString &sessionId, const QList<TrailEntry> &trail);
    void clear();
    void tick();

    QString sessionId() const { return m_sessionId; }

private:
    qint64 visibleMs(int row, qint64 now) const;
    qint64 wallMs(int row, qint64 now) const;
    bool isCurrent(int row) const;
    void mergeEntry(const TrailEntry &e);

    const Clock *m_clock;
    QString m_sessionId;
    QList<TrailEntry> m_entries;
    // The live dwell of the current page comes from the visitor, not the trail entry.
    qint64 m_visibleMs = 0;
    qint64 m_visibleAsOf = 0;
    bool m_hidden = false;
};

} // namespace fw

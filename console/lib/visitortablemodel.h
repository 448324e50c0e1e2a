#pragma once

#include "clock.h"
#include "messages.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QSet>

namespace fw {

// Every live visitor, one row each, in arrival order. Deltas are applied as one batch per
// delta (a handful of signals, not one per change); dwell clocks are not stored but computed
// from the server's enteredAt/visibleMs, and one tick() per second announces them all at once.
class VisitorTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column {
        Who,
        State,
        Page,
        Dwell,
        TimeOnSite,
        Scroll,
        Pages,
        Help,
        ClaimedBy,
        ColumnCount
    };
    Q_ENUM(Column)

    enum Roles {
        SessionIdRole = Qt::UserRole + 1,
        StateRole, // int(BehaviourState)
        VerifiedRole,
        DetailRole, // "30s · female · mobile"
        ConnectedRole,
        UrlRole,
        ScrollDepthRole,
        MaxScrollDepthRole,
        ScrollingRole, // scrolled within the last ScrollMarkMs
        HelpCountRole,
    };

    static constexpr qint64 ScrollMarkMs = 2000;

    explicit VisitorTableModel(const Clock *clock, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

    // Replaces the list with a snapshot, keeping rows that are still there (no reset, so the
    // view keeps its selection and place after a resync).
    void setSnapshot(const QList<VisitorSnapshot> &visitors);
    // Applies one delta's changes as a batch.
    void applyChanges(const QList<Change> &changes);
    // Once a second: the dwell and time-on-site columns of every row moved on.
    void tick();
    void clear();

    int rowOf(const QString &sessionId) const { return m_rowById.value(sessionId, -1); }
    const VisitorSnapshot *visitor(const QString &sessionId) const;
    const VisitorSnapshot &visitorAt(int row) const { return m_rows.at(row); }
    const Clock *clock() const { return m_clock; }

    static qint64 visibleDwellMs(const VisitorSnapshot &v, qint64 now);
    static qint64 wallDwellMs(const VisitorSnapshot &v, qint64 now);
    // The value the proxy sorts `column` by, without going through QVariant.
    static int compare(const VisitorSnapshot &a, const VisitorSnapshot &b, int column, qint64 now);

signals:
    // After a batch: which visitors changed (for the detail view, the chat pane, alerts).
    void visitorsChanged(const QSet<QString> &sessionIds);

private:
    static void applyToVisitor(VisitorSnapshot &v, const Change &c, quint32 *columns);
    void emitRowsChanged(const QHash<int, quint32> &dirty);
    void rebuildIndex(int fromRow = 0);
    QString toolTip(const VisitorSnapshot &v, int column, qint64 now) const;

    const Clock *m_clock;
    QList<VisitorSnapshot> m_rows;
    QHash<QString, int> m_rowById;
    QSet<QString> m_scrolling; // rows that show the live scroll mark
};

} // namespace fw

#pragma once

#include <QElapsedTimer>
#include <QPersistentModelIndex>
#include <QTableView>

namespace fw {

// The live visitor list. It knows when a person is reading it (pointer over it, recent
// scrolling, keys or clicks), so the window can hold re-sorting until they stop; and while
// rows come and go above the top visible row it keeps that row where it is, so the text under
// the reader's eyes does not move.
class VisitorTableView : public QTableView
{
    Q_OBJECT
public:
    explicit VisitorTableView(QWidget *parent = nullptr);

    void setModel(QAbstractItemModel *model) override;

    bool isBeingRead() const;
    // How long after the last interaction the list still counts as being read.
    void setReadingGraceMs(int ms) { m_graceMs = ms; }
    QString currentSessionId() const;
    bool selectSession(const QString &sessionId);

signals:
    void sessionActivated(const QString &sessionId); // double click or Enter: open the chat
    void currentSessionChanged(const QString &sessionId);
    void contextMenuForSession(const QString &sessionId, const QPoint &globalPos);

protected:
    void mouseMoveEvent(QMouseEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void wheelEvent(QWheelEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void scrollContentsBy(int dx, int dy) override;
    void contextMenuEvent(QContextMenuEvent *event) override;
    void currentChanged(const QModelIndex &current, const QModelIndex &previous) override;
    void changeEvent(QEvent *event) override;

private:
    void touched();
    void rememberAnchor();
    void restoreAnchor();
    void updateRowHeight();
    void fitColumns();

    QElapsedTimer m_lastInteraction;
    int m_graceMs = 4000;
    QPersistentModelIndex m_anchor;
    bool m_restoring = false;
    // Only a change the person made moves the detail view; a row that left does not.
    int m_userAction = 0;
};

} // namespace fw

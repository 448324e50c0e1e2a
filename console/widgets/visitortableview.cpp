#include "visitortableview.h"

#include "displayformat.h"
#include "statestyle.h"
#include "visitordelegate.h"
#include "visitortablemodel.h"

#include <QContextMenuEvent>
#include <QHeaderView>
#include <QKeyEvent>
#include <QScrollBar>

namespace fw {

VisitorTableView::VisitorTableView(QWidget *parent)
    : QTableView(parent)
{
    setItemDelegate(new VisitorDelegate(this));
    setSelectionBehavior(SelectRows);
    setSelectionMode(SingleSelection);
    setSortingEnabled(true);
    setWordWrap(false);
    setShowGrid(false);
    setAlternatingRowColors(true);
    setMouseTracking(true);
    setVerticalScrollMode(ScrollPerItem);
    setHorizontalScrollMode(ScrollPerPixel);
    verticalHeader()->hide();
    // Uniform rows: the view never asks ten thousand rows for their height.
    verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    horizontalHeader()->setHighlightSections(false);
    horizontalHeader()->setSortIndicatorShown(true);
    horizontalHeader()->setSectionsMovable(true);
    horizontalHeader()->setStretchLastSection(false);
    updateRowHeight();
    connect(this, &QAbstractItemView::doubleClicked, this, [this](const QModelIndex &i) {
        emit sessionActivated(i.data(VisitorTableModel::SessionIdRole).toString());
    });
}

void VisitorTableView::updateRowHeight()
{
    verticalHeader()->setDefaultSectionSize(VisitorDelegate::rowHeight(fontMetrics()));
}

void VisitorTableView::changeEvent(QEvent *event)
{
    QTableView::changeEvent(event);
    if (event->type() == QEvent::FontChange)
        updateRowHeight();
    if (event->type() == QEvent::FontChange || event->type() == QEvent::LanguageChange)
        fitColumns();
}

void VisitorTableView::fitColumns()
{
    if (!model())
        return;
    // The state column fits the widest badge in the current language.
    int badge = 0;
    for (int s = 0; s <= int(BehaviourState::Gone); ++s)
        badge = std::max(badge,
                         statestyle::badgeWidth(format::stateName(BehaviourState(s)), font()));
    const int pad = fontMetrics().height();
    horizontalHeader()->resizeSection(
            VisitorTableModel::State,
            std::max(badge + pad, horizontalHeader()->sectionSizeHint(VisitorTableModel::State)));
}

void VisitorTableView::setModel(QAbstractItemModel *m)
{
    if (model())
        disconnect(model(), nullptr, this, nullptr);
    QTableView::setModel(m);
    if (!m)
        return;
    // Connected after the view's own handlers, so the anchor is restored after the view moved.
    connect(m, &QAbstractItemModel::rowsAboutToBeInserted, this, &VisitorTableView::rememberAnchor);
    connect(m, &QAbstractItemModel::rowsAboutToBeRemoved, this, &VisitorTableView::rememberAnchor);
    connect(m, &QAbstractItemModel::layoutAboutToBeChanged, this,
            &VisitorTableView::rememberAnchor);
    connect(m, &QAbstractItemModel::rowsInserted, this, &VisitorTableView::restoreAnchor);
    connect(m, &QAbstractItemModel::rowsRemoved, this, &VisitorTableView::restoreAnchor);
    connect(m, &QAbstractItemModel::layoutChanged, this, &VisitorTableView::restoreAnchor);
    QHeaderView *h = horizontalHeader();
    h->setSectionResizeMode(QHeaderView::Interactive);
    h->setSectionResizeMode(VisitorTableModel::Page, QHeaderView::Stretch);
    const QFontMetrics fm = fontMetrics();
    const int em = fm.averageCharWidth();
    h->resizeSection(VisitorTableModel::Who, em * 36);
    h->resizeSection(VisitorTableModel::Dwell, em * 10);
    h->resizeSection(VisitorTableModel::TimeOnSite, em * 10);
    h->resizeSection(VisitorTableModel::Scroll, em * 20);
    h->resizeSection(VisitorTableModel::Pages, em * 8);
    h->resizeSection(VisitorTableModel::Help, em * 8);
    h->resizeSection(VisitorTableModel::ClaimedBy, em * 14);
    fitColumns();
}

bool VisitorTableView::isBeingRead() const
{
    if (underMouse() || viewport()->underMouse())
        return true;
    return m_lastInteraction.isValid() && m_lastInteraction.elapsed() < m_graceMs;
}

void VisitorTableView::touched()
{
    m_lastInteraction.start();
}

void VisitorTableView::rememberAnchor()
{
    if (m_restoring)
        return;
    // At the very top the list may grow downwards as usual; further down, hold the top row.
    m_anchor = verticalScrollBar()->value() > 0 ? QPersistentModelIndex(indexAt(QPoint(1, 1)))
                                                : QPersistentModelIndex();
}

void VisitorTableView::restoreAnchor()
{
    if (!m_anchor.isValid())
        return;
    m_restoring = true;
    updateGeometries();
    verticalScrollBar()->setValue(m_anchor.row());
    m_restoring = false;
    m_anchor = QPersistentModelIndex();
}

QString VisitorTableView::currentSessionId() const
{
    return currentIndex().data(VisitorTableModel::SessionIdRole).toString();
}

bool VisitorTableView::selectSession(const QString &sessionId)
{
    if (!model())
        return false;
    for (int row = 0; row < model()->rowCount(); ++row) {
        const QModelIndex i = model()->index(row, 0);
        if (i.data(VisitorTableModel::SessionIdRole).toString() == sessionId) {
            ++m_userAction;
            setCurrentIndex(i);
            --m_userAction;
            selectRow(row);
            scrollTo(i, PositionAtCenter);
            return true;
        }
    }
    return false;
}

void VisitorTableView::mouseMoveEvent(QMouseEvent *event)
{
    touched();
    QTableView::mouseMoveEvent(event);
}

void VisitorTableView::mousePressEvent(QMouseEvent *event)
{
    touched();
    ++m_userAction;
    QTableView::mousePressEvent(event);
    --m_userAction;
}

void VisitorTableView::wheelEvent(QWheelEvent *event)
{
    touched();
    QTableView::wheelEvent(event);
}

void VisitorTableView::keyPressEvent(QKeyEvent *event)
{
    touched();
    if ((event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter) &&
        currentIndex().isValid()) {
        emit sessionActivated(currentSessionId());
        return;
    }
    ++m_userAction;
    QTableView::keyPressEvent(event);
    --m_userAction;
}

void VisitorTableView::scrollContentsBy(int dx, int dy)
{
    if (!m_restoring)
        touched();
    QTableView::scrollContentsBy(dx, dy);
}

void VisitorTableView::contextMenuEvent(QContextMenuEvent *event)
{
    touched();
    const QModelIndex i = indexAt(event->pos());
    if (!i.isValid())
        return;
    ++m_userAction;
    setCurrentIndex(i);
    --m_userAction;
    emit contextMenuForSession(i.data(VisitorTableModel::SessionIdRole).toString(),
                               event->globalPos());
}

void VisitorTableView::currentChanged(const QModelIndex &current, const QModelIndex &previous)
{
    QTableView::currentChanged(current, previous);
    if (m_userAction == 0)
        return;
    const QString id = current.data(VisitorTableModel::SessionIdRole).toString();
    if (id != previous.data(VisitorTableModel::SessionIdRole).toString())
        emit currentSessionChanged(id);
}

} // namespace fw

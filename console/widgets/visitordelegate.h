#pragma once

#include <QStyledItemDelegate>

namespace fw {

// Paints the visitor table's cells: the state badge, the scroll depth bar with its live mark,
// the help flag, the verified mark. Text is drawn as plain text (item views never read markup).
class VisitorDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

    static int rowHeight(const QFontMetrics &fm);
};

} // namespace fw

#pragma once

#include <QStyledItemDelegate>

namespace fw {

// A conversation in the chat pane's list: the visitor, the last line, an unread count and a
// red mark for open help requests.
class ConversationDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;
};

} // namespace fw

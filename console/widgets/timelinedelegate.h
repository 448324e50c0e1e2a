#pragma once

#include <QStyledItemDelegate>

namespace fw {

// For the detail view's two timelines: highlights the trail's current page (bold, tinted), and
// draws state badges in the behaviour timeline's state column.
class TimelineDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    enum class Kind { Trail, States };
    explicit TimelineDelegate(Kind kind, QObject *parent = nullptr);

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override;

private:
    Kind m_kind;
};

} // namespace fw

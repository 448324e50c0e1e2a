#include "timelinedelegate.h"

#include "statestyle.h"
#include "statetimelinemodel.h"
#include "trailmodel.h"

#include <QApplication>
#include <QPainter>

namespace fw {

TimelineDelegate::TimelineDelegate(Kind kind, QObject *parent)
    : QStyledItemDelegate(parent)
    , m_kind(kind)
{ }

void TimelineDelegate::initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const
{
    QStyledItemDelegate::initStyleOption(option, index);
    if (m_kind == Kind::Trail && index.data(TrailModel::IsCurrentRole).toBool()) {
        option->font.setBold(true);
        QColor tint = option->palette.color(QPalette::Highlight);
        tint.setAlphaF(0.18);
        option->backgroundBrush = tint;
    }
}

void TimelineDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option,
                             const QModelIndex &index) const
{
    if (m_kind != Kind::States || index.column() != StateTimelineModel::Change) {
        QStyledItemDelegate::paint(painter, option, index);
        return;
    }
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    const QString text = opt.text;
    opt.text.clear();
    QStyle *style = opt.widget ? opt.widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, opt.widget);
    const auto state = BehaviourState(index.data(StateTimelineModel::StateRole).toInt());
    const int pad = opt.fontMetrics.height() / 3;
    painter->save();
    painter->setClipRect(opt.rect);
    statestyle::paintBadge(painter, opt.rect.adjusted(pad, 1, -pad, -1), state, text, opt.font);
    painter->restore();
}

} // namespace fw

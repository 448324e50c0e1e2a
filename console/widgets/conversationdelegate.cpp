#include "conversationdelegate.h"

#include "conversationlistmodel.h"

#include <QApplication>
#include <QPainter>

using namespace Qt::StringLiterals;

namespace fw {

QSize ConversationDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &) const
{
    const int h = option.fontMetrics.height();
    return { h * 12, h * 2 + h * 2 / 3 };
}

void ConversationDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option,
                                 const QModelIndex &index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    const QString title = opt.text;
    opt.text.clear();
    opt.icon = QIcon();
    QStyle *style = opt.widget ? opt.widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, opt.widget);

    const bool selected = opt.state & QStyle::State_Selected;
    const QColor text = opt.palette.color(selected ? QPalette::HighlightedText : QPalette::Text);
    QColor dim = text;
    dim.setAlphaF(0.6);
    const QFontMetrics fm(opt.font);
    const int h = fm.height();
    const int pad = h / 3;
    QRect r = opt.rect.adjusted(pad, pad / 2, -pad, -pad / 2);

    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    // Badges on the right: open help (red), unread (blue).
    int right = r.right();
    auto pill = [&](const QString &label, const QColor &colour) {
        QFont b = opt.font;
        b.setBold(true);
        const int w = QFontMetrics(b).horizontalAdvance(label) + h * 2 / 3;
        const QRect p(right - w, r.top(), w, h);
        painter->setPen(Qt::NoPen);
        painter->setBrush(colour);
        painter->drawRoundedRect(p, h / 2.0, h / 2.0);
        painter->setPen(Qt::white);
        painter->setFont(b);
        painter->drawText(p, Qt::AlignCenter, label);
        right -= w + pad;
    };
    const int unread = index.data(ConversationListModel::UnreadRole).toInt();
    const int help = index.data(ConversationListModel::OpenHelpRole).toInt();
    if (unread > 0)
        pill(QString::number(unread), QColor(0x15, 0x65, 0xc0));
    if (help > 0)
        pill(help > 1 ? u"!%1"_s.arg(help) : u"!"_s, QColor(0xc6, 0x28, 0x28));

    QFont titleFont = opt.font;
    titleFont.setBold(unread > 0 || help > 0);
    painter->setFont(titleFont);
    painter->setPen(text);
    const QRect titleRect(r.left(), r.top(), right - r.left(), h);
    painter->drawText(titleRect, Qt::AlignLeft | Qt::AlignVCenter,
                      QFontMetrics(titleFont).elidedText(title, Qt::ElideRight, titleRect.width()));
    painter->setFont(opt.font);
    painter->setPen(dim);
    const QRect previewRect(r.left(), r.top() + h + pad / 2, r.width(), h);
    painter->drawText(previewRect, Qt::AlignLeft | Qt::AlignVCenter,
                      fm.elidedText(index.data(ConversationListModel::PreviewRole).toString(),
                                    Qt::ElideRight, previewRect.width()));
    painter->restore();
}

} // namespace fw

#include "visitordelegate.h"

#include "protocoltypes.h"
#include "statestyle.h"
#include "visitortablemodel.h"

#include <QApplication>
#include <QPainter>
#include <QPainterPath>

using namespace Qt::StringLiterals;

namespace fw {

int VisitorDelegate::rowHeight(const QFontMetrics &fm)
{
    return fm.height() * 7 / 4 + 2;
}

QSize VisitorDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QSize s = QStyledItemDelegate::sizeHint(option, index);
    s.setHeight(rowHeight(option.fontMetrics));
    if (index.column() == VisitorTableModel::Scroll)
        s.setWidth(option.fontMetrics.horizontalAdvance(u"100% ↕"_s) +
                   option.fontMetrics.height() * 4);
    if (index.column() == VisitorTableModel::State)
        s.setWidth(s.width() + option.fontMetrics.height() * 2);
    return s;
}

void VisitorDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option,
                            const QModelIndex &index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    const bool connected = index.data(VisitorTableModel::ConnectedRole).toBool();
    if (!connected) {
        // A disconnected visitor's row is drawn dimmed.
        opt.palette.setColor(QPalette::Text, opt.palette.color(QPalette::Disabled, QPalette::Text));
    }
    const int column = index.column();
    if (column != VisitorTableModel::Who && column != VisitorTableModel::State &&
        column != VisitorTableModel::Page && column != VisitorTableModel::Scroll &&
        column != VisitorTableModel::Help) {
        QStyledItemDelegate::paint(painter, opt, index);
        return;
    }
    // Background, selection and focus from the style; the content ourselves.
    const QWidget *widget = opt.widget;
    QStyle *style = widget ? widget->style() : QApplication::style();
    const QString text = opt.text;
    opt.text.clear();
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, widget);

    const bool selected = opt.state & QStyle::State_Selected;
    const QColor textColor = selected ? opt.palette.color(QPalette::HighlightedText)
                                      : opt.palette.color(QPalette::Text);
    QColor dim = textColor;
    dim.setAlphaF(0.6);
    const QFontMetrics fm(opt.font);
    const int pad = fm.height() / 3;
    QRect r = opt.rect.adjusted(pad, 0, -pad, 0);
    painter->save();
    painter->setClipRect(opt.rect);
    switch (column) {
    case VisitorTableModel::Who: {
        QFont bold = opt.font;
        const bool verified = index.data(VisitorTableModel::VerifiedRole).toBool();
        bold.setBold(verified);
        painter->setFont(bold);
        painter->setPen(textColor);
        const QFontMetrics bfm(bold);
        const QString name = bfm.elidedText(text, Qt::ElideRight, r.width());
        painter->drawText(r, Qt::AlignLeft | Qt::AlignVCenter, name);
        int x = r.left() + bfm.horizontalAdvance(name) + pad;
        if (verified && x < r.right()) {
            // The verified mark: the shop's backend vouched for this customer.
            painter->setPen(selected ? textColor : QColor(0x2e, 0x7d, 0x32));
            painter->drawText(QRect(x, r.top(), r.right() - x, r.height()),
                              Qt::AlignLeft | Qt::AlignVCenter, u"✔"_s);
            x += bfm.horizontalAdvance(u"✔"_s) + pad;
        }
        const QString detail = index.data(VisitorTableModel::DetailRole).toString();
        if (!detail.isEmpty() && x < r.right()) {
            painter->setFont(opt.font);
            painter->setPen(dim);
            painter->drawText(QRect(x, r.top(), r.right() - x, r.height()),
                              Qt::AlignLeft | Qt::AlignVCenter,
                              fm.elidedText(detail, Qt::ElideRight, r.right() - x));
        }
        break;
    }
    case VisitorTableModel::State: {
        const auto state = BehaviourState(index.data(VisitorTableModel::StateRole).toInt());
        statestyle::paintBadge(painter, r, state, text, opt.font);
        break;
    }
    case VisitorTableModel::Page: {
        painter->setPen(textColor);
        const QString title = fm.elidedText(text, Qt::ElideRight, r.width() * 3 / 5);
        painter->drawText(r, Qt::AlignLeft | Qt::AlignVCenter, title);
        const int x = r.left() + fm.horizontalAdvance(title) + pad * 2;
        const QString url = index.data(VisitorTableModel::UrlRole).toString();
        if (x < r.right() && url != text) {
            painter->setPen(dim);
            painter->drawText(QRect(x, r.top(), r.right() - x, r.height()),
                              Qt::AlignLeft | Qt::AlignVCenter,
                              fm.elidedText(url, Qt::ElideMiddle, r.right() - x));
        }
        break;
    }
    case VisitorTableModel::Scroll: {
        const int depth = index.data(VisitorTableModel::ScrollDepthRole).toInt();
        const int deepest = index.data(VisitorTableModel::MaxScrollDepthRole).toInt();
        const bool scrolling = index.data(VisitorTableModel::ScrollingRole).toBool();
        const int labelW = fm.horizontalAdvance(u"100%"_s);
        const int markW = fm.height();
        const int barW = std::max(10, r.width() - labelW - markW - 2 * pad);
        const int barH = std::max(4, fm.height() / 2);
        const QRect bar(r.left(), r.center().y() - barH / 2, barW, barH);
        painter->setRenderHint(QPainter::Antialiasing);
        painter->setPen(Qt::NoPen);
        QColor track = opt.palette.color(QPalette::Mid);
        track.setAlphaF(0.35);
        painter->setBrush(track);
        painter->drawRoundedRect(bar, barH / 2.0, barH / 2.0);
        painter->setBrush(selected ? textColor : QColor(0x15, 0x65, 0xc0));
        painter->drawRoundedRect(QRect(bar.left(), bar.top(), barW * depth / 100, barH), barH / 2.0,
                                 barH / 2.0);
        if (deepest > depth) {
            // The deepest point reached on this page.
            const int x = bar.left() + barW * deepest / 100;
            painter->fillRect(QRect(x - 1, bar.top() - 2, 2, barH + 4), dim);
        }
        painter->setPen(textColor);
        const QRect label(bar.right() + pad, r.top(), labelW, r.height());
        painter->drawText(label, Qt::AlignRight | Qt::AlignVCenter, text);
        if (scrolling) {
            // The live mark: this visitor is scrolling right now.
            const QRect mark(label.right() + pad / 2, r.top(), markW, r.height());
            painter->setPen(selected ? textColor : QColor(0xe6, 0x51, 0x00));
            QFont b = opt.font;
            b.setBold(true);
            painter->setFont(b);
            painter->drawText(mark, Qt::AlignCenter, u"↕"_s);
        }
        break;
    }
    case VisitorTableModel::Help: {
        const int n = index.data(VisitorTableModel::HelpCountRole).toInt();
        if (n > 0) {
            const int d = fm.height();
            const QRect flag(r.center().x() - d / 2 - (n > 1 ? d / 3 : 0), r.center().y() - d / 2,
                             d + (n > 1 ? d * 2 / 3 : 0), d);
            painter->setRenderHint(QPainter::Antialiasing);
            painter->setPen(Qt::NoPen);
            painter->setBrush(QColor(0xc6, 0x28, 0x28));
            painter->drawRoundedRect(flag, d / 2.0, d / 2.0);
            painter->setPen(Qt::white);
            QFont b = opt.font;
            b.setBold(true);
            painter->setFont(b);
            painter->drawText(flag, Qt::AlignCenter, n > 1 ? u"!%1"_s.arg(n) : u"!"_s);
        }
        break;
    }
    default:
        break;
    }
    painter->restore();
}

} // namespace fw

#include "statestyle.h"

#include <QFontMetrics>
#include <QPainter>
#include <QPainterPath>
#include <QPixmap>

namespace fw::statestyle {

QColor background(BehaviourState state)
{
    switch (state) {
    case BehaviourState::Frustrated:
        return QColor(0xc6, 0x28, 0x28);
    case BehaviourState::Stalled:
        return QColor(0xe6, 0x51, 0x00);
    case BehaviourState::Interested:
        return QColor(0x7b, 0x1f, 0xa2);
    case BehaviourState::Hopping:
        return QColor(0x00, 0x83, 0x8f);
    case BehaviourState::Browsing:
        return QColor(0x15, 0x65, 0xc0);
    case BehaviourState::Active:
        return QColor(0x2e, 0x7d, 0x32);
    case BehaviourState::Away:
        return QColor(0x61, 0x61, 0x61);
    case BehaviourState::Gone:
        return QColor(0xbd, 0xbd, 0xbd);
    }
    return Qt::gray;
}

QColor foreground(BehaviourState state)
{
    return state == BehaviourState::Gone ? QColor(0x21, 0x21, 0x21) : QColor(Qt::white);
}

int paintBadge(QPainter *painter, const QRect &rect, BehaviourState state, const QString &text,
               const QFont &font)
{
    QFont f = font;
    f.setBold(true);
    const QFontMetrics fm(f);
    const int padX = fm.height() / 2;
    const int h = std::min(rect.height() - 2, fm.height() + fm.height() / 3);
    // A little slack: elidedText() and horizontalAdvance() may round differently.
    const int w = std::min(rect.width(), fm.horizontalAdvance(text) + 2 * padX + 2);
    const QRect badge(rect.left(), rect.top() + (rect.height() - h) / 2, w, h);
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    QPainterPath path;
    path.addRoundedRect(QRectF(badge), h / 2.0, h / 2.0);
    painter->fillPath(path, background(state));
    painter->setPen(foreground(state));
    painter->setFont(f);
    painter->drawText(badge.adjusted(padX, 0, -padX, 0), Qt::AlignCenter,
                      fm.elidedText(text, Qt::ElideRight, badge.width() - 2 * padX + 1));
    painter->restore();
    return w;
}

int badgeWidth(const QString &text, const QFont &font)
{
    QFont f = font;
    f.setBold(true);
    const QFontMetrics fm(f);
    return fm.horizontalAdvance(text) + 2 * (fm.height() / 2) + 2;
}

QIcon icon(BehaviourState state)
{
    QIcon icon;
    for (int size : { 16, 24, 32, 48 }) {
        QPixmap pm(size, size);
        pm.fill(Qt::transparent);
        QPainter p(&pm);
        p.setRenderHint(QPainter::Antialiasing);
        p.setBrush(background(state));
        p.setPen(Qt::NoPen);
        p.drawEllipse(QRectF(size * 0.15, size * 0.15, size * 0.7, size * 0.7));
        icon.addPixmap(pm);
    }
    return icon;
}

} // namespace fw::statestyle

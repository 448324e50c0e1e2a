#include "appicon.h"

#include <QPainter>
#include <QPainterPath>
#include <QPixmap>

namespace fw {

QIcon appIcon()
{
    static const QIcon icon = [] {
        QIcon i;
        for (int size : { 16, 22, 24, 32, 48, 64, 128, 256 }) {
            QPixmap pm(size, size);
            pm.fill(Qt::transparent);
            QPainter p(&pm);
            p.setRenderHint(QPainter::Antialiasing);
            const qreal s = size;
            QPainterPath bg;
            bg.addRoundedRect(QRectF(0.04 * s, 0.04 * s, 0.92 * s, 0.92 * s), 0.2 * s, 0.2 * s);
            p.fillPath(bg, QColor(0x15, 0x65, 0xc0));
            // A shop awning over a door: the "floor" the staff walk.
            p.setPen(Qt::NoPen);
            p.setBrush(Qt::white);
            p.drawRect(QRectF(0.2 * s, 0.28 * s, 0.6 * s, 0.12 * s));
            p.setBrush(QColor(0xff, 0xb3, 0x00));
            for (int k = 0; k < 3; ++k)
                p.drawRect(QRectF((0.2 + 0.2 * k) * s, 0.28 * s, 0.1 * s, 0.12 * s));
            p.setBrush(Qt::white);
            p.drawRect(QRectF(0.26 * s, 0.46 * s, 0.48 * s, 0.32 * s));
            p.setBrush(QColor(0x15, 0x65, 0xc0));
            p.drawRect(QRectF(0.44 * s, 0.56 * s, 0.12 * s, 0.22 * s));
            i.addPixmap(pm);
        }
        return i;
    }();
    return icon;
}

} // namespace fw

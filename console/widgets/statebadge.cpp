#include "statebadge.h"

#include "displayformat.h"
#include "statestyle.h"

#include <QEvent>
#include <QPainter>

namespace fw {

StateBadge::StateBadge(QWidget *parent)
    : QWidget(parent)
{
    setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Fixed);
    setAccessibleName(tr("Behaviour state"));
}

QString StateBadge::text() const
{
    return format::stateName(m_state);
}

void StateBadge::setState(BehaviourState state)
{
    m_state = state;
    setAccessibleDescription(text());
    updateGeometry();
    update();
}

QSize StateBadge::sizeHint() const
{
    QFont f = font();
    f.setBold(true);
    const QFontMetrics fm(f);
    return { fm.horizontalAdvance(text()) + fm.height() + 2, fm.height() + fm.height() / 3 + 2 };
}

void StateBadge::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    statestyle::paintBadge(&p, rect(), m_state, text(), font());
}

void StateBadge::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::LanguageChange || event->type() == QEvent::FontChange) {
        setAccessibleName(tr("Behaviour state"));
        setAccessibleDescription(text());
        updateGeometry();
    }
}

} // namespace fw

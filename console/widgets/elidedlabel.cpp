#include "elidedlabel.h"

#include "plaintext.h"

#include <QEvent>

namespace fw {

ElidedLabel::ElidedLabel(QWidget *parent)
    : QLabel(parent)
{
    setTextFormat(Qt::PlainText);
    setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    setTextInteractionFlags(Qt::TextSelectableByMouse);
}

void ElidedLabel::setFullText(const QString &text)
{
    // Line breaks in visitor text would make a one-line label grow.
    QString oneLine = text;
    oneLine.replace(QLatin1Char('\n'), QLatin1Char(' '))
            .replace(QLatin1Char('\r'), QLatin1Char(' '));
    if (oneLine == m_full)
        return;
    m_full = oneLine;
    setToolTip(m_full.isEmpty() ? QString() : plaintext::toolTip(text));
    updateText();
    updateGeometry();
}

void ElidedLabel::setElideMode(Qt::TextElideMode mode)
{
    m_mode = mode;
    updateText();
}

QSize ElidedLabel::minimumSizeHint() const
{
    return { fontMetrics().averageCharWidth() * 4, QLabel::minimumSizeHint().height() };
}

QSize ElidedLabel::sizeHint() const
{
    return { std::min(fontMetrics().horizontalAdvance(m_full) + 4,
                      fontMetrics().averageCharWidth() * 60),
             QLabel::sizeHint().height() };
}

void ElidedLabel::resizeEvent(QResizeEvent *event)
{
    QLabel::resizeEvent(event);
    updateText();
}

void ElidedLabel::changeEvent(QEvent *event)
{
    QLabel::changeEvent(event);
    if (event->type() == QEvent::FontChange)
        updateText();
}

void ElidedLabel::updateText()
{
    const int w = std::max(0, contentsRect().width());
    QLabel::setText(fontMetrics().elidedText(m_full, m_mode, w));
}

} // namespace fw

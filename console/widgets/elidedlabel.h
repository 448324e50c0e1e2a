#pragma once

#include <QLabel>

namespace fw {

// A one-line label for text of any length (URLs, page titles): always plain text, elided to
// the width it gets instead of widening the layout, with the full text as an escaped tooltip.
class ElidedLabel : public QLabel
{
    Q_OBJECT
public:
    explicit ElidedLabel(QWidget *parent = nullptr);

    void setFullText(const QString &text);
    QString fullText() const { return m_full; }
    void setElideMode(Qt::TextElideMode mode);

    QSize minimumSizeHint() const override;
    QSize sizeHint() const override;

protected:
    void resizeEvent(QResizeEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void updateText();

    QString m_full;
    Qt::TextElideMode m_mode = Qt::ElideRight;
};

} // namespace fw

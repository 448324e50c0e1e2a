#pragma once

#include "protocoltypes.h"

#include <QWidget>

namespace fw {

// A behaviour state as a coloured badge (the same drawing as in the table).
class StateBadge : public QWidget
{
    Q_OBJECT
public:
    explicit StateBadge(QWidget *parent = nullptr);

    void setState(BehaviourState state);
    BehaviourState state() const { return m_state; }
    QString text() const;

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override { return sizeHint(); }

protected:
    void paintEvent(QPaintEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    BehaviourState m_state = BehaviourState::Active;
};

} // namespace fw

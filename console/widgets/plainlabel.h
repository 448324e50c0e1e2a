#pragma once

#include <QLabel>

namespace fw {

// A label that never reads its text as rich text. QLabel guesses by default, and much of what
// the console shows was typed by a visitor, a shop or another staff member.
class PlainLabel : public QLabel
{
public:
    explicit PlainLabel(QWidget *parent = nullptr)
        : QLabel(parent)
    {
        setTextFormat(Qt::PlainText);
    }
    explicit PlainLabel(const QString &text, QWidget *parent = nullptr)
        : QLabel(text, parent)
    {
        setTextFormat(Qt::PlainText);
    }
};

} // namespace fw

#pragma once

#include "protocoltypes.h"

#include <QColor>
#include <QIcon>

class QPainter;
class QRect;
class QFont;

namespace fw {

// The colours and drawing of behaviour-state badges, shared by the table, the detail view and
// the timeline so a state looks the same everywhere.
namespace statestyle {

QColor background(BehaviourState state);
QColor foreground(BehaviourState state);
// A rounded badge with the state's name, vertically centred in `rect`. Returns its width.
int paintBadge(QPainter *painter, const QRect &rect, BehaviourState state, const QString &text,
               const QFont &font);
// The width paintBadge() needs for `text`.
int badgeWidth(const QString &text, const QFont &font);
// A coloured dot, for menus and combo boxes.
QIcon icon(BehaviourState state);
// Styles a QLabel as a badge (colours from the palette, so no style sheet parses any text).

} // namespace statestyle

} // namespace fw

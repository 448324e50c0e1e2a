#pragma once

#include <QString>

// Visitor-supplied text is untrusted: it must never be read as markup. Widgets get it with
// Qt::PlainText; these helpers cover the places that have no plain-text switch.
namespace fw::plaintext {

// Tooltips guess rich text (Qt::mightBeRichText) and have no format setting, so a tooltip is
// always sent as rich text whose content is escaped: it shows exactly `text`, line breaks and
// runs of spaces included, whatever `text` contains.
QString toolTip(const QString &text);

// Desktop notification services may read a subset of HTML in the body (freedesktop
// "body-markup"); angle brackets are replaced by look-alikes so nothing can form a tag, and the
// text is cut to a length notifications show.
QString notification(const QString &text, int maxLength = 240);

} // namespace fw::plaintext

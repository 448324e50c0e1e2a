#include "plaintext.h"

using namespace Qt::StringLiterals;

namespace fw::plaintext {

QString toolTip(const QString &text)
{
    QString escaped = text.toHtmlEscaped();
    escaped.replace(u'\n', u"<br/>"_s);
    // A leading known tag makes Qt::mightBeRichText() true, so the entities are decoded
    // instead of being shown as "&lt;".
    return u"<p style='white-space:pre-wrap'>"_s + escaped + u"</p>"_s;
}

QString notification(const QString &text, int maxLength)
{
    QString out = text.left(maxLength + 1);
    out.replace(u'<', QChar(0x2039)).replace(u'>', QChar(0x203A));
    if (out.size() > maxLength) {
        out.truncate(maxLength - 1);
        out.append(QChar(0x2026));
    }
    return out;
}

} // namespace fw::plaintext

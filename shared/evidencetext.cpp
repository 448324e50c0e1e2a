#include "evidencetext.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace fw {

namespace {
QString tr(const char *text) { return QCoreApplication::translate("Evidence", text); }

QString num(const QJsonObject &v, QLatin1String key)
{
    const double d = v.value(key).toDouble();
    return d == qint64(d) ? QString::number(qint64(d)) : QString::number(d, 'f', 1);
}
} // namespace

Evidence makeEvidence(const QString &code, const QJsonObject &values)
{
    Evidence e{code, QString(), values};
    // English text: describeEvidence() without a translator installed for "Evidence".
    e.text = describeEvidence(e);
    return e;
}

QString describeEvidence(const Evidence &e)
{
    const QJsonObject &v = e.values;
    const QString &c = e.code;
    if (c == "idle"_L1)
        return tr("No activity for %1 s on this page (limit %2 s)")
                .arg(num(v, "idleSec"_L1), num(v, "thresholdSec"_L1));
    if (c == "rage_click"_L1)
        return tr("%1 clicks within %2 ms within %3 px")
                .arg(num(v, "clicks"_L1), num(v, "withinMs"_L1), num(v, "radiusPx"_L1));
    if (c == "bounce_back"_L1)
        return tr("Returned to the previous page %1 s after leaving it")
                .arg(num(v, "afterSec"_L1));
    if (c == "hop"_L1)
        return tr("%1 page moves in %2 s").arg(num(v, "moves"_L1), num(v, "windowSec"_L1));
    if (c == "interest_dwell"_L1)
        return tr("%1 s on product %2")
                .arg(num(v, "dwellSec"_L1), v.value("productId"_L1).toString());
    if (c == "interest_scroll"_L1)
        return tr("Scrolling on product %2 after %1 s")
                .arg(num(v, "dwellSec"_L1), v.value("productId"_L1).toString());
    if (c == "browse"_L1)
        return tr("Only scrolling for %1 s (%2 scroll events)")
                .arg(num(v, "dwellSec"_L1), num(v, "scrolls"_L1));
    if (c == "hidden"_L1)
        return tr("Tab hidden");
    if (c == "disconnected"_L1)
        return tr("Disconnected for %1 s").arg(num(v, "sec"_L1));
    if (c == "active"_L1)
        return tr("Active on the page");
    return e.text;
}

QString visitorDisplayName(const Identity &identity, qint64 number)
{
    if (identity.verified())
        return identity.customerId;
    return QCoreApplication::translate("Visitor", "anonymous #%1").arg(number);
}

} // namespace fw

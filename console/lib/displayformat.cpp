#include "displayformat.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QLocale>

using namespace Qt::StringLiterals;

namespace fw::format {

namespace {
QLocale uiLocale()
{
    // The translator decides the UI language; numbers and dates follow it.
    return QLocale(
            QCoreApplication::translate("Format", "en_US", "locale name of this translation"));
}
} // namespace

QString stateName(BehaviourState state)
{
    switch (state) {
    case BehaviourState::Active:
        return QCoreApplication::translate("State", "Active");
    case BehaviourState::Browsing:
        return QCoreApplication::translate("State", "Browsing");
    case BehaviourState::Interested:
        return QCoreApplication::translate("State", "Interested");
    case BehaviourState::Hopping:
        return QCoreApplication::translate("State", "Hopping");
    case BehaviourState::Stalled:
        return QCoreApplication::translate("State", "Stalled");
    case BehaviourState::Frustrated:
        return QCoreApplication::translate("State", "Frustrated");
    case BehaviourState::Away:
        return QCoreApplication::translate("State", "Away");
    case BehaviourState::Gone:
        return QCoreApplication::translate("State", "Gone");
    }
    return {};
}

QString stateMeaning(BehaviourState state)
{
    switch (state) {
    case BehaviourState::Active:
        return QCoreApplication::translate("State", "Shopping normally");
    case BehaviourState::Browsing:
        return QCoreApplication::translate(
                "State", "R2: only scrolling for a while; may not have found what they want");
    case BehaviourState::Interested:
        return QCoreApplication::translate(
                "State", "R4: staying on a product page; high interest in this product");
    case BehaviourState::Hopping:
        return QCoreApplication::translate(
                "State", "R3: moving between pages often; may have trouble finding something");
    case BehaviourState::Stalled:
        return QCoreApplication::translate(
                "State",
                "R1: no activity on the page; the page or the shopping may have a problem");
    case BehaviourState::Frustrated:
        return QCoreApplication::translate(
                "State", "Rage clicks or bouncing back; something is not working for them");
    case BehaviourState::Away:
        return QCoreApplication::translate("State", "The shop's tab is hidden");
    case BehaviourState::Gone:
        return QCoreApplication::translate("State", "Disconnected");
    }
    return {};
}

int stateUrgency(BehaviourState state)
{
    switch (state) {
    case BehaviourState::Frustrated:
        return 0;
    case BehaviourState::Stalled:
        return 1;
    case BehaviourState::Interested:
        return 2;
    case BehaviourState::Hopping:
        return 3;
    case BehaviourState::Browsing:
        return 4;
    case BehaviourState::Active:
        return 5;
    case BehaviourState::Away:
        return 6;
    case BehaviourState::Gone:
        return 7;
    }
    return 8;
}

QString duration(qint64 ms)
{
    if (ms < 0)
        ms = 0;
    const qint64 total = ms / 1000;
    const qint64 h = total / 3600;
    const qint64 m = (total / 60) % 60;
    const qint64 s = total % 60;
    if (h > 0)
        return u"%1:%2:%3"_s.arg(h).arg(m, 2, 10, QChar(u'0')).arg(s, 2, 10, QChar(u'0'));
    return u"%1:%2"_s.arg(m).arg(s, 2, 10, QChar(u'0'));
}

QString timeOfDay(qint64 msSinceEpoch)
{
    if (msSinceEpoch <= 0)
        return {};
    const QDateTime t = QDateTime::fromMSecsSinceEpoch(msSinceEpoch);
    if (t.date() != QDate::currentDate())
        return dateTime(msSinceEpoch);
    return uiLocale().toString(t.time(), u"HH:mm:ss"_s);
}

QString dateTime(qint64 msSinceEpoch)
{
    if (msSinceEpoch <= 0)
        return {};
    return uiLocale().toString(QDateTime::fromMSecsSinceEpoch(msSinceEpoch), u"yyyy-MM-dd HH:mm"_s);
}

QString ageBand(int age)
{
    if (age < 0)
        return {};
    if (age < 10)
        return QCoreApplication::translate("Format", "under 10");
    return QCoreApplication::translate("Format", "%1s", "age band, e.g. 30s").arg(age / 10 * 10);
}

QString gender(const QString &g)
{
    if (g == "female"_L1)
        return QCoreApplication::translate("Format", "female");
    if (g == "male"_L1)
        return QCoreApplication::translate("Format", "male");
    if (g == "other"_L1)
        return QCoreApplication::translate("Format", "other gender");
    return {};
}

QString device(DeviceKind d)
{
    switch (d) {
    case DeviceKind::Desktop:
        return QCoreApplication::translate("Format", "desktop");
    case DeviceKind::Mobile:
        return QCoreApplication::translate("Format", "mobile");
    case DeviceKind::Tablet:
        return QCoreApplication::translate("Format", "tablet");
    case DeviceKind::Other:
        return QCoreApplication::translate("Format", "other device");
    }
    return {};
}

QString pageKind(PageKind k)
{
    switch (k) {
    case PageKind::Main:
        return QCoreApplication::translate("Format", "main page");
    case PageKind::Category:
        return QCoreApplication::translate("Format", "category");
    case PageKind::Search:
        return QCoreApplication::translate("Format", "search");
    case PageKind::Product:
        return QCoreApplication::translate("Format", "product");
    case PageKind::Cart:
        return QCoreApplication::translate("Format", "cart");
    case PageKind::Checkout:
        return QCoreApplication::translate("Format", "checkout");
    case PageKind::Other:
        return QCoreApplication::translate("Format", "other page");
    }
    return {};
}

QString helpKind(HelpKind k)
{
    return k == HelpKind::Complaint
            ? QCoreApplication::translate("Format", "Something is wrong")
            : QCoreApplication::translate("Format", "Looking for something");
}

QString role(Role r)
{
    return r == Role::Admin ? QCoreApplication::translate("Format", "admin")
                            : QCoreApplication::translate("Format", "staff");
}

QString purchases(const PurchaseSummary &p)
{
    if (p.orders <= 0 && p.total <= 0)
        return {};
    const QLocale l = uiLocale();
    QString s = QCoreApplication::translate("Format", "%n order(s)", nullptr, p.orders);
    if (p.total > 0)
        s += u", "_s + l.toString(p.total, 'f', 0) + u' ' + p.currency;
    if (p.lastOrderAt > 0)
        s += u", "_s +
                QCoreApplication::translate("Format", "last %1")
                        .arg(l.toString(QDateTime::fromMSecsSinceEpoch(p.lastOrderAt).date(),
                                        u"yyyy-MM-dd"_s));
    return s;
}

QString pageTitle(const PageInfo &page)
{
    const QString t = page.title.simplified();
    return t.isEmpty() ? page.url : t;
}

} // namespace fw::format

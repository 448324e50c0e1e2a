#include "preferences.h"

#include <QSettings>

using namespace Qt::StringLiterals;

namespace fw {

Preferences::Preferences(QSettings *settings, QObject *parent)
    : QObject(parent)
    , m_settings(settings)
{ }

ArrivalAlerts Preferences::arrivalAlerts() const
{
    const QString v = m_settings->value(u"alerts/arrivals"_s, u"everyone"_s).toString();
    if (v == "verified"_L1)
        return ArrivalAlerts::VerifiedOnly;
    if (v == "none"_L1)
        return ArrivalAlerts::None;
    return ArrivalAlerts::Everyone;
}

void Preferences::setArrivalAlerts(ArrivalAlerts mode)
{
    const QString v = mode == ArrivalAlerts::VerifiedOnly ? u"verified"_s
            : mode == ArrivalAlerts::None                 ? u"none"_s
                                                          : u"everyone"_s;
    m_settings->setValue(u"alerts/arrivals"_s, v);
    emit changed();
}

bool Preferences::sound() const
{
    return m_settings->value(u"alerts/sound"_s, false).toBool();
}

void Preferences::setSound(bool on)
{
    m_settings->setValue(u"alerts/sound"_s, on);
    emit changed();
}

QString Preferences::language() const
{
    const QString v = m_settings->value(u"ui/language"_s).toString();
    return (v == "ko"_L1 || v == "en"_L1) ? v : QString();
}

void Preferences::setLanguage(const QString &language)
{
    m_settings->setValue(u"ui/language"_s, language);
    emit changed();
}

QStringList Preferences::defaultCannedReplies()
{
    // Replies go to shoppers, whose language does not follow the staff member's UI, so the
    // defaults are the shop's two languages; the first is the patent's own example (Fig. 3).
    return { u"찾으시는 물건이 있으세요?"_s, u"잠시만 기다려 주세요. 바로 확인해 드릴게요."_s,
             u"도움이 필요하시면 언제든 말씀해 주세요."_s, u"Are you looking for something?"_s,
             u"One moment please, I'm checking that for you."_s };
}

QStringList Preferences::cannedReplies() const
{
    if (!m_settings->contains(u"chat/cannedReplies"_s))
        return defaultCannedReplies();
    QStringList out;
    for (const QString &r : m_settings->value(u"chat/cannedReplies"_s).toStringList()) {
        const QString t = r.trimmed().left(MaxCannedReplyLength);
        if (!t.isEmpty() && out.size() < MaxCannedReplies)
            out.append(t);
    }
    return out;
}

void Preferences::setCannedReplies(const QStringList &replies)
{
    QStringList clean;
    for (const QString &r : replies) {
        const QString t = r.trimmed().left(MaxCannedReplyLength);
        if (!t.isEmpty() && !clean.contains(t) && clean.size() < MaxCannedReplies)
            clean.append(t);
    }
    m_settings->setValue(u"chat/cannedReplies"_s, clean);
    emit changed();
}

QStringList Preferences::recentServers() const
{
    return m_settings->value(u"login/recentServers"_s).toStringList().mid(0, MaxRecentServers);
}

void Preferences::addRecentServer(const QString &url)
{
    QStringList list = recentServers();
    list.removeAll(url);
    list.prepend(url);
    m_settings->setValue(u"login/recentServers"_s, list.mid(0, MaxRecentServers));
}

QString Preferences::lastUser() const
{
    return m_settings->value(u"login/user"_s).toString();
}

void Preferences::setLastUser(const QString &user)
{
    m_settings->setValue(u"login/user"_s, user);
}

bool Preferences::rememberPassword() const
{
    return m_settings->value(u"login/rememberPassword"_s, false).toBool();
}

void Preferences::setRememberPassword(bool on)
{
    m_settings->setValue(u"login/rememberPassword"_s, on);
}

QByteArray Preferences::windowGeometry() const
{
    return m_settings->value(u"window/geometry"_s).toByteArray();
}

QByteArray Preferences::windowState() const
{
    return m_settings->value(u"window/state"_s).toByteArray();
}

QByteArray Preferences::headerState() const
{
    return m_settings->value(u"window/visitorHeader"_s).toByteArray();
}

void Preferences::setWindowLayout(const QByteArray &geometry, const QByteArray &state,
                                  const QByteArray &header)
{
    m_settings->setValue(u"window/geometry"_s, geometry);
    m_settings->setValue(u"window/state"_s, state);
    m_settings->setValue(u"window/visitorHeader"_s, header);
}

} // namespace fw

namespace fw {

QList<QByteArray> Preferences::splitterStates() const
{
    QList<QByteArray> out;
    for (const QVariant &v : m_settings->value(u"window/splitters"_s).toList())
        out.append(v.toByteArray());
    return out;
}

void Preferences::setSplitterStates(const QList<QByteArray> &states)
{
    QVariantList list;
    for (const QByteArray &b : states)
        list.append(b);
    m_settings->setValue(u"window/splitters"_s, list);
}

} // namespace fw

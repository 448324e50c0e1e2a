#pragma once

#include <QHash>
#include <QString>
#include <QStringList>

namespace fw {

class Clock;

// Slows down password guessing per account and per address: after each failure the next
// attempt must wait 1 s, doubling up to 60 s. No hard lockout (that would let anyone lock
// staff out); NIST SP 800-63B asks for slowing, and this makes 100 guesses take over an hour.
class LoginThrottle
{
public:
    explicit LoginThrottle(const Clock *clock);

    // Milliseconds until any of these keys may try again (0: now).
    qint64 retryAfter(const QStringList &keys) const;
    void failed(const QStringList &keys);
    void succeeded(const QStringList &keys);

    static QString accountKey(const QString &user) { return QStringLiteral("u:") + user.toLower(); }
    static QString addressKey(const QString &address) { return QStringLiteral("a:") + address; }

private:
    struct Entry
    {
        int failures = 0;
        qint64 nextAllowedAt = 0;
        qint64 lastFailureAt = 0;
    };
    void prune(qint64 now);

    const Clock *m_clock;
    QHash<QString, Entry> m_entries;
};

} // namespace fw

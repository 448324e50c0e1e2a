#pragma once

#include "protocoltypes.h"

#include <QByteArray>
#include <QHash>
#include <QString>

namespace fw {

class Clock;

// Verifies identity tokens made by the shop's backend: JWT, HS256 only, key chosen by "kid"
// so secrets can be rotated. Claims are believed only from a token that passes every check.
class JwtVerifier
{
public:
    explicit JwtVerifier(const Clock *clock);

    void addKey(const QString &keyId, const QByteArray &secret);
    bool hasKeys() const { return !m_keys.isEmpty(); }
    void setLeewaySeconds(int s) { m_leeway = s; }
    void setAudience(const QString &siteKey) { m_audience = siteKey; }

    // Returns a verified identity, or an anonymous one whose tokenError says why not.
    Identity verify(const QString &token) const;

    // For tests and the shop-side example: makes a token the verifier accepts.
    static QString sign(const QJsonObject &header, const QJsonObject &payload,
                        const QByteArray &secret);

private:
    const Clock *m_clock;
    QHash<QString, QByteArray> m_keys;
    int m_leeway = 60;
    QString m_audience;
};

// True when some JSON object in the text has the same key twice (after unescaping). Such
// documents are ambiguous: parsers disagree on which value wins (Qt keeps the last).
bool jsonHasDuplicateKeys(QByteArrayView json);

} // namespace fw

#include "jwtverifier.h"

#include "clock.h"
#include "ids.h"

#include <QJsonDocument>
#include <QMessageAuthenticationCode>
#include <QSet>

#include <vector>

using namespace Qt::StringLiterals;

namespace fw {

JwtVerifier::JwtVerifier(const Clock *clock)
    : m_clock(clock)
{
}

void JwtVerifier::addKey(const QString &keyId, const QByteArray &secret)
{
    m_keys.insert(keyId, secret);
}

namespace {

QByteArray b64(const QByteArray &raw)
{
    return raw.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
}

bool fromB64(const QByteArray &text, QByteArray *out)
{
    const auto r = QByteArray::fromBase64Encoding(
            text, QByteArray::Base64UrlEncoding | QByteArray::AbortOnBase64DecodingErrors);
    if (!r)
        return false;
    *out = r.decoded;
    return true;
}

Identity refused(const char *reason)
{
    Identity id;
    id.tokenError = QString::fromLatin1(reason);
    return id;
}

// Reads a JSON string starting at the opening quote; returns the decoded value and moves i
// past the closing quote. Assumes the document is otherwise valid (checked by Qt after).
QString readString(QByteArrayView s, qsizetype &i)
{
    QByteArray raw;
    ++i;
    while (i < s.size() && s[i] != '"') {
        if (s[i] == '\\' && i + 1 < s.size()) {
            raw.append(s[i]);
            ++i;
        }
        raw.append(s[i]);
        ++i;
    }
    ++i;
    // Let Qt unescape it, so "a" and "\u0061" compare equal.
    const QJsonDocument d = QJsonDocument::fromJson("[\"" + raw + "\"]");
    return d.array().at(0).toString();
}

} // namespace

bool jsonHasDuplicateKeys(QByteArrayView json)
{
    struct Frame
    {
        bool object;
        bool expectKey;
        QSet<QString> keys;
    };
    std::vector<Frame> stack;
    for (qsizetype i = 0; i < json.size();) {
        const char c = json[i];
        switch (c) {
        case '{':
            stack.push_back({true, true, {}});
            ++i;
            break;
        case '[':
            stack.push_back({false, false, {}});
            ++i;
            break;
        case '}':
        case ']':
            if (!stack.empty())
                stack.pop_back();
            ++i;
            break;
        case ',':
            if (!stack.empty() && stack.back().object)
                stack.back().expectKey = true;
            ++i;
            break;
        case ':':
            if (!stack.empty())
                stack.back().expectKey = false;
            ++i;
            break;
        case '"': {
            const QString value = readString(json, i);
            if (!stack.empty() && stack.back().object && stack.back().expectKey) {
                if (stack.back().keys.contains(value))
                    return true;
                stack.back().keys.insert(value);
            }
            break;
        }
        default:
            ++i;
        }
    }
    return false;
}

QString JwtVerifier::sign(const QJsonObject &header, const QJsonObject &payload,
                          const QByteArray &secret)
{
    const QByteArray input = b64(QJsonDocument(header).toJson(QJsonDocument::Compact)) + '.'
            + b64(QJsonDocument(payload).toJson(QJsonDocument::Compact));
    const QByteArray mac =
            QMessageAuthenticationCode::hash(input, secret, QCryptographicHash::Sha256);
    // (QByteArray, not a string builder: 6.8's hash() takes QByteArrayView.)
    return QString::fromLatin1(input + '.' + b64(mac));
}

Identity JwtVerifier::verify(const QString &token) const
{
    if (token.size() > limits::TokenLength)
        return refused("too_long");
    if (m_keys.isEmpty())
        return refused("not_configured");
    const QByteArray t = token.toLatin1();
    const QList<QByteArray> parts = t.split('.');
    if (parts.size() != 3 || token.contains(QChar(u' ')))
        return refused("malformed");
    QByteArray headerJson, payloadJson, signature;
    if (!fromB64(parts[0], &headerJson) || !fromB64(parts[1], &payloadJson)
        || !fromB64(parts[2], &signature))
        return refused("malformed");
    QJsonParseError e1{}, e2{};
    const QJsonDocument header = QJsonDocument::fromJson(headerJson, &e1);
    const QJsonDocument payload = QJsonDocument::fromJson(payloadJson, &e2);
    if (e1.error != QJsonParseError::NoError || e2.error != QJsonParseError::NoError
        || !header.isObject() || !payload.isObject())
        return refused("malformed");
    if (jsonHasDuplicateKeys(headerJson) || jsonHasDuplicateKeys(payloadJson))
        return refused("duplicate_key");

    const QJsonObject h = header.object();
    if (h.value("alg"_L1).toString() != "HS256"_L1)
        return refused("unsupported_alg"); // includes "none" and every asymmetric algorithm
    const auto key = m_keys.constFind(h.value("kid"_L1).toString());
    if (key == m_keys.constEnd())
        return refused("unknown_key");
    const QByteArray expected = QMessageAuthenticationCode::hash(
            QByteArray(parts[0] + '.' + parts[1]), *key, QCryptographicHash::Sha256);
    if (!constantTimeEquals(expected, signature))
        return refused("bad_signature");

    // Only now is the payload trusted enough to read.
    const QJsonObject p = payload.object();
    const qint64 now = m_clock->nowMs() / 1000;
    const QJsonValue exp = p.value("exp"_L1);
    if (!exp.isDouble())
        return refused("bad_claims");
    if (qint64(exp.toDouble()) + m_leeway < now)
        return refused("expired");
    if (p.contains("nbf"_L1) && qint64(p.value("nbf"_L1).toDouble()) - m_leeway > now)
        return refused("not_yet_valid");
    if (p.contains("aud"_L1) && !m_audience.isEmpty()
        && p.value("aud"_L1).toString() != m_audience)
        return refused("wrong_audience");

    JsonReader r(p);
    Identity id;
    id.status = IdentityStatus::Verified;
    id.customerId = r.string("sub"_L1, Need::Required, limits::IdLength, 1);
    id.age = int(r.integer("age"_L1, Need::Optional, 0, 150, -1));
    id.gender = r.string("gender"_L1, Need::Optional, 16);
    if (r.ok() && !id.gender.isEmpty() && id.gender != "female"_L1 && id.gender != "male"_L1
        && id.gender != "other"_L1)
        r.fail("gender"_L1, u"must be female, male or other"_s);
    const QJsonObject purchases = r.object("purchases"_L1, Need::Optional);
    if (r.ok() && !purchases.isEmpty()) {
        JsonReader pr = r.child("purchases"_L1, purchases);
        id.purchases.orders = int(pr.integer("orders"_L1, Need::Optional, 0, 1000000));
        id.purchases.total = pr.number("total"_L1, Need::Optional, 0, 1e15);
        id.purchases.currency = pr.string("currency"_L1, Need::Optional, 3);
        id.purchases.lastOrderAt =
                pr.integer("lastOrderAt"_L1, Need::Optional, 0, limits::MaxTime / 1000) * 1000;
        r.adopt(pr);
    }
    if (!r.ok())
        return refused("bad_claims");
    return id;
}

} // namespace fw

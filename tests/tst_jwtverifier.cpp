#include "clock.h"
#include "jwtverifier.h"

#include <QJsonDocument>
#include <QMessageAuthenticationCode>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {
const QByteArray Secret = QByteArray(32, 'k');
const QByteArray Rotated = QByteArray(32, 'r');

QByteArray b64(const QByteArray &raw)
{
    return raw.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
}
} // namespace

class tst_JwtVerifier : public QObject
{
    Q_OBJECT

    fw::ManualClock m_clock{1'764'748'800'000};
    qint64 nowSec() const { return m_clock.nowMs() / 1000; }

    fw::JwtVerifier verifier()
    {
        fw::JwtVerifier v(&m_clock);
        v.addKey(u"2026-12"_s, Secret);
        v.addKey(u"2027-01"_s, Rotated);
        v.setAudience(u"demo"_s);
        return v;
    }
    QJsonObject header(const QString &kid = u"2026-12"_s) const
    {
        return {{u"alg"_s, u"HS256"_s}, {u"typ"_s, u"JWT"_s}, {u"kid"_s, kid}};
    }
    QJsonObject payload() const
    {
        return {{u"sub"_s, u"C-1001"_s},
                {u"age"_s, 34},
                {u"gender"_s, u"female"_s},
                {u"purchases"_s,
                 QJsonObject{{u"orders"_s, 12}, {u"total"_s, 480000}, {u"currency"_s, u"KRW"_s},
                             {u"lastOrderAt"_s, 1764000000}}},
                {u"iat"_s, double(nowSec())},
                {u"exp"_s, double(nowSec() + 3600)}};
    }

private slots:
    void validTokenIsVerified()
    {
        const QString token = fw::JwtVerifier::sign(header(), payload(), Secret);
        const fw::Identity id = verifier().verify(token);
        QVERIFY2(id.verified(), qPrintable(id.tokenError));
        QCOMPARE(id.customerId, u"C-1001"_s);
        QCOMPARE(id.age, 34);
        QCOMPARE(id.gender, u"female"_s);
        QCOMPARE(id.purchases.orders, 12);
        QCOMPARE(id.purchases.currency, u"KRW"_s);
        QCOMPARE(id.purchases.lastOrderAt, 1764000000000LL);
        QVERIFY(id.tokenError.isEmpty());
    }

    void rotatedKeyIsAccepted()
    {
        const QString token = fw::JwtVerifier::sign(header(u"2027-01"_s), payload(), Rotated);
        QVERIFY(verifier().verify(token).verified());
        // Signed with the other key's secret under this kid: refused.
        const QString wrong = fw::JwtVerifier::sign(header(u"2027-01"_s), payload(), Secret);
        QCOMPARE(verifier().verify(wrong).tokenError, u"bad_signature"_s);
    }

    void refusals_data()
    {
        QTest::addColumn<QString>("token");
        QTest::addColumn<QString>("reason");
        const QString good = fw::JwtVerifier::sign(header(), payload(), Secret);
        const QStringList parts = good.split(u'.');

        // Tampered payload: claims a different customer, old signature.
        QJsonObject other = payload();
        other.insert(u"sub"_s, u"C-9999"_s);
        const QString tampered = parts[0] + u'.'
                + QString::fromLatin1(b64(QJsonDocument(other).toJson(QJsonDocument::Compact)))
                + u'.' + parts[2];
        QTest::newRow("tampered") << tampered << u"bad_signature"_s;

        QJsonObject expired = payload();
        expired.insert(u"exp"_s, double(nowSec() - 61));
        QTest::newRow("expired") << fw::JwtVerifier::sign(header(), expired, Secret) << u"expired"_s;

        QJsonObject future = payload();
        future.insert(u"nbf"_s, double(nowSec() + 3600));
        QTest::newRow("not yet valid")
                << fw::JwtVerifier::sign(header(), future, Secret) << u"not_yet_valid"_s;

        QJsonObject noExp = payload();
        noExp.remove(u"exp"_s);
        QTest::newRow("no exp") << fw::JwtVerifier::sign(header(), noExp, Secret) << u"bad_claims"_s;

        QJsonObject badGender = payload();
        badGender.insert(u"gender"_s, u"<b>x</b>"_s);
        QTest::newRow("bad claim") << fw::JwtVerifier::sign(header(), badGender, Secret)
                                   << u"bad_claims"_s;

        QJsonObject aud = payload();
        aud.insert(u"aud"_s, u"other-shop"_s);
        QTest::newRow("audience") << fw::JwtVerifier::sign(header(), aud, Secret)
                                  << u"wrong_audience"_s;

        QTest::newRow("unknown kid") << fw::JwtVerifier::sign(header(u"nope"_s), payload(), Secret)
                                     << u"unknown_key"_s;

        QJsonObject none = header();
        none.insert(u"alg"_s, u"none"_s);
        QTest::newRow("alg none")
                << QString::fromLatin1(b64(QJsonDocument(none).toJson(QJsonDocument::Compact)) + '.'
                                       + b64(QJsonDocument(payload()).toJson(QJsonDocument::Compact))
                                       + '.')
                << u"unsupported_alg"_s;
        QJsonObject rs = header();
        rs.insert(u"alg"_s, u"RS256"_s);
        QTest::newRow("alg RS256") << fw::JwtVerifier::sign(rs, payload(), Secret)
                                   << u"unsupported_alg"_s;

        // A payload with "sub" twice: Qt would keep the last one, another parser the first.
        const QByteArray dupPayload = "{\"sub\":\"C-1001\",\"exp\":" + QByteArray::number(nowSec() + 3600)
                + ",\"sub\":\"C-0001\"}";
        const QByteArray dupHeader = QJsonDocument(header()).toJson(QJsonDocument::Compact);
        const QByteArray input = b64(dupHeader) + '.' + b64(dupPayload);
        const QByteArray mac = QMessageAuthenticationCode::hash(input, Secret, QCryptographicHash::Sha256);
        QTest::newRow("duplicate key") << QString::fromLatin1(input + '.' + b64(mac)) << u"duplicate_key"_s;
        // Escapes do not hide a duplicate: "\u0073ub" is "sub".
        const QByteArray escPayload = "{\"sub\":\"C-1\",\"\\u0073ub\":\"C-2\",\"exp\":"
                + QByteArray::number(nowSec() + 3600) + "}";
        const QByteArray input2 = b64(dupHeader) + '.' + b64(escPayload);
        const QByteArray mac2 = QMessageAuthenticationCode::hash(input2, Secret, QCryptographicHash::Sha256);
        QTest::newRow("escaped duplicate")
                << QString::fromLatin1(input2 + '.' + b64(mac2)) << u"duplicate_key"_s;

        QTest::newRow("garbage") << u"not a token"_s << u"malformed"_s;
        QTest::newRow("two parts") << u"abc.def"_s << u"malformed"_s;
        QTest::newRow("bad base64") << u"a*b.c*d.e*f"_s << u"malformed"_s;
        QTest::newRow("not json") << QString::fromLatin1(b64("hello") + '.' + b64("world") + '.' + b64("x"))
                                  << u"malformed"_s;
        QTest::newRow("too long") << QString(5000, u'a') << u"too_long"_s;
    }

    void refusals()
    {
        QFETCH(QString, token);
        QFETCH(QString, reason);
        const fw::Identity id = verifier().verify(token);
        QVERIFY(!id.verified());
        QCOMPARE(id.tokenError, reason);
        QVERIFY(id.customerId.isEmpty()); // no claim survives a refusal
        QCOMPARE(id.age, -1);
    }

    void leewayAllowsSmallClockSkew()
    {
        QJsonObject p = payload();
        p.insert(u"exp"_s, double(nowSec() - 30));
        QVERIFY(verifier().verify(fw::JwtVerifier::sign(header(), p, Secret)).verified());
    }

    void noKeysConfigured()
    {
        fw::JwtVerifier v(&m_clock);
        const QString token = fw::JwtVerifier::sign(header(), payload(), Secret);
        QCOMPARE(v.verify(token).tokenError, u"not_configured"_s);
    }

    void duplicateKeyScanner()
    {
        QVERIFY(!fw::jsonHasDuplicateKeys("{\"a\":1,\"b\":{\"a\":2},\"c\":[{\"a\":1},{\"a\":2}]}"));
        QVERIFY(fw::jsonHasDuplicateKeys("{\"a\":1,\"b\":{\"x\":1,\"x\":2}}"));
        QVERIFY(!fw::jsonHasDuplicateKeys("{\"a\":\"x\\\"a\\\":1\"}"));
        QVERIFY(fw::jsonHasDuplicateKeys("[{\"k\":1,\"k\":1}]"));
    }
};

QTEST_GUILESS_MAIN(tst_JwtVerifier)
#include "tst_jwtverifier.moc"

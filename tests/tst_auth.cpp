// Staff passwords and login throttling.
#include "clock.h"
#include "loginthrottle.h"
#include "passwordhasher.h"

#include <QElapsedTimer>
#include <QTest>

using namespace Qt::StringLiterals;

class tst_Auth : public QObject
{
    Q_OBJECT

private slots:
    void hashFormatAndVerify()
    {
        const QString h = fw::passwords::hash(u"correct horse battery"_s);
        const QStringList parts = h.split(u'$');
        QCOMPARE(parts.size(), 4);
        QCOMPARE(parts[0], u"pbkdf2-sha256"_s);
        QVERIFY(parts[1].toInt() >= 600000);
        QCOMPARE(QByteArray::fromBase64(parts[2].toLatin1()).size(), 16); // random 16-byte salt
        QCOMPARE(QByteArray::fromBase64(parts[3].toLatin1()).size(), 32);
        QVERIFY(fw::passwords::verify(u"correct horse battery"_s, h));
        QVERIFY(!fw::passwords::verify(u"correct horse batterY"_s, h));
        QVERIFY(!fw::passwords::needsRehash(h));
    }

    void saltsDiffer()
    {
        QVERIFY(fw::passwords::hash(u"same password"_s) != fw::passwords::hash(u"same password"_s));
    }

    void iterationsBelowMinimumAreRaised()
    {
        const QString h = fw::passwords::hash(u"pw pw pw pw"_s, 1000);
        QCOMPARE(h.split(u'$')[1].toInt(), fw::passwords::MinIterations);
    }

    void corruptHashesNeverVerify_data()
    {
        QTest::addColumn<QString>("encoded");
        QTest::newRow("empty") << QString();
        QTest::newRow("plain") << u"secret"_s;
        QTest::newRow("wrong algorithm") << u"md5$1$AAAAAAAAAAAAAAAAAAAAAA$AAAA"_s;
        QTest::newRow("zero iterations") << u"pbkdf2-sha256$0$AAAAAAAAAAAAAAAAAAAAAA$AAAA"_s;
        QTest::newRow("short salt") << u"pbkdf2-sha256$600000$AAAA$AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA"_s;
    }

    void corruptHashesNeverVerify()
    {
        QFETCH(QString, encoded);
        QVERIFY(!fw::passwords::verify(u"secret"_s, encoded));
        QVERIFY(!fw::passwords::verify(QString(), encoded));
    }

    void throttleDoublesAndCaps()
    {
        fw::ManualClock clock;
        fw::LoginThrottle t(&clock);
        const QStringList keys{fw::LoginThrottle::accountKey(u"Minji"_s),
                               fw::LoginThrottle::addressKey(u"10.0.0.1"_s)};
        QCOMPARE(t.retryAfter(keys), 0);
        t.failed(keys);
        QCOMPARE(t.retryAfter(keys), 1000);
        clock.advance(1000);
        QCOMPARE(t.retryAfter(keys), 0);
        t.failed(keys);
        QCOMPARE(t.retryAfter(keys), 2000);
        for (int i = 0; i < 10; ++i) {
            clock.advance(t.retryAfter(keys));
            t.failed(keys);
        }
        QCOMPARE(t.retryAfter(keys), 60000); // capped, never a lockout
        // Per account (case-insensitive) and per address independently.
        QCOMPARE(t.retryAfter({fw::LoginThrottle::accountKey(u"minji"_s)}), 60000);
        QCOMPARE(t.retryAfter({fw::LoginThrottle::addressKey(u"10.0.0.1"_s)}), 60000);
        QCOMPARE(t.retryAfter({fw::LoginThrottle::accountKey(u"joon"_s)}), 0);
        t.succeeded({keys.first()});
        QCOMPARE(t.retryAfter({keys.first()}), 0);
        QCOMPARE(t.retryAfter({keys.last()}), 60000); // success does not clear the address
    }
};

QTEST_GUILESS_MAIN(tst_Auth)
#include "tst_auth.moc"

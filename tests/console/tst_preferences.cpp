// Preferences: stored locally, defaults include the patent's canned reply, bad stored values
// are cleaned, and nothing like a password is ever written.
#include "consoleoptions.h"
#include "preferences.h"

#include <QFile>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

using namespace fw;
using namespace Qt::StringLiterals;

class tst_Preferences : public QObject
{
    Q_OBJECT
private slots:
    void defaultsAndRoundTrip()
    {
        QTemporaryDir dir;
        const QString file = dir.filePath(u"prefs.ini"_s);
        {
            QSettings s(file, QSettings::IniFormat);
            Preferences p(&s);
            QCOMPARE(p.arrivalAlerts(), ArrivalAlerts::Everyone);
            QVERIFY(!p.sound());
            QVERIFY(p.language().isEmpty());
            QVERIFY(p.cannedReplies().contains(u"찾으시는 물건이 있으세요?"_s));
            p.setArrivalAlerts(ArrivalAlerts::VerifiedOnly);
            p.setSound(true);
            p.setLanguage(u"ko"_s);
            p.setCannedReplies({ u"  one  "_s, u""_s, u"one"_s, u"two"_s, QString(600, u'x') });
            p.addRecentServer(u"ws://a/v1/console"_s);
            p.addRecentServer(u"ws://b/v1/console"_s);
            p.addRecentServer(u"ws://a/v1/console"_s);
            p.setLastUser(u"minji"_s);
            p.setRememberPassword(true);
        }
        QSettings s(file, QSettings::IniFormat);
        Preferences p(&s);
        QCOMPARE(p.arrivalAlerts(), ArrivalAlerts::VerifiedOnly);
        QVERIFY(p.sound());
        QCOMPARE(p.language(), u"ko"_s);
        const QStringList replies = p.cannedReplies();
        QCOMPARE(replies.size(), 3);
        QCOMPARE(replies.at(0), u"one"_s);
        QCOMPARE(replies.at(2).size(), Preferences::MaxCannedReplyLength);
        QCOMPARE(p.recentServers(),
                 (QStringList { u"ws://a/v1/console"_s, u"ws://b/v1/console"_s }));
        QCOMPARE(p.lastUser(), u"minji"_s);
        QVERIFY(p.rememberPassword());
        // An emptied list stays empty rather than coming back as the defaults.
        p.setCannedReplies({});
        QVERIFY(p.cannedReplies().isEmpty());
    }

    void badStoredValues()
    {
        QTemporaryDir dir;
        QSettings s(dir.filePath(u"prefs.ini"_s), QSettings::IniFormat);
        s.setValue(u"alerts/arrivals"_s, u"everybody?"_s);
        s.setValue(u"ui/language"_s, u"xx"_s);
        QStringList many;
        for (int i = 0; i < 50; ++i)
            many << u"reply %1"_s.arg(i);
        s.setValue(u"chat/cannedReplies"_s, many);
        Preferences p(&s);
        QCOMPARE(p.arrivalAlerts(), ArrivalAlerts::Everyone);
        QVERIFY(p.language().isEmpty());
        QCOMPARE(p.cannedReplies().size(), Preferences::MaxCannedReplies);
    }

    void commandLine()
    {
        ConsoleOptions o = ConsoleOptions::parse(
                { u"fc"_s, u"--server"_s, u"ws://127.0.0.1:8081/v1/console"_s, u"--user"_s,
                  u"admin"_s, u"--password-stdin"_s, u"--language"_s, u"ko"_s });
        QVERIFY2(o.error.isEmpty(), qPrintable(o.error));
        QVERIFY(o.autoLogin());
        QCOMPARE(o.server.port(), 8081);
        QCOMPARE(o.language, u"ko"_s);
        QVERIFY(!ConsoleOptions::parse({ u"fc"_s, u"--server"_s, u"http://x"_s }).error.isEmpty());
        QVERIFY(!ConsoleOptions::parse({ u"fc"_s, u"--password-stdin"_s }).error.isEmpty());
        QVERIFY(!ConsoleOptions::parse({ u"fc"_s, u"--user"_s, u"a b"_s }).error.isEmpty());
        QVERIFY(!ConsoleOptions::parse({ u"fc"_s, u"--language"_s, u"fr"_s }).error.isEmpty());
        QVERIFY(!ConsoleOptions::parse({ u"fc"_s, u"--bogus"_s }).error.isEmpty());
        QVERIFY(!ConsoleOptions::parse({ u"fc"_s, u"extra"_s }).error.isEmpty());
        QVERIFY(!ConsoleOptions::parse({ u"fc"_s }).autoLogin());
        QVERIFY(ConsoleOptions::parse({ u"fc"_s, u"--help"_s }).showHelp);
    }
};

QTEST_GUILESS_MAIN(tst_Preferences)
#include "tst_preferences.moc"

#include "messageregistry.h"
#include "protocol.h"

#include <QSet>
#include <QTest>

using namespace Qt::StringLiterals;

// JSON with single quotes, so test data needs no escaping (and no raw strings, which moc
// 6.4 misreads).
static QByteArray j(const char *singleQuoted)
{
    return QByteArray(singleQuoted).replace('\'', '"');
}

class tst_Protocol : public QObject
{
    Q_OBJECT

private slots:
    void registryIsAppendOnly()
    {
        // Numbers run 1..N without gaps and names are unique: a renumbering or a reused name
        // would break every deployed client.
        QSet<QString> names;
        int expected = 1;
        for (const fw::MessageInfo &info : fw::messageTypes()) {
            QCOMPARE(int(info.type), expected++);
            QVERIFY(!names.contains(QLatin1String(info.name)));
            names.insert(QLatin1String(info.name));
            QVERIFY(info.flows != 0);
        }
        QCOMPARE(fw::messageTypeFromName(u"hello"), fw::MessageType::Hello);
        QCOMPARE(fw::messageTypeFromName(u"nope"), fw::MessageType::Unknown);
    }

    void rejectsBadJson_data()
    {
        QTest::addColumn<QByteArray>("frame");
        QTest::addColumn<QString>("code");
        QTest::newRow("garbage") << QByteArray("{not json") << u"bad_json"_s;
        QTest::newRow("array") << QByteArray("[1,2]") << u"bad_json"_s;
        QTest::newRow("empty") << QByteArray("") << u"bad_json"_s;
        QTest::newRow("no type") << QByteArray("{\"seq\":1}") << u"bad_field"_s;
        QTest::newRow("numeric type") << QByteArray("{\"type\":4}") << u"bad_field"_s;
        QTest::newRow("unknown type") << QByteArray("{\"type\":\"teleport\"}") << u"unknown_type"_s;
        QTest::newRow("invalid utf8") << QByteArray("{\"type\":\"chat\",\"seq\":1,\"text\":\"\xff\xfe\"}")
                                      << u"bad_json"_s;
        QTest::newRow("deep") << QByteArray(2000, '[') << u"bad_json"_s;
    }

    void rejectsBadJson()
    {
        QFETCH(QByteArray, frame);
        QFETCH(QString, code);
        const fw::Decoded d = fw::decodeMessage(frame);
        QVERIFY(!d.ok());
        QCOMPARE(d.error.code, code);
        QVERIFY(!d.error.message.isEmpty());
    }

    void rejectsBadFields_data()
    {
        QTest::addColumn<QByteArray>("frame");
        QTest::addColumn<QString>("mentions");
        QTest::newRow("seq missing") << j("{'type':'scroll','depth':4}") << u"seq"_s;
        QTest::newRow("seq zero") << j("{'type':'scroll','seq':0,'depth':4}") << u"seq"_s;
        QTest::newRow("seq fraction") << j("{'type':'scroll','seq':1.5,'depth':4}")
                                      << u"seq"_s;
        QTest::newRow("seq string") << j("{'type':'scroll','seq':'1','depth':4}")
                                    << u"seq"_s;
        QTest::newRow("depth range") << j("{'type':'scroll','seq':1,'depth':101}")
                                     << u"depth"_s;
        QTest::newRow("blank chat") << j("{'type':'chat','seq':1,'text':'   '}")
                                    << u"text"_s;
        QTest::newRow("long chat") << (QByteArray("{\"type\":\"chat\",\"seq\":1,\"text\":\"")
                                       + QByteArray(2001, 'a') + QByteArray("\"}"))
                                   << u"text"_s;
        QTest::newRow("lone surrogate") << j("{'type':'chat','seq':1,'text':'\\ud800x'}")
                                        << u"surrogate"_s;
        QTest::newRow("nul in text") << j("{'type':'chat','seq':1,'text':'a\\u0000b'}") << u"control character"_s;
        QTest::newRow("bell in title") << j("{'type':'page','seq':1,'page':{'url':'https://a.example/','title':'\\u0007'}}")
                                       << u"control character"_s;
        QTest::newRow("bad kind") << j("{'type':'help','seq':1,'kind':'rant','text':'x'}")
                                  << u"kind"_s;
        QTest::newRow("page not url")
                << j("{'type':'page','seq':1,'page':{'url':'javascript:alert(1)'}}")
                << u"page.url"_s;
        QTest::newRow("hello bad visitor id")
                << j("{'type':'hello','v':1,'siteKey':'demo','visitorId':'a b c d e f','page':{'url':'https://x.example/'}}")
                << u"visitorId"_s;
        QTest::newRow("hello no page")
                << j("{'type':'hello','v':1,'siteKey':'demo','visitorId':'abcdefgh'}")
                << u"page"_s;
        QTest::newRow("thresholds unknown")
                << j("{'type':'thresholds_set','reqId':1,'values':{'fooSeconds':3}}")
                << u"fooSeconds"_s;
        QTest::newRow("thresholds range")
                << j("{'type':'thresholds_set','reqId':1,'values':{'idleSeconds':1}}")
                << u"idleSeconds"_s;
        QTest::newRow("thresholds empty")
                << j("{'type':'thresholds_set','reqId':1,'values':{}}") << u"values"_s;
        QTest::newRow("staff update nothing")
                << j("{'type':'staff_update','reqId':1,'name':'joon'}") << u"nothing"_s;
        QTest::newRow("short password")
                << j("{'type':'staff_add','reqId':1,'name':'joon','role':'staff','password':'short'}")
                << u"password"_s;
        QTest::newRow("login without credentials") << j("{'type':'login','v':1}")
                                                   << u"user"_s;
        QTest::newRow("trail item not object")
                << j("{'type':'history','reqId':1,'sessionId':'s','trail':[1],'states':[],'chats':[],'helps':[]}")
                << u"trail"_s;
    }

    void rejectsBadFields()
    {
        QFETCH(QByteArray, frame);
        QFETCH(QString, mentions);
        const fw::Decoded d = fw::decodeMessage(frame);
        QVERIFY2(!d.ok(), frame.constData());
        QCOMPARE(d.error.code, u"bad_field"_s);
        QVERIFY2(d.error.message.contains(mentions), qPrintable(d.error.message));
        QVERIFY(std::holds_alternative<std::monostate>(d.message));
    }

    void roundTripsEveryEvent()
    {
        fw::ClickEvent c;
        c.h = {12, 1764748800000};
        c.x = 10;
        c.y = 20;
        c.target = u"<b>button</b>"_s;
        const fw::Decoded d = fw::decodeMessage(fw::encodeMessage(c));
        QVERIFY(d.ok());
        QCOMPARE(d.type, fw::MessageType::ClickEvent);
        QVERIFY(*d.as<fw::ClickEvent>() == c);

        fw::StaffUpdate u;
        u.reqId = 3;
        u.name = u"joon"_s;
        u.disabled = false;
        const fw::Decoded d2 = fw::decodeMessage(fw::encodeMessage(u));
        QVERIFY(d2.ok());
        QVERIFY(d2.as<fw::StaffUpdate>()->disabled.has_value());
        QCOMPARE(*d2.as<fw::StaffUpdate>()->disabled, false);
        QVERIFY(!d2.as<fw::StaffUpdate>()->role.has_value());
    }

    void errorsKeepTheSeq()
    {
        const fw::Decoded d = fw::decodeMessage(j("{'type':'scroll','seq':17,'depth':400}"));
        QVERIFY(!d.ok());
        QCOMPARE(d.seq, 17);
        QCOMPARE(fw::decodeMessage(j("{'type':'scroll','seq':1.5}")).seq, 0);
        const fw::Decoded ok = fw::decodeMessage(j("{'type':'chat','seq':2,'text':'tab\\tand\\nnewline'}"));
        QVERIFY(ok.ok());
    }

    void unknownFieldsAreIgnored()
    {
        const fw::Decoded d = fw::decodeMessage(j("{'type':'ack','upTo':3,'future':{'x':1}}"));
        QVERIFY(d.ok());
        QCOMPARE(d.as<fw::Ack>()->upTo, 3);
    }

    void thresholdsTable()
    {
        const fw::Thresholds t;
        QCOMPARE(t.value(fw::ThresholdKey::IdleSeconds), 90);
        QCOMPARE(t.ms(fw::ThresholdKey::IdleSeconds), 90000);
        QCOMPARE(t.ms(fw::ThresholdKey::RageWindowMs), 1000);
        for (const fw::ThresholdSpec &s : fw::thresholdSpecs()) {
            QVERIFY(s.min <= s.defaultValue && s.defaultValue <= s.max);
            QCOMPARE(fw::findThresholdSpec(QLatin1String(s.name)), &s);
        }
        fw::Thresholds u = t;
        QVERIFY(!u.setValue(fw::ThresholdKey::HopMoves, 1));
        QCOMPARE(u.value(fw::ThresholdKey::HopMoves), 5);
        QVERIFY(u.setValue(fw::ThresholdKey::HopMoves, 7));
        QCOMPARE(u.value(fw::ThresholdKey::HopMoves), 7);
    }
};

QTEST_GUILESS_MAIN(tst_Protocol)
#include "tst_protocol.moc"

// Every ```json block in docs/PROTOCOL.md must decode as a registered message, re-encode to
// something that decodes to the same value, and every registered type must have an example.
#include "messageregistry.h"

#include <QFile>
#include <QRegularExpression>
#include <QSet>
#include <QTest>

using namespace Qt::StringLiterals;

class tst_ProtocolDoc : public QObject
{
    Q_OBJECT

private:
    static QStringList examples()
    {
        QFile f(QStringLiteral(FW_SOURCE_DIR "/docs/PROTOCOL.md"));
        if (!f.open(QIODevice::ReadOnly))
            return {};
        const QString text = QString::fromUtf8(f.readAll());
        QStringList out;
        static const QRegularExpression block(u"```json\\n(.*?)\\n```"_s,
                                              QRegularExpression::DotMatchesEverythingOption);
        for (auto it = block.globalMatch(text); it.hasNext();)
            out.append(it.next().captured(1));
        return out;
    }

private slots:
    void everyExampleDecodes_data()
    {
        QTest::addColumn<QString>("json");
        const QStringList list = examples();
        QVERIFY2(list.size() > 30, "PROTOCOL.md should have an example for every message");
        for (qsizetype i = 0; i < list.size(); ++i)
            QTest::addRow("example %d", int(i + 1)) << list.at(i);
    }

    void everyExampleDecodes()
    {
        QFETCH(QString, json);
        const fw::Decoded d = fw::decodeMessage(json.toUtf8());
        QVERIFY2(d.ok(), qPrintable(d.error.code + u": "_s + d.error.message));
        // Round trip: what we encode decodes to the same value.
        const QByteArray again = fw::encodeAny(d.message);
        const fw::Decoded d2 = fw::decodeMessage(again);
        QVERIFY2(d2.ok(), qPrintable(d2.error.message));
        QVERIFY(d2.message == d.message);
    }

    void everyTypeHasAnExample()
    {
        QSet<fw::MessageType> seen;
        for (const QString &json : examples()) {
            const fw::Decoded d = fw::decodeMessage(json.toUtf8());
            if (d.ok())
                seen.insert(d.type);
        }
        for (const fw::MessageInfo &info : fw::messageTypes())
            QVERIFY2(seen.contains(info.type),
                     qPrintable(u"no example for "_s + QLatin1String(info.name)));
    }

    void everyDeltaOpHasAnExample()
    {
        QSet<QString> ops;
        for (const QString &json : examples()) {
            const fw::Decoded d = fw::decodeMessage(json.toUtf8());
            if (const auto *delta = d.as<fw::Delta>()) {
                for (const fw::Change &c : delta->changes)
                    ops.insert(fw::enumName(c.op, fw::ChangeOpNames));
            }
        }
        for (const char *op : fw::ChangeOpNames)
            QVERIFY2(ops.contains(QLatin1String(op)), op);
    }

    void everyCloseCodeIsDocumented()
    {
        QFile f(QStringLiteral(FW_SOURCE_DIR "/docs/PROTOCOL.md"));
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QString text = QString::fromUtf8(f.readAll());
        for (int code : {4000, 4001, 4002, 4003, 4004, 4005, 4008, 4009, 4011, 4012, 4013})
            QVERIFY2(text.contains(u"| %1 |"_s.arg(code)), qPrintable(QString::number(code)));
    }
};

QTEST_GUILESS_MAIN(tst_ProtocolDoc)
#include "tst_protocoldoc.moc"

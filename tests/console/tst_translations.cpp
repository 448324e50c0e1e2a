// Korean and English: the .ts files are complete and consistent (every message translated,
// placeholders kept, plural forms present), the embedded catalogues translate what shared/
// produces (evidence, thresholds, "anonymous #n"), and switching the language at run time
// leaves no English behind in the Korean UI.
#include "consolesession.h"
#include "displayformat.h"
#include "evidencetext.h"
#include "languagemanager.h"
#include "logindialog.h"
#include "mainwindow.h"
#include "memorysecretstore.h"
#include "preferences.h"
#include "settingsdialog.h"
#include "thresholds.h"

#include <QAbstractButton>
#include <QFile>
#include <QGroupBox>
#include <QLabel>
#include <QMenuBar>
#include <QRegularExpression>
#include <QSettings>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

using namespace fw;
using namespace Qt::StringLiterals;

namespace {

struct Message
{
    QString context;
    QString source;
    bool numerus = false;
    QStringList forms; // translation or numerus forms
    QString type; // "", "unfinished", "obsolete", "vanished"
};

QList<Message> readTs(const QString &path, QString *error)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        *error = u"cannot open "_s + path;
        return {};
    }
    QList<Message> out;
    QXmlStreamReader x(&f);
    QString context;
    Message m;
    while (!x.atEnd()) {
        x.readNext();
        if (x.isStartElement()) {
            if (x.name() == "name"_L1)
                context = x.readElementText();
            else if (x.name() == "message"_L1)
                m = Message { context, {}, x.attributes().value(u"numerus"_s) == "yes"_L1, {}, {} };
            else if (x.name() == "source"_L1)
                m.source = x.readElementText();
            else if (x.name() == "translation"_L1) {
                m.type = x.attributes().value(u"type"_s).toString();
                if (!m.numerus)
                    m.forms << x.readElementText();
            } else if (x.name() == "numerusform"_L1)
                m.forms << x.readElementText();
        } else if (x.isEndElement() && x.name() == "message"_L1) {
            out.append(m);
        }
    }
    if (x.hasError())
        *error = x.errorString();
    return out;
}

QStringList placeholders(const QString &s)
{
    static const QRegularExpression re(u"%(n|\\d+)"_s);
    QStringList out;
    for (auto it = re.globalMatch(s); it.hasNext();)
        out << it.next().captured(0);
    out.sort();
    out.removeDuplicates();
    return out;
}

bool hasHangul(const QString &s)
{
    return std::any_of(s.begin(), s.end(),
                       [](QChar c) { return c.unicode() >= 0xAC00 && c.unicode() <= 0xD7A3; });
}

} // namespace

class tst_Translations : public QObject
{
    Q_OBJECT
private slots:
    void tsFilesAreComplete_data()
    {
        QTest::addColumn<QString>("lang");
        QTest::addColumn<int>("forms");
        QTest::newRow("ko") << u"ko"_s << 1;
        QTest::newRow("en") << u"en"_s << 2;
    }

    void tsFilesAreComplete()
    {
        QFETCH(QString, lang);
        QFETCH(int, forms);
        QString error;
        const QList<Message> msgs = readTs(
                QStringLiteral(FW_SOURCE_DIR "/translations/floorwalker_%1.ts").arg(lang), &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QVERIFY(msgs.size() > 300);
        QStringList problems;
        for (const Message &m : msgs) {
            const QString where = m.context + u": "_s + m.source;
            if (!m.type.isEmpty())
                problems << m.type + u" — "_s + where;
            if (m.forms.size() != (m.numerus ? forms : 1))
                problems << u"wrong number of forms — "_s + where;
            for (const QString &t : m.forms) {
                if (t.trimmed().isEmpty())
                    problems << u"empty — "_s + where;
                else if (placeholders(t) != placeholders(m.source))
                    problems << u"placeholders differ (%1) — %2"_s.arg(t, where);
                if (m.source.contains(u'&') && !m.source.contains(u"&&"_s) &&
                    m.source.indexOf(u'&') < m.source.size() - 1 &&
                    m.source.at(m.source.indexOf(u'&') + 1).isLetter() && !t.contains(u'&'))
                    problems << u"mnemonic lost (%1) — %2"_s.arg(t, where);
            }
            // Korean wherever the source has English words (not for "%1 → %2", " ms", …).
            static const QRegularExpression words(u"[A-Za-z]{3,}"_s);
            if (lang == "ko"_L1 && words.match(m.source).hasMatch() && m.context != "Format"_L1 &&
                !m.source.startsWith(u"ws://"_s) && m.source != u" ms"_s &&
                !std::all_of(m.forms.begin(), m.forms.end(), hasHangul))
                problems << u"not Korean — "_s + where;
        }
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
    }

    void bothFilesHaveTheSameMessages()
    {
        QString e1, e2;
        const auto ko =
                readTs(QStringLiteral(FW_SOURCE_DIR "/translations/floorwalker_ko.ts"), &e1);
        const auto en =
                readTs(QStringLiteral(FW_SOURCE_DIR "/translations/floorwalker_en.ts"), &e2);
        QSet<QString> a, b;
        for (const Message &m : ko)
            a.insert(m.context + u'\x1f' + m.source);
        for (const Message &m : en)
            b.insert(m.context + u'\x1f' + m.source);
        QCOMPARE(a, b);
    }

    void sharedStringsAreTranslated()
    {
        LanguageManager lm;
        QCOMPARE(lm.apply(u"ko"_s), u"ko"_s);
        // Every evidence code shared/evidencetext.cpp knows comes out in Korean.
        const QList<std::pair<QString, QJsonObject>> codes {
            { u"idle"_s, { { u"idleSec"_s, 95 }, { u"thresholdSec"_s, 90 } } },
            { u"rage_click"_s,
              { { u"clicks"_s, 4 }, { u"withinMs"_s, 800 }, { u"radiusPx"_s, 12 } } },
            { u"bounce_back"_s, { { u"afterSec"_s, 3 } } },
            { u"hop"_s, { { u"moves"_s, 6 }, { u"windowSec"_s, 41 } } },
            { u"interest_dwell"_s, { { u"dwellSec"_s, 62 }, { u"productId"_s, u"P-204"_s } } },
            { u"interest_scroll"_s, { { u"dwellSec"_s, 16 }, { u"productId"_s, u"P-204"_s } } },
            { u"browse"_s, { { u"dwellSec"_s, 31 }, { u"scrolls"_s, 7 } } },
            { u"hidden"_s, {} },
            { u"disconnected"_s, { { u"sec"_s, 12 } } },
            { u"active"_s, {} }
        };
        for (const auto &[code, values] : codes) {
            const QString text = describeEvidence(makeEvidence(code, values));
            QVERIFY2(hasHangul(text), qPrintable(code + u": "_s + text));
        }
        for (const ThresholdSpec &s : thresholdSpecs())
            QVERIFY2(hasHangul(QCoreApplication::translate("Thresholds", s.label)), s.label);
        QCOMPARE(visitorDisplayName(Identity {}, 12), u"익명 #12"_s);
        QCOMPARE(format::stateName(BehaviourState::Interested), u"관심 높음"_s);
        QCOMPARE(format::ageBand(34), u"30대"_s);
        // Plural forms in English.
        QCOMPARE(lm.apply(u"en"_s), u"en"_s);
        QCOMPARE(QCoreApplication::translate("fw::MainWindow", "%n visitor(s)", nullptr, 1),
                 u"1 visitor"_s);
        QCOMPARE(QCoreApplication::translate("fw::MainWindow", "%n visitor(s)", nullptr, 3),
                 u"3 visitors"_s);
        QCOMPARE(format::ageBand(34), u"30s"_s);
    }

    void switchingLeavesNoEnglish()
    {
        QTemporaryDir dir;
        QSettings settings(dir.filePath(u"p.ini"_s), QSettings::IniFormat);
        Preferences prefs(&settings);
        testing::MemorySecretStore secrets;
        LanguageManager lm;
        lm.apply(u"en"_s);
        ConsoleSession session;
        MainWindow window(&session, &prefs, &secrets, &lm);
        window.show();
        SettingsDialog *settingsDialog = window.openSettings(SettingsDialog::Page::Thresholds);
        QCOMPARE(window.menuBar()->actions().first()->text(), u"&File"_s);
        // As the preferences page does it.
        prefs.setLanguage(u"ko"_s);
        QCOMPARE(lm.current(), u"ko"_s);
        // Widgets hear of it through a posted QEvent::LanguageChange.
        QTRY_COMPARE(window.menuBar()->actions().first()->text(), u"파일(&F)"_s);
        // Words of three or more Latin letters in a Korean UI are untranslated strings.
        static const QRegularExpression english(u"\\b[A-Za-z]{3,}\\b"_s);
        const QStringList allowed { u"Floorwalker"_s, u"English"_s, u"Alt"_s,     u"Ctrl"_s,
                                    u"Enter"_s,       u"Shift"_s,   u"console"_s, u"host"_s };
        QStringList found;
        auto check = [&](const QString &where, QString text) {
            for (const QString &a : allowed)
                text.remove(a);
            text.remove(QRegularExpression(u"ws://\\S*"_s));
            if (english.match(text).hasMatch())
                found << where + u": "_s + text;
        };
        for (QWidget *root :
             { static_cast<QWidget *>(&window), static_cast<QWidget *>(settingsDialog),
               static_cast<QWidget *>(window.loginDialog()) }) {
            QList<QWidget *> all = root->findChildren<QWidget *>();
            all.prepend(root);
            for (QWidget *w : all) {
                const QString name =
                        QString::fromLatin1(w->metaObject()->className()) + u'#' + w->objectName();
                check(name + u" title"_s, w->windowTitle());
                check(name + u" tooltip"_s, w->toolTip());
                if (!w->objectName().startsWith(u"Scroll"_s)) // Qt's own tab bar buttons
                    check(name + u" accessible"_s, w->accessibleName());
                if (auto *l = qobject_cast<QLabel *>(w))
                    check(name, l->text());
                if (auto *b = qobject_cast<QAbstractButton *>(w))
                    check(name, b->text());
                if (auto *g = qobject_cast<QGroupBox *>(w))
                    check(name, g->title());
                if (auto *t = qobject_cast<QTabWidget *>(w))
                    for (int i = 0; i < t->count(); ++i)
                        check(name + u" tab"_s, t->tabText(i));
                for (QAction *a : w->actions()) {
                    if (!prefs.cannedReplies().contains(
                                QString(a->text()).replace(u"&&"_s, u"&"_s)))
                        check(name + u" action"_s, a->text()); // replies are the user's own text
                }
            }
        }
        for (QAction *a : window.menuBar()->actions())
            check(u"menu"_s, a->text());
        QVERIFY2(found.isEmpty(), qPrintable(found.join(u'\n')));
        // And back.
        prefs.setLanguage(u"en"_s);
        QTRY_COMPARE(window.menuBar()->actions().first()->text(), u"&File"_s);
        settingsDialog->reject();
    }
};

QTEST_MAIN(tst_Translations)
#include "tst_translations.moc"

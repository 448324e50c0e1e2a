// Visitor-supplied text is plain text everywhere: a visitor (and a staff name) carrying HTML
// is shown in every part of the console, then every widget is walked: labels must be
// Qt::PlainText, tooltips and item-view tooltips must render the markup as literal text,
// documents must hold no images, notifications must hold no tags. The test also checks the
// markup was actually on screen, so it cannot pass by showing nothing.
#include "alertpresenter.h"
#include "chatpane.h"
#include "chattranscriptview.h"
#include "consolefixture.h"
#include "consolesession.h"
#include "elidedlabel.h"
#include "logindialog.h"
#include "mainwindow.h"
#include "memorysecretstore.h"
#include "notificationbanner.h"
#include "preferences.h"
#include "settingsdialog.h"
#include "staffaccountsmodel.h"
#include "staffaccountspage.h"
#include "visitordetailwidget.h"
#include "visitorfilterproxymodel.h"

#include <QAbstractItemView>
#include <QLabel>
#include <QSettings>
#include <QSignalSpy>
#include <QTest>
#include <QTextBlock>
#include <QTextDocument>
#include <QTextEdit>

using namespace fw;
using namespace fw::testing;
using namespace Qt::StringLiterals;

namespace {
const QString Marker = u"<img src=x><b>bold</b>"_s;
}

class tst_PlainText : public QObject
{
    Q_OBJECT
private:
    ConsoleFixture m_fx;
    QTemporaryDir m_settingsDir;
    QStringList m_seen; // where the marker was found, shown as text
    QStringList m_problems;

    static bool hasImage(const QTextDocument &d)
    {
        for (QTextBlock b = d.begin(); b.isValid(); b = b.next()) {
            for (auto it = b.begin(); !it.atEnd(); ++it) {
                if (it.fragment().charFormat().isImageFormat())
                    return true;
            }
        }
        return false;
    }

    // A tooltip is safe if it is plain, or if as rich text it shows the markup literally.
    void checkToolTip(const QString &where, const QString &tip)
    {
        if (tip.isEmpty())
            return;
        if (!Qt::mightBeRichText(tip)) {
            if (tip.contains(Marker))
                m_seen << where + u" (plain tooltip)"_s;
            return;
        }
        QTextDocument d;
        d.setHtml(tip);
        const QString shown = d.toPlainText();
        if (hasImage(d))
            m_problems << where + u": tooltip renders an image: "_s + tip.left(200);
        if (shown.contains(u"bold"_s) && !shown.contains(Marker))
            m_problems << where + u": tooltip renders markup: "_s + tip.left(200);
        if (shown.contains(Marker))
            m_seen << where + u" (tooltip)"_s;
    }

    void checkView(const QString &where, QAbstractItemView *view)
    {
        QAbstractItemModel *m = view->model();
        if (!m)
            return;
        std::function<void(const QModelIndex &)> walk = [&](const QModelIndex &parent) {
            for (int r = 0; r < m->rowCount(parent); ++r) {
                for (int c = 0; c < m->columnCount(parent); ++c) {
                    const QModelIndex i = m->index(r, c, parent);
                    const QString at = u"%1[%2,%3]"_s.arg(where).arg(r).arg(c);
                    checkToolTip(at, i.data(Qt::ToolTipRole).toString());
                    // Item delegates draw DisplayRole as plain text.
                    if (i.data(Qt::DisplayRole).toString().contains(Marker))
                        m_seen << at;
                    if (c == 0 && m->hasChildren(i))
                        walk(i);
                }
            }
        };
        walk(QModelIndex());
    }

    void checkTree(QWidget *root)
    {
        QList<QWidget *> widgets = root->findChildren<QWidget *>();
        widgets.prepend(root);
        for (QWidget *w : widgets) {
            QString where =
                    QString::fromLatin1(w->metaObject()->className()) + u'#' + w->objectName();
            for (QWidget *p = w->parentWidget(); p && p != root->parentWidget();
                 p = p->parentWidget()) {
                if (!p->objectName().isEmpty())
                    where.prepend(p->objectName() + u'/');
            }
            checkToolTip(where, w->toolTip());
            if (w->windowTitle().contains(u"<b>"_s) && Qt::mightBeRichText(w->windowTitle()))
                m_seen << where + u" (window title, plain)"_s;
            if (auto *l = qobject_cast<QLabel *>(w)) {
                if (l->textFormat() != Qt::PlainText)
                    m_problems << where + u": label is not Qt::PlainText: "_s + l->text().left(80);
                const auto *e = qobject_cast<ElidedLabel *>(l);
                if ((e ? e->fullText() : l->text()).contains(Marker) && l->isVisibleTo(root))
                    m_seen << where;
            }
            if (auto *v = qobject_cast<QAbstractItemView *>(w))
                checkView(where, v);
            if (auto *t = qobject_cast<QTextEdit *>(w)) {
                if (hasImage(*t->document()))
                    m_problems << where + u": document holds an image"_s;
                const QString text = t->toPlainText();
                if (text.contains(u"bold"_s) && !text.contains(Marker))
                    m_problems << where + u": document rendered markup"_s;
                if (text.contains(Marker))
                    m_seen << where;
            }
        }
    }

private slots:
    void initTestCase()
    {
        QString error;
        QVERIFY2(m_fx.start(&error), qPrintable(error));
    }

    void everyWidgetShowsPlainText()
    {
        QSettings settings(m_settingsDir.filePath(u"a.ini"_s), QSettings::IniFormat);
        Preferences prefs(&settings);
        MemorySecretStore secrets;
        ConsoleSession session;
        MainWindow window(&session, &prefs, &secrets, nullptr);
        window.resize(1500, 950);
        QSignalSpy snap(session.connection(), &ConsoleConnection::snapshotReceived);
        window.logInDirectly(m_fx.consoleUrl(), m_fx.adminUser, m_fx.adminPassword);
        QVERIFY(snap.wait(10000));

        // A staff member whose display name is markup, on a second console.
        bool added = false;
        StaffAdd add;
        add.name = u"mallory"_s;
        add.displayName = Marker;
        add.password = u"mallory's long password"_s;
        session.addStaff(add, this, [&](const Reply &r) {
            QVERIFY2(r.ok, qPrintable(r.error.message));
            added = true;
        });
        QTRY_VERIFY(added);
        ConsoleSession mallory;
        QSignalSpy malloryIn(mallory.connection(), &ConsoleConnection::snapshotReceived);
        mallory.connection()->logIn(m_fx.consoleUrl(), u"mallory"_s, u"mallory's long password"_s);
        QVERIFY(malloryIn.wait(10000));

        // A visitor whose every string is markup.
        PageInfo page = ScriptedVisitor::makePage(u"https://shop.example/p/x?q=%3Cb%3E"_s, Marker,
                                                  PageKind::Search);
        page.query = Marker;
        auto v = m_fx.visitor(page, Marker, 41, u"male"_s, u"https://evil.example/<b>ref</b>"_s);
        QVERIFY(v);
        const QString id = v->sessionId();
        QTRY_VERIFY(session.visitors()->visitor(id));
        v->page(ScriptedVisitor::makePage(u"https://shop.example/p/y"_s, Marker + u" 2"_s,
                                          PageKind::Product));
        v->help(HelpKind::Complaint, Marker + u" help"_s);
        v->chat(Marker + u" chat\nsecond line"_s);
        QTRY_VERIFY(session.chats()->find(id) && session.chats()->find(id)->entries.size() == 2);
        // Mallory claims and answers: her name shows as the claimer and the author.
        bool claimed = false;
        mallory.sendChat(id, Marker + u" staff"_s, this, [&](const Reply &r) {
            QVERIFY2(r.ok, qPrintable(r.error.message));
            claimed = true;
        });
        QTRY_VERIFY(claimed);
        QTRY_COMPARE(session.visitors()->visitor(id)->claimedBy.name, Marker);

        window.openVisitor(id);
        QTRY_VERIFY(session.trail()->rowCount() >= 2);
        QTRY_VERIFY(window.chatPane()->transcript()->toPlainText().contains(u"staff"_s));
        // An alert with visitor text (offscreen: the banner); and what a tray would get.
        Alert a;
        a.kind = Alert::Kind::Help;
        a.sessionId = id;
        a.title = Marker;
        a.body = Marker;
        window.alerts()->present(a);
        QVERIFY(!window.alerts()->lastTitle().contains(u'<'));
        QVERIFY(!window.alerts()->lastBody().contains(u'<'));
        QVERIFY(window.banner()->isVisible());
        SettingsDialog *settingsDialog = window.openSettings(SettingsDialog::Page::Staff);
        QTRY_VERIFY(settingsDialog->staffPage()->model()->rowCount() >= 3);
        QTest::qWait(200); // let layouts settle so elided labels have their widths

        checkTree(&window);
        checkTree(settingsDialog);
        checkTree(window.loginDialog());
        QVERIFY2(m_problems.isEmpty(), qPrintable(m_problems.join(u'\n')));

        // The markup reached the screen in each of these places, as text.
        auto seenIn = [this](const QString &part) {
            return std::any_of(m_seen.cbegin(), m_seen.cend(),
                               [&](const QString &s) { return s.contains(part); });
        };
        const QStringList expected { u"visitorTable"_s,     u"visitorName"_s,        u"trailView"_s,
                                     u"transcript"_s,       u"chatTitle"_s,          u"helpText"_s,
                                     u"conversationList"_s, u"notificationBanner"_s, u"tooltip"_s };
        for (const QString &part : expected)
            QVERIFY2(seenIn(part),
                     qPrintable(u"markup not shown in "_s + part + u"; seen in:\n"_s +
                                m_seen.join(u'\n')));
        settingsDialog->reject();
    }
};

QTEST_MAIN(tst_PlainText)
#include "tst_plaintext.moc"

// The console's widgets, offscreen, against a real floorwalker-server with scripted visitors:
// login messages, arrivals, the state badge, the growing trail, chat both ways, claims seen by
// a second console, thresholds by role, staff accounts, alerts, and recovering a dropped
// connection.
#include "chatpane.h"
#include "chattranscriptview.h"
#include "connectionstatuswidget.h"
#include "consolefixture.h"
#include "consolesession.h"
#include "conversationlistmodel.h"
#include "logindialog.h"
#include "mainwindow.h"
#include "memorysecretstore.h"
#include "notificationbanner.h"
#include "preferences.h"
#include "settingsdialog.h"
#include "staffaccountsmodel.h"
#include "staffaccountspage.h"
#include "statestyle.h"
#include "thresholdspage.h"
#include "visitordetailwidget.h"
#include "visitorfilterproxymodel.h"
#include "visitortableview.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QPlainTextEdit>
#include <QPointer>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStatusBar>
#include <QTabWidget>
#include <QTableView>
#include <QTcpServer>
#include <QTest>

using namespace fw;
using namespace fw::testing;
using namespace Qt::StringLiterals;

namespace {

struct Console
{
    std::unique_ptr<QSettings> settings;
    std::unique_ptr<Preferences> preferences;
    MemorySecretStore secrets;
    std::unique_ptr<ConsoleSession> session;
    std::unique_ptr<MainWindow> window;
};

int proxyRowOf(const VisitorFilterProxyModel *p, const QString &id)
{
    for (int r = 0; r < p->rowCount(); ++r) {
        if (p->sessionIdAt(r) == id)
            return r;
    }
    return -1;
}

} // namespace

class tst_ConsoleWindow : public QObject
{
    Q_OBJECT
private:
    ConsoleFixture m_fx;
    QTemporaryDir m_settingsDir;
    Console m_admin;
    Console m_staff;
    std::unique_ptr<ScriptedVisitor> m_visitor;
    int m_consoles = 0;

    void makeConsole(Console &c)
    {
        c.settings = std::make_unique<QSettings>(
                m_settingsDir.filePath(u"console%1.ini"_s.arg(++m_consoles)), QSettings::IniFormat);
        c.preferences = std::make_unique<Preferences>(c.settings.get());
        c.session = std::make_unique<ConsoleSession>();
        c.session->connection()->setBackoff(100, 1000);
        c.window = std::make_unique<MainWindow>(c.session.get(), c.preferences.get(), &c.secrets,
                                                nullptr);
        c.window->resize(1400, 900);
    }

    bool logIn(Console &c, const QString &user, const QString &password)
    {
        makeConsole(c);
        QSignalSpy snap(c.session->connection(), &ConsoleConnection::snapshotReceived);
        c.window->logInDirectly(m_fx.consoleUrl(), user, password);
        return snap.wait(10000) && c.window->isVisible();
    }

private slots:
    void initTestCase()
    {
        QString error;
        QVERIFY2(m_fx.start(&error), qPrintable(error));
        QVERIFY(logIn(m_admin, m_fx.adminUser, m_fx.adminPassword));
        QVERIFY(logIn(m_staff, m_fx.staffUser, m_fx.staffPassword));
        QVERIFY(m_admin.session->isAdmin());
        QVERIFY(!m_staff.session->isAdmin());
        QVERIFY(m_admin.window->connectionStatus()->text().contains(u"Online"_s));
    }

    void loginDialogExplains()
    {
        Console c;
        makeConsole(c);
        LoginDialog *d = c.window->loginDialog();
        c.window->showLogin();
        QVERIFY(d->isVisible());
        // Nothing typed: said so before anything goes to the network.
        d->setServer(u"not a url ::"_s);
        d->submit();
        QVERIFY(!d->message().isEmpty());
        QCOMPARE(c.session->connection()->state(), ConsoleConnection::State::Offline);
        // Unreachable.
        QTcpServer probe;
        QVERIFY(probe.listen(QHostAddress::LocalHost));
        const quint16 port = probe.serverPort();
        probe.close();
        d->setServer(u"127.0.0.1:%1"_s.arg(port)); // completed to ws://…/v1/console
        d->setUser(m_fx.staffUser);
        d->setPassword(u"something long"_s);
        QSignalSpy failed(c.session->connection(), &ConsoleConnection::loginFailed);
        d->submit();
        QVERIFY(failed.wait(15000));
        QVERIFY2(d->message().contains(u"Cannot reach"_s), qPrintable(d->message()));
        QVERIFY(d->isVisible());
        // Wrong password, then the right one with "remember" on a desktop without a keychain.
        d->setServer(m_fx.consoleUrl().toString());
        d->setPassword(u"wrong password!"_s);
        d->submit();
        QVERIFY(failed.wait(10000));
        QCOMPARE(d->message(),
                 ConsoleConnection::describe(ConsoleConnection::Failure::WrongCredentials));
        QVERIFY(d->passwordField()->hasSelectedText() || d->passwordField()->text().isEmpty() ||
                d->passwordField()->text() == u"wrong password!"_s);
        QTest::qWait(1100); // the server throttles the next attempt for a second
        c.secrets.failWrites = true;
        d->rememberBox()->setChecked(true);
        d->setPassword(m_fx.staffPassword);
        QSignalSpy problem(d, &LoginDialog::keychainProblem);
        d->submit();
        QVERIFY(problem.wait(10000));
        QVERIFY(problem.first().at(0).toString().contains(u"no keychain"_s));
        QVERIFY(!d->isVisible());
        QVERIFY(c.window->isVisible());
        QTRY_VERIFY(c.window->statusBar()->currentMessage().contains(u"not remembered"_s));
        // The settings file never holds the password.
        c.settings->sync();
        QFile file(c.settings->fileName());
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY(!file.readAll().contains(m_fx.staffPassword.toUtf8()));
        QCOMPARE(c.preferences->lastUser(), m_fx.staffUser);
        QVERIFY(c.preferences->rememberPassword());
        QCOMPARE(c.preferences->recentServers().value(0), m_fx.consoleUrl().toString());

        // The next start fills the password in from a working keychain.
        Console next;
        next.settings = std::make_unique<QSettings>(c.settings->fileName(), QSettings::IniFormat);
        next.preferences = std::make_unique<Preferences>(next.settings.get());
        next.secrets.secrets.insert(SecretStore::keyFor(m_fx.consoleUrl(), m_fx.staffUser),
                                    m_fx.staffPassword);
        next.session = std::make_unique<ConsoleSession>();
        next.window = std::make_unique<MainWindow>(next.session.get(), next.preferences.get(),
                                                   &next.secrets, nullptr);
        QTRY_COMPARE(next.window->loginDialog()->passwordField()->text(), m_fx.staffPassword);
        QCOMPARE(next.window->loginDialog()->userField()->text(), m_fx.staffUser);
    }

    void arrivalAppearsWithAlert()
    {
        const int before = m_admin.window->proxy()->rowCount();
        m_visitor = m_fx.visitor(shopPage(u"/"_s, u"Floorwalker 데모 숍"_s, PageKind::Main));
        QVERIFY(m_visitor);
        const QString id = m_visitor->sessionId();
        QTRY_COMPARE(m_admin.window->proxy()->rowCount(), before + 1);
        QTRY_VERIFY(proxyRowOf(m_staff.window->proxy(), id) >= 0);
        const int row = proxyRowOf(m_admin.window->proxy(), id);
        QVERIFY(row >= 0);
        const QString name =
                m_admin.window->proxy()->index(row, VisitorTableModel::Who).data().toString();
        QVERIFY(name.startsWith(u"anonymous #"_s));
        // No system tray offscreen: the in-window banner says it.
        QTRY_VERIFY(m_admin.window->banner()->isVisible());
        QVERIFY(m_admin.window->banner()->titleText().contains(name));
        QVERIFY(m_admin.window->findChild<QLabel *>(u"visitorCount"_s)
                        ->text()
                        .contains(QString::number(m_admin.session->visitors()->rowCount())));
        // Clicking "Open" opens the visitor.
        QSignalSpy opened(m_admin.window->banner(), &NotificationBanner::openRequested);
        m_admin.window->banner()->findChild<QPushButton *>()->click();
        QCOMPARE(opened.count(), 1);
        QTRY_COMPARE(m_admin.window->detail()->sessionId(), id);
        // Just looking does not start a conversation.
        QVERIFY(!m_admin.session->chats()->find(id));
    }

    void stateChangeShowsNewBadge()
    {
        const QString id = m_visitor->sessionId();
        VisitorFilterProxyModel *p = m_admin.window->proxy();
        auto stateCell = [&] {
            return p->index(proxyRowOf(p, id), VisitorTableModel::State);
        };
        QCOMPARE(stateCell().data().toString(), u"Active"_s);
        m_visitor->visibility(true);
        QTRY_COMPARE(stateCell().data(VisitorTableModel::StateRole).toInt(),
                     int(BehaviourState::Away));
        QCOMPARE(stateCell().data().toString(), u"Away"_s);
        QVERIFY(stateCell().data(Qt::ToolTipRole).toString().contains(u"Tab hidden"_s));
        // The badge is painted in the state's colour.
        VisitorTableView *view = m_admin.window->visitorView();
        view->scrollTo(stateCell());
        const QRect cell = view->visualRect(stateCell());
        const QImage image = view->viewport()->grab().toImage();
        const QColor away = statestyle::background(BehaviourState::Away);
        bool found = false;
        const qreal dpr = image.devicePixelRatio();
        for (int y = int(cell.top() * dpr); y < int(cell.bottom() * dpr) && !found; ++y)
            for (int x = int(cell.left() * dpr); x < int(cell.right() * dpr) && !found; ++x)
                found = image.pixelColor(x, y) == away;
        QVERIFY2(found, "no pixel of the away badge's colour in the state cell");
        // The detail view's badge follows.
        QTRY_COMPARE(m_admin.window->detail()->findChild<QWidget *>()->isVisible(), true);
        m_visitor->visibility(false);
        QTRY_COMPARE(stateCell().data(VisitorTableModel::StateRole).toInt(),
                     int(BehaviourState::Active));
    }

    void trailGrows()
    {
        const QString id = m_visitor->sessionId();
        m_admin.window->openVisitor(id);
        QTableView *trail = m_admin.window->detail()->trailView();
        QTRY_COMPARE(trail->model()->rowCount(), 1);
        m_visitor->page(shopPage(u"/c/outer"_s, u"아우터"_s, PageKind::Category));
        QTRY_COMPARE(trail->model()->rowCount(), 2);
        m_visitor->page(shopPage(u"/p/P-204"_s, u"울 코트"_s, PageKind::Product));
        QTRY_COMPARE(trail->model()->rowCount(), 3);
        QAbstractItemModel *m = trail->model();
        QVERIFY(m->index(2, 0).data(TrailModel::IsCurrentRole).toBool());
        QVERIFY(!m->index(1, 0).data(TrailModel::IsCurrentRole).toBool());
        QCOMPARE(m->index(2, TrailModel::Page).data().toString(), u"울 코트"_s);
        QCOMPARE(m->index(1, TrailModel::Address).data().toString(),
                 u"https://shop.example/c/outer"_s);
        auto *tabs = m_admin.window->detail()->findChild<QTabWidget *>();
        QTRY_VERIFY(tabs->tabText(0).contains(u"3"_s));
        auto *url = m_admin.window->detail()->findChild<QLabel *>(u"evidence"_s);
        QVERIFY(url);
    }

    void chatRoundTrip()
    {
        const QString id = m_visitor->sessionId();
        ChatPane *chat = m_admin.window->chatPane();
        m_admin.window->openVisitor(id, true);
        QCOMPARE(chat->currentSession(), id);
        chat->input()->setFocus();
        QTest::keyClicks(chat->input(), u"Hello there"_s);
        chat->input()->setPlainText(u"찾으시는 물건이 있으세요?"_s);
        QVERIFY(chat->sendButton()->isEnabled());
        chat->sendButton()->click();
        QTRY_COMPARE(m_visitor->staffMessages().size(), 1);
        QCOMPARE(m_visitor->staffMessages().first().text, u"찾으시는 물건이 있으세요?"_s);
        QTRY_VERIFY(chat->input()->toPlainText().isEmpty());
        QTRY_VERIFY(chat->transcript()->toPlainText().contains(u"찾으시는 물건이 있으세요?"_s));
        // The visitor answers.
        m_visitor->chat(u"네, 검정 코트 M 사이즈요"_s);
        QTRY_VERIFY(chat->transcript()->toPlainText().contains(u"네, 검정 코트 M 사이즈요"_s));
        // On the other console the conversation shows up with an unread count.
        QTRY_COMPARE(m_staff.session->chats()->unread(id), 1);
        QListView *list = m_staff.window->chatPane()->conversationList();
        QTRY_VERIFY(list->model()->rowCount() >= 1);
        bool unreadShown = false;
        for (int r = 0; r < list->model()->rowCount(); ++r) {
            const QModelIndex i = list->model()->index(r, 0);
            if (i.data(ConversationListModel::SessionIdRole).toString() == id)
                unreadShown = i.data(ConversationListModel::UnreadRole).toInt() == 1;
        }
        QVERIFY(unreadShown);
        // Canned replies fill the box.
        chat->insertCannedReply(0);
        QCOMPARE(chat->input()->toPlainText(), m_admin.preferences->cannedReplies().first());
        chat->input()->clear();
    }

    void claimShowsOnSecondConsole()
    {
        const QString id = m_visitor->sessionId();
        // Sending claimed the visitor for the admin; the staff console sees it.
        VisitorFilterProxyModel *p = m_staff.window->proxy();
        QTRY_COMPARE(p->index(proxyRowOf(p, id), VisitorTableModel::ClaimedBy).data().toString(),
                     m_fx.adminUser);
        m_staff.window->openVisitor(id);
        ChatPane *chat = m_staff.window->chatPane();
        QTRY_VERIFY(!chat->input()->isEnabled());
        auto *claim = chat->findChild<QPushButton *>(u"chatClaim"_s);
        QVERIFY(!claim->isEnabled()); // staff cannot take over
        // The admin releases; the staff member claims from the detail view.
        m_admin.window->findChild<QPushButton *>(u"detailClaim"_s)->click();
        QTRY_VERIFY(m_staff.session->visitors()->visitor(id)->claimedBy.isNull());
        QTRY_VERIFY(chat->input()->isEnabled());
        auto *detailClaim = m_staff.window->detail()->findChild<QPushButton *>(u"detailClaim"_s);
        QTRY_VERIFY(detailClaim->isEnabled());
        detailClaim->click();
        QTRY_COMPARE(m_admin.session->visitors()->visitor(id)->claimedBy.user, m_fx.staffUser);
        VisitorFilterProxyModel *ap = m_admin.window->proxy();
        QTRY_COMPARE(ap->index(proxyRowOf(ap, id), VisitorTableModel::ClaimedBy).data().toString(),
                     m_fx.staffUser);
    }

    void staffCannotChangeThresholds()
    {
        SettingsDialog *d = m_staff.window->openSettings(SettingsDialog::Page::Thresholds);
        QVERIFY(d);
        QVERIFY(!d->staffPage()); // no account management for staff
        ThresholdsPage *page = d->thresholdsPage();
        QVERIFY(!page->isEditable());
        QSpinBox *idle = page->spinBox(ThresholdKey::IdleSeconds);
        QVERIFY(idle->isReadOnly());
        QTest::keyClicks(idle, u"5"_s);
        QCOMPARE(idle->value(), 90);
        QVERIFY(page->changedValues().isEmpty());
        d->reject();
        // And the server would refuse it anyway.
        bool answered = false;
        m_staff.session->setThresholds(QJsonObject { { u"idleSeconds"_s, 100 } }, this,
                                       [&](const Reply &r) {
                                           QCOMPARE(r.error.code, u"forbidden"_s);
                                           answered = true;
                                       });
        QTRY_VERIFY(answered);
    }

    void adminChangeReachesSecondConsole()
    {
        SettingsDialog *other = m_staff.window->openSettings(SettingsDialog::Page::Thresholds);
        // Closing deletes the dialog, so watch it through a QPointer.
        QPointer<SettingsDialog> d = m_admin.window->openSettings(SettingsDialog::Page::Thresholds);
        ThresholdsPage *page = d->thresholdsPage();
        QVERIFY(page->isEditable());
        QSpinBox *idle = page->spinBox(ThresholdKey::IdleSeconds);
        QPushButton *ok = d->buttons()->button(QDialogButtonBox::Ok);
        // Checked as typed: 3 is below the minimum of 10.
        idle->setFocus();
        idle->selectAll();
        QTest::keyClicks(idle, u"3"_s);
        QVERIFY(page->errorLabel(ThresholdKey::IdleSeconds)->isVisible());
        QVERIFY(page->errorLabel(ThresholdKey::IdleSeconds)->text().contains(u"10"_s));
        QVERIFY(!ok->isEnabled());
        QTest::keyClicks(idle, u"00"_s); // 300
        QVERIFY(!page->errorLabel(ThresholdKey::IdleSeconds)->isVisible());
        QVERIFY(ok->isEnabled());
        QCOMPARE(idle->value(), 300);
        QCOMPARE(page->changedValues(), (QJsonObject { { u"idleSeconds"_s, 300 } }));
        ok->click();
        QTRY_VERIFY(d.isNull());
        QTRY_COMPARE(m_staff.session->thresholds().value(ThresholdKey::IdleSeconds), 300);
        QTRY_COMPARE(m_admin.session->thresholds().value(ThresholdKey::IdleSeconds), 300);
        // Seen at once on the other console: its open dialog and its status bar.
        QTRY_COMPARE(other->thresholdsPage()->spinBox(ThresholdKey::IdleSeconds)->value(), 300);
        QVERIFY(m_staff.window->statusBar()->currentMessage().contains(m_fx.adminUser));
        other->reject();
    }

    void adminManagesStaff()
    {
        SettingsDialog *d = m_admin.window->openSettings(SettingsDialog::Page::Staff);
        StaffAccountsPage *page = d->staffPage();
        QVERIFY(page);
        QTRY_COMPARE(page->model()->rowCount(), 2);
        StaffAdd add;
        add.name = u"joon"_s;
        add.displayName = u"이준"_s;
        add.password = u"a long enough secret"_s;
        page->addAccount(add);
        QTRY_COMPARE(page->model()->rowCount(), 3);
        const int row = page->model()->rowOf(u"joon"_s);
        QCOMPARE(page->model()->index(row, StaffAccountsModel::DisplayName).data().toString(),
                 u"이준"_s);
        page->setDisabled(u"joon"_s, true);
        QTRY_VERIFY(page->model()->accountAt(page->model()->rowOf(u"joon"_s)).disabled);
        QVERIFY(page->statusLabel()->text().contains(u"joon"_s));
        // A duplicate is refused with a message.
        page->addAccount(add);
        QTRY_VERIFY(page->statusLabel()->text().contains(u"Could not add"_s));
        d->reject();
    }

    void helpRequestIsPriority()
    {
        auto other = m_fx.visitor(shopPage(u"/p/P-311"_s, u"캐시미어 니트"_s, PageKind::Product),
                                  u"C-1001"_s, 34, u"female"_s);
        QVERIFY(other);
        const QString id = other->sessionId();
        QTRY_VERIFY(m_admin.session->visitors()->visitor(id));
        other->help(HelpKind::Request, u"검정색 M 사이즈 재입고 언제 되나요?"_s);
        QTRY_VERIFY(m_admin.window->banner()->titleText().contains(u"asks for help"_s));
        QCOMPARE(m_admin.window->banner()->bodyText(), u"검정색 M 사이즈 재입고 언제 되나요?"_s);
        // First in the conversation list, before any recent chat.
        QListView *list = m_admin.window->chatPane()->conversationList();
        QTRY_COMPARE(
                list->model()->index(0, 0).data(ConversationListModel::SessionIdRole).toString(),
                id);
        QCOMPARE(list->model()->index(0, 0).data().toString(), u"C-1001"_s);
        m_admin.window->openVisitor(id);
        ChatPane *chat = m_admin.window->chatPane();
        auto *bar = chat->findChild<QWidget *>(u"helpBar"_s);
        QTRY_VERIFY(bar->isVisible());
        chat->resolveButton()->click();
        QTRY_VERIFY(!bar->isVisible());
        QTRY_COMPARE(m_staff.session->chats()->openHelp(id).size(), 0);
        // Verified customers get the mark in the list.
        VisitorFilterProxyModel *p = m_admin.window->proxy();
        QVERIFY(p->index(proxyRowOf(p, id), 0).data(VisitorTableModel::VerifiedRole).toBool());
        m_admin.window->verifiedFilter()->setChecked(true);
        QCOMPARE(p->rowCount(), 1);
        m_admin.window->verifiedFilter()->setChecked(false);
    }

    void aLateConsoleSeesOpenHelpAtOnce()
    {
        auto v = m_fx.visitor(shopPage(u"/cart"_s, u"장바구니"_s, PageKind::Cart));
        QVERIFY(v);
        v->help(HelpKind::Complaint, u"결제가 안 돼요"_s);
        QTRY_VERIFY(!m_admin.session->chats()->openHelp(v->sessionId()).isEmpty());
        // A console that logs in now gets the request in its snapshot, before opening anything.
        Console late;
        QVERIFY(logIn(late, m_fx.staffUser, m_fx.staffPassword));
        const auto open = late.session->chats()->openHelp(v->sessionId());
        QCOMPARE(open.size(), 1);
        QCOMPARE(open.first().text, u"결제가 안 돼요"_s);
        QListView *list = late.window->chatPane()->conversationList();
        QTRY_COMPARE(list->model()->index(0, 0).data(ConversationListModel::SessionIdRole).toString(),
                     v->sessionId());
    }

    void droppedConnectionRecovers()
    {
        const QString id = m_visitor->sessionId();
        ConnectionStatusWidget *status = m_admin.window->connectionStatus();
        m_admin.session->connection()->dropConnection();
        QVERIFY2(status->text().contains(u"Reconnecting"_s), qPrintable(status->text()));
        m_visitor->page(shopPage(u"/checkout"_s, u"주문서"_s, PageKind::Checkout));
        QTRY_VERIFY_WITH_TIMEOUT(status->text().contains(u"Online"_s), 10000);
        VisitorFilterProxyModel *p = m_admin.window->proxy();
        QTRY_COMPARE(p->index(proxyRowOf(p, id), VisitorTableModel::Page).data().toString(),
                     u"주문서"_s);
        // The trail of the visitor shown in the detail view kept growing.
        m_admin.window->openVisitor(id);
        QTRY_COMPARE(m_admin.window->detail()->trailView()->model()->rowCount(), 4);
        QTRY_VERIFY(m_admin.window->statusBar()->currentMessage().contains(u"Reconnected"_s) ||
                    status->text().contains(u"Online"_s));
    }
};

QTEST_MAIN(tst_ConsoleWindow)
#include "tst_consolewindow.moc"

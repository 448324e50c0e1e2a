#include "mainwindow.h"

#include "alertpresenter.h"
#include "appicon.h"
#include "chatpane.h"
#include "connectionstatuswidget.h"
#include "consolesession.h"
#include "displayformat.h"
#include "languagemanager.h"
#include "logindialog.h"
#include "notificationbanner.h"
#include "plainlabel.h"
#include "preferences.h"
#include "preferencespage.h"
#include "statestyle.h"
#include "visitordetailwidget.h"
#include "visitorfilterproxymodel.h"
#include "visitortableview.h"

#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QCloseEvent>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QScreen>
#include <QSplitter>
#include <QStatusBar>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace fw {

namespace {
// Filter choices besides the single states.
constexpr int AllStates = -1;
constexpr int NeedsAttention = -2;
} // namespace

MainWindow::MainWindow(ConsoleSession *session, Preferences *preferences, SecretStore *secrets,
                       LanguageManager *language, QWidget *parent)
    : QMainWindow(parent)
    , m_session(session)
    , m_preferences(preferences)
    , m_secrets(secrets)
    , m_language(language)
    , m_policy(session->clock())
    , m_proxy(new VisitorFilterProxyModel(this))
{
    setObjectName(u"mainWindow"_s);
    setWindowIcon(appIcon());
    m_proxy->setVisitorModel(session->visitors());
    buildUi();
    buildMenus();

    m_login = new LoginDialog(session->connection(), preferences, secrets, this);
    m_login->setWindowModality(Qt::ApplicationModal);
    connect(m_login, &QDialog::rejected, this, [this] {
        if (!m_session->connection()->isOnline())
            emit loginCancelled();
    });
    connect(m_login, &LoginDialog::keychainProblem, this,
            [this](const QString &m) { statusBar()->showMessage(m, 15000); });

    ConsoleConnection *c = session->connection();
    connect(c, &ConsoleConnection::loggedIn, this,
            [this](const LoginOk &, bool reconnect) { onLoggedIn(reconnect); });
    connect(c, &ConsoleConnection::sessionEnded, this,
            [this](ConsoleConnection::Failure, const QString &message) { showLogin(message); });
    connect(c, &ConsoleConnection::stateChanged, this, &MainWindow::updateTitle);

    connect(&m_policy, &AlertPolicy::alert, m_presenter, &AlertPresenter::present);
    connect(session, &ConsoleSession::visitorArrived, &m_policy, &AlertPolicy::visitorArrived);
    connect(session, &ConsoleSession::helpRequested, this, [this](const HelpRequest &h) {
        m_policy.helpRequested(h, m_session->visitorName(h.sessionId));
    });
    connect(session, &ConsoleSession::visitorMessage, this, [this](const ChatMessage &m) {
        const bool reading = isActiveWindow() && m_chat->currentSession() == m.sessionId;
        m_policy.visitorMessage(m, m_session->visitorName(m.sessionId), reading);
    });
    connect(m_presenter, &AlertPresenter::openVisitor, this, [this](const QString &id) {
        showNormal();
        raise();
        activateWindow();
        openVisitor(id);
    });
    connect(m_presenter, &AlertPresenter::trayActivated, this, [this] {
        showNormal();
        raise();
        activateWindow();
    });
    connect(session->chats(), &ChatStore::unreadChanged, this, [this] { updateTitle(); });
    connect(session->visitors(), &QAbstractItemModel::rowsInserted, this,
            &MainWindow::updateCounts);
    connect(session->visitors(), &QAbstractItemModel::rowsRemoved, this, &MainWindow::updateCounts);
    connect(session->visitors(), &QAbstractItemModel::modelReset, this, &MainWindow::updateCounts);
    connect(m_proxy, &QAbstractItemModel::layoutChanged, this, &MainWindow::updateCounts);
    connect(m_proxy, &QAbstractItemModel::rowsInserted, this, &MainWindow::updateCounts);
    connect(m_proxy, &QAbstractItemModel::rowsRemoved, this, &MainWindow::updateCounts);
    connect(m_proxy, &QAbstractItemModel::modelReset, this, &MainWindow::updateCounts);
    connect(session, &ConsoleSession::thresholdsChanged, this,
            [this](const Thresholds &, const QString &by, bool byMe) {
                if (!by.isEmpty() && !byMe)
                    statusBar()->showMessage(tr("%1 changed the behaviour thresholds.").arg(by),
                                             10000);
            });

    // Re-sorting is held while someone reads the list; this timer catches up when they stop.
    m_orderTimer.setInterval(1500);
    connect(&m_orderTimer, &QTimer::timeout, this, [this] { refreshOrder(); });
    m_orderTimer.start();

    connect(preferences, &Preferences::changed, this, &MainWindow::applyPreferences);
    // The language was chosen before the window existed (preferences or --language).
    m_policy.setArrivalAlerts(preferences->arrivalAlerts());
    m_policy.setSound(preferences->sound());
    retranslate();
    if (!restoreGeometry(preferences->windowGeometry())) {
        // First start: most of the screen, since the list, the detail and the chat share it.
        if (const QScreen *screen = QGuiApplication::primaryScreen()) {
            const QRect avail = screen->availableGeometry();
            resize(std::min(avail.width() * 9 / 10, fontMetrics().averageCharWidth() * 230),
                   std::min(avail.height() * 9 / 10, fontMetrics().height() * 56));
        }
    }
    restoreState(preferences->windowState());
    // The most urgent visitors first, unless the person chose another order before.
    if (!m_view->horizontalHeader()->restoreState(preferences->headerState()))
        m_view->sortByColumn(VisitorTableModel::State, Qt::AscendingOrder);
}

MainWindow::~MainWindow() = default;

void MainWindow::buildUi()
{
    auto *central = new QWidget(this);
    auto *v = new QVBoxLayout(central);
    v->setContentsMargins(6, 6, 6, 0);
    m_banner = new NotificationBanner(central);
    v->addWidget(m_banner);
    m_presenter = new AlertPresenter(this, m_banner, this);

    auto *filters = new QHBoxLayout;
    m_search = new QLineEdit(central);
    m_search->setObjectName(u"visitorFilter"_s);
    m_search->setClearButtonEnabled(true);
    filters->addWidget(m_search, 3);
    m_stateLabel = new PlainLabel(central);
    filters->addWidget(m_stateLabel);
    m_stateFilter = new QComboBox(central);
    m_stateFilter->setObjectName(u"stateFilter"_s);
    m_stateLabel->setBuddy(m_stateFilter);
    filters->addWidget(m_stateFilter, 1);
    m_verifiedOnly = new QCheckBox(central);
    m_verifiedOnly->setObjectName(u"verifiedOnly"_s);
    filters->addWidget(m_verifiedOnly);
    m_paused = new PlainLabel(central);
    m_paused->setObjectName(u"orderPaused"_s);
    QPalette pp = m_paused->palette();
    pp.setColor(QPalette::WindowText, QColor(0xe6, 0x51, 0x00));
    m_paused->setPalette(pp);
    m_paused->hide();
    filters->addWidget(m_paused);
    filters->addStretch();
    m_count = new PlainLabel(central);
    m_count->setObjectName(u"visitorCount"_s);
    filters->addWidget(m_count);
    v->addLayout(filters);

    m_vertical = new QSplitter(Qt::Vertical, central);
    m_vertical->setObjectName(u"mainSplitter"_s);
    m_view = new VisitorTableView(m_vertical);
    m_view->setObjectName(u"visitorTable"_s);
    m_view->setModel(m_proxy);
    m_horizontal = new QSplitter(Qt::Horizontal, m_vertical);
    m_horizontal->setObjectName(u"detailSplitter"_s);
    m_detail = new VisitorDetailWidget(m_session, m_horizontal);
    m_detail->setObjectName(u"visitorDetail"_s);
    m_chat = new ChatPane(m_session, m_preferences, m_horizontal);
    m_chat->setObjectName(u"chatPane"_s);
    m_horizontal->setStretchFactor(0, 5);
    m_horizontal->setStretchFactor(1, 6);
    m_vertical->setStretchFactor(0, 3);
    m_vertical->setStretchFactor(1, 2);

    v->addWidget(m_vertical, 1);
    setCentralWidget(central);

    m_status = new ConnectionStatusWidget(m_session->connection(), statusBar());
    statusBar()->addPermanentWidget(m_status);
    m_unread = new PlainLabel(statusBar());
    m_unread->setObjectName(u"unreadCount"_s);
    statusBar()->addPermanentWidget(m_unread);

    connect(m_search, &QLineEdit::textChanged, m_proxy, &VisitorFilterProxyModel::setTextFilter);
    connect(m_stateFilter, &QComboBox::currentIndexChanged, this, &MainWindow::applyStateFilter);
    connect(m_verifiedOnly, &QCheckBox::toggled, m_proxy,
            &VisitorFilterProxyModel::setVerifiedOnly);
    connect(m_view, &VisitorTableView::currentSessionChanged, m_session,
            &ConsoleSession::focusVisitor);
    connect(m_view, &VisitorTableView::sessionActivated, this, [this](const QString &id) {
        openVisitor(id, true);
        m_chat->focusInput();
    });
    connect(m_view, &VisitorTableView::contextMenuForSession, this, &MainWindow::showVisitorMenu);
    connect(m_detail, &VisitorDetailWidget::chatRequested, this, [this](const QString &id) {
        m_chat->openConversation(id);
        m_chat->focusInput();
    });
    connect(m_detail, &VisitorDetailWidget::claimRequested, this, &MainWindow::claim);
    connect(m_detail, &VisitorDetailWidget::releaseRequested, this, &MainWindow::release);
    connect(m_chat, &ChatPane::claimRequested, this, &MainWindow::claim);
    connect(m_chat, &ChatPane::releaseRequested, this, &MainWindow::release);
    connect(m_chat, &ChatPane::showVisitorRequested, this, [this](const QString &id) {
        if (!m_view->selectSession(id)) {
            m_search->clear();
            m_stateFilter->setCurrentIndex(0);
            m_verifiedOnly->setChecked(false);
            m_proxy->refresh();
            m_view->selectSession(id);
        }
        m_session->focusVisitor(id);
    });
    connect(m_chat, &ChatPane::editCannedRepliesRequested, this, [this] {
        if (SettingsDialog *d = openSettings(SettingsDialog::Page::Preferences))
            d->preferencesPage()->focusReplies();
    });
    connect(m_proxy, &VisitorFilterProxyModel::staleChanged, this, [this] { refreshOrder(); });
}

void MainWindow::buildMenus()
{
    auto action = [this](const QString &key, auto slot, const QKeySequence &shortcut = {}) {
        auto *a = new QAction(this);
        a->setObjectName(key);
        if (!shortcut.isEmpty())
            a->setShortcut(shortcut);
        connect(a, &QAction::triggered, this, slot);
        m_actions.insert(key, a);
        addAction(a);
        return a;
    };
    const QKeySequence prefs = QKeySequence(QKeySequence::Preferences).isEmpty()
            ? QKeySequence(Qt::CTRL | Qt::Key_Comma)
            : QKeySequence(QKeySequence::Preferences);
    action(
            u"logout"_s,
            [this] {
                m_session->connection()->logOut();
                m_session->visitors()->clear();
                showLogin();
            },
            QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_L));
    action(
            u"quit"_s, [this] { close(); }, QKeySequence::Quit);
    action(
            u"find"_s,
            [this] {
                m_search->setFocus(Qt::ShortcutFocusReason);
                m_search->selectAll();
            },
            QKeySequence::Find);
    action(
            u"reorder"_s, [this] { refreshOrder(true); }, QKeySequence::Refresh);
    action(
            u"focusList"_s, [this] { m_view->setFocus(Qt::ShortcutFocusReason); },
            QKeySequence(Qt::CTRL | Qt::Key_1));
    action(
            u"focusChat"_s, [this] { m_chat->focusInput(); }, QKeySequence(Qt::CTRL | Qt::Key_2));
    action(
            u"focusConversations"_s,
            [this] { m_chat->conversationList()->setFocus(Qt::ShortcutFocusReason); },
            QKeySequence(Qt::CTRL | Qt::Key_3));
    action(
            u"chat"_s,
            [this] {
                const QString id = m_view->currentSessionId();
                if (!id.isEmpty()) {
                    openVisitor(id, true);
                    m_chat->focusInput();
                }
            },
            QKeySequence(Qt::CTRL | Qt::Key_Return));
    action(
            u"claim"_s,
            [this] {
                const QString id = m_view->currentSessionId();
                if (id.isEmpty())
                    return;
                if (m_session->isClaimedByMe(id))
                    release(id);
                else
                    claim(id, false);
            },
            QKeySequence(Qt::CTRL | Qt::Key_K));
    action(
            u"copyUrl"_s,
            [this] {
                const QModelIndex i = m_view->currentIndex();
                if (i.isValid())
                    QGuiApplication::clipboard()->setText(
                            i.data(VisitorTableModel::UrlRole).toString());
            },
            QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_C));
    action(
            u"preferences"_s, [this] { openSettings(SettingsDialog::Page::Preferences); }, prefs);
    action(u"thresholds"_s, [this] { openSettings(SettingsDialog::Page::Thresholds); });
    action(u"staff"_s, [this] { openSettings(SettingsDialog::Page::Staff); });
    action(
            u"shortcuts"_s, [this] { showShortcuts(); }, QKeySequence::HelpContents);
    action(u"about"_s, [this] {
        QMessageBox box(this);
        box.setTextFormat(Qt::PlainText);
        box.setIconPixmap(appIcon().pixmap(64, 64));
        box.setWindowTitle(tr("About Floorwalker"));
        box.setText(tr("Floorwalker console %1\nQt %2\nServer %3")
                            .arg(QStringLiteral(FW_VERSION), QString::fromLatin1(qVersion()),
                                 m_session->connection()->serverVersion()));
        box.exec();
    });

    auto menu = [this](const QString &key, const QStringList &actions) {
        QMenu *m = menuBar()->addMenu(QString());
        m->setObjectName(key);
        for (const QString &a : actions) {
            if (a.isEmpty())
                m->addSeparator();
            else
                m->addAction(m_actions.value(a));
        }
        m_menus.insert(key, m);
    };
    menu(u"fileMenu"_s, { u"logout"_s, QString(), u"quit"_s });
    menu(u"viewMenu"_s,
         { u"find"_s, u"reorder"_s, QString(), u"focusList"_s, u"focusChat"_s,
           u"focusConversations"_s });
    menu(u"visitorMenu"_s, { u"chat"_s, u"claim"_s, u"copyUrl"_s });
    menu(u"settingsMenu"_s, { u"preferences"_s, u"thresholds"_s, u"staff"_s });
    menu(u"helpMenu"_s, { u"shortcuts"_s, u"about"_s });

    auto *tray = new QMenu(this);
    QAction *show = tray->addAction(QString());
    show->setObjectName(u"trayShow"_s);
    connect(show, &QAction::triggered, this, [this] {
        showNormal();
        raise();
        activateWindow();
    });
    tray->addAction(m_actions.value(u"quit"_s));
    m_menus.insert(u"trayMenu"_s, tray);
    m_presenter->setTrayMenu(tray);
}

void MainWindow::retranslate()
{
    m_search->setPlaceholderText(tr("Filter by visitor, page, address or staff (Ctrl+F)"));
    m_search->setAccessibleName(tr("Filter visitors"));
    m_stateLabel->setText(tr("S&tate:"));
    const int current = m_stateFilter->currentIndex();
    {
        const QSignalBlocker block(m_stateFilter);
        m_stateFilter->clear();
        m_stateFilter->addItem(tr("All states"), AllStates);
        m_stateFilter->addItem(tr("Needs attention"), NeedsAttention);
        for (BehaviourState s :
             { BehaviourState::Frustrated, BehaviourState::Stalled, BehaviourState::Interested,
               BehaviourState::Hopping, BehaviourState::Browsing, BehaviourState::Active,
               BehaviourState::Away, BehaviourState::Gone })
            m_stateFilter->addItem(statestyle::icon(s), format::stateName(s), int(s));
        m_stateFilter->setCurrentIndex(current < 0 ? 0 : current);
    }
    m_stateFilter->setAccessibleName(tr("Filter by state"));
    m_stateFilter->setToolTip(tr("\"Needs attention\": frustrated, stalled, interested, hopping, "
                                 "or asking for help"));
    m_verifiedOnly->setText(tr("&Verified customers only"));
    m_paused->setText(tr("Order held while you read (F5 re-sorts)"));
    m_view->setAccessibleName(tr("Live visitors"));
    m_detail->setAccessibleName(tr("Visitor details"));
    m_chat->setAccessibleName(tr("Chat"));

    auto text = [this](const QString &key, const QString &t, const QString &tip = {}) {
        QAction *a = m_actions.value(key);
        a->setText(t);
        a->setToolTip(tip.isEmpty() ? QString(t).remove(u'&') : tip);
    };
    text(u"logout"_s, tr("&Log out"));
    text(u"quit"_s, tr("&Quit"));
    text(u"find"_s, tr("&Filter visitors"));
    text(u"reorder"_s, tr("&Re-sort now"));
    text(u"focusList"_s, tr("Go to the &visitor list"));
    text(u"focusChat"_s, tr("Go to the &message box"));
    text(u"focusConversations"_s, tr("Go to the &conversations"));
    text(u"chat"_s, tr("&Chat with visitor"));
    text(u"claim"_s, tr("C&laim or release visitor"));
    text(u"copyUrl"_s, tr("Copy page &address"));
    text(u"preferences"_s, tr("My &preferences…"));
    text(u"thresholds"_s, tr("&Behaviour thresholds…"));
    text(u"staff"_s, tr("&Staff accounts…"));
    text(u"shortcuts"_s, tr("&Keyboard shortcuts"));
    text(u"about"_s, tr("&About Floorwalker"));
    m_menus.value(u"fileMenu"_s)->setTitle(tr("&File"));
    m_menus.value(u"viewMenu"_s)->setTitle(tr("&View"));
    m_menus.value(u"visitorMenu"_s)->setTitle(tr("V&isitor"));
    m_menus.value(u"settingsMenu"_s)->setTitle(tr("&Settings"));
    m_menus.value(u"helpMenu"_s)->setTitle(tr("&Help"));
    m_menus.value(u"trayMenu"_s)->actions().first()->setText(tr("&Show Floorwalker"));
    m_actions.value(u"staff"_s)->setVisible(m_session->isAdmin());
    // Item views ask the models again: headers and state names follow the language.
    for (QAbstractItemModel *m : std::initializer_list<QAbstractItemModel *> {
                 m_session->visitors(), m_session->trail(), m_session->states() })
        emit m->headerDataChanged(Qt::Horizontal, 0, m->columnCount() - 1);
    m_view->viewport()->update();
    updateCounts();
    updateTitle();
}

void MainWindow::applyPreferences()
{
    m_policy.setArrivalAlerts(m_preferences->arrivalAlerts());
    m_policy.setSound(m_preferences->sound());
    if (m_language)
        m_language->apply(m_preferences->language());
}

void MainWindow::applyStateFilter()
{
    const int choice = m_stateFilter->currentData().toInt();
    QSet<BehaviourState> states;
    if (choice == NeedsAttention)
        states = { BehaviourState::Frustrated, BehaviourState::Stalled, BehaviourState::Interested,
                   BehaviourState::Hopping };
    else if (choice >= 0)
        states = { BehaviourState(choice) };
    m_proxy->setHelpPassesStateFilter(choice == NeedsAttention);
    m_proxy->setStateFilter(states);
}

void MainWindow::refreshOrder(bool evenWhileReading)
{
    const bool reading = m_view->isBeingRead();
    if (m_proxy->isStale() && (evenWhileReading || !reading)) {
        const QString current = m_view->currentSessionId();
        m_proxy->refresh();
        // Keep the selected visitor in sight after the rows moved.
        if (!current.isEmpty() && m_view->currentIndex().isValid())
            m_view->scrollTo(m_view->currentIndex());
    }
    m_paused->setVisible(m_proxy->isStale() && reading);
}

void MainWindow::updateCounts()
{
    const int all = m_session->visitors()->rowCount();
    const int shown = m_proxy->rowCount();
    m_count->setText(shown == all ? tr("%n visitor(s)", nullptr, all)
                                  : tr("%1 of %n visitor(s)", nullptr, all).arg(shown));
}

void MainWindow::updateTitle()
{
    QString t = tr("Floorwalker console");
    const ConsoleConnection *c = m_session->connection();
    if (!c->account().name.isEmpty())
        t += u" — "_s + c->account().name + u'@' + c->server().host();
    const int unread = m_session->chats()->totalUnread();
    if (unread > 0)
        t += u" — "_s + tr("%n unread", nullptr, unread);
    setWindowTitle(t);
    m_unread->setText(unread > 0 ? tr("%n unread message(s)", nullptr, unread) : QString());
}

void MainWindow::openVisitor(const QString &sessionId, bool chat)
{
    if (sessionId.isEmpty())
        return;
    if (!m_view->selectSession(sessionId)) {
        // Hidden by a filter: clear the filters rather than not show the visitor.
        m_search->clear();
        m_stateFilter->setCurrentIndex(0);
        m_verifiedOnly->setChecked(false);
        m_proxy->refresh();
        m_view->selectSession(sessionId);
    }
    m_session->focusVisitor(sessionId);
    const Conversation *c = m_session->chats()->find(sessionId);
    if (chat || (c && !c->entries.isEmpty()))
        m_chat->openConversation(sessionId);
}

void MainWindow::claim(const QString &sessionId, bool force)
{
    if (force) {
        QMessageBox box(QMessageBox::Question, tr("Take over visitor"),
                        tr("%1 is claimed by another staff member. Take them over?")
                                .arg(m_session->visitorName(sessionId)),
                        QMessageBox::Yes | QMessageBox::No, this);
        box.setTextFormat(Qt::PlainText);
        if (box.exec() != QMessageBox::Yes)
            return;
    }
    m_session->claim(sessionId, force, this, [this, sessionId](const Reply &r) {
        statusBar()->showMessage(
                r.ok ? tr("You claimed %1.").arg(m_session->visitorName(sessionId))
                     : tr("Could not claim: %1").arg(ConsoleSession::describeError(r.error)),
                8000);
    });
}

void MainWindow::release(const QString &sessionId)
{
    m_session->release(sessionId, this, [this, sessionId](const Reply &r) {
        statusBar()->showMessage(
                r.ok ? tr("You released %1.").arg(m_session->visitorName(sessionId))
                     : tr("Could not release: %1").arg(ConsoleSession::describeError(r.error)),
                8000);
    });
}

void MainWindow::showVisitorMenu(const QString &sessionId, const QPoint &pos)
{
    m_session->focusVisitor(sessionId);
    QMenu menu(this);
    menu.addAction(m_actions.value(u"chat"_s));
    QAction *claimAction =
            menu.addAction(m_session->isClaimedByMe(sessionId) ? tr("&Release") : tr("&Claim"));
    claimAction->setEnabled(!m_session->isClaimedByOther(sessionId) || m_session->isAdmin());
    connect(claimAction, &QAction::triggered, this, [this, sessionId] {
        if (m_session->isClaimedByMe(sessionId))
            release(sessionId);
        else
            claim(sessionId, m_session->isClaimedByOther(sessionId));
    });
    menu.addAction(m_actions.value(u"copyUrl"_s));
    menu.exec(pos);
}

void MainWindow::showShortcuts()
{
    QStringList lines;
    for (const QString &key :
         { u"find"_s, u"reorder"_s, u"focusList"_s, u"focusChat"_s, u"focusConversations"_s,
           u"chat"_s, u"claim"_s, u"copyUrl"_s, u"preferences"_s, u"logout"_s, u"quit"_s }) {
        const QAction *a = m_actions.value(key);
        lines << a->shortcut().toString(QKeySequence::NativeText) + u"\t"_s +
                        QString(a->text()).remove(u'&').remove(u"…"_s);
    }
    lines << tr("Enter in the visitor list\tOpen the chat with that visitor");
    lines << tr("Enter in the message box\tSend (Shift+Enter: new line)");
    lines << tr("Alt+1 … Alt+9 in the chat\tInsert a canned reply");
    QMessageBox box(QMessageBox::Information, tr("Keyboard shortcuts"), lines.join(u'\n'),
                    QMessageBox::Close, this);
    box.setTextFormat(Qt::PlainText);
    box.exec();
}

SettingsDialog *MainWindow::openSettings(SettingsDialog::Page page)
{
    if (!m_session->connection()->isOnline() && m_session->thresholdsUpdatedBy().isEmpty() &&
        page != SettingsDialog::Page::Preferences)
        statusBar()->showMessage(tr("Not connected: the thresholds shown may be out of date."),
                                 8000);
    if (m_settings) {
        m_settings->showPage(page);
        m_settings->raise();
        m_settings->activateWindow();
        return m_settings;
    }
    m_settings = new SettingsDialog(m_session, m_preferences, this);
    m_settings->setAttribute(Qt::WA_DeleteOnClose);
    m_settings->showPage(page);
    m_settings->open();
    return m_settings;
}

void MainWindow::showLogin(const QString &message)
{
    m_login->setMessage(message);
    if (!m_session->connection()->server().isEmpty() && !message.isEmpty())
        m_login->setServer(m_session->connection()->server().toString());
    m_login->open();
}

void MainWindow::logInDirectly(const QUrl &server, const QString &user, const QString &password)
{
    m_login->setServer(server.toString());
    m_login->setUser(user);
    m_login->setPassword(password);
    // Through the dialog's own path, so a failure leaves it open with the message; it is
    // shown only if the login fails.
    auto *once = new QObject(this);
    connect(m_session->connection(), &ConsoleConnection::loginFailed, once,
            [this, once](ConsoleConnection::Failure, const QString &) {
                m_login->open();
                once->deleteLater();
            });
    connect(m_session->connection(), &ConsoleConnection::loggedIn, once,
            [once] { once->deleteLater(); });
    m_login->submit();
}

void MainWindow::onLoggedIn(bool reconnect)
{
    if (!m_everShown || !isVisible()) {
        m_everShown = true;
        show();
    }
    if (m_login->isVisible())
        m_login->accept();
    m_actions.value(u"staff"_s)->setVisible(m_session->isAdmin());
    statusBar()->showMessage(reconnect ? tr("Reconnected; the list is up to date.")
                                       : tr("Logged in as %1.").arg(m_session->userName()),
                             6000);
    updateTitle();
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    m_preferences->setWindowLayout(saveGeometry(), saveState(),
                                   m_view->horizontalHeader()->saveState());
    m_preferences->setSplitterStates({ m_vertical->saveState(), m_horizontal->saveState() });
    // Ends the login on the server, so the token cannot be reused.
    m_session->connection()->logOut();
    event->accept();
}

void MainWindow::showEvent(QShowEvent *event)
{
    QMainWindow::showEvent(event);
    if (m_splittersPlaced)
        return;
    m_splittersPlaced = true;
    const QList<QByteArray> saved = m_preferences->splitterStates();
    if (saved.size() == 2 && m_vertical->restoreState(saved.at(0)) &&
        m_horizontal->restoreState(saved.at(1)))
        return;
    // First start: the list gets a little more than half the height, the chat a little more
    // than half the width below it.
    const int h = std::max(400, m_vertical->height());
    const int w = std::max(600, m_horizontal->width());
    m_vertical->setSizes({ h * 55 / 100, h * 45 / 100 });
    m_horizontal->setSizes({ w * 45 / 100, w * 55 / 100 });
}

void MainWindow::changeEvent(QEvent *event)
{
    QMainWindow::changeEvent(event);
    if (event->type() == QEvent::LanguageChange)
        retranslate();
}

} // namespace fw

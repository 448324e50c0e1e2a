#pragma once

#include "alertpolicy.h"
#include "settingsdialog.h"

#include <QMainWindow>
#include <QPointer>
#include <QTimer>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QSplitter;

namespace fw {

class AlertPresenter;
class ChatPane;
class ConnectionStatusWidget;
class ConsoleSession;
class LanguageManager;
class LoginDialog;
class NotificationBanner;
class Preferences;
class SecretStore;
class VisitorDetailWidget;
class VisitorFilterProxyModel;
class VisitorTableView;

// The manager terminal: the live visitor list on top, the focused visitor and the chat below,
// alerts, the connection state in the status bar. Holds no protocol logic of its own: it
// wires ConsoleSession's models and signals to widgets.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    MainWindow(ConsoleSession *session, Preferences *preferences, SecretStore *secrets,
               LanguageManager *language, QWidget *parent = nullptr);
    ~MainWindow() override;

    // Opens the login dialog (window-modal, not blocking); the window shows once logged in.
    void showLogin(const QString &message = QString());
    // The command line's login: no dialog unless it fails.
    void logInDirectly(const QUrl &server, const QString &user, const QString &password);
    // Selects the visitor and shows their details; opens their conversation when `chat` is
    // set or when they already have one (so looking at visitors does not fill the chat list).
    void openVisitor(const QString &sessionId, bool chat = false);
    SettingsDialog *openSettings(SettingsDialog::Page page);

    VisitorTableView *visitorView() const { return m_view; }
    VisitorFilterProxyModel *proxy() const { return m_proxy; }
    VisitorDetailWidget *detail() const { return m_detail; }
    ChatPane *chatPane() const { return m_chat; }
    ConnectionStatusWidget *connectionStatus() const { return m_status; }
    NotificationBanner *banner() const { return m_banner; }
    AlertPresenter *alerts() const { return m_presenter; }
    AlertPolicy *alertPolicy() { return &m_policy; }
    LoginDialog *loginDialog() const { return m_login; }
    QLineEdit *filterField() const { return m_search; }
    QComboBox *stateFilter() const { return m_stateFilter; }
    QCheckBox *verifiedFilter() const { return m_verifiedOnly; }
    QLabel *pausedLabel() const { return m_paused; }
    // Re-sorts now if nobody is reading (the timer calls it; tests may too).
    void refreshOrder(bool evenWhileReading = false);

signals:
    // The user closed the login dialog without logging in.
    void loginCancelled();

protected:
    void closeEvent(QCloseEvent *event) override;
    void showEvent(QShowEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void buildUi();
    void buildMenus();
    void retranslate();
    void applyPreferences();
    void applyStateFilter();
    void claim(const QString &sessionId, bool force);
    void release(const QString &sessionId);
    void updateCounts();
    void updateTitle();
    void showVisitorMenu(const QString &sessionId, const QPoint &pos);
    void showShortcuts();
    void onLoggedIn(bool reconnect);

    ConsoleSession *m_session;
    Preferences *m_preferences;
    SecretStore *m_secrets;
    LanguageManager *m_language;
    AlertPolicy m_policy;
    VisitorFilterProxyModel *m_proxy;
    NotificationBanner *m_banner = nullptr;
    AlertPresenter *m_presenter = nullptr;
    QLineEdit *m_search = nullptr;
    QComboBox *m_stateFilter = nullptr;
    QCheckBox *m_verifiedOnly = nullptr;
    QLabel *m_count = nullptr;
    QLabel *m_paused = nullptr;
    QLabel *m_stateLabel = nullptr;
    VisitorTableView *m_view = nullptr;
    VisitorDetailWidget *m_detail = nullptr;
    ChatPane *m_chat = nullptr;
    QSplitter *m_vertical = nullptr;
    QSplitter *m_horizontal = nullptr;
    ConnectionStatusWidget *m_status = nullptr;
    QLabel *m_unread = nullptr;
    LoginDialog *m_login = nullptr;
    QPointer<SettingsDialog> m_settings;
    QTimer m_orderTimer;
    bool m_everShown = false;
    bool m_splittersPlaced = false;
    QHash<QString, QAction *> m_actions;
    QHash<QString, class QMenu *> m_menus;
};

} // namespace fw

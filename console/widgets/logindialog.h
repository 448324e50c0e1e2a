#pragma once

#include "consoleconnection.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;

namespace fw {

class Preferences;
class SecretStore;

// Server address, user name, password. The last server and user are remembered; the password
// only if asked, and then only in the system keychain. Stays open on failure with a message
// that says what went wrong (wrong password, unreachable server, version mismatch).
class LoginDialog : public QDialog
{
    Q_OBJECT
public:
    LoginDialog(ConsoleConnection *connection, Preferences *preferences, SecretStore *secrets,
                QWidget *parent = nullptr);

    // "127.0.0.1:8081" -> "ws://127.0.0.1:8081/v1/console"; invalid input gives an invalid URL.
    static QUrl normaliseServer(const QString &text);

    void setServer(const QString &server);
    void setUser(const QString &user);
    void setPassword(const QString &password);
    void setMessage(const QString &message);
    QString message() const;
    // A problem with the keychain that did not stop the login, for the status bar.
    QString keychainWarning() const { return m_keychainWarning; }

    QComboBox *serverField() const { return m_server; }
    QLineEdit *userField() const { return m_user; }
    QLineEdit *passwordField() const { return m_password; }
    QCheckBox *rememberBox() const { return m_remember; }

public slots:
    void submit();

signals:
    // The login worked but the keychain did not (e.g. no Secret Service on this desktop).
    void keychainProblem(const QString &message);

protected:
    void changeEvent(QEvent *event) override;

private:
    void setBusy(bool busy);
    void loadRememberedPassword();
    void onLoggedIn();
    void onFailed(ConsoleConnection::Failure failure, const QString &message);
    void retranslate();

    ConsoleConnection *m_connection;
    Preferences *m_preferences;
    SecretStore *m_secrets;
    QComboBox *m_server;
    QLineEdit *m_user;
    QLineEdit *m_password;
    QCheckBox *m_remember;
    QLabel *m_serverLabel;
    QLabel *m_userLabel;
    QLabel *m_passwordLabel;
    QLabel *m_intro;
    QLabel *m_message;
    QDialogButtonBox *m_buttons;
    QString m_keychainWarning;
    bool m_busy = false;
    bool m_passwordFromKeychain = false;
};

} // namespace fw

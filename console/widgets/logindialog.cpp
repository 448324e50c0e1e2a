#include "logindialog.h"

#include "appicon.h"
#include "plainlabel.h"
#include "preferences.h"
#include "protocol.h"
#include "secretstore.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QEvent>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace fw {

LoginDialog::LoginDialog(ConsoleConnection *connection, Preferences *preferences,
                         SecretStore *secrets, QWidget *parent)
    : QDialog(parent)
    , m_connection(connection)
    , m_preferences(preferences)
    , m_secrets(secrets)
{
    setObjectName(u"loginDialog"_s);
    setWindowIcon(appIcon());
    auto *v = new QVBoxLayout(this);
    m_intro = new PlainLabel(this);
    m_intro->setWordWrap(true);
    v->addWidget(m_intro);
    auto *form = new QFormLayout;
    m_server = new QComboBox(this);
    m_server->setEditable(true);
    m_server->setInsertPolicy(QComboBox::NoInsert);
    m_server->addItems(preferences->recentServers());
    m_server->setMinimumContentsLength(36);
    m_user = new QLineEdit(this);
    m_user->setText(preferences->lastUser());
    m_user->setMaxLength(limits::UserNameLength);
    m_password = new QLineEdit(this);
    m_password->setEchoMode(QLineEdit::Password);
    m_password->setMaxLength(limits::PasswordLength);
    m_remember = new QCheckBox(this);
    m_remember->setChecked(preferences->rememberPassword());
    m_serverLabel = new PlainLabel(this);
    m_userLabel = new PlainLabel(this);
    m_passwordLabel = new PlainLabel(this);
    m_serverLabel->setBuddy(m_server);
    m_userLabel->setBuddy(m_user);
    m_passwordLabel->setBuddy(m_password);
    form->addRow(m_serverLabel, m_server);
    form->addRow(m_userLabel, m_user);
    form->addRow(m_passwordLabel, m_password);
    form->addRow(nullptr, m_remember);
    v->addLayout(form);
    m_message = new PlainLabel(this);
    m_message->setObjectName(u"loginMessage"_s);
    m_message->setWordWrap(true);
    QPalette pal = m_message->palette();
    pal.setColor(QPalette::WindowText, QColor(0xc6, 0x28, 0x28));
    m_message->setPalette(pal);
    m_message->hide();
    v->addWidget(m_message);
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    v->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &LoginDialog::submit);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(connection, &ConsoleConnection::loggedIn, this, [this] {
        if (m_busy)
            onLoggedIn();
    });
    connect(connection, &ConsoleConnection::loginFailed, this,
            [this](ConsoleConnection::Failure f, const QString &m) {
                if (m_busy)
                    onFailed(f, m);
            });
    connect(m_password, &QLineEdit::textEdited, this, [this] { m_passwordFromKeychain = false; });
    connect(m_server, &QComboBox::currentTextChanged, this, [this] {
        if (m_passwordFromKeychain)
            m_password->clear();
        m_passwordFromKeychain = false;
    });
    retranslate();
    if (!m_user->text().isEmpty())
        m_password->setFocus();
    loadRememberedPassword();
}

QUrl LoginDialog::normaliseServer(const QString &text)
{
    QString t = text.trimmed();
    if (t.isEmpty())
        return {};
    if (t.startsWith("http://"_L1))
        t = u"ws://"_s + t.mid(7);
    else if (t.startsWith("https://"_L1))
        t = u"wss://"_s + t.mid(8);
    else if (!t.contains("://"_L1))
        t = u"ws://"_s + t;
    QUrl url(t, QUrl::StrictMode);
    if (!url.isValid() || url.host().isEmpty() ||
        (url.scheme() != "ws"_L1 && url.scheme() != "wss"_L1))
        return {};
    if (url.path().isEmpty() || url.path() == "/"_L1)
        url.setPath(QLatin1String(protocol::ConsolePath));
    return url;
}

void LoginDialog::setServer(const QString &server)
{
    m_server->setCurrentText(server);
}
void LoginDialog::setUser(const QString &user)
{
    m_user->setText(user);
}
void LoginDialog::setPassword(const QString &password)
{
    m_password->setText(password);
    m_passwordFromKeychain = false;
}

void LoginDialog::setMessage(const QString &message)
{
    m_message->setText(message);
    m_message->setVisible(!message.isEmpty());
}

QString LoginDialog::message() const
{
    return m_message->text();
}

void LoginDialog::loadRememberedPassword()
{
    if (!m_preferences->rememberPassword() || m_server->currentText().isEmpty() ||
        m_user->text().isEmpty())
        return;
    const QUrl server = normaliseServer(m_server->currentText());
    m_secrets->read(
            SecretStore::keyFor(server, m_user->text()), this,
            [this](const SecretStore::Result &r) {
                if (r.ok && m_password->text().isEmpty()) {
                    m_password->setText(r.secret);
                    m_passwordFromKeychain = true;
                } else if (!r.ok && !r.notFound) {
                    setMessage(
                            tr("The remembered password could not be read from the system keychain "
                               "(%1). Type it in.")
                                    .arg(r.error));
                }
            });
}

void LoginDialog::setBusy(bool busy)
{
    m_busy = busy;
    m_server->setEnabled(!busy);
    m_user->setEnabled(!busy);
    m_password->setEnabled(!busy);
    m_remember->setEnabled(!busy);
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(!busy);
    m_buttons->button(QDialogButtonBox::Ok)->setText(busy ? tr("Logging in…") : tr("&Log in"));
}

void LoginDialog::submit()
{
    const QUrl server = normaliseServer(m_server->currentText());
    if (!server.isValid()) {
        setMessage(tr("Enter the server address, e.g. ws://shop.example:8081/v1/console."));
        m_server->setFocus();
        return;
    }
    if (!isValidUserName(m_user->text())) {
        setMessage(tr("User names are 2 to 64 letters, digits, dots, dashes or underscores."));
        m_user->setFocus();
        return;
    }
    if (m_password->text().isEmpty()) {
        setMessage(tr("Enter your password."));
        m_password->setFocus();
        return;
    }
    setMessage(QString());
    setBusy(true);
    m_connection->logIn(server, m_user->text(), m_password->text());
}

void LoginDialog::onLoggedIn()
{
    setBusy(false);
    const QUrl server = m_connection->server();
    m_preferences->addRecentServer(server.toString());
    m_preferences->setLastUser(m_user->text());
    m_preferences->setRememberPassword(m_remember->isChecked());
    const QString key = SecretStore::keyFor(server, m_user->text());
    if (m_remember->isChecked()) {
        if (!m_passwordFromKeychain) {
            m_secrets->write(key, m_password->text(), this, [this](const SecretStore::Result &r) {
                if (r.ok)
                    return;
                m_keychainWarning = tr("The password was not remembered: %1").arg(r.error);
                emit keychainProblem(m_keychainWarning);
            });
        }
    } else {
        m_secrets->remove(key, nullptr, [](const SecretStore::Result &) {});
    }
    m_password->clear();
    accept();
}

void LoginDialog::onFailed(ConsoleConnection::Failure failure, const QString &message)
{
    setBusy(false);
    setMessage(message);
    switch (failure) {
    case ConsoleConnection::Failure::WrongCredentials:
        m_password->selectAll();
        m_password->setFocus();
        break;
    case ConsoleConnection::Failure::Unreachable:
    case ConsoleConnection::Failure::NotAServer:
        m_server->setFocus();
        break;
    default:
        break;
    }
}

void LoginDialog::retranslate()
{
    setWindowTitle(tr("Log in to Floorwalker"));
    m_intro->setText(tr("Log in to your shop's Floorwalker server to see its visitors live."));
    m_serverLabel->setText(tr("&Server:"));
    m_userLabel->setText(tr("&User name:"));
    m_passwordLabel->setText(tr("&Password:"));
    m_server->lineEdit()->setPlaceholderText(tr("ws://host:port/v1/console"));
    m_server->setAccessibleName(tr("Server address"));
    m_user->setAccessibleName(tr("User name"));
    m_password->setAccessibleName(tr("Password"));
    m_remember->setText(tr("&Remember the password in the system keychain"));
    m_buttons->button(QDialogButtonBox::Ok)->setText(m_busy ? tr("Logging in…") : tr("&Log in"));
    m_buttons->button(QDialogButtonBox::Cancel)->setText(tr("&Quit"));
}

void LoginDialog::changeEvent(QEvent *event)
{
    QDialog::changeEvent(event);
    if (event->type() == QEvent::LanguageChange)
        retranslate();
}

} // namespace fw

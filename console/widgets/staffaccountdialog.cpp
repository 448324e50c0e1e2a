#include "staffaccountdialog.h"

#include "displayformat.h"
#include "plainlabel.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace fw {

StaffAccountDialog::StaffAccountDialog(Mode mode, const QString &name, QWidget *parent)
    : QDialog(parent)
    , m_mode(mode)
{
    setWindowTitle(mode == Mode::Add ? tr("Add a staff account")
                                     : tr("New password for %1").arg(name));
    auto *v = new QVBoxLayout(this);
    auto *form = new QFormLayout;
    m_name = new QLineEdit(name, this);
    m_name->setMaxLength(limits::UserNameLength);
    m_name->setEnabled(mode == Mode::Add);
    m_displayName = new QLineEdit(this);
    m_displayName->setMaxLength(limits::DisplayNameLength);
    m_role = new QComboBox(this);
    m_role->addItem(format::role(Role::Staff), int(Role::Staff));
    m_role->addItem(format::role(Role::Admin), int(Role::Admin));
    m_password = new QLineEdit(this);
    m_password->setEchoMode(QLineEdit::Password);
    m_password->setMaxLength(limits::PasswordLength);
    m_confirm = new QLineEdit(this);
    m_confirm->setEchoMode(QLineEdit::Password);
    m_confirm->setMaxLength(limits::PasswordLength);
    auto row = [&](const QString &label, QWidget *w) {
        QLabel *l = new PlainLabel(label, this);
        l->setBuddy(w);
        w->setAccessibleName(QString(label).remove(u'&').remove(u':'));
        form->addRow(l, w);
    };
    if (mode == Mode::Add) {
        row(tr("&User name:"), m_name);
        row(tr("&Display name:"), m_displayName);
        row(tr("&Role:"), m_role);
    } else {
        m_displayName->hide();
        m_role->hide();
        m_name->hide();
    }
    row(tr("&Password:"), m_password);
    row(tr("&Confirm:"), m_confirm);
    v->addLayout(form);
    m_problem = new PlainLabel(QString(), this);
    m_problem->setObjectName(u"staffProblem"_s);
    m_problem->setWordWrap(true);
    QPalette pal = m_problem->palette();
    pal.setColor(QPalette::WindowText, QColor(0xc6, 0x28, 0x28));
    m_problem->setPalette(pal);
    v->addWidget(m_problem);
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    v->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    for (QLineEdit *e : { m_name, m_displayName, m_password, m_confirm })
        connect(e, &QLineEdit::textChanged, this, &StaffAccountDialog::validate);
    validate();
}

QString StaffAccountDialog::problem() const
{
    if (m_mode == Mode::Add && !isValidUserName(m_name->text()))
        return tr("User names are 2 to 64 letters, digits, dots, dashes or underscores.");
    if (m_password->text().size() < limits::PasswordMinLength)
        return tr("The password needs at least %1 characters.").arg(limits::PasswordMinLength);
    if (m_password->text() != m_confirm->text())
        return tr("The two passwords differ.");
    return {};
}

void StaffAccountDialog::validate()
{
    const QString p = problem();
    // Say nothing before the person has typed anything.
    const bool started =
            !m_password->text().isEmpty() || (m_mode == Mode::Add && !m_name->text().isEmpty());
    m_problem->setText(started ? p : QString());
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(p.isEmpty());
}

StaffAdd StaffAccountDialog::addCommand() const
{
    StaffAdd a;
    a.name = m_name->text();
    a.displayName = m_displayName->text().trimmed().isEmpty() ? m_name->text()
                                                              : m_displayName->text().trimmed();
    a.role = Role(m_role->currentData().toInt());
    a.password = m_password->text();
    return a;
}

StaffUpdate StaffAccountDialog::resetCommand() const
{
    StaffUpdate u;
    u.name = m_name->text();
    u.password = m_password->text();
    return u;
}

} // namespace fw

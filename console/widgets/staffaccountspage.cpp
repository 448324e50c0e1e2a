#include "staffaccountspage.h"

#include "consolesession.h"
#include "staffaccountdialog.h"
#include "staffaccountsmodel.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace fw {

StaffAccountsPage::StaffAccountsPage(ConsoleSession *session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_model(new StaffAccountsModel(this))
{
    setObjectName(u"staffAccountsPage"_s);
    auto *v = new QVBoxLayout(this);
    m_view = new QTableView(this);
    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->setShowGrid(false);
    m_view->setAlternatingRowColors(true);
    v->addWidget(m_view, 1);
    auto *buttons = new QHBoxLayout;
    m_add = new QPushButton(this);
    m_toggle = new QPushButton(this);
    m_reset = new QPushButton(this);
    m_refresh = new QPushButton(this);
    buttons->addWidget(m_add);
    buttons->addWidget(m_toggle);
    buttons->addWidget(m_reset);
    buttons->addStretch();
    buttons->addWidget(m_refresh);
    v->addLayout(buttons);
    m_status = new QLabel(this);
    m_status->setTextFormat(Qt::PlainText);
    m_status->setObjectName(u"staffStatus"_s);
    m_status->setWordWrap(true);
    v->addWidget(m_status);

    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &StaffAccountsPage::updateButtons);
    connect(m_model, &QAbstractItemModel::dataChanged, this, &StaffAccountsPage::updateButtons);
    connect(m_refresh, &QPushButton::clicked, this, &StaffAccountsPage::reload);
    connect(m_add, &QPushButton::clicked, this, [this] {
        StaffAccountDialog d(StaffAccountDialog::Mode::Add, QString(), this);
        if (d.exec() == QDialog::Accepted)
            addAccount(d.addCommand());
    });
    connect(m_toggle, &QPushButton::clicked, this, [this] {
        const int row = m_model->rowOf(selectedName());
        if (row >= 0)
            setDisabled(selectedName(), !m_model->accountAt(row).disabled);
    });
    connect(m_reset, &QPushButton::clicked, this, [this] {
        const QString name = selectedName();
        if (name.isEmpty())
            return;
        StaffAccountDialog d(StaffAccountDialog::Mode::ResetPassword, name, this);
        if (d.exec() == QDialog::Accepted)
            resetPassword(d.resetCommand());
    });
    retranslate();
    updateButtons();
}

void StaffAccountsPage::setStatus(const QString &text, bool error)
{
    m_status->setText(text);
    QPalette pal = m_status->palette();
    pal.setColor(QPalette::WindowText,
                 error ? QColor(0xc6, 0x28, 0x28) : palette().color(QPalette::WindowText));
    m_status->setPalette(pal);
}

void StaffAccountsPage::reload()
{
    m_session->listStaff(this, [this](const Reply &r) {
        if (const StaffAccounts *a = r.as<StaffAccounts>()) {
            m_model->setAccounts(a->accounts);
            m_view->resizeColumnsToContents();
        } else {
            setStatus(ConsoleSession::describeError(r.error), true);
        }
    });
}

void StaffAccountsPage::addAccount(const StaffAdd &command)
{
    const QString name = command.name;
    m_session->addStaff(command, this, [this, name](const Reply &r) {
        if (r.ok)
            setStatus(tr("Account %1 added.").arg(name), false);
        else
            setStatus(tr("Could not add %1: %2").arg(name, ConsoleSession::describeError(r.error)),
                      true);
        reload();
    });
}

void StaffAccountsPage::setDisabled(const QString &name, bool disabled)
{
    StaffUpdate u;
    u.name = name;
    u.disabled = disabled;
    m_session->updateStaff(u, this, [this, name, disabled](const Reply &r) {
        if (r.ok)
            setStatus(disabled ? tr("Account %1 disabled; its consoles were logged out.").arg(name)
                               : tr("Account %1 enabled.").arg(name),
                      false);
        else
            setStatus(
                    tr("Could not change %1: %2").arg(name, ConsoleSession::describeError(r.error)),
                    true);
        reload();
    });
}

void StaffAccountsPage::resetPassword(const StaffUpdate &command)
{
    const QString name = command.name;
    m_session->updateStaff(command, this, [this, name](const Reply &r) {
        if (r.ok)
            setStatus(tr("New password set for %1; its consoles must log in again.").arg(name),
                      false);
        else
            setStatus(
                    tr("Could not reset %1: %2").arg(name, ConsoleSession::describeError(r.error)),
                    true);
        reload();
    });
}

QString StaffAccountsPage::selectedName() const
{
    const QModelIndexList rows = m_view->selectionModel()->selectedRows();
    return rows.isEmpty() ? QString() : rows.first().data(StaffAccountsModel::NameRole).toString();
}

void StaffAccountsPage::updateButtons()
{
    const QString name = selectedName();
    const int row = m_model->rowOf(name);
    const bool self = name == m_session->userName();
    m_toggle->setEnabled(row >= 0 && !self);
    m_reset->setEnabled(row >= 0);
    if (row >= 0 && m_model->accountAt(row).disabled)
        m_toggle->setText(tr("&Enable"));
    else
        m_toggle->setText(tr("&Disable"));
    m_toggle->setToolTip(self ? tr("You cannot disable your own account.") : QString());
}

void StaffAccountsPage::retranslate()
{
    m_add->setText(tr("&Add…"));
    m_reset->setText(tr("Reset &password…"));
    m_refresh->setText(tr("Re&load"));
    m_view->setAccessibleName(tr("Staff accounts"));
    updateButtons();
}

void StaffAccountsPage::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::LanguageChange)
        retranslate();
}

} // namespace fw

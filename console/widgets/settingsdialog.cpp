#include "settingsdialog.h"

#include "consolesession.h"
#include "preferencespage.h"
#include "staffaccountspage.h"
#include "thresholdspage.h"

#include <QDialogButtonBox>
#include <QEvent>
#include <QPushButton>
#include <QTabWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace fw {

SettingsDialog::SettingsDialog(ConsoleSession *session, Preferences *preferences, QWidget *parent)
    : QDialog(parent)
    , m_session(session)
    , m_preferences(preferences)
{
    setObjectName(u"settingsDialog"_s);
    auto *v = new QVBoxLayout(this);
    m_tabs = new QTabWidget(this);
    m_preferencesPage = new PreferencesPage(preferences, m_tabs);
    m_thresholdsPage = new ThresholdsPage(m_tabs);
    m_thresholdsPage->setThresholds(session->thresholds(), session->thresholdsUpdatedBy(),
                                    session->thresholdsUpdatedAt());
    m_thresholdsPage->setEditable(session->isAdmin());
    m_tabs->addTab(m_preferencesPage, QString());
    m_tabs->addTab(m_thresholdsPage, QString());
    if (session->isAdmin()) {
        m_staffPage = new StaffAccountsPage(session, m_tabs);
        m_tabs->addTab(m_staffPage, QString());
        m_staffPage->reload();
    }
    v->addWidget(m_tabs);
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    v->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &SettingsDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_thresholdsPage, &ThresholdsPage::validityChanged, this, [this](bool valid) {
        m_buttons->button(QDialogButtonBox::Ok)->setEnabled(valid && !m_busy);
    });
    // The freshest values, with who changed them last.
    session->refreshThresholds(this, [this](const Reply &r) {
        if (r.ok && m_thresholdsPage->changedValues().isEmpty())
            m_thresholdsPage->setThresholds(m_session->thresholds(),
                                            m_session->thresholdsUpdatedBy(),
                                            m_session->thresholdsUpdatedAt());
    });
    connect(session, &ConsoleSession::thresholdsChanged, this,
            [this](const Thresholds &values, const QString &by, bool byMe) {
                if (!byMe && !m_busy)
                    m_thresholdsPage->thresholdsChangedElsewhere(values, by);
            });
    retranslate();
    resize(sizeHint().expandedTo(
            QSize(fontMetrics().averageCharWidth() * 100, fontMetrics().height() * 34)));
}

void SettingsDialog::showPage(Page page)
{
    switch (page) {
    case Page::Preferences:
        m_tabs->setCurrentWidget(m_preferencesPage);
        break;
    case Page::Thresholds:
        m_tabs->setCurrentWidget(m_thresholdsPage);
        break;
    case Page::Staff:
        if (m_staffPage)
            m_tabs->setCurrentWidget(m_staffPage);
        break;
    }
}

void SettingsDialog::setBusy(bool busy)
{
    m_busy = busy;
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(!busy && m_thresholdsPage->isValid());
    m_tabs->setEnabled(!busy);
}

void SettingsDialog::accept()
{
    if (!m_thresholdsPage->isValid()) {
        showPage(Page::Thresholds);
        return;
    }
    m_preferencesPage->save();
    emit preferencesSaved();
    const QJsonObject changed = m_thresholdsPage->changedValues();
    if (changed.isEmpty() || !m_session->isAdmin()) {
        QDialog::accept();
        return;
    }
    setBusy(true);
    m_thresholdsPage->setError(tr("Saving the thresholds…"));
    m_session->setThresholds(changed, this, [this](const Reply &r) {
        setBusy(false);
        if (!r.ok) {
            m_thresholdsPage->setError(tr("The server did not take the thresholds: %1")
                                               .arg(ConsoleSession::describeError(r.error)));
            showPage(Page::Thresholds);
            return;
        }
        m_thresholdsPage->setError(QString());
        QDialog::accept();
    });
}

void SettingsDialog::retranslate()
{
    setWindowTitle(tr("Settings"));
    m_tabs->setTabText(m_tabs->indexOf(m_preferencesPage), tr("&My preferences"));
    m_tabs->setTabText(m_tabs->indexOf(m_thresholdsPage), tr("&Behaviour thresholds"));
    if (m_staffPage)
        m_tabs->setTabText(m_tabs->indexOf(m_staffPage), tr("&Staff accounts"));
}

void SettingsDialog::changeEvent(QEvent *event)
{
    QDialog::changeEvent(event);
    if (event->type() == QEvent::LanguageChange)
        retranslate();
}

} // namespace fw

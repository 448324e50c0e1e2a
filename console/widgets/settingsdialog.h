#pragma once

#include <QDialog>

class QDialogButtonBox;
class QTabWidget;

namespace fw {

class ConsoleSession;
class Preferences;
class PreferencesPage;
class StaffAccountsPage;
class ThresholdsPage;

// Settings: personal preferences (stored on this computer), the behaviour thresholds (the
// server's, edited by admins, read-only for staff) and, for admins, staff accounts. OK applies:
// preferences locally, changed thresholds through thresholds_set; the dialog stays open if
// the server refuses.
class SettingsDialog : public QDialog
{
    Q_OBJECT
public:
    enum class Page { Preferences, Thresholds, Staff };

    SettingsDialog(ConsoleSession *session, Preferences *preferences, QWidget *parent = nullptr);

    void showPage(Page page);
    PreferencesPage *preferencesPage() const { return m_preferencesPage; }
    ThresholdsPage *thresholdsPage() const { return m_thresholdsPage; }
    StaffAccountsPage *staffPage() const { return m_staffPage; }
    QDialogButtonBox *buttons() const { return m_buttons; }

public slots:
    void accept() override;

signals:
    void preferencesSaved();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void setBusy(bool busy);

    ConsoleSession *m_session;
    Preferences *m_preferences;
    QTabWidget *m_tabs;
    PreferencesPage *m_preferencesPage;
    ThresholdsPage *m_thresholdsPage;
    StaffAccountsPage *m_staffPage = nullptr;
    QDialogButtonBox *m_buttons;
    bool m_busy = false;
};

} // namespace fw

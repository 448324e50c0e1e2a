#pragma once

#include "messages.h"

#include <QWidget>

class QLabel;
class QPushButton;
class QTableView;

namespace fw {

class ConsoleSession;
class StaffAccountsModel;

// The admin's staff accounts: list, add, disable or enable, reset a password. Each action goes
// to the server at once (staff_add / staff_update) and the list is read again.
class StaffAccountsPage : public QWidget
{
    Q_OBJECT
public:
    explicit StaffAccountsPage(ConsoleSession *session, QWidget *parent = nullptr);

    void reload();
    StaffAccountsModel *model() const { return m_model; }
    QTableView *view() const { return m_view; }
    QLabel *statusLabel() const { return m_status; }
    // The actions, without their dialogs (the dialogs call these too).
    void addAccount(const StaffAdd &command);
    void setDisabled(const QString &name, bool disabled);
    void resetPassword(const StaffUpdate &command);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void updateButtons();
    QString selectedName() const;
    void setStatus(const QString &text, bool error);

    ConsoleSession *m_session;
    StaffAccountsModel *m_model;
    QTableView *m_view;
    QPushButton *m_add;
    QPushButton *m_toggle;
    QPushButton *m_reset;
    QPushButton *m_refresh;
    QLabel *m_status;
};

} // namespace fw

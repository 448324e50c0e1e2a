#pragma once

#include "messages.h"

#include <QDialog>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;

namespace fw {

// Adds a staff account, or sets a new password for one. Checked as typed: user name rules,
// password length, the confirmation matching.
class StaffAccountDialog : public QDialog
{
    Q_OBJECT
public:
    enum class Mode { Add, ResetPassword };
    StaffAccountDialog(Mode mode, const QString &name, QWidget *parent = nullptr);

    StaffAdd addCommand() const;
    StaffUpdate resetCommand() const;
    QString problem() const; // empty when the input is acceptable

    QLineEdit *nameField() const { return m_name; }
    QLineEdit *displayNameField() const { return m_displayName; }
    QLineEdit *passwordField() const { return m_password; }
    QLineEdit *confirmField() const { return m_confirm; }
    QComboBox *roleField() const { return m_role; }

private:
    void validate();

    Mode m_mode;
    QLineEdit *m_name;
    QLineEdit *m_displayName;
    QComboBox *m_role;
    QLineEdit *m_password;
    QLineEdit *m_confirm;
    QLabel *m_problem;
    QDialogButtonBox *m_buttons;
};

} // namespace fw

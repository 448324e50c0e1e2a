#pragma once

#include <QWidget>

class QButtonGroup;
class QCheckBox;
class QComboBox;
class QGroupBox;
class QLabel;
class QListWidget;
class QPushButton;
class QRadioButton;

namespace fw {

class Preferences;

// The staff member's own preferences, kept on this computer: which arrivals alert, sound,
// language, canned replies. Edits a copy; save() writes it.
class PreferencesPage : public QWidget
{
    Q_OBJECT
public:
    explicit PreferencesPage(Preferences *preferences, QWidget *parent = nullptr);

    void load();
    void save();
    QListWidget *repliesList() const { return m_replies; }
    QComboBox *languageBox() const { return m_language; }
    QRadioButton *alertButton(int mode) const;
    void focusReplies();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void updateButtons();

    Preferences *m_preferences;
    QGroupBox *m_alertsBox;
    QButtonGroup *m_alerts;
    QRadioButton *m_everyone;
    QRadioButton *m_verified;
    QRadioButton *m_none;
    QLabel *m_helpNote;
    QCheckBox *m_sound;
    QGroupBox *m_languageBox;
    QComboBox *m_language;
    QGroupBox *m_repliesBox;
    QListWidget *m_replies;
    QPushButton *m_add;
    QPushButton *m_remove;
    QPushButton *m_up;
    QPushButton *m_down;
    QPushButton *m_defaults;
};

} // namespace fw

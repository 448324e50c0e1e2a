#pragma once

#include "thresholds.h"

#include <QJsonObject>
#include <QWidget>

class QLabel;
class QPushButton;
class QSpinBox;
class QToolButton;

namespace fw {

// Every behaviour threshold, built from the one table in shared/thresholds.h: label, value
// with its unit, range and default. Values are checked as they are typed; the page edits a
// copy and reports only what changed. Staff see the values read-only.
class ThresholdsPage : public QWidget
{
    Q_OBJECT
public:
    explicit ThresholdsPage(QWidget *parent = nullptr);

    void setThresholds(const Thresholds &values, const QString &updatedBy, qint64 updatedAt);
    // Another console changed them while this page was open: take what was not edited here.
    void thresholdsChangedElsewhere(const Thresholds &values, const QString &by);
    void setEditable(bool editable);
    bool isEditable() const { return m_editable; }

    bool isValid() const;
    // The thresholds whose value differs from what the server has, for thresholds_set.
    QJsonObject changedValues() const;
    void setError(const QString &message);

    QSpinBox *spinBox(ThresholdKey key) const;
    QLabel *errorLabel(ThresholdKey key) const;

signals:
    void validityChanged(bool valid);

protected:
    void changeEvent(QEvent *event) override;

private:
    struct Row
    {
        QLabel *label = nullptr;
        QLabel *rule = nullptr;
        QSpinBox *spin = nullptr;
        QLabel *range = nullptr;
        QToolButton *reset = nullptr;
        QLabel *error = nullptr;
        bool valid = true;
    };
    void validate(int index, const QString &text);
    void retranslate();
    static QString unitSuffix(const ThresholdSpec &spec);

    QList<Row> m_rows;
    Thresholds m_server;
    QString m_updatedBy;
    qint64 m_updatedAt = 0;
    bool m_editable = false;
    bool m_lastValid = true;
    QLabel *m_intro;
    QLabel *m_updated;
    QLabel *m_pageError;
    QPushButton *m_defaults;
};

} // namespace fw

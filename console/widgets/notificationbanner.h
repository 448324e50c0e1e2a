#pragma once

#include <QFrame>
#include <QTimer>

class QPushButton;
class QToolButton;

namespace fw {

class ElidedLabel;

// An in-window alert line, for desktops without a system tray (and for tests, which run
// without one): the latest alert, an Open button, and it hides itself after a while.
class NotificationBanner : public QFrame
{
    Q_OBJECT
public:
    explicit NotificationBanner(QWidget *parent = nullptr);

    void showAlert(const QString &title, const QString &body, const QString &sessionId,
                   bool urgent);
    QString sessionId() const { return m_sessionId; }
    QString titleText() const;
    QString bodyText() const;

signals:
    void openRequested(const QString &sessionId);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();

    ElidedLabel *m_title;
    ElidedLabel *m_body;
    QPushButton *m_open;
    QToolButton *m_close;
    QString m_sessionId;
    QTimer m_hide;
};

} // namespace fw

#pragma once

#include "alertpolicy.h"

#include <QObject>
#include <QPointer>

class QMenu;
class QSystemTrayIcon;
class QWidget;

namespace fw {

class NotificationBanner;

// Shows alerts: a system tray notification where the desktop has a tray that shows messages,
// otherwise the in-window banner; a sound if asked. Clicking either opens the visitor. Every
// text goes through plaintext::notification, since notification services may read markup.
class AlertPresenter : public QObject
{
    Q_OBJECT
public:
    AlertPresenter(QWidget *window, NotificationBanner *banner, QObject *parent = nullptr);
    ~AlertPresenter() override;

    void present(const Alert &alert);
    bool usesTray() const;
    // The last texts handed to the desktop or the banner, as shown.
    QString lastTitle() const { return m_lastTitle; }
    QString lastBody() const { return m_lastBody; }
    int presented() const { return m_count; }
    void setTrayMenu(QMenu *menu);

signals:
    void openVisitor(const QString &sessionId);
    void trayActivated();

private:
    QWidget *m_window;
    NotificationBanner *m_banner;
    QSystemTrayIcon *m_tray = nullptr;
    QString m_trayTarget; // the visitor the last tray message is about
    QString m_lastTitle;
    QString m_lastBody;
    int m_count = 0;
};

} // namespace fw

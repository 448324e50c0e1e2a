#include "alertpresenter.h"

#include "appicon.h"
#include "notificationbanner.h"
#include "plaintext.h"

#include <QApplication>
#include <QSystemTrayIcon>
#include <QWidget>

namespace fw {

AlertPresenter::AlertPresenter(QWidget *window, NotificationBanner *banner, QObject *parent)
    : QObject(parent)
    , m_window(window)
    , m_banner(banner)
{
    if (QSystemTrayIcon::isSystemTrayAvailable()) {
        m_tray = new QSystemTrayIcon(appIcon(), this);
        m_tray->setToolTip(QApplication::applicationDisplayName());
        connect(m_tray, &QSystemTrayIcon::messageClicked, this, [this] {
            if (!m_trayTarget.isEmpty())
                emit openVisitor(m_trayTarget);
        });
        connect(m_tray, &QSystemTrayIcon::activated, this,
                [this](QSystemTrayIcon::ActivationReason reason) {
                    if (reason == QSystemTrayIcon::Trigger ||
                        reason == QSystemTrayIcon::DoubleClick)
                        emit trayActivated();
                });
        m_tray->show();
    }
    connect(banner, &NotificationBanner::openRequested, this, &AlertPresenter::openVisitor);
}

AlertPresenter::~AlertPresenter()
{
    if (m_tray)
        m_tray->hide();
}

void AlertPresenter::setTrayMenu(QMenu *menu)
{
    if (m_tray)
        m_tray->setContextMenu(menu);
}

bool AlertPresenter::usesTray() const
{
    return m_tray && m_tray->isVisible() && QSystemTrayIcon::supportsMessages();
}

void AlertPresenter::present(const Alert &alert)
{
    ++m_count;
    m_lastTitle = plaintext::notification(alert.title, 120);
    m_lastBody = plaintext::notification(alert.body);
    const bool urgent = alert.kind == Alert::Kind::Help;
    if (usesTray()) {
        m_trayTarget = alert.sessionId;
        m_tray->showMessage(m_lastTitle, m_lastBody,
                            urgent ? QSystemTrayIcon::Warning : QSystemTrayIcon::Information,
                            urgent ? 20000 : 8000);
    } else {
        // The banner's labels are plain text anyway; it gets the original texts.
        m_banner->showAlert(alert.title, alert.body, alert.sessionId, urgent);
    }
    if (alert.sound)
        QApplication::beep();
}

} // namespace fw

#include "notificationbanner.h"

#include "elidedlabel.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QPushButton>
#include <QToolButton>

using namespace Qt::StringLiterals;

namespace fw {

NotificationBanner::NotificationBanner(QWidget *parent)
    : QFrame(parent)
{
    setObjectName(u"notificationBanner"_s);
    setFrameShape(QFrame::StyledPanel);
    setAutoFillBackground(true);
    auto *h = new QHBoxLayout(this);
    h->setContentsMargins(8, 4, 4, 4);
    m_title = new ElidedLabel(this);
    QFont b = m_title->font();
    b.setBold(true);
    m_title->setFont(b);
    m_body = new ElidedLabel(this);
    h->addWidget(m_title, 2);
    h->addWidget(m_body, 3);
    m_open = new QPushButton(this);
    m_close = new QToolButton(this);
    m_close->setText(u"×"_s);
    m_close->setAutoRaise(true);
    h->addWidget(m_open);
    h->addWidget(m_close);
    m_hide.setSingleShot(true);
    m_hide.setInterval(12000);
    connect(&m_hide, &QTimer::timeout, this, &QWidget::hide);
    connect(m_close, &QToolButton::clicked, this, &QWidget::hide);
    connect(m_open, &QPushButton::clicked, this, [this] {
        hide();
        if (!m_sessionId.isEmpty())
            emit openRequested(m_sessionId);
    });
    retranslate();
    hide();
}

void NotificationBanner::showAlert(const QString &title, const QString &body,
                                   const QString &sessionId, bool urgent)
{
    m_title->setFullText(title);
    m_body->setFullText(body);
    m_sessionId = sessionId;
    m_open->setVisible(!sessionId.isEmpty());
    QPalette pal = palette();
    pal.setColor(QPalette::Window, urgent ? QColor(0xff, 0xeb, 0xee) : QColor(0xe3, 0xf2, 0xfd));
    pal.setColor(QPalette::WindowText, QColor(0x21, 0x21, 0x21));
    setPalette(pal);
    show();
    m_hide.start();
}

QString NotificationBanner::titleText() const
{
    return m_title->fullText();
}
QString NotificationBanner::bodyText() const
{
    return m_body->fullText();
}

void NotificationBanner::retranslate()
{
    m_open->setText(tr("&Open"));
    m_close->setToolTip(tr("Dismiss"));
    m_close->setAccessibleName(tr("Dismiss alert"));
    setAccessibleName(tr("Alert"));
}

void NotificationBanner::changeEvent(QEvent *event)
{
    QFrame::changeEvent(event);
    if (event->type() == QEvent::LanguageChange)
        retranslate();
}

} // namespace fw

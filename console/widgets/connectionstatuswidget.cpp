#include "connectionstatuswidget.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QToolButton>

using namespace Qt::StringLiterals;

namespace fw {

ConnectionStatusWidget::ConnectionStatusWidget(ConsoleConnection *connection, QWidget *parent)
    : QWidget(parent)
    , m_connection(connection)
{
    setObjectName(u"connectionStatus"_s);
    auto *h = new QHBoxLayout(this);
    h->setContentsMargins(0, 0, 0, 0);
    m_dot = new QLabel(this);
    m_dot->setTextFormat(Qt::PlainText);
    m_dot->setText(u"●"_s);
    m_text = new QLabel(this);
    m_text->setTextFormat(Qt::PlainText);
    m_text->setObjectName(u"connectionText"_s);
    m_retry = new QToolButton(this);
    m_retry->setAutoRaise(true);
    h->addWidget(m_dot);
    h->addWidget(m_text);
    h->addWidget(m_retry);
    m_countdown.setInterval(500);
    connect(&m_countdown, &QTimer::timeout, this, &ConnectionStatusWidget::refresh);
    connect(connection, &ConsoleConnection::stateChanged, this, &ConnectionStatusWidget::refresh);
    connect(m_retry, &QToolButton::clicked, this, [this] {
        m_connection->retryNow(); // skips the rest of the backoff
    });
    refresh();
}

QString ConnectionStatusWidget::text() const
{
    return m_text->text();
}

void ConnectionStatusWidget::refresh()
{
    using State = ConsoleConnection::State;
    const State s = m_connection->state();
    const QString where = m_connection->server().toDisplayString();
    QColor colour;
    QString text;
    switch (s) {
    case State::Online:
        colour = QColor(0x2e, 0x7d, 0x32);
        text = tr("Online: %1 at %2").arg(m_connection->account().name, where);
        break;
    case State::Connecting:
        colour = QColor(0xf9, 0xa8, 0x25);
        text = tr("Connecting to %1…").arg(where);
        break;
    case State::LoggingIn:
        colour = QColor(0xf9, 0xa8, 0x25);
        text = tr("Logging in to %1…").arg(where);
        break;
    case State::Waiting:
        colour = QColor(0xe6, 0x51, 0x00);
        text = tr("Connection lost. Reconnecting in %n s (attempt %1)…", nullptr,
                  int((m_connection->retryInMs() + 999) / 1000))
                       .arg(m_connection->attempt());
        break;
    case State::Offline:
        colour = QColor(0x9e, 0x9e, 0x9e);
        text = tr("Offline");
        if (!m_connection->lastError().isEmpty())
            text += u": "_s + m_connection->lastError();
        break;
    }
    QPalette pal = m_dot->palette();
    pal.setColor(QPalette::WindowText, colour);
    m_dot->setPalette(pal);
    m_text->setText(text);
    m_retry->setText(tr("Retry now"));
    m_retry->setVisible(s == State::Waiting);
    setAccessibleName(tr("Connection state"));
    setAccessibleDescription(text);
    if (s == State::Waiting && !m_countdown.isActive())
        m_countdown.start();
    else if (s != State::Waiting)
        m_countdown.stop();
}

void ConnectionStatusWidget::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::LanguageChange)
        refresh();
}

} // namespace fw

#pragma once

#include "consoleconnection.h"

#include <QTimer>
#include <QWidget>

class QLabel;
class QToolButton;

namespace fw {

// The status bar's connection state: online as whom and where, connecting, reconnecting in
// n seconds (with "Retry now"), offline. It never hides a problem behind an old state.
class ConnectionStatusWidget : public QWidget
{
    Q_OBJECT
public:
    explicit ConnectionStatusWidget(ConsoleConnection *connection, QWidget *parent = nullptr);

    QString text() const;

protected:
    void changeEvent(QEvent *event) override;

private:
    void refresh();

    ConsoleConnection *m_connection;
    QLabel *m_dot;
    QLabel *m_text;
    QToolButton *m_retry;
    QTimer m_countdown;
};

} // namespace fw

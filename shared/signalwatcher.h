#pragma once

#include <QObject>

class QSocketNotifier;

namespace fw {

// Turns SIGTERM and SIGINT into a Qt signal on the thread that created the watcher, through a
// socket pair: a signal handler may do no more than write to a descriptor. It also ignores
// SIGPIPE, so a peer that went away is an error return rather than the end of the process.
// One per process; where there are no POSIX signals it never emits.
class SignalWatcher : public QObject
{
    Q_OBJECT
public:
    explicit SignalWatcher(QObject *parent = nullptr);
    ~SignalWatcher() override;

    // False when the socket pair could not be made (the signals then keep their default action).
    bool isWatching() const { return m_notifier != nullptr; }

signals:
    void terminationRequested(int signalNumber);

private:
    QSocketNotifier *m_notifier = nullptr;
};

} // namespace fw

#include "signalwatcher.h"

#include <QSocketNotifier>

#ifdef Q_OS_UNIX
#include <csignal>
#include <sys/socket.h>
#include <unistd.h>
#endif

namespace fw {

#ifdef Q_OS_UNIX
namespace {
int g_fd[2] = { -1, -1 };

void onSignal(int number)
{
    const char c = char(number);
    [[maybe_unused]] auto n = ::write(g_fd[0], &c, 1); // async-signal-safe, nothing more
}

void setHandler(int number, void (*handler)(int))
{
    struct sigaction sa = {};
    sa.sa_handler = handler;
    sigemptyset(&sa.sa_mask);
    sa.sa_flags = SA_RESTART;
    sigaction(number, &sa, nullptr);
}
} // namespace
#endif

SignalWatcher::SignalWatcher(QObject *parent)
    : QObject(parent)
{
#ifdef Q_OS_UNIX
    Q_ASSERT_X(g_fd[0] < 0, "SignalWatcher", "one per process");
    setHandler(SIGPIPE, SIG_IGN);
    if (g_fd[0] >= 0 || ::socketpair(AF_UNIX, SOCK_STREAM, 0, g_fd) != 0)
        return;
    m_notifier = new QSocketNotifier(g_fd[1], QSocketNotifier::Read, this);
    connect(m_notifier, &QSocketNotifier::activated, this, [this] {
        char c = 0;
        if (::read(g_fd[1], &c, 1) == 1)
            emit terminationRequested(int(c));
    });
    setHandler(SIGTERM, onSignal);
    setHandler(SIGINT, onSignal);
#endif
}

SignalWatcher::~SignalWatcher()
{
#ifdef Q_OS_UNIX
    if (!m_notifier)
        return;
    setHandler(SIGTERM, SIG_DFL);
    setHandler(SIGINT, SIG_DFL);
    delete m_notifier;
    ::close(g_fd[0]);
    ::close(g_fd[1]);
    g_fd[0] = g_fd[1] = -1;
#endif
}

} // namespace fw

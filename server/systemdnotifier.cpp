#include "systemdnotifier.h"

#include <QtGlobal>

#ifdef Q_OS_LINUX
#include <cstring>
#include <sys/socket.h>
#include <sys/un.h>
#include <unistd.h>
#endif

namespace fw {

SystemdNotifier::SystemdNotifier()
{
#ifdef Q_OS_LINUX
    const QByteArray address = qgetenv("NOTIFY_SOCKET");
    // Only a path or an abstract name that fits in sockaddr_un counts.
    if ((address.startsWith('/') || address.startsWith('@')) &&
        std::size_t(address.size()) < sizeof(sockaddr_un::sun_path))
        m_address = address;
#endif
}

bool SystemdNotifier::notify(const QByteArray &state) const
{
#ifdef Q_OS_LINUX
    if (m_address.isEmpty())
        return false;
    sockaddr_un sa = {};
    sa.sun_family = AF_UNIX;
    std::memcpy(sa.sun_path, m_address.constData(), std::size_t(m_address.size()));
    if (sa.sun_path[0] == '@')
        sa.sun_path[0] = '\0';
    const socklen_t length =
            socklen_t(offsetof(sockaddr_un, sun_path) + std::size_t(m_address.size()));
    const int fd = ::socket(AF_UNIX, SOCK_DGRAM | SOCK_CLOEXEC, 0);
    if (fd < 0)
        return false;
    const ssize_t sent = ::sendto(fd, state.constData(), std::size_t(state.size()), MSG_NOSIGNAL,
                                  reinterpret_cast<const sockaddr *>(&sa), length);
    ::close(fd);
    return sent == ssize_t(state.size());
#else
    Q_UNUSED(state);
    return false;
#endif
}

} // namespace fw

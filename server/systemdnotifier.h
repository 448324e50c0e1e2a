#pragma once

#include <QByteArray>

namespace fw {

// Tells systemd how the service is doing (a unit with Type=notify) through the datagram socket
// named in $NOTIFY_SOCKET, and does nothing when it is not set. The protocol is a few
// "KEY=value" lines per datagram, small enough not to need libsystemd.
class SystemdNotifier
{
public:
    SystemdNotifier(); // reads $NOTIFY_SOCKET
    bool isActive() const { return !m_address.isEmpty(); }
    // Sends one datagram such as "READY=1\nSTATUS=serving". False when inactive or not sent.
    bool notify(const QByteArray &state) const;

private:
    QByteArray m_address; // a path, or "@name" for the abstract namespace
};

} // namespace fw

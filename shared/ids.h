#pragma once

#include <QByteArray>
#include <QString>

namespace fw {

// Unguessable identifiers: 16 random bytes from the system CSPRNG, base64url without padding.
QString randomId(const char *prefix, int bytes = 16);
QByteArray randomBytes(int count);

// Compares without an early exit, so timing does not tell how many bytes matched.
bool constantTimeEquals(const QByteArray &a, const QByteArray &b);

} // namespace fw

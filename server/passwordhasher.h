#pragma once

#include <QString>

namespace fw {

// Staff passwords: PBKDF2-HMAC-SHA256, random 16-byte salt, stored as
// "pbkdf2-sha256$<iterations>$<salt b64>$<hash b64>" so the cost can be raised later.
// Hashing takes a few hundred ms on purpose: call it off the event loop thread.
namespace passwords {

constexpr int MinIterations = 600000; // OWASP 2023 for PBKDF2-HMAC-SHA256

QString hash(const QString &password, int iterations = MinIterations);
bool verify(const QString &password, const QString &encoded);
bool needsRehash(const QString &encoded);
// A hash of nothing, to spend the same time on an unknown user as on a wrong password.
const QString &dummyHash();

} // namespace passwords

} // namespace fw

#pragma once

#include "secretstore.h"

namespace fw {

// Passwords in the system keychain through qtkeychain: Windows Credential Manager, macOS
// Keychain, the freedesktop Secret Service. The insecure fallback (a plain settings file) is
// off: without a keychain, nothing is stored.
class KeychainSecretStore final : public SecretStore
{
    Q_OBJECT
public:
    explicit KeychainSecretStore(const QString &service, QObject *parent = nullptr);

    void read(const QString &key, QObject *context, Handler handler) override;
    void write(const QString &key, const QString &secret, QObject *context,
               Handler handler) override;
    void remove(const QString &key, QObject *context, Handler handler) override;

    // A keychain that never answers (a stuck D-Bus) must not hang the login dialog.
    void setTimeout(int ms) { m_timeoutMs = ms; }

private:
    QString m_service;
    int m_timeoutMs = 8000;
};

} // namespace fw

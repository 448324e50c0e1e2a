#pragma once

#include <QObject>
#include <QUrl>

#include <functional>

namespace fw {

// Where a remembered password lives. The real one is the system keychain (KeychainSecretStore);
// it may be missing (a headless Linux box has no Secret Service), so every call can fail and
// callers treat failure as "not remembered".
class SecretStore : public QObject
{
    Q_OBJECT
public:
    struct Result
    {
        bool ok = false;
        bool notFound = false; // read: nothing stored under the key
        QString secret;
        QString error; // for the user: why it did not work
    };
    using Handler = std::function<void(const Result &)>;

    using QObject::QObject;

    // Each handler runs once, later (never inside the call), unless `context` is gone.
    virtual void read(const QString &key, QObject *context, Handler handler) = 0;
    virtual void write(const QString &key, const QString &secret, QObject *context,
                       Handler handler) = 0;
    virtual void remove(const QString &key, QObject *context, Handler handler) = 0;

    static QString keyFor(const QUrl &server, const QString &user);
};

} // namespace fw

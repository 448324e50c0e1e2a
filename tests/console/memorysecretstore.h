#pragma once

// An in-memory SecretStore for widget tests: CI has no system keychain (no Secret Service on
// a headless box), and the login dialog's behaviour when the keychain works or fails must
// still be tested. The real KeychainSecretStore has its own test (tst_secretstore).
#include "secretstore.h"

#include <QHash>
#include <QPointer>
#include <QTimer>

namespace fw::testing {

class MemorySecretStore final : public SecretStore
{
public:
    QHash<QString, QString> secrets;
    bool failWrites = false;
    int writes = 0;

    void read(const QString &key, QObject *context, Handler handler) override
    {
        Result r;
        r.ok = secrets.contains(key);
        r.notFound = !r.ok;
        r.secret = secrets.value(key);
        later(context, handler, r);
    }
    void write(const QString &key, const QString &secret, QObject *context,
               Handler handler) override
    {
        ++writes;
        Result r;
        r.ok = !failWrites;
        if (r.ok)
            secrets.insert(key, secret);
        else
            r.error = QStringLiteral("no keychain on this desktop");
        later(context, handler, r);
    }
    void remove(const QString &key, QObject *context, Handler handler) override
    {
        secrets.remove(key);
        later(context, handler, Result { true, false, {}, {} });
    }

private:
    void later(QObject *context, const Handler &handler, const Result &r)
    {
        QPointer<QObject> guard(context);
        const bool hasContext = context != nullptr;
        QTimer::singleShot(0, this, [guard, hasContext, handler, r] {
            if (!hasContext || guard)
                handler(r);
        });
    }
};

} // namespace fw::testing

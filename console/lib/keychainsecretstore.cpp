#include "keychainsecretstore.h"

#include <qt6keychain/keychain.h>

#include <QPointer>
#include <QTimer>

#include <memory>

namespace fw {

namespace {

// Runs a job and calls the handler once: on finished or on timeout, whichever comes first.
void runJob(QKeychain::Job *job, int timeoutMs, QObject *context, bool hasContext,
            std::function<void(QKeychain::Job *, bool timedOut)> done)
{
    auto fired = std::make_shared<bool>(false);
    QPointer<QObject> guard(context);
    auto finish = [fired, guard, hasContext, done](QKeychain::Job *j, bool timedOut) {
        if (*fired)
            return;
        *fired = true;
        if (hasContext && !guard)
            return;
        done(j, timedOut);
    };
    job->setAutoDelete(true);
    job->setInsecureFallback(false);
    QObject::connect(job, &QKeychain::Job::finished, job,
                     [finish](QKeychain::Job *j) { finish(j, false); });
    QTimer::singleShot(timeoutMs, job, [finish, job] { finish(job, true); });
    job->start();
}

QString timeoutMessage()
{
    return KeychainSecretStore::tr("The system keychain did not answer.");
}

} // namespace

KeychainSecretStore::KeychainSecretStore(const QString &service, QObject *parent)
    : SecretStore(parent)
    , m_service(service)
{ }

void KeychainSecretStore::read(const QString &key, QObject *context, Handler handler)
{
    auto *job = new QKeychain::ReadPasswordJob(m_service, this);
    job->setKey(key);
    runJob(job, m_timeoutMs, context, context != nullptr,
           [handler](QKeychain::Job *j, bool timedOut) {
               Result r;
               if (timedOut) {
                   r.error = timeoutMessage();
               } else if (j->error() == QKeychain::NoError) {
                   r.ok = true;
                   r.secret = static_cast<QKeychain::ReadPasswordJob *>(j)->textData();
               } else {
                   r.notFound = j->error() == QKeychain::EntryNotFound;
                   r.error = j->errorString();
               }
               handler(r);
           });
}

void KeychainSecretStore::write(const QString &key, const QString &secret, QObject *context,
                                Handler handler)
{
    auto *job = new QKeychain::WritePasswordJob(m_service, this);
    job->setKey(key);
    job->setTextData(secret);
    runJob(job, m_timeoutMs, context, context != nullptr,
           [handler](QKeychain::Job *j, bool timedOut) {
               Result r;
               r.ok = !timedOut && j->error() == QKeychain::NoError;
               if (!r.ok)
                   r.error = timedOut ? timeoutMessage() : j->errorString();
               handler(r);
           });
}

void KeychainSecretStore::remove(const QString &key, QObject *context, Handler handler)
{
    auto *job = new QKeychain::DeletePasswordJob(m_service, this);
    job->setKey(key);
    runJob(job, m_timeoutMs, context, context != nullptr,
           [handler](QKeychain::Job *j, bool timedOut) {
               Result r;
               r.ok = !timedOut &&
                       (j->error() == QKeychain::NoError || j->error() == QKeychain::EntryNotFound);
               if (!r.ok)
                   r.error = timedOut ? timeoutMessage() : j->errorString();
               handler(r);
           });
}

} // namespace fw

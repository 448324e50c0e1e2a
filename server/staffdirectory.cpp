#include "staffdirectory.h"

#include "clock.h"
#include "ids.h"
#include "passwordhasher.h"
#include "protocol.h"

#include <QPointer>
#include <QThreadPool>

using namespace Qt::StringLiterals;

namespace fw {

namespace {
constexpr qint64 TokenLifetimeMs = 12 * 60 * 60 * 1000;

Result result(qint64 reqId, const char *code = nullptr, const QString &message = {})
{
    Result r;
    r.reqId = reqId;
    if (code) {
        r.ok = false;
        r.error = {QString::fromLatin1(code), message};
    }
    return r;
}

template<typename T>
void runOffThread(QObject *context, std::function<T()> work, std::function<void(T)> done)
{
    QPointer<QObject> guard(context);
    QThreadPool::globalInstance()->start([guard, work = std::move(work), done = std::move(done)] {
        T value = work();
        if (!guard)
            return;
        QMetaObject::invokeMethod(
                guard.data(),
                [guard, done, value = std::move(value)] {
                    if (guard)
                        done(value);
                },
                Qt::QueuedConnection);
    });
}
} // namespace

StaffDirectory::StaffDirectory(const Clock *clock, Database *db, int iterations, QObject *parent)
    : QObject(parent)
    , m_clock(clock)
    , m_db(db)
    , m_iterations(iterations)
{
}

void StaffDirectory::load(const QList<StaffRecord> &records)
{
    m_records.clear();
    for (const StaffRecord &r : records)
        m_records.insert(r.account.name, r);
}

QList<StaffAccount> StaffDirectory::accounts() const
{
    QList<StaffAccount> out;
    for (const StaffRecord &r : m_records)
        out.append(r.account);
    std::sort(out.begin(), out.end(),
              [](const StaffAccount &a, const StaffAccount &b) { return a.name < b.name; });
    return out;
}

std::optional<StaffAccount> StaffDirectory::account(const QString &name) const
{
    const auto it = m_records.constFind(name);
    if (it == m_records.constEnd())
        return std::nullopt;
    return it->account;
}

void StaffDirectory::checkPassword(const QString &user, const QString &password,
                                   QObject *context, std::function<void(Check)> done) const
{
    const auto it = m_records.constFind(user);
    const bool known = it != m_records.constEnd();
    const QString hash = known ? it->passwordHash : passwords::dummyHash();
    const StaffAccount account = known ? it->account : StaffAccount{};
    runOffThread<Check>(
            context,
            [hash, password, known, account] {
                const bool match = passwords::verify(password, hash);
                return Check{match && known, account};
            },
            std::move(done));
}

QString StaffDirectory::issueToken(const QString &user, qint64 *expiresAt)
{
    const qint64 now = m_clock->nowMs();
    for (auto it = m_tokens.begin(); it != m_tokens.end();) {
        if (it->expiresAt <= now)
            it = m_tokens.erase(it);
        else
            ++it;
    }
    const QString token = randomId("t_", 24);
    *expiresAt = now + TokenLifetimeMs;
    m_tokens.insert(token, {user, *expiresAt});
    return token;
}

std::optional<StaffAccount> StaffDirectory::accountForToken(const QString &token)
{
    const auto it = m_tokens.constFind(token);
    if (it == m_tokens.constEnd() || it->expiresAt <= m_clock->nowMs())
        return std::nullopt;
    auto acc = account(it->user);
    if (!acc || acc->disabled)
        return std::nullopt;
    return acc;
}

void StaffDirectory::store(const StaffRecord &r)
{
    const qint64 now = m_clock->nowMs();
    m_records.insert(r.account.name, r);
    m_db->submit({Stmt::UpsertStaff,
                  {r.account.name, r.account.displayName, toString(r.account.role), r.passwordHash,
                   r.account.disabled ? 1 : 0, r.account.createdAt ? r.account.createdAt : now,
                   now}});
}

void StaffDirectory::upsertNow(const QString &name, const QString &displayName, Role role,
                               const QString &passwordHash)
{
    StaffRecord r;
    if (const auto existing = m_records.constFind(name); existing != m_records.constEnd())
        r = *existing;
    r.account.name = name;
    if (!displayName.isEmpty() || r.account.displayName.isEmpty())
        r.account.displayName = displayName.isEmpty() ? name : displayName;
    r.account.role = role;
    r.account.disabled = false;
    if (!r.account.createdAt)
        r.account.createdAt = m_clock->nowMs();
    r.passwordHash = passwordHash;
    store(r);
}

void StaffDirectory::add(const StaffAdd &cmd, const QString &actor, QObject *context,
                         std::function<void(Result)> done)
{
    if (m_records.contains(cmd.name)) {
        done(result(cmd.reqId, protocol::error::Conflict, u"account exists"_s));
        return;
    }
    const int iterations = m_iterations;
    QPointer<StaffDirectory> self(this);
    runOffThread<QString>(
            context, [password = cmd.password, iterations] { return passwords::hash(password, iterations); },
            [self, cmd, actor, done](QString hash) {
                if (!self)
                    return;
                if (self->m_records.contains(cmd.name)) { // added meanwhile
                    done(result(cmd.reqId, protocol::error::Conflict, u"account exists"_s));
                    return;
                }
                StaffRecord r;
                r.account = {cmd.name, cmd.displayName.isEmpty() ? cmd.name : cmd.displayName,
                             cmd.role, false, self->m_clock->nowMs()};
                r.passwordHash = hash;
                self->store(r);
                Q_UNUSED(actor);
                done(result(cmd.reqId));
            });
}

void StaffDirectory::update(const StaffUpdate &cmd, const QString &actor, QObject *context,
                            std::function<void(Result)> done)
{
    const auto it = m_records.constFind(cmd.name);
    if (it == m_records.constEnd()) {
        done(result(cmd.reqId, protocol::error::NotFound, u"no such account"_s));
        return;
    }
    if (cmd.name == actor && ((cmd.disabled && *cmd.disabled) || (cmd.role && *cmd.role != Role::Admin))) {
        done(result(cmd.reqId, protocol::error::Conflict,
                    u"an admin cannot disable or demote itself"_s));
        return;
    }
    auto apply = [this, cmd, done](std::optional<QString> hash) {
        auto it2 = m_records.find(cmd.name);
        if (it2 == m_records.end()) {
            done(result(cmd.reqId, protocol::error::NotFound, u"no such account"_s));
            return;
        }
        StaffRecord r = *it2;
        if (cmd.displayName)
            r.account.displayName = *cmd.displayName;
        if (cmd.role)
            r.account.role = *cmd.role;
        if (cmd.disabled)
            r.account.disabled = *cmd.disabled;
        if (hash)
            r.passwordHash = *hash;
        const bool revoke = (cmd.disabled && *cmd.disabled) || hash.has_value() || cmd.role.has_value();
        store(r);
        if (revoke) {
            for (auto t = m_tokens.begin(); t != m_tokens.end();) {
                if (t->user == cmd.name)
                    t = m_tokens.erase(t);
                else
                    ++t;
            }
            emit credentialsRevoked(cmd.name);
        }
        done(result(cmd.reqId));
    };
    if (!cmd.password) {
        apply(std::nullopt);
        return;
    }
    QPointer<StaffDirectory> self(this);
    const int iterations = m_iterations;
    runOffThread<QString>(
            context, [password = *cmd.password, iterations] { return passwords::hash(password, iterations); },
            [self, apply](QString hash) {
                if (self)
                    apply(hash);
            });
}

} // namespace fw

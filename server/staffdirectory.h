#pragma once

#include "database.h"
#include "messages.h"

#include <QHash>
#include <QObject>

#include <functional>
#include <optional>

namespace fw {

class Clock;

// Staff accounts in memory (there are few), written through to the database, plus the login
// tokens handed to consoles. Password hashing runs on the thread pool: 600,000 PBKDF2 rounds
// take a few hundred ms and must not stall the event loop.
class StaffDirectory : public QObject
{
    Q_OBJECT
public:
    StaffDirectory(const Clock *clock, Database *db, int iterations, QObject *parent = nullptr);

    void load(const QList<StaffRecord> &records);
    QList<StaffAccount> accounts() const;
    std::optional<StaffAccount> account(const QString &name) const;
    bool isEmpty() const { return m_records.isEmpty(); }

    struct Check
    {
        bool ok = false; // password matched
        StaffAccount account;
    };
    // Calls done(check) on `context`'s thread. Unknown users cost the same time as known ones.
    void checkPassword(const QString &user, const QString &password, QObject *context,
                       std::function<void(Check)> done) const;

    QString issueToken(const QString &user, qint64 *expiresAt);
    std::optional<StaffAccount> accountForToken(const QString &token);
    void revokeToken(const QString &token) { m_tokens.remove(token); }

    // Admin operations; done(result) on `context`'s thread after the hash (if any) is made.
    void add(const StaffAdd &cmd, const QString &actor, QObject *context,
             std::function<void(Result)> done);
    void update(const StaffUpdate &cmd, const QString &actor, QObject *context,
                std::function<void(Result)> done);

    // Synchronous, for --add-user and the demo account.
    void upsertNow(const QString &name, const QString &displayName, Role role,
                   const QString &passwordHash);

signals:
    // The account was disabled or its password reset: its consoles must log in again.
    void credentialsRevoked(const QString &name);

private:
    void store(const StaffRecord &r);

    const Clock *m_clock;
    Database *m_db;
    int m_iterations;
    QHash<QString, StaffRecord> m_records;
    struct Token
    {
        QString user;
        qint64 expiresAt;
    };
    QHash<QString, Token> m_tokens;
};

} // namespace fw

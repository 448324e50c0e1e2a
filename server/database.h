#pragma once

#include "session.h"
#include "sqlstatements.h"
#include "thresholds.h"

#include <QMutex>
#include <QObject>
#include <QThread>

#include <atomic>
#include <deque>
#include <memory>

namespace fw {

class Clock;
class DbWorker;

// Where the data lives: "sqlite:<path>" or "postgresql://user:pass@host:port/db[?host=/dir]".
struct DatabaseUrl
{
    enum class Kind { Sqlite, Postgres } kind = Kind::Sqlite;
    QString path; // sqlite
    QString host;
    int port = 5432;
    QString user;
    QString password;
    QString database;

    static DatabaseUrl parse(const QString &url, QString *error);
    QString redacted() const; // for logs: never prints the password
};

struct StaffRecord
{
    StaffAccount account;
    QString passwordHash;
};

// What a starting server reads back: settings, accounts and every session that may still be
// resumed (open, seen within the resume window).
struct LoadedState
{
    Thresholds thresholds;
    QString thresholdsBy;
    qint64 thresholdsAt = 0;
    QList<StaffRecord> staff;
    qint64 maxSessionNumber = 0;
    QList<Session> sessions;
};

// The database, on a thread of its own. Writes are submitted as ops and committed in batches:
// everything submitted while a commit runs goes into the next transaction, so the batch grows
// with the load and the event loop never waits on disk. Tickets are cumulative: committed(n)
// means every op submitted with a ticket <= n is durable.
class Database : public QObject
{
    Q_OBJECT
public:
    struct Options
    {
        DatabaseUrl url;
        bool sqliteFullSync = false; // FULL survives power loss; NORMAL survives process crashes
    };

    explicit Database(Options options, QObject *parent = nullptr);
    ~Database() override;

    // Opens the connection on the database thread and migrates the schema. Blocking.
    bool open(QString *error);
    QString backendName() const;

    quint64 submit(QList<DbOp> ops);
    quint64 submit(DbOp op) { return submit(QList<DbOp>{std::move(op)}); }
    // Blocks until everything submitted is committed, then stops the thread.
    void close();

    int queueDepth() const { return m_queued.load(); }
    bool healthy() const { return m_healthy.load(); }
    quint64 batchesCommitted() const { return m_batches.load(); }
    quint64 failedWrites() const { return m_failedOps.load(); }

    // Blocking reads, for start-up and the command line only (never on the hot path).
    LoadedState loadState(qint64 now, qint64 resumeWindowMs);
    QList<StaffRecord> loadStaff();
    int schemaVersion();
    // Runs a read-only query on the database thread; for tests and tools.
    QList<QVariantList> query(const QString &sql, const QVariantList &args = {});

signals:
    // Every op with a ticket <= `ticket` was attempted; those of the owners in `failed` that
    // could not be written were dropped (logged). Nothing of theirs may be acknowledged.
    void committed(quint64 ticket, const QStringList &failed);
    void failing(const QString &error);

private:
    friend class DbWorker;
    void workerCommitted(quint64 ticket, int ops, const QStringList &failed);

    Options m_options;
    QThread m_thread;
    DbWorker *m_worker = nullptr;
    QMutex m_mutex;
    std::deque<std::pair<quint64, QList<DbOp>>> m_pending; // guarded by m_mutex
    bool m_drainPosted = false; // guarded by m_mutex
    quint64 m_nextTicket = 1;
    std::atomic<int> m_queued{0};
    std::atomic<bool> m_healthy{false};
    std::atomic<quint64> m_batches{0};
    std::atomic<quint64> m_failedOps{0};
    bool m_open = false;
};

} // namespace fw

#include "database.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <QRegularExpression>
#include <QSqlDatabase>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QUrl>
#include <QUrlQuery>

#include <array>
#include <functional>
#include <optional>

using namespace Qt::StringLiterals;

Q_LOGGING_CATEGORY(lcDb, "floorwalker.db")

namespace fw {

// ------------------------------------------------------------------------------ URL

DatabaseUrl DatabaseUrl::parse(const QString &text, QString *error)
{
    DatabaseUrl u;
    if (text.startsWith("sqlite:"_L1)) {
        u.kind = Kind::Sqlite;
        QString path = text.mid(7);
        if (path.startsWith("//"_L1))
            path = QUrl(text).toLocalFile().isEmpty() ? path.mid(2) : QUrl(text).path();
        if (path.isEmpty()) {
            *error = u"sqlite URL needs a file path, e.g. sqlite:/var/lib/floorwalker/fw.db"_s;
            return {};
        }
        u.path = QDir::cleanPath(QDir::current().absoluteFilePath(path));
        return u;
    }
    if (text.startsWith("postgresql://"_L1) || text.startsWith("postgres://"_L1)) {
        const QUrl url(text, QUrl::StrictMode);
        if (!url.isValid()) {
            *error = u"invalid PostgreSQL URL: %1"_s.arg(url.errorString());
            return {};
        }
        u.kind = Kind::Postgres;
        u.host = url.host();
        u.port = url.port(5432);
        u.user = url.userName();
        u.password = url.password();
        u.database = url.path().mid(1);
        const QUrlQuery q(url);
        if (q.hasQueryItem(u"host"_s))
            u.host = q.queryItemValue(u"host"_s, QUrl::FullyDecoded); // a socket directory
        if (u.database.isEmpty()) {
            *error = u"PostgreSQL URL needs a database name: postgresql://user@host/dbname"_s;
            return {};
        }
        return u;
    }
    *error = u"unsupported database URL \"%1\": use sqlite:<path> or postgresql://…"_s.arg(
            text.left(80));
    return {};
}

QString DatabaseUrl::redacted() const
{
    if (kind == Kind::Sqlite)
        return u"sqlite:"_s + path;
    return u"postgresql://%1@%2:%3/%4"_s.arg(user, host).arg(port).arg(database);
}

// ------------------------------------------------------------------------------ worker

class DbWorker : public QObject
{
public:
    DbWorker(Database *owner, Database::Options options)
        : m_owner(owner)
        , m_options(std::move(options))
        , m_name(u"fw-db-%1"_s.arg(quintptr(owner), 0, 16))
    {
    }

    bool open(QString *error);
    void closeConnection();
    void drain();
    LoadedState loadState(qint64 now, qint64 window);
    QList<StaffRecord> loadStaff();
    int schemaVersion();
    QList<QVariantList> query(const QString &sql, const QVariantList &args);
    bool isPostgres() const { return m_options.url.kind == DatabaseUrl::Kind::Postgres; }

private:
    QSqlDatabase db() const { return QSqlDatabase::database(m_name, false); }
    bool connect(QString *error);
    bool migrate(QString *error);
    bool writeBatch(const QList<DbOp> &ops, QString *error);
    bool execOp(const DbOp &op, QString *error);
    bool alive();
    std::optional<QSqlQuery> run(const QString &sql, const QVariantList &args, QString *error);

    Database *m_owner;
    Database::Options m_options;
    QString m_name;
    std::array<std::optional<QSqlQuery>, std::size_t(Stmt::Count)> m_prepared;
};

bool DbWorker::connect(QString *error)
{
    m_prepared = {};
    if (QSqlDatabase::contains(m_name))
        QSqlDatabase::removeDatabase(m_name);
    const DatabaseUrl &u = m_options.url;
    QSqlDatabase d = QSqlDatabase::addDatabase(isPostgres() ? u"QPSQL"_s : u"QSQLITE"_s, m_name);
    if (!d.isValid()) {
        *error = u"the Qt SQL driver for %1 is not installed"_s.arg(isPostgres() ? u"PostgreSQL"_s
                                                                                : u"SQLite"_s);
        return false;
    }
    if (isPostgres()) {
        d.setHostName(u.host);
        d.setPort(u.port);
        d.setUserName(u.user);
        d.setPassword(u.password);
        d.setDatabaseName(u.database);
        d.setConnectOptions(u"connect_timeout=5"_s);
    } else {
        d.setDatabaseName(u.path);
        d.setConnectOptions(u"QSQLITE_BUSY_TIMEOUT=5000"_s);
    }
    if (!d.open()) {
        *error = u"cannot open %1: %2"_s.arg(u.redacted(), d.lastError().text());
        return false;
    }
    if (!isPostgres()) {
        auto mode = run(u"PRAGMA journal_mode=WAL"_s, {}, error);
        if (!mode || !mode->next() || mode->value(0).toString().toLower() != "wal"_L1) {
            *error = u"SQLite refused WAL mode for %1"_s.arg(u.path);
            return false;
        }
        if (!run(m_options.sqliteFullSync ? u"PRAGMA synchronous=FULL"_s
                                          : u"PRAGMA synchronous=NORMAL"_s,
                 {}, error)
            || !run(u"PRAGMA foreign_keys=ON"_s, {}, error))
            return false;
    }
    return true;
}

std::optional<QSqlQuery> DbWorker::run(const QString &sql, const QVariantList &args,
                                       QString *error)
{
    QSqlQuery q(db());
    if (args.isEmpty()) {
        // PostgreSQL cannot PREPARE DDL (migrations, pragmas): run those directly.
        if (!q.exec(sql)) {
            *error = q.lastError().text();
            return std::nullopt;
        }
        return q;
    }
    if (!q.prepare(sql)) {
        *error = q.lastError().text();
        return std::nullopt;
    }
    for (qsizetype i = 0; i < args.size(); ++i)
        q.bindValue(int(i), args.at(i));
    if (!q.exec()) {
        *error = q.lastError().text();
        return std::nullopt;
    }
    return q;
}

bool DbWorker::migrate(QString *error)
{
    if (!run(u"CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, "
             "name TEXT NOT NULL, applied_at BIGINT NOT NULL)"_s,
             {}, error))
        return false;
    const int current = schemaVersion();
    const QStringList files = QDir(u":/migrations"_s).entryList({u"*.sql"_s}, QDir::Files,
                                                                 QDir::Name);
    static const QRegularExpression numbered(u"^(\\d{4})_[a-z0-9_]+\\.sql$"_s);
    for (const QString &file : files) {
        const auto m = numbered.match(file);
        if (!m.hasMatch()) {
            *error = u"badly named migration %1"_s.arg(file);
            return false;
        }
        const int version = m.captured(1).toInt();
        if (version <= current)
            continue;
        QFile f(u":/migrations/"_s + file);
        if (!f.open(QIODevice::ReadOnly)) {
            *error = u"cannot read migration %1"_s.arg(file);
            return false;
        }
        QString sql = QString::fromUtf8(f.readAll());
        sql.replace(u"{{AUTO_ID}}"_s, isPostgres()
                                              ? u"BIGINT GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY"_s
                                              : u"INTEGER PRIMARY KEY AUTOINCREMENT"_s);
        QSqlDatabase d = db();
        d.transaction();
        static const QRegularExpression statementEnd(u";\\s*$"_s,
                                                     QRegularExpression::MultilineOption);
        static const QRegularExpression comments(u"^\\s*--.*$"_s,
                                                 QRegularExpression::MultilineOption);
        sql.remove(comments);
        for (const QString &statement : sql.split(statementEnd, Qt::SkipEmptyParts)) {
            if (statement.trimmed().isEmpty())
                continue;
            if (!run(statement, {}, error)) {
                *error = u"migration %1 failed: %2"_s.arg(file, *error);
                d.rollback();
                return false;
            }
        }
        if (!run(u"INSERT INTO schema_migrations (version, name, applied_at) VALUES (?, ?, ?)"_s,
                 {version, file, QDateTime::currentMSecsSinceEpoch()}, error)
            || !d.commit()) {
            *error = u"migration %1 could not be recorded: %2"_s.arg(file, *error);
            d.rollback();
            return false;
        }
        qCInfo(lcDb, "applied migration %s", qPrintable(file));
    }
    return true;
}

int DbWorker::schemaVersion()
{
    QString error;
    auto q = run(u"SELECT COALESCE(MAX(version), 0) FROM schema_migrations"_s, {}, &error);
    return q && q->next() ? q->value(0).toInt() : 0;
}

bool DbWorker::open(QString *error)
{
    if (!connect(error) || !migrate(error))
        return false;
    m_owner->m_healthy = true;
    return true;
}

void DbWorker::closeConnection()
{
    m_prepared = {};
    if (QSqlDatabase::contains(m_name)) {
        {
            QSqlDatabase d = db();
            d.close();
        }
        QSqlDatabase::removeDatabase(m_name);
    }
}

bool DbWorker::execOp(const DbOp &op, QString *error)
{
    auto &slot = m_prepared[std::size_t(op.stmt)];
    if (!slot) {
        QSqlQuery q(db());
        if (!q.prepare(QString::fromLatin1(sqlFor(op.stmt)))) {
            *error = u"%1: %2"_s.arg(QLatin1String(stmtName(op.stmt)), q.lastError().text());
            return false;
        }
        slot = std::move(q);
    }
    QSqlQuery &q = *slot;
    for (qsizetype i = 0; i < op.args.size(); ++i) {
        const QVariant &v = op.args.at(i);
        // Qt SQL binds a null QString as NULL. An absent optional text (no referrer, no title)
        // is an empty string; only an invalid QVariant means SQL NULL.
        if (v.metaType() == QMetaType::fromType<QString>() && v.toString().isNull())
            q.bindValue(int(i), QString(u""_s));
        else
            q.bindValue(int(i), v);
    }
    if (!q.exec()) {
        *error = u"%1: %2"_s.arg(QLatin1String(stmtName(op.stmt)), q.lastError().text());
        return false;
    }
    q.finish();
    return true;
}

bool DbWorker::writeBatch(const QList<DbOp> &ops, QString *error)
{
    QSqlDatabase d = db();
    if (!d.transaction()) {
        *error = d.lastError().text();
        return false;
    }
    for (const DbOp &op : ops) {
        if (!execOp(op, error)) {
            d.rollback();
            return false;
        }
    }
    if (!d.commit()) {
        *error = d.lastError().text();
        d.rollback();
        return false;
    }
    return true;
}

bool DbWorker::alive()
{
    QString error;
    return db().isOpen() && run(u"SELECT 1"_s, {}, &error).has_value();
}

void DbWorker::drain()
{
    for (;;) {
        QList<DbOp> ops;
        quint64 last = 0;
        {
            QMutexLocker lock(&m_owner->m_mutex);
            if (m_owner->m_pending.empty()) {
                m_owner->m_drainPosted = false;
                return;
            }
            for (auto &[ticket, batch] : m_owner->m_pending) {
                ops.append(std::move(batch));
                last = ticket;
            }
            m_owner->m_pending.clear();
        }
        QString error;
        int backoffMs = 250;
        QStringList failed;
        while (!writeBatch(ops, &error)) {
            m_owner->m_healthy = false;
            emit m_owner->failing(error);
            qCWarning(lcDb, "write of %d ops failed: %s", int(ops.size()), qPrintable(error));
            if (alive()) {
                // The connection works, so one op is bad (a bug, not an outage). Apply the rest
                // one by one rather than block every later write behind it.
                for (const DbOp &op : std::as_const(ops)) {
                    if (!execOp(op, &error)) {
                        qCCritical(lcDb, "dropped op: %s", qPrintable(error));
                        if (!op.owner.isEmpty() && !failed.contains(op.owner))
                            failed.append(op.owner);
                    }
                }
                break;
            }
            // The database is away: keep the batch (nothing is acknowledged) and reconnect.
            QThread::msleep(backoffMs);
            backoffMs = qMin(backoffMs * 2, 5000);
            if (!connect(&error))
                qCWarning(lcDb, "reconnect failed: %s", qPrintable(error));
        }
        m_owner->m_healthy = true;
        m_owner->workerCommitted(last, int(ops.size()), failed);
    }
}

namespace {
QJsonObject jsonObject(const QString &text)
{
    return QJsonDocument::fromJson(text.toUtf8()).object();
}
} // namespace

QList<StaffRecord> DbWorker::loadStaff()
{
    QList<StaffRecord> out;
    QString error;
    auto q = run(u"SELECT name, display_name, role, password_hash, disabled, created_at FROM staff "
                 "ORDER BY name"_s,
                 {}, &error);
    while (q && q->next()) {
        StaffRecord r;
        r.account.name = q->value(0).toString();
        r.account.displayName = q->value(1).toString();
        parseEnumName(q->value(2).toString(), RoleNames, &r.account.role);
        r.passwordHash = q->value(3).toString();
        r.account.disabled = q->value(4).toInt() != 0;
        r.account.createdAt = q->value(5).toLongLong();
        out.append(r);
    }
    return out;
}

LoadedState DbWorker::loadState(qint64 now, qint64 window)
{
    LoadedState st;
    QString error;
    if (auto q = run(u"SELECT key, value, updated_at, updated_by FROM settings"_s, {}, &error)) {
        while (q->next()) {
            const QString key = q->value(0).toString();
            if (!key.startsWith("threshold."_L1))
                continue;
            if (const ThresholdSpec *spec = findThresholdSpec(key.mid(10))) {
                st.thresholds.setValue(spec->key, q->value(1).toInt()); // out of range: kept default
                if (q->value(2).toLongLong() > st.thresholdsAt) {
                    st.thresholdsAt = q->value(2).toLongLong();
                    st.thresholdsBy = q->value(3).toString();
                }
            }
        }
    }
    st.staff = loadStaff();
    if (auto q = run(u"SELECT COALESCE(MAX(number), 0) FROM sessions"_s, {}, &error); q && q->next())
        st.maxSessionNumber = q->value(0).toLongLong();

    // Sessions too old to resume are ended now; the rest come back as disconnected.
    const qint64 cutoff = now - window;
    run(u"UPDATE sessions SET ended_at = last_seen_at WHERE ended_at IS NULL AND last_seen_at < ?"_s,
        {cutoff}, &error);
    QHash<QString, qsizetype> index;
    if (auto q = run(u"SELECT session_id, number, visitor_id, site_key, started_at, last_seen_at, "
                     "device, lang, referrer, identity, last_seq, server_seq, acked_server_seq, "
                     "page_count, state, state_since, claimed_by FROM sessions "
                     "WHERE ended_at IS NULL ORDER BY started_at"_s,
                     {}, &error)) {
        while (q->next()) {
            Session s;
            s.id = q->value(0).toString();
            s.number = q->value(1).toLongLong();
            s.visitorId = q->value(2).toString();
            s.siteKey = q->value(3).toString();
            s.startedAt = q->value(4).toLongLong();
            const qint64 lastSeen = q->value(5).toLongLong();
            s.lastMessageAt = lastSeen;
            s.disconnectedAt = lastSeen;
            s.lastEventAt = lastSeen;
            parseEnumName(q->value(6).toString(), DeviceKindNames, &s.device);
            s.lang = q->value(7).toString();
            s.referrer = q->value(8).toString();
            JsonReader ir(jsonObject(q->value(9).toString()));
            s.identity = Identity::fromJson(ir);
            s.appliedSeq = s.committedSeq = q->value(10).toLongLong();
            s.serverSeq = q->value(11).toLongLong();
            s.visitorAckedSeq = q->value(12).toLongLong();
            s.pageCount = q->value(13).toInt();
            parseEnumName(q->value(14).toString(), BehaviourStateNames, &s.state.name);
            s.state.since = q->value(15).toLongLong();
            s.claimedBy.user = q->value(16).toString();
            index.insert(s.id, st.sessions.size());
            st.sessions.append(std::move(s));
        }
    }
    // Each child table is read in one query for all open sessions, grouped by session id in
    // the first column.
    const QString open = u"(SELECT session_id FROM sessions WHERE ended_at IS NULL)"_s;
    auto forEachRow = [&](const QString &sql, const std::function<void(Session &, QSqlQuery &)> &fn) {
        auto q = run(sql, {}, &error);
        while (q && q->next()) {
            const auto it = index.constFind(q->value(0).toString());
            if (it != index.constEnd())
                fn(st.sessions[*it], *q);
        }
    };
    auto trim = [](auto &list, qsizetype max) {
        if (list.size() > max)
            list.removeFirst();
    };
    forEachRow(u"SELECT session_id, seq, url, title, kind, product_id, category_id, query, "
               "entered_at, left_at, visible_ms FROM page_views WHERE session_id IN "_s
                       + open + u" ORDER BY session_id, seq"_s,
               [&](Session &s, QSqlQuery &q) {
                   TrailEntry e;
                   e.page.url = q.value(2).toString();
                   e.page.title = q.value(3).toString();
                   parseEnumName(q.value(4).toString(), PageKindNames, &e.page.kind);
                   e.page.productId = q.value(5).toString();
                   e.page.categoryId = q.value(6).toString();
                   e.page.query = q.value(7).toString();
                   e.enteredAt = q.value(8).toLongLong();
                   e.leftAt = q.value(9).toLongLong();
                   e.visibleMs = q.value(10).toLongLong();
                   s.trail.append(e);
                   trim(s.trail, Session::MaxTrail);
                   s.pageSeq = q.value(1).toLongLong();
               });
    for (Session &s : st.sessions) {
        if (s.trail.isEmpty())
            continue;
        const TrailEntry &cur = s.trail.last();
        s.page = cur.page;
        s.enteredAt = cur.enteredAt;
        s.visibleAccumMs = cur.visibleMs;
        s.visibleSince = s.disconnectedAt;
    }
    forEachRow(u"SELECT session_id, at, from_state, to_state, evidence FROM state_changes "
               "WHERE session_id IN "_s
                       + open + u" ORDER BY session_id, at, id"_s,
               [&](Session &s, QSqlQuery &q) {
                   StateChange c;
                   c.at = q.value(1).toLongLong();
                   parseEnumName(q.value(2).toString(), BehaviourStateNames, &c.from);
                   parseEnumName(q.value(3).toString(), BehaviourStateNames, &c.to);
                   JsonReader er(jsonObject(q.value(4).toString()));
                   c.evidence = Evidence::fromJson(er);
                   s.states.append(c);
                   trim(s.states, Session::MaxStates);
                   s.state.evidence = c.evidence;
               });
    forEachRow(u"SELECT session_id, message_id, at, from_visitor, staff_user, staff_name, text "
               "FROM chats WHERE session_id IN "_s
                       + open + u" ORDER BY session_id, at"_s,
               [&](Session &s, QSqlQuery &q) {
                   ChatMessage m;
                   m.sessionId = s.id;
                   m.id = q.value(1).toString();
                   m.at = q.value(2).toLongLong();
                   m.fromVisitor = q.value(3).toInt() != 0;
                   m.staff = {q.value(4).toString(), q.value(5).toString()};
                   m.text = q.value(6).toString();
                   s.chats.append(m);
                   trim(s.chats, Session::MaxChats);
               });
    forEachRow(u"SELECT session_id, help_id, kind, text, at, resolved_at, resolved_by FROM "
               "help_requests WHERE session_id IN "_s
                       + open + u" ORDER BY session_id, at"_s,
               [&](Session &s, QSqlQuery &q) {
                   HelpRequest h;
                   h.sessionId = s.id;
                   h.id = q.value(1).toString();
                   parseEnumName(q.value(2).toString(), HelpKindNames, &h.kind);
                   h.text = q.value(3).toString();
                   h.at = q.value(4).toLongLong();
                   h.resolvedAt = q.value(5).toLongLong();
                   h.resolvedBy = q.value(6).toString();
                   s.helps.append(h);
               });
    forEachRow(u"SELECT o.session_id, o.seq, o.payload FROM outbox o JOIN sessions s ON "
               "s.session_id = o.session_id WHERE s.ended_at IS NULL AND o.seq > "
               "s.acked_server_seq ORDER BY o.session_id, o.seq"_s,
               [&](Session &s, QSqlQuery &q) {
                   s.outbox.append({q.value(1).toLongLong(), q.value(2).toString().toUtf8()});
               });
    Q_UNUSED(now);
    return st;
}

QList<QVariantList> DbWorker::query(const QString &sql, const QVariantList &args)
{
    QList<QVariantList> rows;
    QString error;
    auto q = run(sql, args, &error);
    if (!q) {
        qCWarning(lcDb, "query failed: %s", qPrintable(error));
        return rows;
    }
    const int columns = q->record().count();
    while (q->next()) {
        QVariantList row;
        for (int i = 0; i < columns; ++i)
            row.append(q->value(i));
        rows.append(row);
    }
    return rows;
}

// ------------------------------------------------------------------------------ Database

Database::Database(Options options, QObject *parent)
    : QObject(parent)
    , m_options(std::move(options))
{
    m_thread.setObjectName(u"database"_s);
}

Database::~Database() { close(); }

QString Database::backendName() const
{
    return m_options.url.kind == DatabaseUrl::Kind::Postgres ? u"postgresql"_s : u"sqlite"_s;
}

bool Database::open(QString *error)
{
    if (m_open)
        return true;
    m_worker = new DbWorker(this, m_options);
    m_thread.start();
    m_worker->moveToThread(&m_thread);
    bool ok = false;
    QString err;
    QMetaObject::invokeMethod(
            m_worker, [&] { ok = m_worker->open(&err); }, Qt::BlockingQueuedConnection);
    if (!ok) {
        QMetaObject::invokeMethod(
                m_worker, [this] { m_worker->closeConnection(); }, Qt::BlockingQueuedConnection);
        m_thread.quit();
        m_thread.wait();
        delete m_worker;
        m_worker = nullptr;
        *error = err;
        return false;
    }
    m_open = true;
    return true;
}

quint64 Database::submit(QList<DbOp> ops)
{
    Q_ASSERT(m_open);
    QMutexLocker lock(&m_mutex);
    const quint64 ticket = m_nextTicket++;
    m_queued += int(ops.size());
    m_pending.emplace_back(ticket, std::move(ops));
    if (!m_drainPosted) {
        m_drainPosted = true;
        QMetaObject::invokeMethod(m_worker, [w = m_worker] { w->drain(); }, Qt::QueuedConnection);
    }
    return ticket;
}

void Database::workerCommitted(quint64 ticket, int ops, const QStringList &failed)
{
    m_queued -= ops;
    ++m_batches;
    m_failedOps += failed.size();
    emit committed(ticket, failed); // queued to the owner's thread by the signal's receivers
}

void Database::close()
{
    if (!m_open)
        return;
    QMetaObject::invokeMethod(
            m_worker,
            [this] {
                m_worker->drain();
                m_worker->closeConnection();
            },
            Qt::BlockingQueuedConnection);
    m_thread.quit();
    m_thread.wait();
    delete m_worker;
    m_worker = nullptr;
    m_open = false;
}

LoadedState Database::loadState(qint64 now, qint64 resumeWindowMs)
{
    LoadedState st;
    QMetaObject::invokeMethod(
            m_worker, [&] { st = m_worker->loadState(now, resumeWindowMs); },
            Qt::BlockingQueuedConnection);
    return st;
}

QList<StaffRecord> Database::loadStaff()
{
    QList<StaffRecord> out;
    QMetaObject::invokeMethod(
            m_worker, [&] { out = m_worker->loadStaff(); }, Qt::BlockingQueuedConnection);
    return out;
}

int Database::schemaVersion()
{
    int v = 0;
    QMetaObject::invokeMethod(
            m_worker, [&] { v = m_worker->schemaVersion(); }, Qt::BlockingQueuedConnection);
    return v;
}

QList<QVariantList> Database::query(const QString &sql, const QVariantList &args)
{
    QList<QVariantList> rows;
    QMetaObject::invokeMethod(
            m_worker, [&] { rows = m_worker->query(sql, args); }, Qt::BlockingQueuedConnection);
    return rows;
}

} // namespace fw

#pragma once

#include <QList>
#include <QString>
#include <QVariant>

namespace fw {

// Every write the server makes, as a prepared statement with bound parameters. The SQL runs
// unchanged on SQLite and PostgreSQL.
enum class Stmt {
    UpsertVisitor,
    InsertSession,
    UpdateSession,
    InsertEvent,
    InsertPageView,
    ClosePageView,
    InsertStateChange,
    InsertChat,
    InsertHelp,
    ResolveHelp,
    InsertOutbox,
    UpsertStaff,
    UpsertSetting,
    InsertAudit,
    Count
};

const char *sqlFor(Stmt stmt);
const char *stmtName(Stmt stmt);

struct DbOp
{
    Stmt stmt;
    QVariantList args;
    QString owner = {}; // the session the write belongs to, if any: failures are reported per owner
};

} // namespace fw

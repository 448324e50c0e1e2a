#include "sqlstatements.h"

namespace fw {

const char *sqlFor(Stmt stmt)
{
    switch (stmt) {
    case Stmt::UpsertVisitor:
        return "INSERT INTO visitors (visitor_id, first_seen, last_seen) VALUES (?, ?, ?) "
               "ON CONFLICT (visitor_id) DO UPDATE SET last_seen = excluded.last_seen";
    case Stmt::InsertSession:
        return "INSERT INTO sessions (session_id, number, visitor_id, site_key, started_at, "
               "last_seen_at, device, lang, referrer, identity, customer_id, state, state_since) "
               "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (session_id) DO NOTHING";
    case Stmt::UpdateSession:
        return "UPDATE sessions SET last_seen_at = ?, ended_at = ?, identity = ?, customer_id = ?, "
               "last_seq = ?, server_seq = ?, acked_server_seq = ?, page_count = ?, state = ?, "
               "state_since = ?, claimed_by = ? WHERE session_id = ?";
    case Stmt::InsertEvent:
        return "INSERT INTO events (session_id, seq, type, received_at, client_at, data) "
               "VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (session_id, seq) DO NOTHING";
    case Stmt::InsertPageView:
        return "INSERT INTO page_views (session_id, seq, url, title, kind, product_id, "
               "category_id, query, entered_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) "
               "ON CONFLICT (session_id, seq) DO NOTHING";
    case Stmt::ClosePageView:
        return "UPDATE page_views SET left_at = ?, visible_ms = ? WHERE session_id = ? AND seq = ?";
    case Stmt::InsertStateChange:
        return "INSERT INTO state_changes (session_id, at, from_state, to_state, evidence) "
               "VALUES (?, ?, ?, ?, ?)";
    case Stmt::InsertChat:
        return "INSERT INTO chats (session_id, message_id, at, from_visitor, staff_user, "
               "staff_name, text) VALUES (?, ?, ?, ?, ?, ?, ?) "
               "ON CONFLICT (session_id, message_id) DO NOTHING";
    case Stmt::InsertHelp:
        return "INSERT INTO help_requests (session_id, help_id, kind, text, at) "
               "VALUES (?, ?, ?, ?, ?) ON CONFLICT (session_id, help_id) DO NOTHING";
    case Stmt::ResolveHelp:
        return "UPDATE help_requests SET resolved_at = ?, resolved_by = ? "
               "WHERE session_id = ? AND help_id = ?";
    case Stmt::InsertOutbox:
        return "INSERT INTO outbox (session_id, seq, at, type, payload) VALUES (?, ?, ?, ?, ?) "
               "ON CONFLICT (session_id, seq) DO NOTHING";
    case Stmt::UpsertStaff:
        return "INSERT INTO staff (name, display_name, role, password_hash, disabled, created_at, "
               "updated_at) VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT (name) DO UPDATE SET "
               "display_name = excluded.display_name, role = excluded.role, "
               "password_hash = excluded.password_hash, disabled = excluded.disabled, "
               "updated_at = excluded.updated_at";
    case Stmt::UpsertSetting:
        return "INSERT INTO settings (key, value, updated_at, updated_by) VALUES (?, ?, ?, ?) "
               "ON CONFLICT (key) DO UPDATE SET value = excluded.value, "
               "updated_at = excluded.updated_at, updated_by = excluded.updated_by";
    case Stmt::InsertAudit:
        return "INSERT INTO audit_log (at, actor, action, target, details, address) "
               "VALUES (?, ?, ?, ?, ?, ?)";
    case Stmt::Count:
        break;
    }
    return "";
}

const char *stmtName(Stmt stmt)
{
    static const char *const names[] = {
            "UpsertVisitor", "InsertSession", "UpdateSession",     "InsertEvent",
            "InsertPageView", "ClosePageView", "InsertStateChange", "InsertChat",
            "InsertHelp",     "ResolveHelp",   "InsertOutbox",      "UpsertStaff",
            "UpsertSetting",  "InsertAudit"};
    const auto i = std::size_t(stmt);
    return i < std::size(names) ? names[i] : "?";
}

} // namespace fw

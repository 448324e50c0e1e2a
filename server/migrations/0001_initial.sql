-- Floorwalker schema, version 1. Runs on SQLite and PostgreSQL: portable types only, times as
-- BIGINT milliseconds since the epoch, JSON as TEXT. {{AUTO_ID}} is the dialect's
-- auto-increment primary key. Statements end with a semicolon at the end of a line.

CREATE TABLE visitors (
    visitor_id TEXT PRIMARY KEY,
    first_seen BIGINT NOT NULL,
    last_seen BIGINT NOT NULL
);

CREATE TABLE sessions (
    session_id TEXT PRIMARY KEY,
    number BIGINT NOT NULL,
    visitor_id TEXT NOT NULL REFERENCES visitors (visitor_id),
    site_key TEXT NOT NULL,
    started_at BIGINT NOT NULL,
    last_seen_at BIGINT NOT NULL,
    ended_at BIGINT,
    device TEXT NOT NULL,
    lang TEXT NOT NULL,
    referrer TEXT NOT NULL,
    identity TEXT NOT NULL,
    customer_id TEXT,
    last_seq BIGINT NOT NULL DEFAULT 0,
    server_seq BIGINT NOT NULL DEFAULT 0,
    acked_server_seq BIGINT NOT NULL DEFAULT 0,
    page_count INTEGER NOT NULL DEFAULT 0,
    state TEXT NOT NULL,
    state_since BIGINT NOT NULL,
    claimed_by TEXT
);
CREATE INDEX sessions_open ON sessions (ended_at, last_seen_at);
CREATE INDEX sessions_customer ON sessions (customer_id);

CREATE TABLE events (
    session_id TEXT NOT NULL REFERENCES sessions (session_id),
    seq BIGINT NOT NULL,
    type TEXT NOT NULL,
    received_at BIGINT NOT NULL,
    client_at BIGINT,
    data TEXT NOT NULL,
    PRIMARY KEY (session_id, seq)
);

CREATE TABLE page_views (
    session_id TEXT NOT NULL REFERENCES sessions (session_id),
    seq BIGINT NOT NULL,
    url TEXT NOT NULL,
    title TEXT NOT NULL,
    kind TEXT NOT NULL,
    product_id TEXT,
    category_id TEXT,
    query TEXT,
    entered_at BIGINT NOT NULL,
    left_at BIGINT,
    visible_ms BIGINT,
    PRIMARY KEY (session_id, seq)
);

CREATE TABLE state_changes (
    id {{AUTO_ID}},
    session_id TEXT NOT NULL REFERENCES sessions (session_id),
    at BIGINT NOT NULL,
    from_state TEXT NOT NULL,
    to_state TEXT NOT NULL,
    evidence TEXT NOT NULL
);
CREATE INDEX state_changes_session ON state_changes (session_id, at);

CREATE TABLE chats (
    session_id TEXT NOT NULL REFERENCES sessions (session_id),
    message_id TEXT NOT NULL,
    at BIGINT NOT NULL,
    from_visitor INTEGER NOT NULL,
    staff_user TEXT,
    staff_name TEXT,
    text TEXT NOT NULL,
    PRIMARY KEY (session_id, message_id)
);

CREATE TABLE help_requests (
    session_id TEXT NOT NULL REFERENCES sessions (session_id),
    help_id TEXT NOT NULL,
    kind TEXT NOT NULL,
    text TEXT NOT NULL,
    at BIGINT NOT NULL,
    resolved_at BIGINT,
    resolved_by TEXT,
    PRIMARY KEY (session_id, help_id)
);

-- Everything sent to a visitor, stored before it is sent; replayed until acknowledged.
CREATE TABLE outbox (
    session_id TEXT NOT NULL REFERENCES sessions (session_id),
    seq BIGINT NOT NULL,
    at BIGINT NOT NULL,
    type TEXT NOT NULL,
    payload TEXT NOT NULL,
    PRIMARY KEY (session_id, seq)
);

CREATE TABLE staff (
    name TEXT PRIMARY KEY,
    display_name TEXT NOT NULL,
    role TEXT NOT NULL,
    password_hash TEXT NOT NULL,
    disabled INTEGER NOT NULL DEFAULT 0,
    created_at BIGINT NOT NULL,
    updated_at BIGINT NOT NULL
);

CREATE TABLE settings (
    key TEXT PRIMARY KEY,
    value TEXT NOT NULL,
    updated_at BIGINT NOT NULL,
    updated_by TEXT NOT NULL
);

CREATE TABLE audit_log (
    id {{AUTO_ID}},
    at BIGINT NOT NULL,
    actor TEXT NOT NULL,
    action TEXT NOT NULL,
    target TEXT NOT NULL,
    details TEXT NOT NULL,
    address TEXT NOT NULL
);
CREATE INDEX audit_log_at ON audit_log (at);

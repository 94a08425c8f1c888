-- The console's own store: sessions and their encrypted tokens, nothing else. No record of any service lives here.
CREATE SCHEMA IF NOT EXISTS pcms_web;

CREATE TABLE pcms_web.sessions (
    -- SHA-256 of the cookie's session id: the table gives no usable cookie.
    row_key       TEXT PRIMARY KEY,
    -- AES-GCM(id, access and refresh tokens), sealed to row_key.
    tokens        BYTEA       NOT NULL,
    created_at    TIMESTAMPTZ NOT NULL,
    last_used_at  TIMESTAMPTZ NOT NULL,
    expires_at    TIMESTAMPTZ NOT NULL
);

CREATE INDEX sessions_expiry ON pcms_web.sessions (expires_at);

-- Tables of the shared library, identical in every service's database (DESIGN §2, §4).
-- Versions 0.x belong to commons; services number their own migrations from 1 (out-of-order is enabled so a later
-- commons migration still applies after a service's).

-- Append-only, hash-chained audit log: each row hashes its fields and the previous row's hash.
create table audit_log (
    seq            bigint primary key,
    occurred_at    timestamptz not null,
    actor_username text        not null,
    actor_state    text        not null,
    actor_agency   text        not null,
    action         text        not null,
    record_type    text        not null,
    record_id      text        not null,
    owner_state    text        not null,
    owner_agency   text        not null,
    purpose        text,
    outcome        text        not null,
    prev_hash      char(64)    not null,
    hash           char(64)    not null
);
create index audit_log_owner_state_idx on audit_log (owner_state, seq desc);
create index audit_log_record_idx on audit_log (record_id);

create function audit_log_append_only() returns trigger language plpgsql as $$
begin
    raise exception 'audit_log is append-only';
end $$;
create trigger audit_log_no_update before update or delete on audit_log
    for each row execute function audit_log_append_only();
create trigger audit_log_no_truncate before truncate on audit_log
    for each statement execute function audit_log_append_only();

-- Transactional outbox: written with the change, published by the relay.
create table outbox_event (
    id          uuid primary key,
    routing_key text        not null,
    payload     jsonb       not null,
    created_at  timestamptz not null,
    sent_at     timestamptz
);
create index outbox_event_pending_idx on outbox_event (created_at, id) where sent_at is null;

-- Inbox: one row per event applied by a consumer queue.
create table inbox_event (
    consumer    text        not null,
    event_id    text        not null,
    event_type  text        not null,
    received_at timestamptz not null,
    primary key (consumer, event_id)
);

-- Idempotency keys of POST requests, per caller.
create table idempotency_record (
    subject         text        not null,
    idempotency_key text        not null,
    request_hash    char(64)    not null,
    status          int,
    location        text,
    etag            text,
    body            jsonb,
    created_at      timestamptz not null,
    primary key (subject, idempotency_key)
);

-- Access requests made from hits (DESIGN §2 rule 4).
create table access_request (
    id                 uuid primary key,
    record_type        text        not null,
    record_id          uuid        not null,
    owner_state        text        not null,
    owner_agency       text        not null,
    requester_username text        not null,
    requester_state    text        not null,
    requester_agency   text        not null,
    purpose            text        not null,
    status             text        not null,
    requested_at       timestamptz not null,
    decided_by         text,
    decided_at         timestamptz,
    decision_reason    text,
    version            bigint      not null default 0
);
create index access_request_owner_idx on access_request (owner_agency, status);

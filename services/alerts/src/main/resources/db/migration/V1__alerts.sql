-- Alerts: early warnings (CAP 1.2), notices and diffusions, watch lists, screenings, subscriptions and delivery.
create extension if not exists pg_trgm;

create table reference_counter (
    owner_state text    not null,
    kind        text    not null,
    year        integer not null,
    last_number integer not null,
    primary key (owner_state, kind, year)
);

create table alert (
    id                   uuid primary key,
    reference            text        not null unique,
    status               text        not null,
    msg_type             text        not null,
    revision             integer     not null default 0,
    cap_identifier       text,
    cap_sender           text,
    imported_from        text,
    categories           varchar[]   not null,
    event                text        not null,
    urgency              text        not null,
    severity             text        not null,
    certainty            text        not null,
    effective            timestamptz,
    expires              timestamptz,
    infos                jsonb       not null,
    areas                jsonb       not null,
    author_subject       text        not null,
    author_username      text        not null,
    approver_username    text,
    decided_at           timestamptz,
    rejection_reason     text,
    issued_at            timestamptz,
    sort_key             text        not null unique,
    owner_state          text        not null,
    owner_agency         text        not null,
    distribution         text        not null,
    shared_with          varchar[]   not null default '{}',
    handling_code        text        not null,
    handling_restriction text,
    source_reliability   text        not null,
    information_accuracy smallint    not null,
    review_by            date,
    discoverable         boolean     not null,
    version              bigint      not null default 0,
    created_at           timestamptz not null,
    updated_at           timestamptz not null
);
create index alert_owner_idx on alert (owner_state, distribution);
create index alert_status_idx on alert (status, expires);
create unique index alert_import_idx on alert (owner_agency, cap_sender, cap_identifier) where cap_identifier is not null;

create table notice (
    id                   uuid primary key,
    reference            text        not null unique,
    type                 text        not null,
    kind                 text        not null,
    status               text        not null,
    title                text        not null,
    summary              text        not null,
    subject_names        varchar[]   not null default '{}',
    action_requested     text,
    author_subject       text        not null,
    author_username      text        not null,
    reviewer_username    text,
    published_at         timestamptz,
    sort_key             text        not null unique,
    owner_state          text        not null,
    owner_agency         text        not null,
    distribution         text        not null,
    shared_with          varchar[]   not null default '{}',
    handling_code        text        not null,
    handling_restriction text,
    source_reliability   text        not null,
    information_accuracy smallint    not null,
    review_by            date,
    discoverable         boolean     not null,
    version              bigint      not null default 0,
    created_at           timestamptz not null,
    updated_at           timestamptz not null
);

create table watchlist_entry (
    id                   uuid primary key,
    reference            text        not null unique,
    kind                 text        not null,
    label                text        not null,
    details              jsonb       not null,
    name_keys            varchar[]   not null default '{}',
    identifiers          varchar[]   not null default '{}',
    birth_date           date,
    birth_year           integer,
    nationality          text,
    reason               text        not null,
    action_requested     text        not null,
    valid_from           date        not null,
    valid_until          date,
    active               boolean     not null default true,
    sort_key             text        not null unique,
    owner_state          text        not null,
    owner_agency         text        not null,
    distribution         text        not null,
    shared_with          varchar[]   not null default '{}',
    handling_code        text        not null,
    handling_restriction text,
    source_reliability   text        not null,
    information_accuracy smallint    not null,
    review_by            date,
    discoverable         boolean     not null,
    version              bigint      not null default 0,
    created_at           timestamptz not null,
    updated_at           timestamptz not null
);
create index watchlist_identifiers_idx on watchlist_entry using gin (identifiers);
create index watchlist_kind_idx on watchlist_entry (kind, active);

-- A screening run: who screened what, where and why; never the travellers themselves beyond the hits.
create table screening (
    id           uuid primary key,
    kind         text        not null,
    purpose      text        not null,
    location     text,
    reference    text,
    items        integer     not null,
    hits         integer     not null,
    actor_username text      not null,
    actor_state  text        not null,
    actor_agency text        not null,
    screened_at  timestamptz not null
);

create table subscription (
    id             uuid primary key,
    agency         text        not null,
    state          text        not null,
    name           text        not null,
    categories     varchar[]   not null default '{}',
    events         varchar[]   not null default '{}',
    area_codes     varchar[]   not null default '{}',
    center_lat     double precision,
    center_lon     double precision,
    radius_km      double precision,
    created_by     text        not null,
    version        bigint      not null default 0,
    created_at     timestamptz not null
);
create index subscription_agency_idx on subscription (agency);

-- One row per notification and recipient agency; read through the source record's own distribution.
create table inbox_item (
    id                   uuid primary key,
    recipient_agency     text        not null,
    recipient_state      text        not null,
    kind                 text        not null,
    source_type          text        not null,
    source_id            text        not null,
    source_revision      integer     not null default 0,
    title                text        not null,
    summary              text,
    urgency              text,
    escalation_of        uuid,
    acknowledged_at      timestamptz,
    acknowledged_by      text,
    escalated_at         timestamptz,
    delivered_at         timestamptz not null,
    sort_key             text        not null unique,
    owner_state          text        not null,
    owner_agency         text        not null,
    distribution         text        not null,
    shared_with          varchar[]   not null default '{}',
    handling_code        text        not null,
    handling_restriction text,
    source_reliability   text        not null,
    information_accuracy smallint    not null,
    review_by            date,
    discoverable         boolean     not null,
    version              bigint      not null default 0,
    unique (source_type, source_id, source_revision, kind, recipient_agency)
);
create index inbox_recipient_idx on inbox_item (recipient_agency, sort_key);
create index inbox_escalation_idx on inbox_item (urgency, acknowledged_at, escalated_at);

create table webhook (
    id          uuid primary key,
    partner     text        not null,
    agency      text        not null,
    url         text        not null,
    secret      text        not null,
    active      boolean     not null default true,
    created_at  timestamptz not null
);

-- Durable delivery queue of partner webhooks: one row per alert revision and webhook, retried with back-off.
create table webhook_delivery (
    id              uuid primary key,
    webhook_id      uuid        not null references webhook (id),
    alert_id        uuid        not null references alert (id),
    alert_revision  integer     not null,
    payload         text        not null,
    status          text        not null,
    attempts        integer     not null default 0,
    next_attempt_at timestamptz not null,
    last_error      text,
    delivered_at    timestamptz,
    created_at      timestamptz not null,
    unique (webhook_id, alert_id, alert_revision)
);
create index webhook_delivery_due_idx on webhook_delivery (status, next_attempt_at);

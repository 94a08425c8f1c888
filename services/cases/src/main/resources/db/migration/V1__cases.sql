-- Cases service schema. Sovereign tables carry the columns of DESIGN §2 (see commons Sovereignty).

-- Human references (ML-CASE-2026-000123, ML-REQ-2026-000045) are numbered per State, kind and year.
create table reference_counter (
    owner_state text    not null,
    kind        text    not null,
    year        integer not null,
    last_number integer not null,
    primary key (owner_state, kind, year)
);

create table investigation_case (
    id                   uuid primary key,
    reference            text        not null unique,
    title                text        not null,
    summary              text,
    threats              varchar[]   not null,
    status               text        not null,
    status_reason        text,
    status_changed_by    text        not null,
    status_changed_at    timestamptz not null,
    lead_investigator    text,
    participating_agencies varchar[] not null default '{}',
    prosecutor           text,
    court                text,
    judicial_reference   text,
    created_by           text        not null,
    created_at           timestamptz not null,
    updated_at           timestamptz not null,
    search_text          text        not null,
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
    version              bigint      not null default 0
);
create index investigation_case_owner on investigation_case (owner_state, owner_agency, distribution);
create index investigation_case_shared on investigation_case using gin (shared_with);
create index investigation_case_created on investigation_case (created_at desc, id desc);

create table case_link (
    case_id        uuid        not null references investigation_case (id),
    linked_case_id uuid        not null references investigation_case (id),
    relation       text        not null,
    created_by     text        not null,
    created_at     timestamptz not null,
    primary key (case_id, linked_case_id),
    check (case_id <> linked_case_id)
);

-- Everything that happened to a case, in order; visible to whoever sees the case.
create table case_timeline_entry (
    id         uuid primary key,
    seq        bigint generated always as identity,
    case_id    uuid        not null references investigation_case (id),
    at         timestamptz not null,
    actor      text        not null,
    actor_agency text      not null,
    kind       text        not null,
    detail     text        not null
);
create index case_timeline_entry_case on case_timeline_entry (case_id, seq);

create table subject (
    id                 uuid primary key,
    case_id            uuid        not null references investigation_case (id),
    kind               text        not null,
    role               text        not null,
    chain_stage        text,
    modus_operandi     varchar[]   not null default '{}',
    display_name       text        not null,
    details            jsonb       not null,
    protected_identity boolean     not null,
    minor              boolean     not null,
    identity_release   text        not null,
    released_by        text,
    created_by         text        not null,
    created_at         timestamptz not null,
    version            bigint      not null default 0
);
create index subject_case on subject (case_id, created_at, id);

-- Keyed hashes (HMAC-SHA-256) of strong identifiers, for cross-border hit / no-hit without revealing them.
create table subject_identifier (
    subject_id   uuid  not null references subject (id),
    case_id      uuid  not null references investigation_case (id),
    kind         text  not null,
    keyed_hash   text  not null,
    owner_state  text  not null,
    owner_agency text  not null,
    primary key (subject_id, kind, keyed_hash)
);
create index subject_identifier_lookup on subject_identifier (keyed_hash, kind);

-- One correlation per pair of cases (case_a < case_b), whatever the number of identifiers they share.
create table correlation_hit (
    id            uuid primary key,
    case_a        uuid        not null references investigation_case (id),
    case_b        uuid        not null references investigation_case (id),
    identifier_kinds varchar[] not null,
    detected_at   timestamptz not null,
    unique (case_a, case_b),
    check (case_a < case_b)
);

create table exchange_request (
    id                   uuid primary key,
    reference            text        not null unique,
    case_id              uuid references investigation_case (id),
    type                 text        not null,
    sender_state         text        not null,
    sender_agency        text        not null,
    sender_username      text        not null,
    recipient_agencies   varchar[]   not null,
    recipient_states     varchar[]   not null,
    urgency              text        not null,
    due_at               timestamptz not null,
    subject_line         text        not null,
    body                 text        not null,
    purpose              text        not null,
    legal_basis          text        not null,
    handling_code        text        not null,
    handling_restriction text,
    source_reliability   text        not null,
    information_accuracy smallint    not null,
    sent_at              timestamptz not null,
    closed               boolean     not null default false,
    version              bigint      not null default 0
);
create index exchange_request_sender on exchange_request (sender_agency, sent_at desc);
create index exchange_request_recipients on exchange_request using gin (recipient_agencies);

create table request_recipient (
    request_id      uuid        not null references exchange_request (id),
    agency          text        not null,
    state           text        not null,
    status          text        not null,
    acknowledged_at timestamptz,
    acknowledged_by text,
    answered_at     timestamptz,
    declined_reason text,
    primary key (request_id, agency)
);

create table request_message (
    id                   uuid primary key,
    request_id           uuid        not null references exchange_request (id),
    author_username      text        not null,
    author_state         text        not null,
    author_agency        text        not null,
    addressed_to         varchar[]   not null,
    body                 text        not null,
    handling_code        text        not null,
    handling_restriction text,
    source_reliability   text        not null,
    information_accuracy smallint    not null,
    final_answer         boolean     not null,
    created_at           timestamptz not null
);
create index request_message_request on request_message (request_id, created_at, id);

create table attachment (
    id           uuid primary key,
    request_id   uuid        not null references exchange_request (id),
    file_name    text        not null,
    content_type text        not null,
    size_bytes   bigint      not null,
    sha256       text        not null,
    content      bytea       not null,
    uploaded_by  text        not null,
    uploaded_agency text     not null,
    uploaded_at  timestamptz not null
);
create index attachment_request on attachment (request_id, uploaded_at);

create table joint_team (
    id                  uuid primary key,
    case_id             uuid        not null references investigation_case (id),
    name                text        not null,
    agreement_reference text        not null,
    leader_agency       text        not null,
    member_agencies     varchar[]   not null,
    valid_from          date        not null,
    valid_until         date        not null,
    status              text        not null,
    granted_agencies    varchar[]   not null default '{}',
    distribution_before_grant text,
    created_by          text        not null,
    created_at          timestamptz not null,
    version             bigint      not null default 0,
    check (valid_until >= valid_from)
);
create index joint_team_case on joint_team (case_id);

create table controlled_delivery (
    id                uuid primary key,
    case_id           uuid        not null references investigation_case (id),
    consignment       text        not null,
    planned_start     timestamptz not null,
    planned_end       timestamptz not null,
    status            text        not null,
    route_states      varchar[]   not null,
    started_at        timestamptz,
    outcome           text,
    outcome_detail    text,
    outcome_at        timestamptz,
    owner_state       text        not null,
    owner_agency      text        not null,
    created_by        text        not null,
    created_at        timestamptz not null,
    version           bigint      not null default 0
);

create table delivery_leg (
    delivery_id     uuid        not null references controlled_delivery (id),
    position        integer     not null,
    state           text        not null,
    role            text        not null,
    handover_point  text        not null,
    authority       text,
    authorisation_reference text,
    authorised_on   date,
    authorised_by   text,
    primary key (delivery_id, position)
);

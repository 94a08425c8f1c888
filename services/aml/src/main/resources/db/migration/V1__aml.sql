-- aml: suspicious transaction reports with their subjects, accounts and transactions (sovereign, default AGENCY),
-- sanctions lists (reference data) with entries and their history, screening hits, asset measures, FIU-to-FIU requests.
-- References between rows of one report are deferred: Hibernate inserts the rows of a report in no guaranteed order.
create extension if not exists pg_trgm;

create sequence report_number_seq;
create sequence asset_measure_number_seq;
create sequence fiu_request_number_seq;

create table report (
    id                   uuid primary key,
    reference            text        not null unique,
    kind                 text        not null,
    source               text        not null,
    reporting_entity     text        not null,
    reporting_branch     text,
    entity_reference     text,
    submission_date      timestamptz not null,
    local_currency       char(3),
    reason               text        not null,
    action               text,
    indicators           varchar[]   not null default '{}',
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
create index report_owner_idx on report (owner_state, distribution);
create index report_created_idx on report (created_at desc, id desc);
-- One goAML report per reporting entity and reference, per owning FIU: a file sent twice is refused, not doubled.
create unique index report_entity_reference_idx on report (owner_agency, reporting_entity, entity_reference)
    where entity_reference is not null;

create table report_subject (
    id            uuid primary key,
    report_id     uuid        not null references report (id),
    kind          text        not null,
    role          text        not null,
    full_name     text        not null,
    first_name    text,
    last_name     text,
    birth_date    date,
    nationality   char(2),
    id_number     text,
    search_text   text        not null,
    position      int         not null
);
create index report_subject_report_idx on report_subject (report_id, position);
create index report_subject_search_idx on report_subject using gin (search_text gin_trgm_ops);
create index report_subject_id_number_idx on report_subject (id_number);

create table report_account (
    id                uuid primary key,
    report_id         uuid        not null references report (id),
    kind              text        not null,
    institution       text        not null,
    number            text        not null,
    currency          char(3),
    holder_subject_id uuid references report_subject (id) deferrable initially deferred,
    position          int         not null
);
create index report_account_report_idx on report_account (report_id, position);
create index report_account_number_idx on report_account (number);

create table report_transaction (
    id              uuid primary key,
    report_id       uuid           not null references report (id),
    number          text,
    occurred_at     timestamptz    not null,
    amount          numeric(19, 4) not null check (amount >= 0),
    currency        char(3)        not null,
    channel         text           not null,
    description     text,
    from_subject_id uuid references report_subject (id) deferrable initially deferred,
    from_account_id uuid references report_account (id) deferrable initially deferred,
    to_subject_id   uuid references report_subject (id) deferrable initially deferred,
    to_account_id   uuid references report_account (id) deferrable initially deferred,
    position        int            not null
);
create index report_transaction_report_idx on report_transaction (report_id, position);

-- Dissemination to law enforcement: an explicit act of the owning FIU, kept besides the audit log.
create table report_dissemination (
    id              uuid primary key,
    report_id       uuid        not null references report (id),
    recipients      varchar[]   not null,
    purpose         text        not null,
    disseminated_by text        not null,
    disseminated_at timestamptz not null
);
create index report_dissemination_report_idx on report_dissemination (report_id, disseminated_at);

create table sanctions_list (
    id                   uuid primary key,
    code                 text        not null unique,
    name                 text        not null,
    kind                 text        not null,
    generated_at         timestamptz,
    last_imported_at     timestamptz,
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
    created_at           timestamptz not null
);

create table sanctions_entry (
    id               uuid primary key,
    list_id          uuid        not null references sanctions_list (id),
    reference_number text        not null,
    kind             text        not null,
    primary_name     text        not null,
    status           text        not null,
    listed_on        date,
    content          jsonb       not null,
    content_hash     char(64)    not null,
    first_seen_at    timestamptz not null,
    last_changed_at  timestamptz not null,
    delisted_at      timestamptz,
    version          bigint      not null default 0,
    unique (list_id, reference_number)
);
create index sanctions_entry_status_idx on sanctions_entry (list_id, status, reference_number);

create table sanctions_import (
    id          uuid primary key,
    list_id     uuid        not null references sanctions_list (id),
    file_sha256 char(64)    not null,
    imported_by text        not null,
    imported_at timestamptz not null,
    individuals int         not null,
    entities    int         not null,
    added       int         not null,
    updated     int         not null,
    delisted    int         not null,
    relisted    int         not null,
    unchanged   int         not null
);
create index sanctions_import_list_idx on sanctions_import (list_id, imported_at desc);

-- History of every entry: its content before each change.
create table sanctions_entry_change (
    id               uuid primary key,
    entry_id         uuid        not null references sanctions_entry (id),
    import_id        uuid        not null references sanctions_import (id),
    change           text        not null,
    previous_content jsonb,
    changed_at       timestamptz not null
);
create index sanctions_entry_change_entry_idx on sanctions_entry_change (entry_id, changed_at);

-- Automatic screening of a report's subjects: the hit belongs to the report (same visibility).
create table screening_hit (
    id               uuid primary key,
    report_id        uuid          not null references report (id),
    subject_id       uuid          not null references report_subject (id),
    entry_id         uuid          not null references sanctions_entry (id),
    score            numeric(5, 4) not null,
    explanation      jsonb         not null,
    screened_at      timestamptz   not null
);
create index screening_hit_report_idx on screening_hit (report_id, score desc);

create table asset_measure (
    id                   uuid primary key,
    reference            text           not null unique,
    kind                 text           not null,
    asset_kind           text           not null,
    asset_description    text           not null,
    holder_name          text,
    value                numeric(19, 4) check (value >= 0),
    currency             char(3),
    legal_basis          text           not null,
    ordering_authority   text           not null,
    ordered_on           date           not null,
    report_id            uuid references report (id),
    status               text           not null,
    owner_state          text           not null,
    owner_agency         text           not null,
    distribution         text           not null,
    shared_with          varchar[]      not null default '{}',
    handling_code        text           not null,
    handling_restriction text,
    source_reliability   text           not null,
    information_accuracy smallint       not null,
    review_by            date,
    discoverable         boolean        not null,
    version              bigint         not null default 0,
    created_at           timestamptz    not null,
    updated_at           timestamptz    not null
);
create index asset_measure_created_idx on asset_measure (created_at desc, id desc);

create table asset_measure_status (
    id         uuid primary key,
    measure_id uuid        not null references asset_measure (id),
    status     text        not null,
    note       text,
    changed_by text        not null,
    changed_at timestamptz not null
);
create index asset_measure_status_measure_idx on asset_measure_status (measure_id, changed_at);

-- A request from one FIU to another State's FIU: owned by the requesting FIU, shared with the answering FIU only.
create table fiu_request (
    id                   uuid primary key,
    reference            text        not null unique,
    requesting_agency    text        not null,
    answering_agency     text        not null,
    purpose              text        not null,
    foreseen_use         text        not null,
    urgency              text        not null,
    due_date             date        not null,
    question             text        not null,
    subject_names        varchar[]   not null default '{}',
    status               text        not null,
    reply                text,
    replied_by           text,
    replied_at           timestamptz,
    consent              text        not null,
    consent_recipients   varchar[]   not null default '{}',
    consent_purpose      text,
    consent_conditions   text,
    consent_by           text,
    consent_at           timestamptz,
    usefulness           text,
    feedback             text,
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
create index fiu_request_created_idx on fiu_request (created_at desc, id desc);
create index fiu_request_agencies_idx on fiu_request (requesting_agency, answering_agency);

-- Onward dissemination of a reply by the requesting FIU, only after the answering FIU's consent.
create table fiu_request_dissemination (
    id              uuid primary key,
    request_id      uuid        not null references fiu_request (id),
    recipient       text        not null,
    purpose         text        not null,
    disseminated_by text        not null,
    disseminated_at timestamptz not null
);
create index fiu_request_dissemination_idx on fiu_request_dissemination (request_id, disseminated_at);

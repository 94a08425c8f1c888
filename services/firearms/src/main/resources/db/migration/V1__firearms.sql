-- Firearms registry (issue 6). Sovereign tables carry the same sovereignty columns as every service's (DESIGN §2).
-- Records are never deleted: destroyed and deactivated are statuses, and the history is append-only.

create sequence firearm_reference_seq;
create sequence seizure_reference_seq;
create sequence trace_request_reference_seq;

create table firearm (
    id                   uuid primary key,
    reference            text        not null unique,
    type                 text        not null,
    make                 text        not null,
    make_key             text        not null,
    model                text,
    calibre              text,
    calibre_key          text,
    serial_as_marked     text        not null,
    serial_normalised    text        not null,
    serial_folded        text        not null,
    manufacture_country  text,
    manufacture_year     smallint,
    import_country       text,
    import_year          smallint,
    other_markings       text,
    holder_category      text        not null,
    custody_agency       text,
    status               text        not null,
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
-- One record per physical firearm and holding agency: what makes a stockpile re-import idempotent.
create unique index firearm_identity_idx on firearm (owner_agency, make_key, serial_normalised);
create index firearm_serial_idx on firearm (serial_normalised text_pattern_ops);
create index firearm_serial_folded_idx on firearm (serial_folded text_pattern_ops);
create index firearm_owner_idx on firearm (owner_state, distribution);
create index firearm_created_idx on firearm (created_at, id);

create table firearm_status_change (
    id           uuid primary key,
    seq          bigint generated always as identity,
    firearm_id   uuid        not null references firearm (id),
    from_status  text,
    to_status    text        not null,
    occurred_on  date        not null,
    place        text,
    reason       text,
    changed_at   timestamptz not null,
    changed_by   text        not null,
    changed_by_state  text   not null,
    changed_by_agency text   not null
);
create index firearm_status_change_firearm_idx on firearm_status_change (firearm_id, seq);

-- The status history is evidence (UN Firearms Protocol record-keeping): rows are appended, never rewritten.
create function firearm_status_change_append_only() returns trigger language plpgsql as $$
begin
    raise exception 'firearm_status_change is append-only';
end $$;
create trigger firearm_status_change_no_update before update or delete on firearm_status_change
    for each row execute function firearm_status_change_append_only();
create trigger firearm_status_change_no_truncate before truncate on firearm_status_change
    for each statement execute function firearm_status_change_append_only();
-- Nor are firearm records ever deleted.
create function firearm_never_deleted() returns trigger language plpgsql as $$
begin
    raise exception 'firearm records are never deleted';
end $$;
create trigger firearm_no_delete before delete on firearm
    for each row execute function firearm_never_deleted();

create table seizure (
    id                   uuid primary key,
    reference            text        not null unique,
    seized_on            date        not null,
    place                text        not null,
    case_reference       text,
    circumstances        text,
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
create index seizure_seized_idx on seizure (seized_on desc, id);

create table seizure_item (
    seizure_id            uuid     not null references seizure (id),
    position              smallint not null,
    firearm_id            uuid     not null references firearm (id),
    newly_registered      boolean  not null,
    matched_firearm_id    uuid references firearm (id),
    matched_owner_state   text,
    matched_owner_agency  text,
    matched_discoverable  boolean,
    primary key (seizure_id, position)
);
create index seizure_item_firearm_idx on seizure_item (firearm_id);

-- Told to the State whose licit record a seized firearm matched. Owned by the seizing agency (it is the seizure's
-- information) and shared with the matched record's State only.
create table diversion_notice (
    id                    uuid primary key,
    seizure_id            uuid        not null references seizure (id),
    seized_firearm_id     uuid        not null references firearm (id),
    matched_firearm_id    uuid        not null references firearm (id),
    matched_reference     text        not null,
    matched_owner_state   text        not null,
    matched_owner_agency  text        not null,
    seized_on             date        not null,
    serial_normalised     text        not null,
    make                  text        not null,
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
create index diversion_notice_created_idx on diversion_notice (created_at desc, id);

create table trace_request (
    id                   uuid primary key,
    reference            text        not null unique,
    addressed_to         text        not null,
    addressee_basis      text        not null,
    firearm_id           uuid references firearm (id),
    type                 text        not null,
    make                 text        not null,
    model                text,
    calibre              text,
    serial_as_marked     text        not null,
    serial_normalised    text        not null,
    manufacture_country  text,
    manufacture_year     smallint,
    import_country       text,
    import_year          smallint,
    other_markings       text,
    circumstances        text        not null,
    urgency              text        not null,
    due_date             date        not null,
    status               text        not null,
    submitted_at         timestamptz not null,
    submitted_by         text        not null,
    acknowledged_at      timestamptz,
    acknowledged_by      text,
    answered_at          timestamptz,
    answered_by          text,
    outcome              text,
    last_legal_holder    text,
    transfer_chain       jsonb,
    answer_detail        text,
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
create index trace_request_submitted_idx on trace_request (submitted_at desc, id);
create index trace_request_addressee_idx on trace_request (addressed_to, status, due_date);

create table stockpile_import (
    id                   uuid primary key,
    file_name            text,
    total_rows           int         not null,
    imported             int         not null,
    already_present      int         not null,
    rejected             int         not null,
    report               jsonb       not null,
    imported_at          timestamptz not null,
    imported_by          text        not null,
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

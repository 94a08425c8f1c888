-- A minimal sovereign record to exercise the shared library against PostgreSQL.
create table test_record (
    id                   uuid primary key,
    label                text     not null,
    batch                text     not null,
    owner_state          text     not null,
    owner_agency         text     not null,
    distribution         text     not null,
    shared_with          varchar[] not null default '{}',
    granted_to           varchar[] not null default '{}',
    handling_code        text     not null,
    handling_restriction text,
    source_reliability   text     not null,
    information_accuracy smallint not null,
    review_by            date,
    discoverable         boolean  not null,
    version              bigint   not null default 0
);

create table test_effect (
    event_id text primary key,
    applied  int not null
);

-- The cross-registry correlation index (docs/sovereignty.md): strong identifiers every holder publishes as keyed
-- hashes (event <service>.identifiers.published: cases' subjects, watch-list entries, firearm records, financial
-- intelligence reports), and the matches between records of two States. Names and dates of birth are not in it yet.

-- A record as its holder last published it: kind, reference and owner, nothing of its content.
create table registry_record (
    service      text        not null,
    record_id    uuid        not null,
    record_type  text        not null,
    reference    text        not null,
    owner_state  text        not null,
    owner_agency text        not null,
    discoverable boolean     not null,
    withdrawn    boolean     not null,
    published_at timestamptz not null,
    primary key (service, record_id)
);
create index registry_record_owner_agency on registry_record (owner_agency);
create index registry_record_owner_state on registry_record (owner_state);

-- Its keyed identifiers, item by item (a case's subject, a report's account, or the record itself); label and hint
-- (the first characters of the value) explain a match to the record's owner alone.
create table registry_identifier (
    service    text not null,
    record_id  uuid not null,
    item_id    uuid not null,
    kind       text not null,
    keyed_hash text not null,
    item_type  text not null,
    label      text not null,
    hint       text,
    primary key (service, record_id, item_id, kind, keyed_hash),
    foreign key (service, record_id) references registry_record (service, record_id)
);
create index registry_identifier_lookup on registry_identifier (keyed_hash, kind);

-- One match per pair of records, side a before side b in byte order of "service:record_id", whatever the number of
-- identifiers they share: a redelivered or concurrent event finds the pair there and notifies nobody again.
create table registry_match (
    id               uuid primary key,
    service_a        text        not null,
    record_a         uuid        not null,
    service_b        text        not null,
    record_b         uuid        not null,
    identifier_kinds varchar[]   not null,
    keyed_hashes     varchar[]   not null,
    detected_at      timestamptz not null,
    unique (service_a, record_a, service_b, record_b),
    check ((service_a || ':' || record_a::text) collate "C" < (service_b || ':' || record_b::text) collate "C"),
    foreign key (service_a, record_a) references registry_record (service, record_id),
    foreign key (service_b, record_b) references registry_record (service, record_id)
);
create index registry_match_b on registry_match (service_b, record_b);
create index registry_match_detected on registry_match (detected_at desc, id desc);

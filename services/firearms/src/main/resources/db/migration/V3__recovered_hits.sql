-- Lost and stolen firearms found by another State (iARMS): matching that forgives typing and spelling, the finding
-- told to the owner, and the outcome the owner records.

-- Makes are compared by family (makes/makes.txt) over their compact form: no case, accents, spaces or punctuation.
-- New rows get it from Makes.compact; existing ones are computed alike here.
alter table firearm add column make_compact text;
update firearm set make_compact = regexp_replace(make_key, '[^[:alnum:]]', '', 'g');
alter table firearm alter column make_compact set not null;
create index firearm_make_compact_idx on firearm (make_compact);

-- Folding now also merges L with 1 and Z with 2 (Serials.fold).
update firearm set serial_folded = translate(serial_normalised, 'OILZSB', '011258');

-- What a seizer's hit says of a matched record reported lost or stolen: the status and since when.
alter table seizure_item add column matched_status text;
alter table seizure_item add column matched_reported_on date;

-- A finding of another State's lost or stolen firearm by a seizure, a search or a trace request. Owned by the finder
-- (it is the finder's information: where, when, why) and shared with the record's State, which is notified and
-- records the outcome in the firearm's history.
create table recovered_hit (
    id                    uuid primary key,
    firearm_id            uuid        not null references firearm (id),
    firearm_reference     text        not null,
    firearm_owner_state   text        not null,
    firearm_owner_agency  text        not null,
    firearm_status        text        not null,
    reported_on           date,
    found_through         text        not null,
    source_id             uuid,
    source_reference      text,
    -- One finding per seizure or trace request and firearm, and per searcher, firearm and day.
    finding_key           text        not null unique,
    found_on              date        not null,
    place                 text,
    purpose               text,
    finder_username       text        not null,
    make_as_found         text,
    serial_as_found       text        not null,
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
create index recovered_hit_created_idx on recovered_hit (created_at desc, id);
create index recovered_hit_firearm_idx on recovered_hit (firearm_id);
create index recovered_hit_source_idx on recovered_hit (source_id);

-- The finding an outcome (recovered, returned to its holder, destroyed) answers, when the owner names it.
alter table firearm_status_change add column recovered_hit_id uuid references recovered_hit (id);

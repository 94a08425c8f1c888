-- Directory: jurisdictions (reference), agencies (reference data of each State), points of contact (sovereign records).
create extension if not exists pg_trgm;

create table jurisdiction (
    code    text primary key,
    kind    text not null check (kind in ('MEMBER_STATE', 'REGIONAL_UNIT', 'PARTNER')),
    name_fr text not null,
    name_en text not null
);

create table agency (
    code          text primary key,
    state         text        not null references jurisdiction (code),
    name_fr       text        not null,
    name_en       text,
    name_original text,
    type          text        not null,
    competences   varchar[]   not null default '{}',
    parent_code   text references agency (code),
    desk_phone    text,
    desk_email    text,
    desk_hours    text,
    status        text        not null default 'ACTIVE',
    search_text   text        not null,
    version       bigint      not null default 0,
    created_at    timestamptz not null default now(),
    updated_at    timestamptz not null default now()
);
create index agency_state_idx on agency (state, code);
create index agency_competences_idx on agency using gin (competences);
create index agency_search_idx on agency using gin (search_text gin_trgm_ops);

create table contact (
    id                   uuid primary key,
    agency_code          text        not null references agency (code),
    full_name            text        not null,
    rank                 text,
    function             text,
    languages            varchar[]   not null default '{}',
    phones               varchar[]   not null default '{}',
    secure_email         text,
    availability         text,
    competences          varchar[]   not null default '{}',
    liaison_officer      boolean     not null default false,
    active               boolean     not null default true,
    sort_key             text        not null unique,
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
    version              bigint      not null default 0,
    created_at           timestamptz not null default now(),
    updated_at           timestamptz not null default now()
);
create index contact_agency_idx on contact (agency_code, sort_key);
create index contact_owner_idx on contact (owner_state, distribution);
create index contact_competences_idx on contact using gin (competences);
create index contact_search_idx on contact using gin (search_text gin_trgm_ops);

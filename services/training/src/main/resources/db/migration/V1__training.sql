-- Training: catalogue, sessions, nominations (with attendance and assessment), certificates, immersion placements.
-- Every table but attendance carries the sovereignty columns (docs/sovereignty.md); attendance is read only through
-- its nomination.

create table course (
    id                          uuid primary key,
    code                        text        not null unique,
    title_fr                    text        not null,
    title_en                    text        not null,
    description_fr              text,
    description_en              text,
    topics                      varchar[]   not null default '{}',
    modality                    text        not null check (modality in ('CLASSROOM', 'IMMERSION', 'E_LEARNING')),
    duration_days               integer     not null check (duration_days > 0),
    partner                     text,
    prerequisites               text,
    assessment_required         boolean     not null,
    pass_mark                   integer     not null check (pass_mark between 0 and 100),
    certificate_validity_months integer check (certificate_validity_months > 0),
    search_text                 text        not null,
    owner_state                 text        not null,
    owner_agency                text        not null,
    distribution                text        not null,
    shared_with                 varchar[]   not null default '{}',
    handling_code               text        not null,
    handling_restriction        text,
    source_reliability          text        not null,
    information_accuracy        smallint    not null,
    review_by                   date,
    discoverable                boolean     not null,
    version                     bigint      not null default 0,
    created_at                  timestamptz not null,
    updated_at                  timestamptz not null
);
create index course_owner_idx on course (owner_state, distribution);
create index course_topics_idx on course using gin (topics);

create table training_session (
    id                   uuid primary key,
    course_id            uuid        not null references course (id),
    start_date           date        not null,
    end_date             date        not null,
    host_state           text        not null,
    host_agency          text        not null,
    venue                text        not null,
    trainers             varchar[]   not null default '{}',
    language             text        not null,
    capacity             integer     not null check (capacity > 0),
    quotas               jsonb       not null,
    status               text        not null check (status in ('PLANNED', 'OPEN', 'FULL', 'IN_PROGRESS', 'COMPLETED', 'CANCELLED')),
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
    updated_at           timestamptz not null,
    check (end_date >= start_date)
);
create index training_session_course_idx on training_session (course_id, start_date);
create index training_session_dates_idx on training_session (start_date, id);

create table nomination (
    id                   uuid primary key,
    session_id           uuid        not null references training_session (id),
    contact_id           uuid        not null,
    nominee_name         text        not null,
    nominee_agency       text        not null,
    nominee_state        text        not null,
    motivation           text,
    status               text        not null check (status in ('NOMINATED', 'ACCEPTED', 'WAITLISTED', 'DECLINED', 'WITHDRAWN', 'COMPLETED', 'NOT_COMPLETED')),
    waitlist_position    bigint,
    decision_reason      text,
    assessment_score     integer check (assessment_score between 0 and 100),
    assessment_passed    boolean,
    attendance_rate      numeric(5, 4),
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
create index nomination_session_idx on nomination (session_id, created_at, id);
create index nomination_contact_idx on nomination (contact_id);
-- One live nomination of an officer per session: a declined or withdrawn officer may be nominated again.
create unique index nomination_live_uq on nomination (session_id, contact_id)
    where status not in ('DECLINED', 'WITHDRAWN');
create sequence waitlist_position_seq;

create table attendance (
    nomination_id uuid        not null references nomination (id),
    day           date        not null,
    status        text        not null check (status in ('PRESENT', 'ABSENT', 'LATE', 'EXCUSED')),
    recorded_by   text        not null,
    recorded_at   timestamptz not null,
    primary key (nomination_id, day)
);

create table certificate (
    id                   uuid primary key,
    code                 text        not null unique,
    nomination_id        uuid        not null unique references nomination (id),
    contact_id           uuid        not null,
    holder_name          text        not null,
    holder_agency        text        not null,
    holder_state         text        not null,
    course_code          text        not null,
    course_title_fr      text        not null,
    course_title_en      text        not null,
    session_id           uuid        not null references training_session (id),
    completed_on         date        not null,
    issued_at            timestamptz not null,
    valid_until          date,
    key_id               text        not null,
    signature            text        not null,
    revoked_at           timestamptz,
    revocation_reason    text,
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
create index certificate_contact_idx on certificate (contact_id);

create table placement (
    id                   uuid primary key,
    contact_id           uuid        not null,
    officer_name         text        not null,
    officer_agency       text        not null,
    officer_state        text        not null,
    host_agency          text        not null,
    host_state           text        not null,
    start_date           date        not null,
    end_date             date        not null,
    objectives           text        not null,
    status               text        not null check (status in ('PROPOSED', 'ACCEPTED', 'DECLINED', 'CANCELLED')),
    decision_reason      text,
    decided_by           text,
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
    updated_at           timestamptz not null,
    check (end_date >= start_date),
    check (host_state <> officer_state)
);
create index placement_contact_idx on placement (contact_id);
create index placement_host_idx on placement (host_agency, start_date);

-- Human references (NE-CASE-2026-000042) are numbered per State, kind and year by ReferenceNumbers. A service that
-- numbered its records otherwise before moves its last numbers here in a migration of its own, which runs after this
-- one (its tables may not exist yet when this one runs).
create table reference_number_counter (
    owner_state text    not null,
    kind        text    not null,
    year        integer not null,
    last_number bigint  not null,
    primary key (owner_state, kind, year)
);

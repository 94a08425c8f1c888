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

-- For a service that numbered its records by other means: each counter carries on after the highest number already
-- given in the named tables (a text column "reference" in the scheme above) for its State, kind and year.
create function continue_reference_numbers(tables text[]) returns void language plpgsql as $$
declare
    numbered text;
begin
    foreach numbered in array tables loop
        execute format($sql$
            insert into reference_number_counter (owner_state, kind, year, last_number)
            select split_part(reference, '-', 1), split_part(reference, '-', 2),
                   split_part(reference, '-', 3)::integer, max(split_part(reference, '-', 4)::bigint)
            from %I group by 1, 2, 3
            on conflict (owner_state, kind, year)
            do update set last_number = greatest(reference_number_counter.last_number, excluded.last_number)$sql$,
            numbered);
    end loop;
end
$$;

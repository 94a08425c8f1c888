-- Possible matches by name and date of birth (services/cases/README.md, "Correlation"). A name with a date of birth
-- is no strong identifier: two spellings of it are compared by the matching module, and a hit is a possible match,
-- apart from the hits on strong identifiers.

-- The date of birth of a person subject (full dates only), the blocking keys of its names and the version they were
-- computed with: a subject keyed under another version is keyed again when it is next a candidate.
alter table subject add column birth_date date;
alter table subject add column name_keys varchar[];
alter table subject add column name_keys_version text;
update subject set birth_date = cast(details -> 'person' ->> 'dateOfBirth' as date)
    where details -> 'person' ->> 'dateOfBirth' ~ '^\d{4}-\d{2}-\d{2}$';
create index subject_birth_date on subject (birth_date) where birth_date is not null;

-- The exact-name hashes that stood for names with dates of birth: possible matches replace them.
delete from subject_identifier where kind = 'NAME_AND_DATE_OF_BIRTH';

-- One possible match per pair of subjects (subject_a < subject_b), whoever is added first.
create table subject_match (
    id          uuid primary key,
    subject_a   uuid          not null references subject (id),
    subject_b   uuid          not null references subject (id),
    case_a      uuid          not null references investigation_case (id),
    case_b      uuid          not null references investigation_case (id),
    basis       text          not null,
    name_score  numeric(5, 4) not null,
    detected_at timestamptz   not null,
    unique (subject_a, subject_b),
    check (subject_a < subject_b)
);
create index subject_match_case_a on subject_match (case_a);
create index subject_match_case_b on subject_match (case_b);

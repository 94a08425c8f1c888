-- The matching engine's sentences of each screening hit of a report, by language (fr, en, ar): a hit is stored when
-- the report is recorded and read later by officers of other languages. Hits stored before have none.
alter table screening_hit add column sentences jsonb not null default '{}'::jsonb;

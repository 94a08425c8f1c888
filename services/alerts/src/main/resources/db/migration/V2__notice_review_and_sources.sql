-- Notices: the reviewer's decision and reason, and the platform event a notice was drafted from (one notice per
-- source record, however often the event is delivered).
alter table notice add column review_reason text;
alter table notice add column reviewed_at timestamptz;
alter table notice add column source_type text;
alter table notice add column source_id text;
create unique index notice_source_idx on notice (source_type, source_id) where source_id is not null;
create index notice_owner_idx on notice (owner_state, distribution, status);

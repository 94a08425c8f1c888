-- How officers name the record an audit row is about, as it was when the row was written: its human reference and
-- its title or label. Null for rows written before, for refused attempts, and for kinds of record without them.
alter table audit_log add column record_reference text;
alter table audit_log add column record_title text;

-- An access request states its legal basis; a grant has a scope, conditions and an end date, and may be revoked
-- or expire (issue: access requests everywhere).
alter table access_request add column legal_basis text;
alter table access_request add column scope text;
alter table access_request add column conditions text;
alter table access_request add column granted_until date;
alter table access_request add column ended_by text;
alter table access_request add column ended_at timestamptz;
alter table access_request add column end_reason text;
create index access_request_requester_idx on access_request (requester_agency, status);
create index access_request_record_idx on access_request (record_id, requester_agency, status);
create index access_request_running_grants_idx on access_request (granted_until) where status = 'GRANTED';

create index audit_log_owner_agency_idx on audit_log (owner_agency, seq desc);

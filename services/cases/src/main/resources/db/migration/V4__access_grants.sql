-- Agencies granted access by an access request (or, for cases, a joint investigation team), kept apart from the
-- owner's shared_with so that a grant opens a record to that agency alone and ends without touching the owner's
-- sharing. Every table embedding the sovereignty columns carries it (commons Visibility reads it).
alter table investigation_case add column granted_to varchar[] not null default '{}';

-- Joint teams now grant access apart from sharing, so the distribution they used to widen is not kept.
alter table joint_team drop column distribution_before_grant;

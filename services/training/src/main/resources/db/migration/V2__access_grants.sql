-- Agencies granted access by an access request (or, for cases, a joint investigation team), kept apart from the
-- owner's shared_with so that a grant opens a record to that agency alone and ends without touching the owner's
-- sharing. Every table embedding the sovereignty columns carries it (commons Visibility reads it).
alter table course add column granted_to varchar[] not null default '{}';
alter table training_session add column granted_to varchar[] not null default '{}';
alter table nomination add column granted_to varchar[] not null default '{}';
alter table certificate add column granted_to varchar[] not null default '{}';
alter table placement add column granted_to varchar[] not null default '{}';

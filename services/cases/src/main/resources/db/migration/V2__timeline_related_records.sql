-- A timeline entry that names another record (a linked or correlated case, an exchange request, an access request)
-- stores that record's id, so that it is shown only to readers who may see that record (DESIGN §2 rule 8).
alter table case_timeline_entry add column related_kind text;
alter table case_timeline_entry add column related_id uuid;
alter table case_timeline_entry add column owner_only boolean not null default false;
-- Entries written before named their other record in free text only: shown to the case's owning agency alone.
update case_timeline_entry set owner_only = true
 where kind in ('LINKED', 'CORRELATION_HIT', 'REQUEST_SENT', 'REQUEST_ACKNOWLEDGED', 'REQUEST_ANSWERED',
                'REQUEST_DECLINED', 'REPLY_RECEIVED', 'ACCESS_REQUESTED', 'ACCESS_GRANTED', 'ACCESS_DECLINED');

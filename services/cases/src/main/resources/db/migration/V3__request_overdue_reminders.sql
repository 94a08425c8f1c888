-- When the sender and a late recipient were reminded that the request passed its due date: once per recipient.
alter table request_recipient add column overdue_reported_at timestamptz;
-- The overdue check looks only at open requests past their due date.
create index exchange_request_open_due on exchange_request (due_at) where not closed;

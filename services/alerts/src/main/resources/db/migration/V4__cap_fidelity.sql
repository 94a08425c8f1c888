-- CAP as the sender wrote it (issue: real-world formats without loss).
--
-- cap_status: CAP's own status (Actual, Exercise, System, Test, Draft), apart from the workflow status.
-- issued_messages: every CAP message the platform sent for the alert, each with its own identifier and sent time,
--   so that an Update or a Cancel references the messages before it.
-- cap_received: an imported message element by element (every info block with its own areas and resources);
-- cap_original: its bytes as received (a signed message is served unchanged); cap_signature: what its XML signature
--   proved (unsigned, signed by a trusted signer, signed by another).
-- inbox_item.cap_status: an exercise or a test is shown as such in the inbox and never escalated.
-- cap_trusted_signer: the certificates of senders whose signatures are trusted, kept by an administrator.
alter table alert add column cap_status text not null default 'Actual';
alter table alert add column issued_messages jsonb not null default '[]';
alter table alert add column cap_received jsonb;
alter table alert add column cap_original bytea;
alter table alert add column cap_signature jsonb;

-- Alerts issued before this migration: their one message so far, under the identifier they were sent with.
update alert set issued_messages = jsonb_build_array(jsonb_build_object('revision', revision, 'identifier', reference,
        'sent', to_char(issued_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"'), 'msgType', msg_type))
    where issued_at is not null;

alter table inbox_item add column cap_status text;

create table cap_trusted_signer (
    id          uuid primary key,
    label       text        not null,
    subject     text        not null,
    fingerprint text        not null unique,
    certificate text        not null,
    not_after   timestamptz not null,
    added_by    text        not null,
    added_at    timestamptz not null
);

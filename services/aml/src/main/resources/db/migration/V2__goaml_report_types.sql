-- Reports of every goAML report_code: the reason may be given on each reported party instead of the report,
-- persons named through another subject (directors, signatories, conductors) keep their goAML role, multi-party
-- transactions keep their other parties, and dealers' reports keep their goods and services.
alter table report alter column reason drop not null;

alter table report_subject add column role_code text;
alter table report_subject add column reason text;

-- Parties of an involved_parties transaction that neither pay nor are paid (witness, broker …).
alter table report_transaction add column other_subject_ids uuid[] not null default '{}';

create table report_goods (
    id                        uuid primary key,
    report_id                 uuid           not null references report (id),
    transaction_id            uuid references report_transaction (id) deferrable initially deferred,
    item_type                 text           not null,
    item_make                 text,
    description               text,
    estimated_value           numeric(19, 4) check (estimated_value >= 0),
    disposed_value            numeric(19, 4) check (disposed_value >= 0),
    currency                  char(3),
    size                      numeric(19, 4) check (size >= 0),
    size_unit                 text,
    status_code               text,
    registration_date         date,
    registration_number       text,
    identification_number     text,
    previously_registered_to  text,
    presently_registered_to   text,
    comments                  text,
    position                  int            not null
);
create index report_goods_report_idx on report_goods (report_id, position);

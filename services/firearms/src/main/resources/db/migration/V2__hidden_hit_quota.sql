-- Hidden hits revealed to each caller per UTC day (DESIGN §2 rule 8: hidden records answer only complete serials, and
-- not without limit), and the owners already warned that the caller went past the quota that day.
create table hidden_hit_quota (
    caller_username text   not null,
    day             date   not null,
    hits            int    not null default 0,
    warned_agencies text[] not null default '{}',
    primary key (caller_username, day)
);

-- The retention review (issue 20, item 6): which records' owners were told that a review date is near or past, so
-- that a restart, a second run or a second instance never tells them twice. One row per record, review date and
-- notice; a re-confirmed record has a new date and is announced again when that one nears.
create table review_notice (
    record_id    uuid        not null,
    review_by    date        not null,
    notice       text        not null check (notice in ('DUE', 'OVERDUE')),
    record_type  text        not null,
    announced_at timestamptz not null,
    primary key (record_id, review_by, notice)
);

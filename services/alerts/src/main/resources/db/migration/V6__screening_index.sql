-- Screening reads its candidates from an in-memory index of the watch list (alerts.screening.WatchlistIndex) built
-- with the shared matching engine: the stored screening keys and the term dictionary of the previous engine go.
drop table watchlist_screening_term;
drop index watchlist_screening_keys_idx;
drop index watchlist_screening_keys_version_idx;
alter table watchlist_entry drop column screening_keys;
alter table watchlist_entry drop column screening_keys_version;

-- change_xid: the transaction that last wrote the row (pg_current_xact_id, 64 bits, never wraps), set by the database
-- on every insert and update, whoever writes (the service, another replica, a bulk load with SQL). A replica's index
-- reads the rows whose change_xid is at or above the oldest transaction still running when it last read
-- (pg_snapshot_xmin): a row written by a transaction that commits late is read the next time, whatever order
-- transactions commit in, which a time stamp or a sequence would not guarantee.
alter table watchlist_entry add column change_xid bigint;
update watchlist_entry set change_xid = pg_current_xact_id()::text::bigint;
alter table watchlist_entry alter column change_xid set not null;
create index watchlist_change_xid_idx on watchlist_entry (change_xid);

create function watchlist_entry_changed() returns trigger language plpgsql as $$
begin
    new.change_xid := pg_current_xact_id()::text::bigint;
    return new;
end
$$;
create trigger watchlist_entry_changed before insert or update on watchlist_entry
    for each row execute function watchlist_entry_changed();

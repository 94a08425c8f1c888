-- Screening candidates are fetched by blocking keys instead of reading the whole watch list.
--
-- screening_keys: the keys of every name and alias of an entry (NameMatcher.screeningKeys: T:token, S:consonant
-- skeleton, C:romanisation cluster, J:skeleton of the core tokens written together); screening_keys_version: the
-- NameMatcher.keysVersion() they were computed under. Both null until the service computes them: the keys follow
-- the Java matcher and its romanisation table, so they are not computed here. The service fills every row that has
-- none or another version, in batches, from start-up on and then periodically (rows loaded with SQL included);
-- until then such a row is a candidate of every screening, so no hit waits for it.
alter table watchlist_entry add column screening_keys varchar[];
alter table watchlist_entry add column screening_keys_version text;
create index watchlist_screening_keys_idx on watchlist_entry using gin (screening_keys);
-- Rows without keys or with keys of another version: "is null", "<" and ">" are all index range scans.
create index watchlist_screening_keys_version_idx on watchlist_entry (screening_keys_version);

-- The T: and J: keys of every entry ever keyed (never deleted: a term no entry holds any more costs one useless
-- lookup): the dictionary in which a screened name's Jaro-Winkler-close spellings are looked up, since closeness by
-- spelling has no exact key. Written in the transaction that writes the entry's keys.
create table watchlist_screening_term (
    term text primary key
);

-- Where the directory is in Keycloak's admin events (revocations): the time of the last event read and the ids of the
-- events of that millisecond already read, so that a restart neither misses nor replays one.
CREATE TABLE admin_event_cursor (
    id         SMALLINT PRIMARY KEY CHECK (id = 1),
    last_time  BIGINT NOT NULL,
    last_ids   TEXT   NOT NULL
);

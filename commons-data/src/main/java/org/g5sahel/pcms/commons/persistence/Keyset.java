package org.g5sahel.pcms.commons.persistence;

import java.time.Instant;
import java.util.UUID;
import org.g5sahel.pcms.commons.rest.Cursors;

/** Keyset position in a newest-first list ordered by an instant then the id (cases, requests, firearms...). */
public record Keyset(Instant at, UUID id) {

    /** The HQL condition "after this position" on the given instant attribute; binds {@code :afterAt}, {@code :afterId}. */
    public static String after(String instantAttribute) {
        return "(" + instantAttribute + " < :afterAt or (" + instantAttribute + " = :afterAt and id < :afterId))";
    }

    public String key() {
        return at + "|" + id;
    }

    public static String key(Instant at, UUID id) {
        return new Keyset(at, id).key();
    }

    /** The position a cursor names, null for the first page; a cursor that is not ours is a client error. */
    public static Keyset parse(String cursor) {
        String key = Cursors.decode(cursor);
        if (key == null) {
            return null;
        }
        int bar = key.indexOf('|');
        try {
            return new Keyset(Instant.parse(key.substring(0, bar)), UUID.fromString(key.substring(bar + 1)));
        } catch (RuntimeException e) {
            throw Cursors.invalid();
        }
    }
}

package org.g5sahel.pcms.commons.review;

import java.time.LocalDate;
import java.util.UUID;
import org.g5sahel.pcms.commons.rest.Cursors;

/** Keyset position in the review list, ordered by review date then id. */
record ReviewKey(LocalDate reviewBy, UUID id) {

    String key() {
        return reviewBy + "|" + id;
    }

    /** The position a cursor names, null for the first page; a cursor that is not ours is a client error. */
    static ReviewKey parse(String cursor) {
        String key = Cursors.decode(cursor);
        if (key == null) {
            return null;
        }
        int bar = key.indexOf('|');
        try {
            return new ReviewKey(LocalDate.parse(key.substring(0, bar)), UUID.fromString(key.substring(bar + 1)));
        } catch (RuntimeException e) {
            throw Cursors.invalid();
        }
    }
}

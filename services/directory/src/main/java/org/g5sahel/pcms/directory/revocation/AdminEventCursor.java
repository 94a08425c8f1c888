package org.g5sahel.pcms.directory.revocation;

import java.util.HashSet;
import java.util.Set;

/**
 * How far the directory has read: the time of the last event read and the ids of the events of that millisecond
 * (Keycloak's query is by time, at or after; two events may share a millisecond).
 */
public record AdminEventCursor(long time, Set<String> idsAtTime) {

    public AdminEventCursor {
        idsAtTime = Set.copyOf(idsAtTime);
    }

    boolean hasRead(AdminEvent event) {
        return event.time() < time || event.time() == time && idsAtTime.contains(event.id());
    }

    AdminEventCursor after(AdminEvent event) {
        if (event.time() > time) {
            return new AdminEventCursor(event.time(), Set.of(event.id()));
        }
        Set<String> ids = new HashSet<>(idsAtTime);
        ids.add(event.id());
        return new AdminEventCursor(time, ids);
    }
}

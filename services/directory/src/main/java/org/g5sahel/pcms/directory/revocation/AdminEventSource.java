package org.g5sahel.pcms.directory.revocation;

import java.util.List;

/** Keycloak's admin events of the realm. */
public interface AdminEventSource {

    /** Events at or after {@code fromMillis}, a page of {@code max} from {@code first}. */
    List<AdminEvent> page(long fromMillis, int first, int max);
}

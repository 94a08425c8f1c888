package org.g5sahel.pcms.directory.revocation;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import org.g5sahel.pcms.directory.keycloak.KeycloakRealm;

/** The realm's admin events about users and organization members, through the directory's service account. */
@ApplicationScoped
public class KeycloakAdminEvents implements AdminEventSource {

    private static final List<String> RESOURCE_TYPES = List.of("USER", "ORGANIZATION_MEMBERSHIP");
    /** No upper bound: Keycloak's query wants one. */
    private static final long FAR_FUTURE = 4_102_444_800_000L;

    private final KeycloakRealm keycloak;

    public KeycloakAdminEvents(KeycloakRealm keycloak) {
        this.keycloak = keycloak;
    }

    @Override
    public List<AdminEvent> page(long fromMillis, int first, int max) {
        return keycloak
                .call(realm -> realm.getAdminEvents(
                        null, null, null, null, null, null, RESOURCE_TYPES, fromMillis, FAR_FUTURE, first, max, "asc"))
                .stream()
                .map(e -> new AdminEvent(
                        e.getId(),
                        e.getTime(),
                        e.getOperationType(),
                        e.getResourceType(),
                        e.getResourcePath(),
                        e.getRepresentation()))
                .toList();
    }
}

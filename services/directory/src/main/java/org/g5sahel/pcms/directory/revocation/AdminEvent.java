package org.g5sahel.pcms.directory.revocation;

/**
 * The part of a Keycloak admin event the revocations read.
 *
 * @param representation the JSON of the changed resource (the realm keeps it: {@code adminEventsDetailsEnabled})
 */
public record AdminEvent(
        String id, long time, String operationType, String resourceType, String resourcePath, String representation) {}

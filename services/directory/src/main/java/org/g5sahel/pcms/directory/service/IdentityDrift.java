package org.g5sahel.pcms.directory.service;

/** One disagreement between the directory and Keycloak, as the drift report lists it. */
public record IdentityDrift(String agency, Kind kind, String detail) {

    public enum Kind {
        MISSING_ORGANIZATION,
        ORGANIZATION_WITHOUT_AGENCY,
        ENABLED_DIFFERS,
        STATE_DIFFERS,
        DESCRIPTION_DIFFERS,
        IDENTITY_PROVIDER_OF_ANOTHER_AGENCY
    }
}

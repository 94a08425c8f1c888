package org.g5sahel.pcms.directory.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;
import java.util.Optional;

/**
 * The directory's link to Keycloak: one organization per agency, and the agencies' identity providers. The directory
 * signs in with its own service account (client credentials), which holds realm-management roles only.
 */
@ConfigMapping(prefix = "pcms.directory.identity")
public interface IdentityConfig {

    /** Off in the service's own tests, which have no Keycloak; every identity endpoint then answers 503. */
    @WithDefault("true")
    boolean enabled();

    /** Keycloak's base URL, e.g. {@code http://localhost:8180}. */
    Optional<String> keycloakUrl();

    /** The realm whose organizations and identity providers the directory keeps. */
    @WithDefault("pcms")
    String realm();

    @WithDefault("pcms-directory")
    String clientId();

    Optional<String> clientSecret();

    /**
     * How often the directory reads Keycloak's admin events for officers whose access was withdrawn (disabled,
     * deleted, removed from their organization, signed out by an administrator): the main part of the delay before
     * the services refuse their tokens.
     */
    @WithDefault("5s")
    String revocationPollInterval();

    /**
     * How long the public list of sign-in options is kept before Keycloak is read again: anyone may ask for it
     * without a token, and must not make the directory call Keycloak at every request.
     */
    @WithDefault("60s")
    Duration signInOptionsCache();
}

package org.g5sahel.pcms.directory.keycloak;

import io.quarkus.logging.Log;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;
import java.util.function.Function;
import org.g5sahel.pcms.commons.problem.ProblemException;
import org.g5sahel.pcms.commons.problem.ProblemType;
import org.g5sahel.pcms.directory.config.IdentityConfig;
import org.keycloak.OAuth2Constants;
import org.keycloak.admin.client.Keycloak;
import org.keycloak.admin.client.KeycloakBuilder;
import org.keycloak.admin.client.resource.RealmResource;

/**
 * The admin API of the pcms realm, as the directory's service account. Built on first use, so that the directory
 * starts (and serves its reference data) while Keycloak is still starting.
 */
@ApplicationScoped
public class KeycloakRealm {

    private final IdentityConfig config;
    private Keycloak keycloak;

    public KeycloakRealm(IdentityConfig config) {
        this.config = config;
    }

    public boolean configured() {
        return config.enabled()
                && config.keycloakUrl().isPresent()
                && config.clientSecret().isPresent();
    }

    /**
     * Runs calls on the realm's admin API. Keycloak unreachable or failing is a 503 for the caller (and a retry for an
     * event consumer); Keycloak refusing a call the directory made is logged with its answer.
     */
    public <T> T call(Function<RealmResource, T> calls) {
        RealmResource realm = client().realm(config.realm());
        try {
            return calls.apply(realm);
        } catch (ProcessingException e) {
            Log.warnf("Keycloak unreachable at %s: %s", config.keycloakUrl().orElseThrow(), e.getMessage());
            throw new ProblemException(ProblemType.SERVICE_UNAVAILABLE, "identity.keycloak-unreachable");
        } catch (WebApplicationException e) {
            Log.errorf("Keycloak refused an admin call: %s", e.getMessage());
            throw new ProblemException(ProblemType.SERVICE_UNAVAILABLE, "identity.keycloak-refused");
        }
    }

    /** Keycloak's own URL for the realm, as identity providers see it (the broker endpoints hang below it). */
    public String realmUrl() {
        return config.keycloakUrl().orElseThrow() + "/realms/" + config.realm();
    }

    private synchronized Keycloak client() {
        if (!configured()) {
            throw new ProblemException(ProblemType.SERVICE_UNAVAILABLE, "identity.not-configured");
        }
        if (keycloak == null) {
            keycloak = KeycloakBuilder.builder()
                    .serverUrl(config.keycloakUrl().orElseThrow())
                    .realm(config.realm())
                    .grantType(OAuth2Constants.CLIENT_CREDENTIALS)
                    .clientId(config.clientId())
                    .clientSecret(config.clientSecret().orElseThrow())
                    .build();
        }
        return keycloak;
    }

    @PreDestroy
    synchronized void close() {
        if (keycloak != null) {
            keycloak.close();
        }
    }
}

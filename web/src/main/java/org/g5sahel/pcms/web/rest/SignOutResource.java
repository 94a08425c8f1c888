package org.g5sahel.pcms.web.rest;

import io.quarkus.logging.Log;
import io.quarkus.oidc.OidcConfigurationMetadata;
import io.quarkus.oidc.OidcSession;
import io.quarkus.oidc.RefreshToken;
import io.quarkus.security.Authenticated;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Signing out ends both sessions from the server: Keycloak's, by the back-channel logout of the officer's refresh
 * token, and the console's (its row and cookie). No token ever passes through the browser, not even the ID token a
 * front-channel logout would put in the redirect's address.
 */
@Path("/sign-out")
@Authenticated
public class SignOutResource {

    private static final HttpClient KEYCLOAK =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private final OidcSession session;
    private final RefreshToken refreshToken;
    private final OidcConfigurationMetadata keycloak;
    private final String clientId;
    private final String clientSecret;

    public SignOutResource(
            OidcSession session,
            RefreshToken refreshToken,
            OidcConfigurationMetadata keycloak,
            @ConfigProperty(name = "quarkus.oidc.client-id") String clientId,
            @ConfigProperty(name = "quarkus.oidc.credentials.secret") String clientSecret) {
        this.session = session;
        this.refreshToken = refreshToken;
        this.keycloak = keycloak;
        this.clientId = clientId;
        this.clientSecret = clientSecret;
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response signOut() {
        endKeycloakSession();
        session.logout().await().atMost(Duration.ofSeconds(10));
        return Response.seeOther(URI.create("/sign-in")).build();
    }

    private void endKeycloakSession() {
        String form = "client_id=" + encode(clientId) + "&client_secret=" + encode(clientSecret) + "&refresh_token="
                + encode(refreshToken.getToken());
        try {
            HttpResponse<Void> answer = KEYCLOAK.send(
                    HttpRequest.newBuilder(URI.create(keycloak.getEndSessionUri()))
                            .timeout(Duration.ofSeconds(10))
                            .header("Content-Type", "application/x-www-form-urlencoded")
                            .POST(HttpRequest.BodyPublishers.ofString(form))
                            .build(),
                    HttpResponse.BodyHandlers.discarding());
            if (answer.statusCode() >= 300) {
                Log.warnf("Keycloak answered %d to a sign-out; the console session ends anyway", answer.statusCode());
            }
        } catch (java.io.IOException e) {
            // The console's session still ends; Keycloak's ends at its idle timeout.
            Log.warnf("Could not reach Keycloak to end a session: %s", e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static String encode(String value) {
        return URLEncoder.encode(value == null ? "" : value, StandardCharsets.UTF_8);
    }
}

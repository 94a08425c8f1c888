package org.g5sahel.pcms.gateway.security;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;
import java.util.UUID;
import org.g5sahel.pcms.gateway.FakeUpstream;
import org.g5sahel.pcms.gateway.GatewayTestResource;
import org.g5sahel.pcms.gateway.InjectFakeUpstream;
import org.g5sahel.pcms.gateway.InjectTestTokens;
import org.g5sahel.pcms.gateway.TestTokens;
import org.junit.jupiter.api.Test;

/**
 * The gateway refuses, with a 401 problem and without calling the service, every {@code /api} request that lacks a
 * valid token.
 */
@QuarkusTest
@WithTestResource(GatewayTestResource.class)
class EdgeAuthenticationTest {

    @InjectFakeUpstream
    FakeUpstream upstream;

    @InjectTestTokens
    TestTokens tokens;

    @Test
    void refusesRequestWithoutToken() {
        assertRefused(given());
    }

    @Test
    void refusesExpiredToken() {
        assertRefused(given().auth().oauth2(tokens.expired()));
    }

    @Test
    void refusesTokenFromAnotherIssuer() {
        assertRefused(given().auth().oauth2(tokens.withIssuer("https://evil.example/realms/pcms")));
    }

    @Test
    void refusesTokenForAnotherAudience() {
        assertRefused(given().auth().oauth2(tokens.withAudience("another-api")));
    }

    @Test
    void refusesTamperedToken() {
        assertRefused(given().auth().oauth2(tokens.tampered()));
    }

    @Test
    void refusesUnsignedToken() {
        assertRefused(given().auth().oauth2(tokens.unsigned()));
    }

    @Test
    void refusesGarbageToken() {
        assertRefused(given().auth().oauth2("not-a-jwt"));
    }

    @Test
    void refusesNonBearerCredentials() {
        assertRefused(given().auth().preemptive().basic("admin", "admin"));
    }

    @Test
    void acceptsValidToken() {
        String path = "/api/directory/v1/agencies/" + UUID.randomUUID();
        given().auth().oauth2(tokens.valid()).when().get(path).then().statusCode(200);
        assertThat(upstream.requestsTo(path)).hasSize(1);
    }

    @Test
    void letsAnonymousCallersReachOnlyThePublicPaths() {
        String publicPath = "/api/directory/v1/public/" + UUID.randomUUID();
        given().when().get(publicPath).then().statusCode(200);
        assertThat(upstream.requestsTo(publicPath)).hasSize(1);
        assertThat(upstream.requestsTo(publicPath).get(0).header("Authorization"))
                .isNull();

        assertRefused(given(), publicPath + "/more");
        assertRefused(given(), "/api/directory/v1/publicity");
    }

    private void assertRefused(RequestSpecification request) {
        assertRefused(request, "/api/directory/v1/agencies/" + UUID.randomUUID());
    }

    private void assertRefused(RequestSpecification request, String path) {
        request.when()
                .get(path)
                .then()
                .statusCode(401)
                .contentType("application/problem+json")
                .header("WWW-Authenticate", startsWith("Bearer"))
                .body("type", equalTo("https://pcms.g5sahel.org/problems/unauthenticated"))
                .body("status", equalTo(401))
                .body("instance", equalTo(path));
        assertThat(upstream.requestsTo(path))
                .as("requests that reached the service")
                .isEmpty();
    }
}

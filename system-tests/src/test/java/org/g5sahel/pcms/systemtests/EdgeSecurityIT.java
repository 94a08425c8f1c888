package org.g5sahel.pcms.systemtests;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Tokens at the edge and at every service, with real Keycloak tokens: only a valid pcms token of the right audience
 * passes.
 */
class EdgeSecurityIT {

    private static final String AGENCIES = "/api/directory/v1/agencies";

    /** The gateway, then one read of each service (its first protected GET without parameters, from its OpenAPI). */
    private static List<String> everyLayer() {
        List<String> urls = new ArrayList<>(List.of(Platform.GATEWAY + AGENCIES));
        for (String service : Platform.services()) {
            OpenApi.operations().stream()
                    .filter(o -> o.service().equals(service)
                            && o.method().equals("get")
                            && !o.publicPath()
                            && !o.streaming()
                            && !o.path().contains("{"))
                    .findFirst()
                    .ifPresent(o -> urls.add(o.directUrl()));
        }
        assertThat(urls).hasSize(Platform.services().size() + 1);
        return urls;
    }

    @BeforeAll
    static void platform() {
        Platform.get();
    }

    @Test
    void aValidTokenPassesTheGatewayAndTheService() {
        String token = Tokens.of("ne-investigator");
        given().auth()
                .oauth2(token)
                .get(Platform.GATEWAY + AGENCIES + "/NE-OCRTIS")
                .then()
                .statusCode(200)
                .header("X-Request-Id", org.hamcrest.Matchers.notNullValue())
                .body("code", equalTo("NE-OCRTIS"));
        given().auth()
                .oauth2(token)
                .get(Platform.DIRECTORY + AGENCIES + "/NE-OCRTIS")
                .then()
                .statusCode(200);
    }

    @Test
    void noTokenIs401AtBothLayers() {
        for (String url : everyLayer()) {
            given().get(url).then().statusCode(401).contentType("application/problem+json");
        }
    }

    @Test
    void forgedTokensAre401AtBothLayers() {
        String valid = Tokens.of("ne-investigator");
        for (String forged : List.of(Tokens.tampered(valid), Tokens.unsigned(valid), "garbage")) {
            for (String url : everyLayer()) {
                given().auth().oauth2(forged).get(url).then().statusCode(401);
            }
        }
    }

    @Test
    void aTokenForAnotherAudienceIs401() {
        // admin-cli tokens of the pcms realm do not carry the pcms-api audience.
        String otherAudience = Tokens.passwordAndCode(Platform.ISSUER, "admin-cli", "ne-investigator");
        for (String url : everyLayer()) {
            given().auth().oauth2(otherAudience).get(url).then().statusCode(401);
        }
    }

    @Test
    void aTokenOfAnotherRealmIs401() {
        String admin = Tokens.adminToken();
        given().auth()
                .oauth2(admin)
                .contentType(ContentType.JSON)
                .body(Map.of(
                        "realm",
                        "foreign",
                        "enabled",
                        true,
                        "users",
                        List.of(Map.of(
                                "username",
                                "ne-investigator",
                                "enabled",
                                true,
                                "firstName",
                                "Foreign",
                                "lastName",
                                "User",
                                "email",
                                "foreign@demo.pcms.local",
                                "emailVerified",
                                true,
                                "credentials",
                                List.of(Map.of("type", "password", "value", "demo", "temporary", false)))),
                        "clients",
                        List.of(Map.of(
                                "clientId",
                                "pcms-cli",
                                "publicClient",
                                true,
                                "directAccessGrantsEnabled",
                                true,
                                "standardFlowEnabled",
                                false))))
                .post(Platform.KEYCLOAK + "/admin/realms")
                .then()
                .statusCode(org.hamcrest.Matchers.oneOf(201, 409));
        String foreign = Tokens.password(Platform.KEYCLOAK + "/realms/foreign", "pcms-cli", "ne-investigator");
        for (String url : everyLayer()) {
            given().auth().oauth2(foreign).get(url).then().statusCode(401);
        }
    }

    @Test
    void anExpiredTokenIs401() throws Exception {
        String admin = Tokens.adminToken();
        given().auth()
                .oauth2(admin)
                .contentType(ContentType.JSON)
                .body(Map.of(
                        "clientId",
                        "systest-short-lived",
                        "publicClient",
                        true,
                        "directAccessGrantsEnabled",
                        true,
                        "standardFlowEnabled",
                        false,
                        "attributes",
                        Map.of("access.token.lifespan", "1")))
                .post(Platform.KEYCLOAK + "/admin/realms/pcms/clients")
                .then()
                .statusCode(org.hamcrest.Matchers.oneOf(201, 409));
        String shortLived = Tokens.passwordAndCode(Platform.ISSUER, "systest-short-lived", "ne-investigator");
        long expiry = Tokens.expiry(shortLived);
        await().atMost(Duration.ofSeconds(10)).until(() -> Instant.now().getEpochSecond() > expiry + 1);
        for (String url : everyLayer()) {
            given().auth().oauth2(shortLived).get(url).then().statusCode(401);
        }
    }

    @Test
    void theWrongRoleIs403() {
        given().auth()
                .oauth2(Tokens.of("ne-investigator"))
                .contentType(ContentType.JSON)
                .body("{\"code\":\"NE-SYSTEST\",\"state\":\"NE\",\"nameFr\":\"Test\",\"type\":\"POLICE\"}")
                .post(Platform.GATEWAY + AGENCIES)
                .then()
                .statusCode(403)
                .contentType("application/problem+json");
    }

    @Test
    void aCreationsLocationNamesTheGatewayNotTheService() {
        String location = given().auth()
                .oauth2(Tokens.of("ne-investigator"))
                .contentType(ContentType.JSON)
                .body("{\"title\":\"Filière d’armes Tillabéri\",\"threats\":[\"DRUG_TRAFFICKING\"]}")
                .post(Platform.GATEWAY + "/api/cases/v1/cases")
                .then()
                .statusCode(201)
                .extract()
                .header("Location");

        assertThat(location).startsWith(Platform.GATEWAY + "/api/cases/v1/cases/");
    }

    @Test
    void aBurstOverTheLimitIs429WithRetryAfter() throws Exception {
        String token = Tokens.of("td-analyst");
        // Many requests at once: the bucket (RATE_LIMIT_BURST, refilled at 5 per second) empties however slow each
        // request is on a busy machine, which a sequential loop could not guarantee.
        int requests = Platform.RATE_LIMIT_BURST * 4;
        var pool = Executors.newFixedThreadPool(24);
        List<Future<Response>> answers = new ArrayList<>();
        try {
            for (int i = 0; i < requests; i++) {
                answers.add(pool.submit(
                        () -> given().auth().oauth2(token).get(Platform.GATEWAY + AGENCIES + "/TD-POLICE")));
            }
            List<Response> limited = new ArrayList<>();
            for (var answer : answers) {
                var response = answer.get();
                assertThat(response.statusCode()).isIn(200, 429);
                if (response.statusCode() == 429) {
                    limited.add(response);
                }
            }
            assertThat(limited).isNotEmpty();
            assertThat(limited.get(0).contentType()).startsWith("application/problem+json");
            assertThat(Integer.parseInt(limited.get(0).header("Retry-After"))).isPositive();
        } finally {
            pool.shutdownNow();
        }
    }
}

package org.g5sahel.pcms.systemtests;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.restassured.http.ContentType;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * An officer disabled in Keycloak loses access within 30 s, long before his 300 s token expires: Keycloak's admin
 * event → the directory's poller → directory.user.revoked → every service's deny list; his live stream closes.
 */
class RevocationIT {

    private static final String USERS = Platform.KEYCLOAK + "/admin/realms/pcms/users";
    private static final String REVOKED = "https://pcms.g5sahel.org/problems/token-revoked";

    @BeforeAll
    static void platform() {
        Platform.get();
    }

    @Test
    void aDisabledOfficerIsRefusedEverywhereAndHisStreamClosesWithin30Seconds() throws Exception {
        String username = "revocation-" + UUID.randomUUID().toString().substring(0, 8);
        String id = createOfficer(username);
        try {
            String token = Tokens.of(username);
            String gatewayCases = Platform.GATEWAY + "/api/cases/v1/cases";
            String serviceCases = Platform.service("cases") + "/api/cases/v1/cases";
            given().auth().oauth2(token).get(gatewayCases).then().statusCode(200);
            given().auth().oauth2(token).get(serviceCases).then().statusCode(200);

            List<String> received = new CopyOnWriteArrayList<>();
            CompletableFuture<Void> stream = HttpClient.newHttpClient()
                    // At the service: the gateway's idle timeout would end a quiet stream by itself.
                    .sendAsync(
                            HttpRequest.newBuilder(URI.create(Platform.service("alerts") + "/api/alerts/v1/stream"))
                                    .header("Authorization", "Bearer " + token)
                                    .header("Accept", "text/event-stream")
                                    .GET()
                                    .build(),
                            HttpResponse.BodyHandlers.ofLines())
                    .thenAccept(response -> {
                        received.add("HTTP " + response.statusCode());
                        response.body().forEach(received::add);
                    });
            await().atMost(Duration.ofSeconds(20))
                    .until(() -> received.stream().anyMatch(l -> l.contains("connected")));
            assertThat(received.get(0)).isEqualTo("HTTP 200");

            assertThat(stream)
                    .as("the stream is open before the officer is disabled")
                    .isNotDone();
            Instant disabled = Instant.now();
            given().auth()
                    .oauth2(Tokens.adminToken())
                    .contentType(ContentType.JSON)
                    .body(Map.of("enabled", false))
                    .put(USERS + "/" + id)
                    .then()
                    .statusCode(204);

            await().atMost(Duration.ofSeconds(30))
                    .pollInterval(Duration.ofMillis(250))
                    .until(() -> refusedAsRevoked(token, gatewayCases)
                            && refusedAsRevoked(token, serviceCases)
                            && stream.isDone());
            System.out.printf(
                    "Access of a disabled officer withdrawn after %d ms (gateway, cases, alerts' stream)%n",
                    Duration.between(disabled, Instant.now()).toMillis());
            assertThat(stream).isCompleted();
            // Another service refuses it too, with the problem's text in the caller's language.
            given().auth()
                    .oauth2(token)
                    .header("Accept-Language", "en")
                    .get(Platform.service("directory") + "/api/directory/v1/agencies")
                    .then()
                    .statusCode(401)
                    .contentType("application/problem+json")
                    .body("type", org.hamcrest.Matchers.equalTo(REVOKED))
                    .body("title", org.hamcrest.Matchers.equalTo("Access withdrawn"));
            // A colleague's token is untouched.
            given().auth()
                    .oauth2(Tokens.of("ne-investigator"))
                    .get(gatewayCases)
                    .then()
                    .statusCode(200);
        } finally {
            given().auth()
                    .oauth2(Tokens.adminToken())
                    .delete(USERS + "/" + id)
                    .then()
                    .statusCode(204);
        }
    }

    private static boolean refusedAsRevoked(String token, String url) {
        var response = given().auth().oauth2(token).get(url).then().extract();
        return response.statusCode() == 401 && REVOKED.equals(response.path("type"));
    }

    /** A dedicated investigator of NE-OCRTIS (never a shared demo user, which other tests sign in as). */
    private static String createOfficer(String username) {
        String admin = Tokens.adminToken();
        String location = given().auth()
                .oauth2(admin)
                .contentType(ContentType.JSON)
                .body(Map.of(
                        "username",
                        username,
                        "enabled",
                        true,
                        "emailVerified",
                        true,
                        "firstName",
                        "Revo",
                        "lastName",
                        "Cation",
                        "email",
                        username + "@demo.pcms.local",
                        "attributes",
                        Map.of("pcms_state", List.of("NE"), "pcms_agency", List.of("NE-OCRTIS")),
                        "credentials",
                        List.of(Map.of("type", "password", "value", "demo", "temporary", false))))
                .post(USERS)
                .then()
                .statusCode(201)
                .extract()
                .header("Location");
        String id = location.substring(location.lastIndexOf('/') + 1);
        Map<String, Object> investigator = given().auth()
                .oauth2(admin)
                .get(Platform.KEYCLOAK + "/admin/realms/pcms/roles/investigator")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getMap("$");
        given().auth()
                .oauth2(admin)
                .contentType(ContentType.JSON)
                .body(List.of(investigator))
                .post(USERS + "/" + id + "/role-mappings/realm")
                .then()
                .statusCode(204);
        return id;
    }
}

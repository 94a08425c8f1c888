package org.g5sahel.pcms.systemtests;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * One service losing its database, and the identity provider's own defences: a locked account after repeated
 * failures, attributes a user cannot change about himself.
 */
class ResilienceIT {

    private static final String COURSES = "/api/training/v1/courses";

    @BeforeAll
    static void platform() {
        Platform.get();
    }

    @Test
    void aServiceWhoseDatabaseIsDownAnswers503TheBreakerOpensAndEverythingRecovers() throws Exception {
        String token = Tokens.of("mr-training");
        String database = "pcms_training_systest";
        given().auth().oauth2(token).get(Platform.GATEWAY + COURSES).then().statusCode(200);
        cutOff(database, true);
        try {
            Response direct = given().config(Platform.BOUNDED)
                    .auth()
                    .oauth2(token)
                    .header("Accept-Language", "en")
                    .get(Platform.service("training") + COURSES);
            assertThat(direct.statusCode()).isEqualTo(503);
            assertThat(direct.contentType()).startsWith("application/problem+json");
            assertThat(direct.asString()).doesNotContain("Exception").doesNotContain("SQL");
            // Consecutive failures open the gateway's breaker: it then answers at once, without calling the service.
            await().atMost(Duration.ofMinutes(2))
                    .pollInterval(Duration.ofMillis(200))
                    .until(() -> {
                        Response through = given().config(Platform.BOUNDED)
                                .auth()
                                .oauth2(token)
                                .header("Accept-Language", "en")
                                .get(Platform.GATEWAY + COURSES);
                        assertThat(through.statusCode()).isEqualTo(503);
                        return through.asString().contains("after repeated failures")
                                && through.header("Retry-After") != null;
                    });
        } finally {
            cutOff(database, false);
        }
        // The service reconnects by itself; the breaker lets a trial through once its open time is over, and closes.
        await().atMost(Duration.ofMinutes(2))
                .pollInterval(Duration.ofSeconds(1))
                .until(() -> given().config(Platform.BOUNDED)
                                .auth()
                                .oauth2(token)
                                .get(Platform.GATEWAY + COURSES)
                                .statusCode()
                        == 200);
        given().auth()
                .oauth2(token)
                .get(Platform.service("training") + "/q/health/ready")
                .then()
                .statusCode(200);
    }

    @Test
    void repeatedFailedSignInsLockTheAccount() {
        String admin = Tokens.adminToken();
        given().auth()
                .oauth2(admin)
                .contentType(ContentType.JSON)
                .body(Map.of(
                        "username",
                        "systest-brute",
                        "enabled",
                        true,
                        "emailVerified",
                        true,
                        "firstName",
                        "Brute",
                        "lastName",
                        "Force",
                        "email",
                        "brute@demo.pcms.local",
                        "attributes",
                        Map.of("pcms_state", List.of("BF"), "pcms_agency", List.of("BF-POLICE")),
                        "credentials",
                        List.of(Map.of("type", "password", "value", "demo", "temporary", false))))
                .post(Platform.KEYCLOAK + "/admin/realms/pcms/users")
                .then()
                .statusCode(201);
        for (int attempt = 0; attempt < 6; attempt++) {
            signIn("systest-brute", "wrong-" + attempt).then().statusCode(401);
        }
        // The right password no longer opens the account while it is locked (and the answer does not say why).
        signIn("systest-brute", "demo").then().statusCode(401).body("error", equalTo("invalid_grant"));
        String id = given().auth()
                .oauth2(admin)
                .queryParam("username", "systest-brute")
                .queryParam("exact", true)
                .get(Platform.KEYCLOAK + "/admin/realms/pcms/users")
                .then()
                .extract()
                .path("[0].id");
        given().auth()
                .oauth2(admin)
                .get(Platform.KEYCLOAK + "/admin/realms/pcms/attack-detection/brute-force/users/" + id)
                .then()
                .statusCode(200)
                .body("disabled", equalTo(true));
    }

    @Test
    void aUserCannotChangeHisOwnStateOrAgencyThroughTheAccountApi() {
        String token = given().formParam("grant_type", "password")
                .formParam("client_id", "pcms-cli")
                .formParam("username", "bf-analyst")
                .formParam("password", "demo")
                .formParam("scope", "openid")
                .post(Platform.ISSUER + "/protocol/openid-connect/token")
                .then()
                .statusCode(200)
                .extract()
                .path("access_token");
        // The account API wants a token for the account client: an exchange is not needed, the pcms-cli token carries
        // the account audience through the default roles.
        Map<String, Object> account = given().auth()
                .oauth2(token)
                .accept(ContentType.JSON)
                .get(Platform.ISSUER + "/account")
                .then()
                .statusCode(200)
                .extract()
                .as(Map.class);
        @SuppressWarnings("unchecked")
        Map<String, Object> attributes =
                new java.util.HashMap<>((Map<String, Object>) account.getOrDefault("attributes", Map.of()));
        attributes.put("pcms_state", List.of("NE"));
        attributes.put("pcms_agency", List.of("NE-OCRTIS"));
        Map<String, Object> changed = new java.util.HashMap<>(account);
        changed.put("attributes", attributes);
        given().auth()
                .oauth2(token)
                .contentType(ContentType.JSON)
                .body(changed)
                .post(Platform.ISSUER + "/account")
                .then()
                .statusCode(400);
        given().auth()
                .oauth2(Tokens.of("bf-analyst"))
                .get(Platform.GATEWAY + "/api/directory/v1/agencies/BF-POLICE")
                .then()
                .statusCode(200);
        Map<String, Object> after = given().auth()
                .oauth2(token)
                .accept(ContentType.JSON)
                .get(Platform.ISSUER + "/account")
                .then()
                .statusCode(200)
                .extract()
                .as(Map.class);
        assertThat(after.get("attributes").toString()).contains("BF-POLICE").doesNotContain("NE-OCRTIS");
    }

    private static Response signIn(String username, String password) {
        return given().formParam("grant_type", "password")
                .formParam("client_id", "pcms-cli")
                .formParam("username", username)
                .formParam("password", password)
                .post(Platform.ISSUER + "/protocol/openid-connect/token");
    }

    /** A database outage of one service only: no new connection, and the pool's ones closed. */
    private static void cutOff(String database, boolean off) throws SQLException {
        try (Connection connection = Platform.database("postgres");
                Statement statement = connection.createStatement()) {
            statement.execute("ALTER DATABASE " + database + " ALLOW_CONNECTIONS " + !off);
            if (off) {
                statement.execute(
                        "SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = '" + database + "'");
            }
        }
    }
}

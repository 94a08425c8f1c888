package org.g5sahel.pcms.gateway.ratelimit;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import org.g5sahel.pcms.gateway.GatewayTestResource;
import org.g5sahel.pcms.gateway.InjectTestTokens;
import org.g5sahel.pcms.gateway.TestTokens;
import org.junit.jupiter.api.Test;

/**
 * Each client (token {@code azp} + {@code sub}) has its own allowance; over it, 429 with {@code Retry-After}.
 */
@QuarkusTest
@TestProfile(TinyRateLimitProfile.class)
@WithTestResource(GatewayTestResource.class)
class RateLimitTest {

    @InjectTestTokens
    TestTokens tokens;

    @Test
    void refusesBurstOverTheLimit() {
        String token = tokens.valid();
        for (int request = 0; request < TinyRateLimitProfile.BURST; request++) {
            given().auth()
                    .oauth2(token)
                    .when()
                    .get("/api/directory/v1/states")
                    .then()
                    .statusCode(200);
        }
        given().auth()
                .oauth2(token)
                .when()
                .get("/api/directory/v1/states")
                .then()
                .statusCode(429)
                .contentType("application/problem+json")
                .header("Retry-After", matchesPattern("[1-9][0-9]*"))
                .body("type", equalTo("https://pcms.g5sahel.org/problems/rate-limited"))
                .body("status", equalTo(429));

        // Another user is not affected.
        given().auth()
                .oauth2(tokens.valid())
                .when()
                .get("/api/directory/v1/states")
                .then()
                .statusCode(200);
    }

    @Test
    void screeningHasAnAllowanceOfItsOwn() {
        String token = tokens.valid();
        // The rest of the API's allowance spent...
        for (int request = 0; request < TinyRateLimitProfile.BURST; request++) {
            given().auth()
                    .oauth2(token)
                    .when()
                    .get("/api/directory/v1/states")
                    .then()
                    .statusCode(200);
        }
        given().auth()
                .oauth2(token)
                .when()
                .get("/api/directory/v1/states")
                .then()
                .statusCode(429);
        // ...screening still goes through, up to its own allowance, which the rest of the API never shared.
        for (int request = 0; request < TinyRateLimitProfile.SCREENING_BURST; request++) {
            given().auth()
                    .oauth2(token)
                    .when()
                    .get(TinyRateLimitProfile.SCREENING_PATH)
                    .then()
                    .statusCode(not(429));
        }
        given().auth()
                .oauth2(token)
                .when()
                .get(TinyRateLimitProfile.SCREENING_PATH)
                .then()
                .statusCode(429)
                .header("Retry-After", matchesPattern("[1-9][0-9]*"));
    }
}

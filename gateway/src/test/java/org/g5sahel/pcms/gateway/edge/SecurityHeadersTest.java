package org.g5sahel.pcms.gateway.edge;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import org.g5sahel.pcms.gateway.GatewayTestResource;
import org.g5sahel.pcms.gateway.InjectTestTokens;
import org.g5sahel.pcms.gateway.TestTokens;
import org.junit.jupiter.api.Test;

/**
 * Security headers on every response: proxied, refused by the gateway, or produced by Quarkus.
 */
@QuarkusTest
@WithTestResource(GatewayTestResource.class)
class SecurityHeadersTest {

    @InjectTestTokens
    TestTokens tokens;

    @Test
    void onProxiedResponses() {
        assertApiHeaders(given().auth()
                .oauth2(tokens.valid())
                .when()
                .get("/api/directory/v1/states")
                .then()
                .statusCode(200));
    }

    @Test
    void onRefusals() {
        assertApiHeaders(given().when().get("/api/directory/v1/states").then().statusCode(401));
        assertApiHeaders(given().auth()
                .oauth2("garbage")
                .when()
                .get("/api/directory/v1/states")
                .then()
                .statusCode(401));
    }

    @Test
    void onHealthChecks() {
        assertApiHeaders(given().when().get("/q/health/live").then().statusCode(200));
    }

    @Test
    void relaxedContentSecurityPolicyOnTheDocumentationPage() {
        given().when()
                .get("/api/docs")
                .then()
                .statusCode(200)
                .header("Content-Security-Policy", containsString("script-src 'self'"))
                .header("Content-Security-Policy", containsString("frame-ancestors 'none'"))
                .header("X-Frame-Options", "DENY")
                .header("X-Content-Type-Options", "nosniff");
    }

    private static void assertApiHeaders(ValidatableResponse response) {
        response.header("X-Content-Type-Options", "nosniff")
                .header("X-Frame-Options", "DENY")
                .header("Referrer-Policy", "no-referrer")
                .header("Strict-Transport-Security", containsString("max-age="))
                .header("Content-Security-Policy", equalTo("default-src 'none'; frame-ancestors 'none'"))
                .header("Cache-Control", "no-store")
                .header("Server", nullValue())
                .header("X-Powered-By", nullValue());
    }
}

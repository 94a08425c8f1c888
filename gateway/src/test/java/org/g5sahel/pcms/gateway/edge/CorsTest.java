package org.g5sahel.pcms.gateway.edge;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.g5sahel.pcms.gateway.GatewayTestResource;
import org.junit.jupiter.api.Test;

/**
 * Browsers may call the API from the configured web origins only.
 */
@QuarkusTest
@WithTestResource(GatewayTestResource.class)
class CorsTest {

    @Test
    void preflightFromTheWebFrontEndSucceeds() {
        given().header("Origin", "http://localhost:3000")
                .header("Access-Control-Request-Method", "POST")
                .header("Access-Control-Request-Headers", "authorization,content-type")
                .when()
                .options("/api/directory/v1/agencies")
                .then()
                .statusCode(200)
                .header("Access-Control-Allow-Origin", "http://localhost:3000")
                .header("Access-Control-Allow-Methods", containsString("POST"))
                .header("Access-Control-Allow-Headers", containsString("Authorization"));
    }

    @Test
    void preflightFromAnotherOriginIsNotAllowed() {
        given().header("Origin", "https://evil.example")
                .header("Access-Control-Request-Method", "POST")
                .when()
                .options("/api/directory/v1/agencies")
                .then()
                .header("Access-Control-Allow-Origin", nullValue());
    }
}

package org.g5sahel.pcms.gateway.health;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.g5sahel.pcms.gateway.GatewayTestResource;
import org.junit.jupiter.api.Test;

/**
 * Health does not depend on the services: ready as soon as routes are configured, even with services down.
 */
@QuarkusTest
@WithTestResource(GatewayTestResource.class)
class HealthTest {

    @Test
    void isLive() {
        given().when().get("/q/health/live").then().statusCode(200).body("status", equalTo("UP"));
    }

    @Test
    void isReadyWithServicesDown() {
        given().when()
                .get("/q/health/ready")
                .then()
                .statusCode(200)
                .body("status", equalTo("UP"))
                .body("checks.name", hasItem("gateway-routes"));
    }
}

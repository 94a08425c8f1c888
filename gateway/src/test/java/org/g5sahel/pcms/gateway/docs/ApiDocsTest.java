package org.g5sahel.pcms.gateway.docs;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.g5sahel.pcms.gateway.GatewayTestResource;
import org.junit.jupiter.api.Test;

/**
 * The public documentation: one page for every service, and each service's OpenAPI document through the gateway.
 */
@QuarkusTest
@WithTestResource(GatewayTestResource.class)
class ApiDocsTest {

    @Test
    void pageListsEveryService() {
        given().when()
                .get("/api/docs")
                .then()
                .statusCode(200)
                .contentType(containsString("text/html"))
                .body(containsString("/api/directory/openapi"))
                .body(containsString("/api/slow/openapi"))
                .body(containsString("swagger-ui-bundle.js"));
    }

    @Test
    void swaggerUiIsConfiguredWithEveryService() {
        given().when()
                .get("/api/docs/swagger-config")
                .then()
                .statusCode(200)
                .body("urls.url", hasItem("/api/directory/openapi"))
                .body("urls.name", hasItem("patient"));
    }

    @Test
    void servesSwaggerUiFiles() {
        given().when()
                .get("/api/docs/ui/swagger-ui-bundle.js")
                .then()
                .statusCode(200)
                .contentType(containsString("javascript"));
        given().when().get("/api/docs/docs.js").then().statusCode(200).body(containsString("/api/docs/swagger-config"));
        given().when().get("/api/docs/ui/index.html").then().statusCode(404).contentType("application/problem+json");
    }

    @Test
    void hidesTheSwaggerUiJarsOwnCopy() {
        given().when().get("/openapi-ui/index.html").then().statusCode(404).contentType("application/problem+json");
    }

    @Test
    void servesTheServicesOpenApiDocumentWithoutToken() {
        given().when()
                .get("/api/directory/openapi")
                .then()
                .statusCode(200)
                .contentType(containsString("application/json"))
                .body("info.title", equalTo("directory"))
                .body("paths", not(nullValue()))
                .body("servers", nullValue());
    }

    @Test
    void unknownServiceHasNoDocument() {
        given().when().get("/api/unknown/openapi").then().statusCode(404).contentType("application/problem+json");
    }

    @Test
    void documentOfAStoppedServiceIsUnavailable() {
        given().when()
                .get("/api/stopped/openapi")
                .then()
                .statusCode(503)
                .contentType("application/problem+json")
                .body("type", equalTo("https://pcms.g5sahel.org/problems/service-unavailable"));
    }
}

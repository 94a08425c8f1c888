package org.g5sahel.pcms.gateway.proxy;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.response.Response;
import java.util.List;
import java.util.Map;
import org.g5sahel.pcms.gateway.FakeUpstream;
import org.g5sahel.pcms.gateway.GatewayTestResource;
import org.junit.jupiter.api.Test;

/**
 * With a console configured, every path outside {@code /api/} and {@code /q/} reaches it, with the forwarded headers
 * that let it build its own absolute links, and keeps its own caching; the API and the gateway's paths do not move.
 */
@QuarkusTest
@TestProfile(ConsoleRoutingTest.WithConsole.class)
@WithTestResource(GatewayTestResource.class)
class ConsoleRoutingTest {

    public static class WithConsole implements QuarkusTestProfile {
        @Override
        public List<TestResourceEntry> testResources() {
            return List.of(new TestResourceEntry(FakeConsole.class));
        }
    }

    /** A second fake upstream, standing for the console. */
    public static class FakeConsole implements QuarkusTestResourceLifecycleManager {
        private final FakeUpstream console = new FakeUpstream();

        @Override
        public Map<String, String> start() {
            return Map.of("pcms.gateway.routes.console.url", "http://localhost:" + console.start());
        }

        @Override
        public void stop() {
            console.stop();
        }
    }

    @Test
    void aPageOutsideTheApiReachesTheConsoleWithForwardedHeaders() {
        Response page = given().header("Accept-Language", "ar").when().get("/cases/123?lang=fr");

        page.then().statusCode(200).body("path", equalTo("/cases/123")).body("query", equalTo("lang=fr"));
        assertThat(page.jsonPath().getString("headers.x-forwarded-host")).isNotBlank();
        assertThat(page.jsonPath().getString("headers.x-forwarded-proto")).isEqualTo("http");
        assertThat(page.jsonPath().getString("headers.accept-language")).isEqualTo("ar");
        // The console decides its pages' caching; the fake's Server header is dropped as for any upstream.
        assertThat(page.header("Cache-Control")).isEqualTo("public, max-age=600");
        assertThat(page.header("Server")).isNull();
        assertThat(page.header("X-Frame-Options")).isEqualTo("DENY");
        assertThat(page.header("Referrer-Policy"))
                .as("the console's own, else the strictest")
                .isEqualTo("no-referrer");
        // A console response without a policy gets the strictest one.
        assertThat(page.header("Content-Security-Policy")).isEqualTo("default-src 'none'; frame-ancestors 'none'");
    }

    @Test
    void theApiAndTheGatewaysOwnPathsStayTheGateways() {
        given().when().get("/api/unknown/v1/x").then().statusCode(401);
        given().when().get("/q/health/live").then().statusCode(200);
        Response docs = given().when().get("/api/docs");
        docs.then().statusCode(200);
        assertThat(docs.header("Content-Security-Policy")).contains("script-src 'self'");
    }
}

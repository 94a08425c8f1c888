package org.g5sahel.pcms.gateway.proxy;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.g5sahel.pcms.gateway.FakeUpstream;
import org.g5sahel.pcms.gateway.GatewayTestResource;
import org.g5sahel.pcms.gateway.InjectFakeUpstream;
import org.g5sahel.pcms.gateway.InjectTestTokens;
import org.g5sahel.pcms.gateway.SlowSender;
import org.g5sahel.pcms.gateway.TestTokens;
import org.g5sahel.pcms.gateway.resilience.CircuitBreaker;
import org.junit.jupiter.api.Test;

/**
 * Requests whose bodies arrive a byte at a time hold a connection to the service each: one caller may not hold more
 * than its share, and a full pool is the gateway's overload, not a failure of the service.
 */
@QuarkusTest
@WithTestResource(GatewayTestResource.class)
class OverloadTest {

    private static final Duration WAIT = Duration.ofSeconds(20);

    @InjectFakeUpstream
    FakeUpstream upstream;

    @InjectTestTokens
    TestTokens tokens;

    @Inject
    UpstreamRegistry upstreams;

    @TestHTTPResource("/")
    URI gateway;

    @Test
    void aCallerOverItsInFlightCapIsRefusedAndOthersAreServed() throws Exception {
        String greedy = tokens.valid();
        List<SlowSender> held = new ArrayList<>();
        try {
            for (int request = 0; request < GatewayTestResource.IN_FLIGHT_PER_CALLER; request++) {
                String path = "/api/directory/v1/uploads/" + UUID.randomUUID();
                SlowSender sender = SlowSender.post(gateway, path, greedy, 100);
                sender.send("x");
                held.add(sender);
                await().atMost(WAIT).until(() -> upstream.begun(path));
            }

            given().auth()
                    .oauth2(greedy)
                    .when()
                    .get("/api/directory/v1/states")
                    .then()
                    .statusCode(429)
                    .contentType("application/problem+json")
                    .header("Retry-After", "1")
                    .body("type", equalTo("https://pcms.g5sahel.org/problems/rate-limited"))
                    .body(
                            "detail",
                            equalTo("Vous avez déjà " + GatewayTestResource.IN_FLIGHT_PER_CALLER
                                    + " requêtes en cours. Réessayez dans 1 seconde(s)."));
            given().auth()
                    .oauth2(tokens.valid())
                    .when()
                    .get("/api/directory/v1/states")
                    .then()
                    .statusCode(200);

            held.remove(0).close();
            await().atMost(WAIT)
                    .untilAsserted(() -> given().auth()
                            .oauth2(greedy)
                            .when()
                            .get("/api/directory/v1/states")
                            .then()
                            .statusCode(200));
        } finally {
            for (SlowSender sender : held) {
                sender.close();
            }
        }
    }

    @Test
    void aFullPoolIsAnsweredBusyWithoutOpeningTheCircuit() throws Exception {
        // The narrow route has one pooled connection and a breaker that opens at the first failure.
        String path = "/api/narrow/v1/uploads/" + UUID.randomUUID();
        try (SlowSender sender = SlowSender.post(gateway, path, tokens.valid(), 100)) {
            sender.send("x");
            await().atMost(WAIT).until(() -> upstream.begun(path));

            for (int attempt = 0; attempt < 2; attempt++) {
                given().auth()
                        .oauth2(tokens.valid())
                        .when()
                        .get("/api/narrow/v1/things")
                        .then()
                        .statusCode(503)
                        .contentType("application/problem+json")
                        .header("Retry-After", "1")
                        .body("type", equalTo("https://pcms.g5sahel.org/problems/service-unavailable"))
                        .body(
                                "detail",
                                equalTo("La passerelle n’a pas de connexion libre vers ce service en ce "
                                        + "moment. Réessayez dans 1 seconde(s)."));
            }
            assertThat(narrowBreaker().state()).isEqualTo(CircuitBreaker.State.CLOSED);
        }
        await().atMost(WAIT)
                .untilAsserted(() -> given().auth()
                        .oauth2(tokens.valid())
                        .when()
                        .get("/api/narrow/v1/things")
                        .then()
                        .statusCode(200));
    }

    private CircuitBreaker narrowBreaker() {
        return upstreams.find("narrow").orElseThrow().breaker();
    }
}

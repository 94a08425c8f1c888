package org.g5sahel.pcms.gateway.edge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.vertx.core.json.JsonObject;
import jakarta.inject.Inject;
import java.net.URI;
import java.time.Duration;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.g5sahel.pcms.gateway.FakeUpstream;
import org.g5sahel.pcms.gateway.GatewayTestResource;
import org.g5sahel.pcms.gateway.InjectFakeUpstream;
import org.g5sahel.pcms.gateway.InjectTestTokens;
import org.g5sahel.pcms.gateway.SlowSender;
import org.g5sahel.pcms.gateway.TestTokens;
import org.g5sahel.pcms.gateway.proxy.UpstreamRegistry;
import org.g5sahel.pcms.gateway.resilience.CircuitBreaker;
import org.junit.jupiter.api.Test;

/**
 * Clients that send their request slowly are cut off: the headers within the idle timeout, however they dribble, the
 * body within the body timeout.
 */
@QuarkusTest
@TestProfile(SlowClientProfile.class)
@WithTestResource(GatewayTestResource.class)
class SlowClientTest {

    /** Far beyond the limits under test: only a gateway that never cuts the client reaches it. */
    private static final Duration WAIT = Duration.ofSeconds(30);

    @InjectFakeUpstream
    FakeUpstream upstream;

    @InjectTestTokens
    TestTokens tokens;

    @Inject
    UpstreamRegistry upstreams;

    @TestHTTPResource("/")
    URI gateway;

    @Test
    void aConnectionThatDribblesItsHeadersIsClosed() throws Exception {
        ExecutorService threads = Executors.newFixedThreadPool(2);
        try (SlowSender sender = SlowSender.open(gateway)) {
            sender.send("GET /api/directory/v1/states HTTP/1.1\r\nHost: localhost\r\n");
            // A header byte every 100 ms, twenty times faster than the idle timeout, and never done.
            CompletableFuture<Void> dribbling = CompletableFuture.runAsync(
                    () -> {
                        while (sender.trySendByte()) {
                            pause(100);
                        }
                    },
                    threads);
            CompletableFuture<Boolean> closed = CompletableFuture.supplyAsync(sender::closedByGateway, threads);

            await().atMost(WAIT).until(closed::isDone);
            assertThat(closed.get()).isTrue();
            await().atMost(WAIT).until(dribbling::isDone);
        } finally {
            threads.shutdownNow();
        }
    }

    @Test
    void aBodyThatDoesNotArriveInTimeIsAnswered408AndNotBlamedOnTheService() throws Exception {
        String path = "/api/directory/v1/uploads/" + UUID.randomUUID();
        try (SlowSender sender = SlowSender.post(gateway, path, tokens.valid(), 1000)) {
            sender.send("x".repeat(10));

            String response = sender.response();

            assertThat(response)
                    .startsWith("HTTP/1.1 408")
                    .containsIgnoringCase("content-type: application/problem+json")
                    .containsIgnoringCase("connection: close");
            JsonObject problem = new JsonObject(response.substring(response.indexOf("\r\n\r\n") + 4));
            assertThat(problem.getString("type")).isEqualTo("https://pcms.g5sahel.org/problems/request-timeout");
            assertThat(problem.getString("detail"))
                    .isEqualTo("Le corps de la requête n’est pas arrivé en entier dans " + "le délai accordé ("
                            + SlowClientProfile.BODY_TIMEOUT_SECONDS + " secondes).");
        }
        assertThat(upstream.requestsTo(path)).isEmpty();
        assertThat(upstreams.find("directory").orElseThrow().breaker().state()).isEqualTo(CircuitBreaker.State.CLOSED);
    }

    private static void pause(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}

package org.g5sahel.pcms.gateway.proxy;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.vertx.core.json.JsonObject;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import org.g5sahel.pcms.gateway.FakeUpstream;
import org.g5sahel.pcms.gateway.GatewayTestResource;
import org.g5sahel.pcms.gateway.InjectFakeUpstream;
import org.g5sahel.pcms.gateway.InjectTestTokens;
import org.g5sahel.pcms.gateway.TestTokens;
import org.junit.jupiter.api.Test;

/**
 * Routing to the services: what the service receives, and what the client gets when the service is missing, down or
 * slow.
 */
@QuarkusTest
@WithTestResource(GatewayTestResource.class)
class ProxyTest {

    private static final String UUID_PATTERN = "[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}";

    @InjectFakeUpstream
    FakeUpstream upstream;

    @InjectTestTokens
    TestTokens tokens;

    @TestHTTPResource("/")
    URI gateway;

    @Test
    void forwardsRequestWithPathQueryAndHeaders() {
        String token = tokens.valid();
        String path = "/api/directory/v1/agencies/" + UUID.randomUUID();
        String requestId = given().auth()
                .oauth2(token)
                .header("X-Forwarded-Host", "attacker.example")
                .header("X-Forwarded-Port", "6666")
                .queryParam("competence", "firearms")
                .when()
                .get(path)
                .then()
                .statusCode(200)
                .body("path", equalTo(path))
                .body("query", equalTo("competence=firearms"))
                .header("X-Request-Id", matchesPattern(UUID_PATTERN))
                .extract()
                .header("X-Request-Id");

        assertThat(upstream.requestsTo(path)).singleElement().satisfies(received -> {
            assertThat(received.header("Authorization")).isEqualTo("Bearer " + token);
            assertThat(received.header("X-Request-Id")).isEqualTo(requestId);
            assertThat(received.header("traceparent")).matches("00-[0-9a-f]{32}-[0-9a-f]{16}-[0-9a-f]{2}");
            // What the service builds its links from: the gateway as the client called it, never a client's claim.
            assertThat(received.header("X-Forwarded-Proto")).isEqualTo("http");
            assertThat(received.header("X-Forwarded-Host")).isEqualTo("localhost:" + gateway.getPort());
            assertThat(received.header("X-Forwarded-Port")).isEqualTo(String.valueOf(gateway.getPort()));
            assertThat(received.header("X-Forwarded-Prefix")).isNull();
        });
    }

    @Test
    void keepsSaneClientRequestIdAndReplacesOthers() {
        String path = "/api/directory/v1/states";
        given().auth()
                .oauth2(tokens.valid())
                .header("X-Request-Id", "mobile-app.42_A")
                .when()
                .get(path)
                .then()
                .statusCode(200)
                .header("X-Request-Id", "mobile-app.42_A");

        given().auth()
                .oauth2(tokens.valid())
                .header("X-Request-Id", "<script>alert(1)</script>")
                .when()
                .get(path)
                .then()
                .statusCode(200)
                .header("X-Request-Id", matchesPattern(UUID_PATTERN));
    }

    @Test
    void keepsTheClientsTrace() {
        String traceId = "4bf92f3577b34da6a3ce929d0e0e4736";
        String path = "/api/directory/v1/traced/" + UUID.randomUUID();
        given().auth()
                .oauth2(tokens.valid())
                .header("traceparent", "00-" + traceId + "-00f067aa0ba902b7-01")
                .when()
                .get(path)
                .then()
                .statusCode(200);

        assertThat(upstream.requestsTo(path))
                .singleElement()
                .extracting(received -> received.header("traceparent"))
                .asString()
                .startsWith("00-" + traceId + "-");
    }

    @Test
    void forwardsRequestBody() {
        String path = "/api/directory/v1/agencies";
        given().auth()
                .oauth2(tokens.valid())
                .contentType("application/json")
                .body("{\"code\": \"NE-OCRTIS\"}")
                .when()
                .post(path)
                .then()
                .statusCode(200)
                .body("method", equalTo("POST"))
                .body("bodyLength", equalTo(21));
    }

    @Test
    void dropsIdentifyingAndCachingHeadersOfTheService() {
        given().auth()
                .oauth2(tokens.valid())
                .when()
                .get("/api/directory/v1/states")
                .then()
                .statusCode(200)
                .header("Server", nullValue())
                .header("X-Powered-By", nullValue())
                .header("Access-Control-Allow-Origin", nullValue())
                .header("Cache-Control", "no-store");
    }

    @Test
    void answersNotFoundForUnknownService() {
        given().auth()
                .oauth2(tokens.valid())
                .when()
                .get("/api/unknown/v1/things")
                .then()
                .statusCode(404)
                .contentType("application/problem+json")
                .body("type", equalTo("https://pcms.g5sahel.org/problems/not-found"))
                .body("instance", equalTo("/api/unknown/v1/things"))
                .body("requestId", matchesPattern(UUID_PATTERN));
    }

    @Test
    void answersNotFoundOutsideTheApi() {
        given().when()
                .get("/nothing-here")
                .then()
                .statusCode(404)
                .contentType("application/problem+json")
                .body("type", equalTo("https://pcms.g5sahel.org/problems/not-found"));
    }

    @Test
    void refusesDeclaredBodyOverTheLimit() {
        String path = "/api/directory/v1/bulk/" + UUID.randomUUID();
        given().auth()
                .oauth2(tokens.valid())
                .contentType("application/octet-stream")
                .body(new byte[GatewayTestResource.MAX_BODY_SIZE + 1])
                .when()
                .post(path)
                .then()
                .statusCode(413)
                .contentType("application/problem+json")
                .body("type", equalTo("https://pcms.g5sahel.org/problems/payload-too-large"));
        assertThat(upstream.requestsTo(path)).isEmpty();
    }

    @Test
    void refusesDeclaredBodyOverTheLimitWithAProblemBeforeTheClientSendsIt() throws Exception {
        // A client that waits for 100 Continue before sending a large body must get the reason, not a bare 413.
        String path = "/api/directory/v1/bulk/" + UUID.randomUUID();
        try (Socket socket = new Socket(gateway.getHost(), gateway.getPort())) {
            socket.setSoTimeout(60_000);
            socket.getOutputStream()
                    .write(("POST " + path + " HTTP/1.1\r\nHost: localhost\r\n"
                                    + "Authorization: Bearer " + tokens.valid() + "\r\n"
                                    + "Content-Type: application/octet-stream\r\nExpect: 100-continue\r\n"
                                    + "Content-Length: " + (GatewayTestResource.MAX_BODY_SIZE + 1) + "\r\n\r\n")
                            .getBytes(StandardCharsets.US_ASCII));
            socket.getOutputStream().flush();

            String response = new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);

            assertThat(response)
                    .startsWith("HTTP/1.1 413")
                    .containsIgnoringCase("content-type: application/problem+json");
            JsonObject problem = new JsonObject(response.substring(response.indexOf("\r\n\r\n") + 4));
            assertThat(problem.getString("type")).isEqualTo("https://pcms.g5sahel.org/problems/payload-too-large");
            assertThat(problem.getString("title")).isEqualTo("Requête trop volumineuse");
            assertThat(problem.getInteger("status")).isEqualTo(413);
        }
        assertThat(upstream.requestsTo(path)).isEmpty();
    }

    @Test
    void aServicesBare413BecomesAProblem() {
        // A chunked body under the gateway's limit but over the service's: the service's HTTP layer says nothing more.
        given().auth()
                .oauth2(tokens.valid())
                .header("Accept-Language", "en")
                .contentType("application/octet-stream")
                .body(new byte[1000])
                .when()
                .post("/api/directory/v1/too-large")
                .then()
                .statusCode(413)
                .contentType("application/problem+json")
                .body("type", equalTo("https://pcms.g5sahel.org/problems/payload-too-large"))
                .body("detail", equalTo("The request body exceeds the size the service accepts for this operation."));
    }

    @Test
    void refusesStreamedBodyOverTheLimit() throws Exception {
        // Without Content-Length (chunked), the limit is enforced while the body streams to the service.
        HttpResponse<String> response = postStreamed(
                "/api/directory/v1/bulk", new ByteArrayInputStream(new byte[4 * GatewayTestResource.MAX_BODY_SIZE]));

        assertThat(response.statusCode()).isEqualTo(413);
        assertThat(response.headers().firstValue("Content-Type")).contains("application/problem+json");
        assertThat(new JsonObject(response.body()).getString("type"))
                .isEqualTo("https://pcms.g5sahel.org/problems/payload-too-large");
    }

    @Test
    void acceptsStreamedBodyUnderTheLimit() throws Exception {
        String path = "/api/directory/v1/bulk/" + UUID.randomUUID();
        HttpResponse<String> response = postStreamed(path, new ByteArrayInputStream(new byte[1000]));

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(upstream.requestsTo(path)).singleElement().satisfies(received -> {
            assertThat(received.header("Transfer-Encoding")).isEqualTo("chunked");
            assertThat(received.bodyLength()).isEqualTo(1000);
        });
    }

    @Test
    void doesNotCutAnUploadSlowerThanTheTimeout() throws Exception {
        // A poor mobile link: the body takes longer than the route's timeout to arrive. The timeout only starts
        // once the service has the whole request. Written by hand to control when each part leaves.
        try (Socket socket = new Socket(gateway.getHost(), gateway.getPort())) {
            OutputStream out = socket.getOutputStream();
            out.write(("POST /api/patient/v1/uploads HTTP/1.1\r\nHost: localhost\r\n"
                            + "Authorization: Bearer " + tokens.valid() + "\r\n"
                            + "Content-Type: application/octet-stream\r\nTransfer-Encoding: chunked\r\n"
                            + "Connection: close\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
            for (int part = 0; part < 3; part++) {
                out.write(("400\r\n" + "x".repeat(0x400) + "\r\n").getBytes(StandardCharsets.US_ASCII));
                out.flush();
                pause(250);
            }
            out.write("0\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
            out.flush();

            String response = new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertThat(response).startsWith("HTTP/1.1 200").contains("\"bodyLength\":3072");
        }
    }

    @Test
    void answersServiceUnavailableWhenServiceIsDown() {
        given().auth()
                .oauth2(tokens.valid())
                .when()
                .get("/api/stopped/v1/anything")
                .then()
                .statusCode(503)
                .contentType("application/problem+json")
                .body("type", equalTo("https://pcms.g5sahel.org/problems/service-unavailable"))
                .body("status", equalTo(503))
                .body("instance", equalTo("/api/stopped/v1/anything"))
                .body("requestId", notNullValue())
                .body("traceId", matchesPattern("[0-9a-f]{32}"));
    }

    @Test
    void opensTheCircuitAfterRepeatedFailures() {
        String token = tokens.valid();
        for (int failure = 1; failure <= GatewayTestResource.TRIPPING_THRESHOLD; failure++) {
            given().auth()
                    .oauth2(token)
                    .when()
                    .get("/api/tripping/v1/anything")
                    .then()
                    .statusCode(503)
                    .header("Retry-After", nullValue());
        }
        given().auth()
                .oauth2(token)
                .when()
                .get("/api/tripping/v1/anything")
                .then()
                .statusCode(503)
                .contentType("application/problem+json")
                .body("type", equalTo("https://pcms.g5sahel.org/problems/service-unavailable"))
                .header("Retry-After", matchesPattern("[1-9][0-9]*"));
    }

    @Test
    void answersGatewayTimeoutWhenServiceIsTooSlow() {
        given().auth()
                .oauth2(tokens.valid())
                .when()
                .get("/api/slow/v1/report")
                .then()
                .statusCode(504)
                .contentType("application/problem+json")
                .body("type", equalTo("https://pcms.g5sahel.org/problems/upstream-timeout"));
    }

    @Test
    void reachesTheServiceOnlyThroughNormalisedPaths() {
        given().auth()
                .oauth2(tokens.valid())
                .urlEncodingEnabled(false)
                .when()
                .get("/api/stopped/../directory/v1/states")
                .then()
                .statusCode(200)
                .body("path", equalTo("/api/directory/v1/states"));
    }

    /** Posts a body of unknown length: sent chunked, as it is read. */
    private HttpResponse<String> postStreamed(String path, InputStream body) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(gateway.resolve(path))
                .header("Authorization", "Bearer " + tokens.valid())
                .header("Content-Type", "application/octet-stream")
                .POST(BodyPublishers.ofInputStream(() -> body))
                .build();
        return HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .build()
                .send(request, BodyHandlers.ofString());
    }

    private static void pause(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}

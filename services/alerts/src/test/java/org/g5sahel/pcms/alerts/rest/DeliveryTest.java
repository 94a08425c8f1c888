package org.g5sahel.pcms.alerts.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import org.g5sahel.pcms.alerts.AlertsTestResources;
import org.g5sahel.pcms.alerts.service.InboxService;
import org.g5sahel.pcms.alerts.service.WebhookService;
import org.g5sahel.pcms.commons.revocation.SubjectRevoked;
import org.g5sahel.pcms.commons.testing.TestClock;
import org.g5sahel.pcms.commons.testing.TestTokens;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Delivery of issued alerts: subscriptions and fan-out to inboxes, acknowledgement, the live stream, partner webhooks
 * and escalation. Each test subscribes on a threat name of its own, so alerts of other tests never reach it.
 */
@QuarkusTest
class DeliveryTest extends AlertsTestResources {

    static final String SUBSCRIPTIONS = "/api/alerts/v1/subscriptions";
    static final String INBOX = "/api/alerts/v1/inbox";
    static final String WEBHOOKS = "/api/alerts/v1/webhooks";

    @Inject
    Event<SubjectRevoked> revocations;

    @Inject
    InboxService inboxService;

    @Inject
    WebhookService webhookService;

    @AfterEach
    void resetClock() {
        TestClock.reset();
    }

    @Test
    void eachEntitledSubscribingAgencyGetsExactlyOneCopyAndOthersNone() {
        String threat = "Convoy " + UUID.randomUUID();
        subscribe(Users.NE_ANALYST, Map.of("name", "NE police", "events", List.of(threat)));
        subscribe(Users.ML_INVESTIGATOR, Map.of("name", "ML CT by threat", "events", List.of(threat)));
        // A second matching subscription of the same agency must not give it a second copy.
        subscribe(
                Users.ML_INVESTIGATOR,
                Map.of("name", "ML CT by zone", "events", List.of(threat), "areaCodes", List.of("LIPTAKO-GOURMA")));
        subscribe(
                Users.BF_ANALYST,
                Map.of("name", "BF police", "events", List.of(threat), "categories", List.of("SECURITY")));
        // Subscribed, but the alert is not shared with Chad: the distribution wins over the subscription.
        subscribe(Users.TD_ANALYST, Map.of("name", "TD police", "events", List.of(threat)));
        // Entitled, but subscribed to another area only.
        subscribe(
                Users.ML_BORDER,
                Map.of("name", "ML border, Kayes", "events", List.of(threat), "areaCodes", List.of("KAYES")));

        String id = Alerts.issued(
                Users.NE_INVESTIGATOR,
                Users.NE_COORDINATOR,
                Alerts.request(
                        threat,
                        "SECURITY",
                        "EXPECTED",
                        Map.of("distribution", "SELECTED", "sharedWith", List.of("ML", "BF"))));

        assertThat(copies(Users.NE_ANALYST, id)).as("same State").hasSize(1);
        assertThat(copies(Users.ML_INVESTIGATOR, id)).as("shared with ML").hasSize(1);
        assertThat(copies(Users.BF_ANALYST, id)).as("shared with BF").hasSize(1);
        assertThat(copies(Users.TD_ANALYST, id)).as("not shared with TD").isEmpty();
        assertThat(copies(Users.ML_BORDER, id)).as("other area").isEmpty();
        assertThat(copies(Users.NE_INVESTIGATOR, id))
                .as("the author's agency did not subscribe")
                .isEmpty();
        // The sovereignty rules agree: Chad may not read the alert itself either.
        given().auth()
                .oauth2(Users.TD_ANALYST)
                .get(Alerts.BASE + "/" + id)
                .then()
                .statusCode(404);
        Map<String, Object> copy = copies(Users.ML_INVESTIGATOR, id).get(0);
        assertThat(copy).containsEntry("kind", "ALERT_ISSUED").containsEntry("sourceRevision", 1);
        assertThat((String) copy.get("title")).startsWith("[NE-ALERT-");
        assertThat(copy.get("sharing")).asString().contains("SELECTED");

        // An update is a new revision: one more copy each, still none for the others.
        // Sharing is not part of an update (it changes through /sharing only).
        Map<String, Object> update = Alerts.request(threat, "SECURITY", "EXPECTED", Map.of("distribution", "G5"));
        given().auth()
                .oauth2(Users.NE_COORDINATOR)
                .header("If-Match", Alerts.etag(Users.NE_COORDINATOR, id))
                .contentType(ContentType.JSON)
                .body(update)
                .put(Alerts.BASE + "/" + id)
                .then()
                .statusCode(200)
                .body("revision", equalTo(2));
        for (String token : List.of(Users.NE_ANALYST, Users.ML_INVESTIGATOR, Users.BF_ANALYST)) {
            assertThat(copies(token, id))
                    .extracting(item -> item.get("kind"))
                    .containsExactlyInAnyOrder("ALERT_ISSUED", "ALERT_UPDATED");
        }
        assertThat(copies(Users.TD_ANALYST, id)).isEmpty();
    }

    @Test
    void inboxListsUnreadAndAcknowledgesOnce() {
        String threat = "Kidnapping " + UUID.randomUUID();
        subscribe(Users.NE_ANALYST, Map.of("name", "NE police kidnappings", "events", List.of(threat)));
        long unreadBefore = unread(Users.NE_ANALYST);
        String id = Alerts.issued(
                Users.NE_INVESTIGATOR,
                Users.NE_COORDINATOR,
                Alerts.request(threat, "SECURITY", "EXPECTED", Map.of("distribution", "NATIONAL")));
        assertThat(unread(Users.NE_ANALYST)).isEqualTo(unreadBefore + 1);
        List<Map<String, Object>> unreadItems = given().auth()
                .oauth2(Users.NE_ANALYST)
                .queryParam("unread", true)
                .queryParam("limit", 200)
                .get(INBOX)
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getList("items");
        String itemId = (String) unreadItems.stream()
                .filter(item -> id.equals(item.get("sourceId")))
                .findFirst()
                .orElseThrow()
                .get("id");

        // Another agency, even of the same State, cannot acknowledge (nor see) this agency's notification.
        given().auth()
                .oauth2(Users.NE_INVESTIGATOR)
                .post(INBOX + "/" + itemId + "/acknowledgement")
                .then()
                .statusCode(404)
                .contentType("application/problem+json");
        given().auth()
                .oauth2(Users.ML_INVESTIGATOR)
                .post(INBOX + "/" + itemId + "/acknowledgement")
                .then()
                .statusCode(404);
        given().post(INBOX + "/" + itemId + "/acknowledgement").then().statusCode(401);
        given().auth()
                .oauth2(Users.NE_ANALYST)
                .post(INBOX + "/" + UUID.randomUUID() + "/acknowledgement")
                .then()
                .statusCode(404)
                .contentType("application/problem+json");

        String acknowledgedAt = given().auth()
                .oauth2(Users.NE_ANALYST)
                .post(INBOX + "/" + itemId + "/acknowledgement")
                .then()
                .statusCode(200)
                .body("acknowledgedBy", equalTo("ne-analyst"))
                .body("acknowledgedAt", notNullValue())
                .extract()
                .path("acknowledgedAt");
        TestClock.advance(Duration.ofMinutes(5));
        // The first acknowledgement is kept.
        given().auth()
                .oauth2(TestTokens.forUser("ne-analyst-2", "NE-POLICE", "analyst"))
                .post(INBOX + "/" + itemId + "/acknowledgement")
                .then()
                .statusCode(200)
                .body("acknowledgedAt", equalTo(acknowledgedAt))
                .body("acknowledgedBy", equalTo("ne-analyst"));
        assertThat(unread(Users.NE_ANALYST)).isEqualTo(unreadBefore);
        List<Map<String, Object>> stillUnread = given().auth()
                .oauth2(Users.NE_ANALYST)
                .queryParam("unread", true)
                .queryParam("limit", 200)
                .get(INBOX)
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getList("items");
        assertThat(stillUnread).noneMatch(item -> id.equals(item.get("sourceId")));
        assertThat(copies(Users.NE_ANALYST, id))
                .singleElement()
                .satisfies(item -> assertThat(item.get("acknowledgedAt")).isEqualTo(acknowledgedAt));
        given().get(INBOX).then().statusCode(401);
        given().get(INBOX + "/unread").then().statusCode(401);
    }

    @Test
    void theLiveStreamCarriesIssuedAlertsToThoseWhoMaySeeThem() throws Exception {
        try (EventStream mali = EventStream.open(Users.ML_INVESTIGATOR);
                EventStream chad = EventStream.open(Users.TD_ANALYST)) {
            await().atMost(Duration.ofSeconds(20))
                    .until(() -> mali.contains("\"connected\"") && chad.contains("\"connected\""));
            String sharedWithMali = Alerts.issued(
                    Users.NE_INVESTIGATOR,
                    Users.NE_COORDINATOR,
                    Alerts.request(
                            "Stream test " + UUID.randomUUID(),
                            "SECURITY",
                            "EXPECTED",
                            Map.of("distribution", "SELECTED", "sharedWith", List.of("ML"))));
            String regional = Alerts.issued(
                    Users.NE_INVESTIGATOR,
                    Users.NE_COORDINATOR,
                    Alerts.request(
                            "Stream test " + UUID.randomUUID(), "SECURITY", "EXPECTED", Map.of("distribution", "G5")));
            await().atMost(Duration.ofSeconds(20))
                    .until(() -> mali.contains(sharedWithMali) && mali.contains(regional));
            await().atMost(Duration.ofSeconds(20)).until(() -> chad.contains(regional));
            // Each connection handles alerts in order: Chad got the later one, so it was never sent the earlier one.
            assertThat(chad.lines()).noneMatch(line -> line.contains(sharedWithMali));
            assertThat(mali.lines())
                    .filteredOn(line -> line.contains(sharedWithMali))
                    .singleElement()
                    .satisfies(line -> assertThat(line)
                            .startsWith("data:")
                            .contains("\"type\":\"alert\"")
                            .contains("\"status\":\"ISSUED\""));
        }
        given().get("/api/alerts/v1/stream").then().statusCode(401);
    }

    @Test
    void theLiveStreamCarriesTheCallersOwnNewInboxItemsAndHeartbeats() throws Exception {
        String threat = "Stream inbox " + UUID.randomUUID();
        subscribe(Users.NE_ANALYST, Map.of("name", "NE police, live", "events", List.of(threat)));
        subscribe(Users.ML_INVESTIGATOR, Map.of("name", "ML CT, live", "events", List.of(threat)));
        try (EventStream police = EventStream.open(Users.NE_ANALYST)) {
            await().atMost(Duration.ofSeconds(20)).until(() -> police.contains("\"connected\""));
            String id = Alerts.issued(
                    Users.NE_INVESTIGATOR,
                    Users.NE_COORDINATOR,
                    Alerts.request(
                            threat,
                            "SECURITY",
                            "EXPECTED",
                            Map.of("distribution", "SELECTED", "sharedWith", List.of("ML"))));
            Map<String, Object> own = copies(Users.NE_ANALYST, id).get(0);
            Map<String, Object> mali = copies(Users.ML_INVESTIGATOR, id).get(0);
            await().atMost(Duration.ofSeconds(20)).until(() -> police.contains((String) own.get("id")));

            List<String> lines = police.lines();
            int data = lines.indexOf(lines.stream()
                    .filter(line -> line.contains((String) own.get("id")))
                    .findFirst()
                    .orElseThrow());
            assertThat(lines.get(data - 1)).isEqualTo("event:inbox-item");
            assertThat(new ObjectMapper().readValue(lines.get(data).substring("data:".length()), Map.class))
                    .isEqualTo(own);
            await().atMost(Duration.ofSeconds(5))
                    .until(() -> police.contains(": heartbeat") || police.contains(":heartbeat"));
            // the alert itself came too, but never Mali's copy of it
            assertThat(police.contains(id)).isTrue();
            assertThat(police.contains((String) mali.get("id"))).isFalse();
        }
    }

    @Test
    void aRevokedOfficersLiveStreamEndsAndNoOtherOne() throws Exception {
        try (EventStream mali = EventStream.open(Users.ML_INVESTIGATOR);
                EventStream chad = EventStream.open(Users.TD_ANALYST)) {
            await().atMost(Duration.ofSeconds(20))
                    .until(() -> mali.contains("\"connected\"") && chad.contains("\"connected\""));
            revocations.fire(new SubjectRevoked("sub-ml-investigator", Instant.now(), "DISABLED"));
            await().atMost(Duration.ofSeconds(20)).until(mali::ended);
            assertThat(chad.ended()).isFalse();
        }
    }

    @Test
    void partnerWebhooksAreSignedRetriedDeadLetteredAndNeverSentTwice() throws Exception {
        PartnerEndpoint endpoint = PartnerEndpoint.start();
        try {
            Map<String, Object> flaky = given().auth()
                    .oauth2(Users.INTERPOL)
                    .contentType(ContentType.JSON)
                    .body(Map.of("url", endpoint.url("/flaky")))
                    .post(WEBHOOKS)
                    .then()
                    .statusCode(201)
                    .body("secret", notNullValue())
                    .extract()
                    .as(Map.class);
            Map<String, Object> down = given().auth()
                    .oauth2(Users.INTERPOL)
                    .contentType(ContentType.JSON)
                    .body(Map.of("url", endpoint.url("/down")))
                    .post(WEBHOOKS)
                    .then()
                    .statusCode(201)
                    .extract()
                    .as(Map.class);
            String unodc = TestTokens.forUser("unodc-connector", "UNODC-ROSEN", "partner-system");
            Map<String, Object> notEntitled = given().auth()
                    .oauth2(unodc)
                    .contentType(ContentType.JSON)
                    .body(Map.of("url", endpoint.url("/unodc")))
                    .post(WEBHOOKS)
                    .then()
                    .statusCode(201)
                    .extract()
                    .as(Map.class);
            // States do not register webhooks.
            given().auth()
                    .oauth2(Users.NE_COORDINATOR)
                    .contentType(ContentType.JSON)
                    .body(Map.of("url", endpoint.url("/state")))
                    .post(WEBHOOKS)
                    .then()
                    .statusCode(403);
            given().auth()
                    .oauth2(Users.INTERPOL)
                    .contentType(ContentType.JSON)
                    .body(Map.of("url", "ftp://x"))
                    .post(WEBHOOKS)
                    .then()
                    .statusCode(400)
                    .contentType("application/problem+json");

            String regionalOnly = Alerts.issued(
                    Users.NE_INVESTIGATOR,
                    Users.NE_COORDINATOR,
                    Alerts.request(
                            "Webhook test " + UUID.randomUUID(), "SECURITY", "EXPECTED", Map.of("distribution", "G5")));
            String forInterpol = Alerts.issued(
                    Users.NE_INVESTIGATOR,
                    Users.NE_COORDINATOR,
                    Alerts.request(
                            "Webhook test " + UUID.randomUUID(),
                            "SECURITY",
                            "EXPECTED",
                            Map.of("distribution", "PARTNERS", "sharedWith", List.of("INTERPOL"))));
            assertThat(deliveries(flaky)).singleElement().satisfies(delivery -> {
                assertThat(delivery.get("alertId")).isEqualTo(forInterpol);
                assertThat(delivery.get("status")).isEqualTo("PENDING");
            });
            assertThat(deliveries(flaky)).noneMatch(delivery -> regionalOnly.equals(delivery.get("alertId")));
            assertThat(given().auth()
                            .oauth2(unodc)
                            .get(WEBHOOKS + "/" + notEntitled.get("id") + "/deliveries")
                            .then()
                            .statusCode(200)
                            .extract()
                            .jsonPath()
                            .getList("$"))
                    .isEmpty();
            // Another partner's webhook is not there for INTERPOL.
            given().auth()
                    .oauth2(Users.INTERPOL)
                    .get(WEBHOOKS + "/" + notEntitled.get("id") + "/deliveries")
                    .then()
                    .statusCode(404);

            webhookService.deliverDue();
            assertThat(endpoint.received("/flaky")).hasSize(1);
            assertThat(endpoint.received("/down")).hasSize(1);
            assertThat(deliveries(flaky)).singleElement().satisfies(delivery -> {
                assertThat(delivery.get("status")).isEqualTo("PENDING");
                assertThat(delivery.get("attempts")).isEqualTo(1);
                assertThat(delivery.get("lastError")).isEqualTo("HTTP 500");
            });
            // Not due yet: nothing is sent again before the back-off.
            webhookService.deliverDue();
            assertThat(endpoint.received("/flaky")).hasSize(1);

            TestClock.advance(Duration.ofSeconds(31));
            webhookService.deliverDue();
            assertThat(endpoint.received("/flaky")).hasSize(2);
            assertThat(deliveries(flaky)).singleElement().satisfies(delivery -> {
                assertThat(delivery.get("status")).isEqualTo("DELIVERED");
                assertThat(delivery.get("attempts")).isEqualTo(2);
            });
            for (int i = 0; i < 6; i++) {
                TestClock.advance(Duration.ofHours(1));
                webhookService.deliverDue();
            }
            assertThat(endpoint.received("/flaky"))
                    .as("delivered once, never again")
                    .hasSize(2);
            assertThat(endpoint.received("/down"))
                    .as("five attempts, then dead")
                    .hasSize(5);
            assertThat(deliveries(down)).singleElement().satisfies(delivery -> {
                assertThat(delivery.get("status")).isEqualTo("DEAD");
                assertThat(delivery.get("attempts")).isEqualTo(5);
            });
            assertThat(endpoint.received("/unodc")).isEmpty();

            // Every attempt carries the same delivery id and a valid signature over the exact body.
            String secret = (String) flaky.get("secret");
            for (PartnerEndpoint.Received request : endpoint.received("/flaky")) {
                String[] parts = request.signature().split(",");
                long timestamp = Long.parseLong(parts[0].substring("t=".length()));
                assertThat(parts[1]).isEqualTo("v1=" + WebhookService.sign(secret, timestamp, request.body()));
                assertThat(request.body()).contains(forInterpol).contains("\"PARTNERS\"");
            }
            assertThat(endpoint.received("/flaky").stream()
                            .map(PartnerEndpoint.Received::deliveryId)
                            .distinct())
                    .hasSize(1);

            for (Map<String, Object> webhook : List.of(flaky, down)) {
                given().auth()
                        .oauth2(Users.INTERPOL)
                        .delete(WEBHOOKS + "/" + webhook.get("id"))
                        .then()
                        .statusCode(204);
            }
            given().auth()
                    .oauth2(unodc)
                    .delete(WEBHOOKS + "/" + notEntitled.get("id"))
                    .then()
                    .statusCode(204);
        } finally {
            endpoint.stop();
        }
    }

    @Test
    void unacknowledgedImmediateAlertsAreEscalatedOnceToTheNationalCoordinator() {
        String threat = "Imminent attack " + UUID.randomUUID();
        subscribe(Users.NE_ANALYST, Map.of("name", "NE police imminent", "events", List.of(threat)));
        subscribe(Users.ML_INVESTIGATOR, Map.of("name", "ML CT imminent", "events", List.of(threat)));
        String id = Alerts.issued(
                Users.NE_INVESTIGATOR,
                Users.NE_COORDINATOR,
                Alerts.request(threat, "SECURITY", "IMMEDIATE", Map.of("distribution", "G5")));
        String expected = Alerts.issued(
                Users.NE_INVESTIGATOR,
                Users.NE_COORDINATOR,
                Alerts.request(threat, "SECURITY", "EXPECTED", Map.of("distribution", "G5")));
        Map<String, Object> drill = Alerts.request(threat, "SECURITY", "IMMEDIATE", Map.of("distribution", "G5"));
        drill.put("capStatus", "Exercise");
        String exercise = Alerts.issued(Users.NE_INVESTIGATOR, Users.NE_COORDINATOR, drill);
        assertThat(copies(Users.NE_ANALYST, exercise)).singleElement().satisfies(item -> {
            assertThat(item.get("capStatus")).isEqualTo("Exercise");
            assertThat((String) item.get("title")).startsWith("[Exercise] ");
        });
        String maliCopy = (String) copies(Users.ML_INVESTIGATOR, id).get(0).get("id");
        given().auth()
                .oauth2(Users.ML_INVESTIGATOR)
                .post(INBOX + "/" + maliCopy + "/acknowledgement")
                .then()
                .statusCode(200);

        // In time: nothing to escalate yet.
        inboxService.escalateOverdue();
        assertThat(copies(Users.NE_COORDINATOR, id)).isEmpty();

        TestClock.advance(Duration.ofMinutes(31));
        inboxService.escalateOverdue();
        inboxService.escalateOverdue();
        String nigerCopy = (String) copies(Users.NE_ANALYST, id).get(0).get("id");
        assertThat(copies(Users.NE_COORDINATOR, id)).singleElement().satisfies(item -> {
            assertThat(item.get("kind")).isEqualTo("ALERT_ESCALATED");
            assertThat(item.get("escalationOf")).isEqualTo(nigerCopy);
            assertThat((String) item.get("title")).contains("NE-POLICE");
        });
        assertThat(copies(Users.ML_COORDINATOR, id)).as("acknowledged in time").isEmpty();
        assertThat(copies(Users.NE_COORDINATOR, expected)).as("not IMMEDIATE").isEmpty();
        assertThat(copies(Users.NE_COORDINATOR, exercise))
                .as("an exercise is never escalated")
                .isEmpty();
    }

    static void subscribe(String token, Map<String, Object> subscription) {
        given().auth()
                .oauth2(token)
                .contentType(ContentType.JSON)
                .body(subscription)
                .post(SUBSCRIPTIONS)
                .then()
                .statusCode(201);
    }

    /** The caller's agency inbox entries about one alert. */
    static List<Map<String, Object>> copies(String token, String sourceId) {
        List<Map<String, Object>> items = given().auth()
                .oauth2(token)
                .queryParam("limit", 200)
                .get(INBOX)
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getList("items");
        return items.stream()
                .filter(item -> sourceId.equals(item.get("sourceId")))
                .toList();
    }

    static long unread(String token) {
        return given().auth()
                .oauth2(token)
                .get(INBOX + "/unread")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getLong("unread");
    }

    private static List<Map<String, Object>> deliveries(Map<String, Object> webhook) {
        return given().auth()
                .oauth2(Users.INTERPOL)
                .get(WEBHOOKS + "/" + webhook.get("id") + "/deliveries")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getList("$");
    }

    /** A client of {@code GET /stream} reading the event stream line by line on its own thread. */
    static final class EventStream implements AutoCloseable {
        private final List<String> lines = new CopyOnWriteArrayList<>();
        private final InputStream body;
        private final Thread reader;

        private EventStream(InputStream body) {
            this.body = body;
            this.reader = new Thread(this::read, "sse-test-reader");
            reader.setDaemon(true);
            reader.start();
        }

        static EventStream open(String token) throws IOException, InterruptedException {
            HttpRequest request = HttpRequest.newBuilder(
                            URI.create("http://localhost:" + RestAssured.port + "/api/alerts/v1/stream"))
                    .header("Authorization", "Bearer " + token)
                    .header("Accept", "text/event-stream")
                    .GET()
                    .build();
            HttpResponse<InputStream> response =
                    HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofInputStream());
            assertThat(response.statusCode()).isEqualTo(200);
            assertThat(response.headers().firstValue("Content-Type"))
                    .hasValueSatisfying(type -> assertThat(type).startsWith("text/event-stream"));
            return new EventStream(response.body());
        }

        private void read() {
            try (BufferedReader in = new BufferedReader(new InputStreamReader(body, StandardCharsets.UTF_8))) {
                String line;
                while ((line = in.readLine()) != null) {
                    lines.add(line);
                }
            } catch (IOException closed) {
                // the test closed the stream
            }
        }

        /** Whether the service ended the stream. */
        boolean ended() {
            return !reader.isAlive();
        }

        boolean contains(String text) {
            return lines.stream().anyMatch(line -> line.contains(text));
        }

        List<String> lines() {
            return new ArrayList<>(lines);
        }

        @Override
        public void close() throws IOException {
            body.close();
        }
    }

    /** A partner's endpoint: {@code /flaky} fails once then accepts, {@code /down} always fails, others accept. */
    static final class PartnerEndpoint {
        record Received(String path, String signature, String deliveryId, String body) {}

        private final HttpServer server;
        private final ConcurrentLinkedQueue<Received> received = new ConcurrentLinkedQueue<>();
        private final AtomicInteger flakyCalls = new AtomicInteger();

        private PartnerEndpoint(HttpServer server) {
            this.server = server;
        }

        static PartnerEndpoint start() throws IOException {
            PartnerEndpoint endpoint = new PartnerEndpoint(HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0));
            endpoint.server.createContext("/", endpoint::answer);
            endpoint.server.start();
            return endpoint;
        }

        String url(String path) {
            return "http://127.0.0.1:" + server.getAddress().getPort() + path;
        }

        private void answer(HttpExchange exchange) throws IOException {
            String path = exchange.getRequestURI().getPath();
            String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            received.add(new Received(
                    path,
                    exchange.getRequestHeaders().getFirst(WebhookService.SIGNATURE_HEADER),
                    exchange.getRequestHeaders().getFirst(WebhookService.DELIVERY_HEADER),
                    body));
            int status = switch (path) {
                case "/flaky" -> flakyCalls.incrementAndGet() == 1 ? 500 : 204;
                case "/down" -> 500;
                default -> 204;
            };
            exchange.sendResponseHeaders(status, -1);
            try (OutputStream out = exchange.getResponseBody()) {
                out.flush();
            }
        }

        List<Received> received(String path) {
            return received.stream()
                    .filter(request -> request.path().equals(path))
                    .toList();
        }

        void stop() {
            server.stop(0);
        }
    }
}

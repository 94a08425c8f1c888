package org.g5sahel.pcms.systemtests;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.rabbitmq.client.Channel;
import com.rabbitmq.client.Connection;
import com.rabbitmq.client.ConnectionFactory;
import com.rabbitmq.client.GetResponse;
import io.restassured.http.ContentType;
import java.io.IOException;
import java.time.Duration;
import java.util.HashSet;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Events leave through the broker as CloudEvents, survive a broker outage, and a stopped service fails fast. */
class EventsAndFaultsIT {

    private static final String AGENCIES = "/api/directory/v1/agencies";
    private static final ObjectMapper JSON = new ObjectMapper();

    @BeforeAll
    static void platform() {
        Platform.get();
    }

    @Test
    void anAgencyCreatedThroughTheGatewayReachesAQueueAsAValidCloudEvent() throws Exception {
        try (Connection connection = factory().newConnection("systest-events");
                Channel channel = connection.createChannel()) {
            String probe = probe(channel, "systest.probe.created");
            String code = "NE-S" + suffix();
            create(code);
            GetResponse message = awaitMessage(channel, probe);
            assertThat(message.getProps().getContentType()).isEqualTo("application/cloudevents+json");
            JsonNode event = JSON.readTree(message.getBody());
            // CloudEvents 1.0 required attributes and their types, then the platform's extensions.
            assertThat(event.get("specversion").asText()).isEqualTo("1.0");
            assertThat(UUID.fromString(event.get("id").asText())).isNotNull();
            assertThat(event.get("source").asText()).isEqualTo("/pcms/directory");
            assertThat(event.get("type").asText()).isEqualTo("pcms.directory.agency.created.v1");
            assertThat(event.get("time").asText()).matches("\\d{4}-\\d{2}-\\d{2}T.*Z");
            assertThat(event.get("datacontenttype").asText()).isEqualTo("application/json");
            assertThat(event.get("subject").asText()).isEqualTo(code);
            event.fieldNames().forEachRemaining(name -> assertThat(name).matches("[a-z0-9]{1,20}"));
            assertThat(event.get("ownerstate").asText()).isEqualTo("NE");
            assertThat(event.get("owneragency").asText()).isEqualTo(code);
            assertThat(event.get("distribution").asText()).isEqualTo("PARTNERS");
            assertThat(event.get("traceparent").asText()).matches("00-[0-9a-f]{32}-[0-9a-f]{16}-0[01]");
            assertThat(event.get("data").get("code").asText()).isEqualTo(code);
        }
    }

    @Test
    void agenciesCreatedWhileTheBrokerIsDownAreAllDeliveredWhenItReturns() throws Exception {
        String probe;
        try (Connection connection = factory().newConnection("systest-outage");
                Channel channel = connection.createChannel()) {
            probe = probe(channel, "systest.probe.outage");
        }
        Set<String> created = new HashSet<>();
        Platform.rabbitmqctl("stop_app");
        try {
            for (int i = 0; i < 10; i++) {
                String code = "ML-O" + suffix();
                createAs("ml-coordinator", code);
                created.add(code);
            }
        } finally {
            Platform.rabbitmqctl("start_app");
            Platform.rabbitmqctl("await_startup");
        }
        Set<String> delivered = new HashSet<>();
        try (Connection connection = factory().newConnection("systest-outage-read");
                Channel channel = connection.createChannel()) {
            await().atMost(Duration.ofSeconds(60))
                    .pollInterval(Duration.ofMillis(250))
                    .until(() -> {
                        GetResponse message;
                        while ((message = channel.basicGet(probe, true)) != null) {
                            delivered.add(JSON.readTree(message.getBody())
                                    .get("subject")
                                    .asText());
                        }
                        return delivered.containsAll(created);
                    });
        }
        assertThat(delivered).containsAll(created);
    }

    @Test
    void aStoppedServiceGivesAFast503AndRecovers() throws Exception {
        String token = Tokens.of("bf-analyst");
        Platform.get().stop("directory");
        try {
            long started = System.nanoTime();
            given().auth()
                    .oauth2(token)
                    .get(Platform.GATEWAY + AGENCIES + "/BF-POLICE")
                    .then()
                    .statusCode(503)
                    .contentType("application/problem+json");
            long millis = (System.nanoTime() - started) / 1_000_000;
            assertThat(millis).as("503 within a second").isLessThan(1000);
        } finally {
            Platform.get().startService("directory");
        }
        await().atMost(Duration.ofSeconds(60))
                .until(() -> given().auth()
                                .oauth2(token)
                                .get(Platform.GATEWAY + AGENCIES + "/BF-POLICE")
                                .statusCode()
                        == 200);
    }

    private static void create(String code) {
        createAs("ne-coordinator", code);
    }

    private static void createAs(String user, String code) {
        given().auth()
                .oauth2(Tokens.of(user))
                .contentType(ContentType.JSON)
                .body("{\"code\":\"" + code + "\",\"state\":\"" + code.substring(0, 2)
                        + "\",\"nameFr\":\"Unité de test " + code + "\",\"type\":\"OTHER\"}")
                .post(Platform.GATEWAY + AGENCIES)
                .then()
                .statusCode(201);
    }

    /** A durable queue of the test's own, bound before the events are produced and emptied of older runs. */
    private static String probe(Channel channel, String name) throws IOException {
        channel.exchangeDeclare(Platform.EXCHANGE, "topic", true);
        channel.queueDeclare(name, true, false, false, null);
        channel.queueBind(name, Platform.EXCHANGE, "directory.agency.created");
        channel.queuePurge(name);
        return name;
    }

    private static GetResponse awaitMessage(Channel channel, String queue) {
        GetResponse[] holder = new GetResponse[1];
        await().atMost(Duration.ofSeconds(30)).until(() -> (holder[0] = channel.basicGet(queue, true)) != null);
        return holder[0];
    }

    private static ConnectionFactory factory() {
        ConnectionFactory factory = new ConnectionFactory();
        factory.setHost("127.0.0.1");
        return factory;
    }

    private static String suffix() {
        return UUID.randomUUID().toString().substring(0, 8).toUpperCase();
    }
}

package org.g5sahel.pcms.commons.messaging;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.rabbitmq.client.Channel;
import com.rabbitmq.client.Connection;
import com.rabbitmq.client.GetResponse;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.time.Period;
import java.util.Map;
import java.util.Set;
import org.g5sahel.pcms.commons.identity.Caller;
import org.g5sahel.pcms.commons.sovereignty.Distribution;
import org.g5sahel.pcms.commons.sovereignty.SharingTerms;
import org.g5sahel.pcms.commons.sovereignty.Sovereignty;
import org.g5sahel.pcms.commons.support.TestEffectHandler;
import org.g5sahel.pcms.commons.testing.RabbitTestResource;
import org.g5sahel.pcms.commons.testing.TestTokens;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Outbox → RabbitMQ → inbox against the real broker: envelope, confirms, exactly-once effect, retries, dead letters. */
@QuarkusTest
class EventsTest {

    private static final String QUEUE = RabbitTestResource.queueName("commonstest", "effects");
    private static final String PROBE = RabbitTestResource.queueName("commonstest", "probe");
    private static final Caller OWNER =
            new Caller("sub-ne", "ne-investigator", "NE", "NE-OCRTIS", Set.of("investigator"));

    @Inject
    Outbox outbox;

    @Inject
    OutboxRelay relay;

    @Inject
    TestEffectHandler handler;

    @Inject
    EntityManager entityManager;

    @Inject
    ObjectMapper objectMapper;

    private Connection connection;
    private Channel channel;

    @BeforeEach
    void cleanQueues() throws Exception {
        connection = RabbitTestResource.factory().newConnection("events-test");
        channel = connection.createChannel();
        channel.queueDeclare(PROBE, false, false, true, null);
        channel.queueBind(PROBE, RabbitTestResource.EXCHANGE, "commonstest.#");
        await().atMost(Duration.ofSeconds(20)).until(() -> queueExists(QUEUE));
        for (String queue : new String[] {PROBE, QUEUE + ".retry", QUEUE + ".dlq"}) {
            channel.queuePurge(queue);
        }
        handler.failing(false);
    }

    @AfterEach
    void close() throws Exception {
        connection.close();
    }

    @Test
    void committedEventsArePublishedAsCloudEventsAndAppliedOnce() throws Exception {
        CloudEvent event = publish("applied", Distribution.NATIONAL);

        await().atMost(Duration.ofSeconds(20)).until(() -> applied(event.id()) == 1);
        assertThat(relay.pendingCount()).isZero();

        GetResponse message = channel.basicGet(PROBE, true);
        assertThat(message).isNotNull();
        assertThat(message.getProps().getContentType()).isEqualTo("application/cloudevents+json");
        assertThat(message.getProps().getDeliveryMode()).isEqualTo(2);
        assertThat(message.getEnvelope().getRoutingKey()).isEqualTo("commonstest.effect.applied");
        JsonNode json = objectMapper.readTree(message.getBody());
        assertThat(json.get("specversion").asText()).isEqualTo("1.0");
        assertThat(json.get("id").asText()).isEqualTo(event.id());
        assertThat(json.get("source").asText()).isEqualTo("/pcms/commonstest");
        assertThat(json.get("type").asText()).isEqualTo("pcms.commonstest.effect.applied.v1");
        assertThat(json.get("ownerstate").asText()).isEqualTo("NE");
        assertThat(json.get("owneragency").asText()).isEqualTo("NE-OCRTIS");
        assertThat(json.get("distribution").asText()).isEqualTo("NATIONAL");
        assertThat(json.get("data").get("label").asText()).isEqualTo("applied");

        // The broker redelivers the same event (a relay crash after confirm, say): the effect is not applied again.
        channel.basicPublish(RabbitTestResource.EXCHANGE, "commonstest.effect.applied", null, message.getBody());
        CloudEvent marker = publish("marker", Distribution.NATIONAL);
        await().atMost(Duration.ofSeconds(20)).until(() -> applied(marker.id()) == 1);
        assertThat(applied(event.id())).isEqualTo(1);
    }

    @Test
    void poisonMessagesAreDeadLetteredAtOnce() throws Exception {
        channel.basicPublish(
                RabbitTestResource.EXCHANGE,
                "commonstest.effect.garbled",
                null,
                "{not json".getBytes(StandardCharsets.UTF_8));
        await().atMost(Duration.ofSeconds(20)).until(() -> channel.messageCount(QUEUE + ".dlq") == 1);
    }

    @Test
    void anEventWithAttributesThisConsumerDoesNotKnowIsStillApplied() throws Exception {
        ObjectNode newer = objectMapper.valueToTree(new CloudEvent(
                CloudEvent.SPEC_VERSION,
                java.util.UUID.randomUUID().toString(),
                "/pcms/commonstest",
                "pcms.commonstest.effect.newer.v1",
                "record-1",
                java.time.OffsetDateTime.now(),
                "application/json",
                "NE",
                "NE-OCRTIS",
                "NATIONAL",
                null,
                objectMapper.createObjectNode().put("label", "newer").put("addedLater", true)));
        newer.put("priorityclass", "high");
        channel.basicPublish(
                RabbitTestResource.EXCHANGE, "commonstest.effect.newer", null, objectMapper.writeValueAsBytes(newer));
        await().atMost(Duration.ofSeconds(20))
                .until(() -> applied(newer.get("id").asText()) == 1);
        assertThat(channel.messageCount(QUEUE + ".dlq")).isZero();
    }

    @Test
    void failingEventsAreRetriedThenDeadLetteredThenReplayed() throws Exception {
        handler.failing(true);
        CloudEvent event = publish("flaky", Distribution.G5);
        await().atMost(Duration.ofSeconds(20)).until(() -> channel.messageCount(QUEUE + ".dlq") == 1);
        assertThat(applied(event.id())).isZero();

        String admin = TestTokens.forUser("platform-admin", "G5-OPS", "pcms-admin");
        given().auth()
                .oauth2(admin)
                .get("/api/commonstest/v1/admin/dead-letters/" + QUEUE)
                .then()
                .statusCode(200)
                .body("[0].messageId", org.hamcrest.Matchers.equalTo(event.id()))
                .body("[0].type", org.hamcrest.Matchers.equalTo("pcms.commonstest.effect.flaky.v1"))
                .body("[0].attempts", org.hamcrest.Matchers.equalTo(2))
                .body("[0].error", org.hamcrest.Matchers.containsString("downstream unavailable"))
                .body("[0].data", org.hamcrest.Matchers.nullValue());

        handler.failing(false);
        given().auth()
                .oauth2(admin)
                .post("/api/commonstest/v1/admin/dead-letters/" + QUEUE + "/replay")
                .then()
                .statusCode(200)
                .body("replayed", org.hamcrest.Matchers.equalTo(1));
        await().atMost(Duration.ofSeconds(20)).until(() -> applied(event.id()) == 1);
        assertThat(channel.messageCount(QUEUE + ".dlq")).isZero();
    }

    @Test
    void onlyAdministratorsSeeDeadLetters() {
        given().auth()
                .oauth2(TestTokens.forUser("ne-investigator", "NE-OCRTIS", "investigator"))
                .get("/api/commonstest/v1/admin/dead-letters")
                .then()
                .statusCode(403)
                .contentType("application/problem+json");
    }

    private CloudEvent publish(String label, Distribution distribution) {
        return QuarkusTransaction.requiringNew()
                .call(() -> outbox.publish(
                        "effect",
                        label,
                        "record-1",
                        Sovereignty.ownedBy(
                                OWNER,
                                SharingTerms.of(distribution),
                                Distribution.AGENCY,
                                Period.ofYears(5),
                                LocalDate.now()),
                        Map.of("label", label)));
    }

    private int applied(String eventId) {
        return QuarkusTransaction.requiringNew()
                .call(() -> ((Number) entityManager
                                .createNativeQuery(
                                        "select coalesce(max(applied), 0) from test_effect where event_id = :id")
                                .setParameter("id", eventId)
                                .getSingleResult())
                        .intValue());
    }

    private boolean queueExists(String queue) {
        try (Channel probe = connection.createChannel()) {
            probe.queueDeclarePassive(queue);
            return true;
        } catch (Exception e) {
            return false;
        }
    }
}

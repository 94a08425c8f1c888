package org.g5sahel.pcms.commons.revocation;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.rabbitmq.client.Connection;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.UUID;
import org.g5sahel.pcms.commons.messaging.CloudEvent;
import org.g5sahel.pcms.commons.messaging.EventConsumers;
import org.g5sahel.pcms.commons.testing.RabbitTestResource;
import org.g5sahel.pcms.commons.testing.TestTokens;
import org.junit.jupiter.api.Test;

/** The directory's revocation event, through the real broker, makes every request with an earlier token a 401. */
@QuarkusTest
class RevocationTest {

    private static final String RECORDS = "/api/commonstest/v1/test-records";

    @Inject
    ObjectMapper objectMapper;

    @Inject
    EventConsumers consumers;

    @Inject
    UserRevocations revocations;

    @Test
    void aTokenIssuedBeforeTheRevocationIsRefusedOnceTheEventArrives() throws Exception {
        String username = "revoked-" + UUID.randomUUID();
        String before = TestTokens.claims(username, "NE", "NE-OCRTIS", "investigator")
                .issuedAt(Instant.now().minusSeconds(60))
                .sign(TestTokens.privateKey());
        String colleague = TestTokens.forUser("colleague-" + UUID.randomUUID(), "NE-OCRTIS", "investigator");
        given().auth()
                .oauth2(before)
                .queryParam("batch", "none")
                .get(RECORDS)
                .then()
                .statusCode(200);

        publish("sub-" + username, Instant.now().minusSeconds(1));

        await().atMost(Duration.ofSeconds(20))
                .untilAsserted(() -> given().auth()
                        .oauth2(before)
                        .header("Accept-Language", "en")
                        .queryParam("batch", "none")
                        .get(RECORDS)
                        .then()
                        .statusCode(401)
                        .contentType("application/problem+json")
                        .body("type", equalTo("https://pcms.g5sahel.org/problems/token-revoked"))
                        .body("title", equalTo("Access withdrawn")));
        given().auth()
                .oauth2(before)
                .queryParam("batch", "none")
                .get(RECORDS)
                .then()
                .statusCode(401)
                .body("title", equalTo("Accès retiré"));
        given().auth()
                .oauth2(colleague)
                .queryParam("batch", "none")
                .get(RECORDS)
                .then()
                .statusCode(200);
        // Signed in again after the revocation (re-enabled): a new token works.
        String after = TestTokens.claims(username, "NE", "NE-OCRTIS", "investigator")
                .issuedAt(Instant.now().plusSeconds(1))
                .sign(TestTokens.privateKey());
        given().auth()
                .oauth2(after)
                .queryParam("batch", "none")
                .get(RECORDS)
                .then()
                .statusCode(200);
    }

    @Test
    void everyInstanceHearsEveryRevocationOnAQueueOfItsOwn() throws Exception {
        String own = consumers.queueName(revocations);
        assertThat(own).matches(".*\\.user-revocations\\.[0-9a-f]{8}$");
        String username = "revoked-" + UUID.randomUUID();
        String token = TestTokens.claims(username, "NE", "NE-OCRTIS", "investigator")
                .issuedAt(Instant.now().minusSeconds(60))
                .sign(TestTokens.privateKey());
        try (Connection connection = RabbitTestResource.factory().newConnection("another-replica")) {
            // Another replica of the service, named the same way: its queue gets its own copy of each revocation.
            var channel = connection.createChannel();
            String replica = own.substring(0, own.lastIndexOf('.') + 1) + "another";
            channel.queueDeclare(replica, false, true, true, null);
            channel.queueBind(replica, RabbitTestResource.EXCHANGE, UserRevocations.ROUTING_KEY);

            publish("sub-" + username, Instant.now().minusSeconds(1));

            await().atMost(Duration.ofSeconds(20))
                    .untilAsserted(() -> given().auth()
                            .oauth2(token)
                            .queryParam("batch", "none")
                            .get(RECORDS)
                            .then()
                            .statusCode(401));
            await().atMost(Duration.ofSeconds(20)).until(() -> channel.basicGet(replica, true) != null);
        }
    }

    private void publish(String subject, Instant revokedAt) throws Exception {
        CloudEvent event = new CloudEvent(
                CloudEvent.SPEC_VERSION,
                UUID.randomUUID().toString(),
                "/pcms/directory",
                "pcms.directory.user.revoked.v1",
                subject,
                OffsetDateTime.now(ZoneOffset.UTC),
                "application/json",
                "G5",
                "G5-OPS",
                "G5",
                null,
                objectMapper.valueToTree(Map.of(
                        "subject",
                        subject,
                        "username",
                        "someone",
                        "revokedAt",
                        revokedAt.toString(),
                        "reason",
                        "DISABLED")));
        try (Connection connection = RabbitTestResource.factory().newConnection("revocation-test")) {
            var channel = connection.createChannel();
            channel.basicPublish(
                    RabbitTestResource.EXCHANGE,
                    UserRevocations.ROUTING_KEY,
                    null,
                    objectMapper.writeValueAsBytes(event));
        }
    }
}

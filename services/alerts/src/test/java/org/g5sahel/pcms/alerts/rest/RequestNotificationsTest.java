package org.g5sahel.pcms.alerts.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.quarkus.test.junit.QuarkusTest;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.g5sahel.pcms.alerts.AlertsTestResources;
import org.g5sahel.pcms.commons.testing.TestTokens;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The cases service's exchange-request events, as its outbox publishes them, reach the inboxes of the agencies each
 * step concerns — recipients of a new request, the requester of an answer, both sides of a missed due date — and
 * nobody else, with the request's envelope.
 */
@QuarkusTest
class RequestNotificationsTest extends AlertsTestResources {

    static final String BF_INVESTIGATOR = TestTokens.forUser("bf-investigator", "BF-CT", "investigator");
    static final String ML_ANALYST = TestTokens.forUser("ml-analyst", "ML-POLICE", "analyst");

    @BeforeAll
    static void consumerIsListening() {
        EventNotificationsTest.consumerIsListening();
    }

    @Test
    void aNewRequestReachesItsRecipientsPartnersIncludedAndNobodyElse() throws Exception {
        String requestId = UUID.randomUUID().toString();
        Map<String, Object> data = request(requestId);
        data.put("recipients", List.of("INTERPOL-GS", "NE-OCRTIS"));
        data.put("sharedWith", List.of("INTERPOL-GS", "NE-OCRTIS"));
        publish("sent", requestId, "SELECTED", data);

        await().atMost(Duration.ofSeconds(30))
                .until(() -> !DeliveryTest.copies(Users.INTERPOL, requestId).isEmpty()
                        && !DeliveryTest.copies(Users.NE_INVESTIGATOR, requestId)
                                .isEmpty());
        assertThat(DeliveryTest.copies(Users.NE_INVESTIGATOR, requestId))
                .singleElement()
                .satisfies(item -> {
                    assertThat(item.get("kind")).isEqualTo("REQUEST_RECEIVED");
                    assertThat(item.get("sourceType")).isEqualTo("exchange-request");
                    assertThat((String) item.get("title"))
                            .isEqualTo("Nouvelle demande ML-REQ-2026-000077 de ML-CT (INFORMATION_REQUEST, URGENT)");
                    assertThat(item.get("sharing"))
                            .asString()
                            .contains("distribution=SELECTED")
                            .contains("sharedWith=[INTERPOL-GS, NE-OCRTIS]");
                });
        assertThat(DeliveryTest.copies(Users.INTERPOL, requestId))
                .singleElement()
                .satisfies(item -> assertThat(item.get("kind")).isEqualTo("REQUEST_RECEIVED"));
        assertThat(DeliveryTest.copies(Users.ML_INVESTIGATOR, requestId)).isEmpty();
        assertThat(DeliveryTest.copies(Users.NE_COORDINATOR, requestId)).isEmpty();
    }

    @Test
    void eachAnswerAndDeclineReachesTheRequesterOnly() throws Exception {
        String requestId = UUID.randomUUID().toString();
        Map<String, Object> answered = concluded(requestId, "NE-OCRTIS", "ANSWERED");
        publish("answered", requestId, "AGENCY", answered);
        Map<String, Object> declined = concluded(requestId, "BF-CT", "DECLINED");
        declined.put("reason", "Hors de notre compétence");
        publish("declined", requestId, "AGENCY", declined);

        await().atMost(Duration.ofSeconds(30))
                .until(() -> requesterCopies(requestId).size() == 2);
        assertThat(requesterCopies(requestId))
                .extracting(item -> item.get("kind") + " " + item.get("title"))
                .containsExactlyInAnyOrder(
                        "REQUEST_ANSWERED Réponse de NE-OCRTIS à votre demande ML-REQ-2026-000077",
                        "REQUEST_DECLINED Demande ML-REQ-2026-000077 déclinée par BF-CT");
        assertThat(requesterCopies(requestId))
                .anySatisfy(item -> assertThat((String) item.get("summary")).endsWith("Hors de notre compétence"));
        // Another agency of the requesting State sees none of it, nor do the recipients.
        assertThat(copiesOf(ML_ANALYST, requestId)).isEmpty();
        assertThat(copiesOf(Users.NE_INVESTIGATOR, requestId)).isEmpty();
        assertThat(copiesOf(BF_INVESTIGATOR, requestId)).isEmpty();
    }

    @Test
    void aMissedDueDateRemindsTheRequesterAndTheLateRecipientOnly() throws Exception {
        String requestId = UUID.randomUUID().toString();
        Map<String, Object> data = concluded(requestId, "NE-OCRTIS", "ACKNOWLEDGED");
        data.put("sharedWith", List.of("NE-OCRTIS"));
        publish("overdue", requestId, "SELECTED", data);

        await().atMost(Duration.ofSeconds(30))
                .until(() -> !requesterCopies(requestId).isEmpty()
                        && !copiesOf(Users.NE_INVESTIGATOR, requestId).isEmpty());
        assertThat(requesterCopies(requestId))
                .singleElement()
                .satisfies(item -> assertThat((String) item.get("title"))
                        .isEqualTo("Demande ML-REQ-2026-000077 en retard : NE-OCRTIS n’a pas répondu"));
        assertThat(copiesOf(Users.NE_INVESTIGATOR, requestId))
                .singleElement()
                .satisfies(item -> assertThat(item.get("kind")).isEqualTo("REQUEST_OVERDUE"));
        assertThat(copiesOf(BF_INVESTIGATOR, requestId)).isEmpty();
    }

    @Test
    void aFileThatFollowsTheAnswerReachesTheRequester() throws Exception {
        String requestId = UUID.randomUUID().toString();
        String attachmentId = UUID.randomUUID().toString();
        Map<String, Object> data = concluded(requestId, "NE-OCRTIS", "ANSWERED");
        data.put("attachmentId", attachmentId);
        data.put("fileName", "casier.pdf");
        data.put("afterAnswer", true);
        publish("attachment-added", requestId, "AGENCY", data);

        await().atMost(Duration.ofSeconds(30))
                .until(() -> !requesterCopies(requestId).isEmpty());
        assertThat(requesterCopies(requestId)).singleElement().satisfies(item -> {
            assertThat(item.get("kind")).isEqualTo("REQUEST_ATTACHMENT");
            assertThat(item.get("title")).isEqualTo("NE-OCRTIS a joint casier.pdf à sa réponse à ML-REQ-2026-000077");
        });
        assertThat(copiesOf(Users.NE_INVESTIGATOR, requestId)).isEmpty();
    }

    /** What every request event of ML-CT's request carries. */
    private static Map<String, Object> request(String requestId) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("requestId", requestId);
        data.put("reference", "ML-REQ-2026-000077");
        data.put("type", "INFORMATION_REQUEST");
        data.put("urgency", "URGENT");
        data.put("dueAt", "2026-12-08T10:00:00Z");
        data.put("senderState", "ML");
        data.put("senderAgency", "ML-CT");
        return data;
    }

    private static Map<String, Object> concluded(String requestId, String recipient, String status) {
        Map<String, Object> data = request(requestId);
        data.put("recipientState", recipient.substring(0, 2));
        data.put("recipientAgency", recipient);
        data.put("status", status);
        return data;
    }

    private static void publish(String step, String requestId, String distribution, Map<String, Object> data)
            throws Exception {
        EventNotificationsTest.publish(
                "cases.request." + step,
                EventNotificationsTest.event(
                        UUID.randomUUID().toString(),
                        "cases",
                        "request",
                        step,
                        requestId,
                        "ML",
                        "ML-CT",
                        distribution,
                        data));
    }

    private static List<Map<String, Object>> requesterCopies(String requestId) {
        return copiesOf(Users.ML_INVESTIGATOR, requestId);
    }

    /** The agency's notifications about the request, whatever the recipient or file they name. */
    private static List<Map<String, Object>> copiesOf(String token, String requestId) {
        List<Map<String, Object>> items = given().auth()
                .oauth2(token)
                .queryParam("limit", 200)
                .get(DeliveryTest.INBOX)
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getList("items");
        return items.stream()
                .filter(item -> String.valueOf(item.get("sourceId")).startsWith(requestId))
                .toList();
    }
}

package org.g5sahel.pcms.alerts.rest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.quarkus.test.junit.QuarkusTest;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.g5sahel.pcms.alerts.AlertsTestResources;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Any service's retention-review notices, as the commons review publishes them, reach the inbox of the agency that
 * owns the record and nobody else: not another agency of its State, not its national coordinator.
 */
@QuarkusTest
class ReviewNotificationsTest extends AlertsTestResources {

    @BeforeAll
    static void consumerIsListening() {
        EventNotificationsTest.consumerIsListening();
    }

    @Test
    void theOwningAgencyAloneIsToldThatARecordNearsOrPassedItsReviewDate() throws Exception {
        String recordId = UUID.randomUUID().toString();
        publish("review-due", recordId, data(recordId, "2027-03-01", false));
        // The same notice published twice (another instance, a retry) is one item.
        publish("review-due", recordId, data(recordId, "2027-03-01", false));
        publish("review-overdue", recordId, data(recordId, "2027-03-01", true));

        await().atMost(Duration.ofSeconds(30))
                .until(() ->
                        DeliveryTest.copies(Users.ML_INVESTIGATOR, recordId).size() == 2);
        List<Map<String, Object>> items = DeliveryTest.copies(Users.ML_INVESTIGATOR, recordId);
        assertThat(items)
                .extracting(item -> item.get("kind") + " " + item.get("title"))
                .containsExactlyInAnyOrder(
                        "REVIEW_DUE À réviser : ML-FA-2026-000012 — Kalashnikov AKM 7,62 (avant le 2027-03-01)",
                        "REVIEW_OVERDUE Révision dépassée : ML-FA-2026-000012 — Kalashnikov AKM 7,62 (depuis le 2027-03-01)");
        assertThat(items).allSatisfy(item -> {
            assertThat(item.get("sourceType")).isEqualTo("firearm");
            assertThat(item.get("sharing"))
                    .asString()
                    .contains("distribution=AGENCY")
                    .contains("ownerAgency=ML-CT");
        });
        assertThat(DeliveryTest.copies(Users.ML_BORDER, recordId)).isEmpty();
        assertThat(DeliveryTest.copies(Users.ML_COORDINATOR, recordId)).isEmpty();
        assertThat(DeliveryTest.copies(Users.NE_INVESTIGATOR, recordId)).isEmpty();
    }

    private static Map<String, Object> data(String recordId, String reviewBy, boolean overdue) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("recordType", "firearm");
        data.put("recordId", recordId);
        data.put("reference", "ML-FA-2026-000012");
        data.put("title", "Kalashnikov AKM 7,62");
        data.put("ownerState", "ML");
        data.put("ownerAgency", "ML-CT");
        data.put("reviewBy", reviewBy);
        data.put("overdue", overdue);
        return data;
    }

    private static void publish(String step, String recordId, Map<String, Object> data) throws Exception {
        EventNotificationsTest.publish(
                "firearms.record." + step,
                EventNotificationsTest.event(
                        UUID.randomUUID().toString(),
                        "firearms",
                        "record",
                        step,
                        recordId,
                        "ML",
                        "ML-CT",
                        "AGENCY",
                        data));
    }
}

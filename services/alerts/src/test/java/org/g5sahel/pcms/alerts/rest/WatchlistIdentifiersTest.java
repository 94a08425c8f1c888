package org.g5sahel.pcms.alerts.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.hibernate.orm.panache.Panache;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.g5sahel.pcms.alerts.AlertsTestResources;
import org.g5sahel.pcms.commons.correlation.IdentifierKeys;
import org.junit.jupiter.api.Test;

/**
 * A watch-list entry's strong identifiers go to the correlation index as keyed hashes, addressed to its owner alone:
 * when it is listed, when it stops being discoverable, when it is taken off the list. Never a clear value.
 */
@QuarkusTest
class WatchlistIdentifiersTest extends AlertsTestResources {

    private static final String WATCHLIST = "/api/alerts/v1/watchlist-entries";

    @Inject
    IdentifierKeys keys;

    @Inject
    ObjectMapper objectMapper;

    @Test
    void anEntrysIdentifiersArePublishedKeyedThenWithdrawn() throws Exception {
        String passport = "ML" + UUID.randomUUID().toString().substring(0, 7).toUpperCase();
        String id = given().auth()
                .oauth2(Users.ML_INVESTIGATOR)
                .contentType(ContentType.JSON)
                .body(Map.of(
                        "kind",
                        "PERSON",
                        "details",
                        Map.of(
                                "nameLatin",
                                "Oumar Ould Sidi",
                                "plate",
                                "AB 1234 NE",
                                "documents",
                                List.of(Map.of("type", "Passeport", "number", passport.toLowerCase()))),
                        "reason",
                        "Convoyeur",
                        "actionRequested",
                        "REPORT"))
                .post(WATCHLIST)
                .then()
                .statusCode(201)
                .extract()
                .path("id");

        List<JsonNode> events = published(id);
        assertThat(events).hasSize(1);
        JsonNode event = events.get(0);
        assertThat(event.path("owneragency").asText()).isEqualTo("ML-CT");
        assertThat(event.path("distribution").asText()).isEqualTo("AGENCY");
        JsonNode data = event.path("data");
        assertThat(data.path("recordType").asText()).isEqualTo("watchlist-entry");
        assertThat(data.path("reference").asText()).startsWith("ML-WL-");
        assertThat(data.path("discoverable").asBoolean()).isTrue();
        assertThat(data.path("identifiers").findValuesAsText("keyedHash"))
                .containsExactlyInAnyOrder(
                        keys.document("PASSPORT", passport).orElseThrow().keyedHash(),
                        keys.vehiclePlate("AB1234NE", "ML").orElseThrow().keyedHash());
        assertThat(data.path("identifiers").findValuesAsText("label")).contains("PASSPORT");
        assertThat(event.toString())
                .doesNotContain(passport)
                .doesNotContain(passport.toLowerCase())
                .doesNotContain("Oumar")
                .doesNotContain("AB1234")
                .doesNotContain("AB 1234");

        String path = WATCHLIST + "/" + id;
        given().auth()
                .oauth2(Users.ML_INVESTIGATOR)
                .header("If-Match", etag(path))
                .contentType(ContentType.JSON)
                .body("{\"distribution\":\"G5\",\"discoverable\":false}")
                .put(path + "/sharing")
                .then()
                .statusCode(200);
        given().auth()
                .oauth2(Users.ML_INVESTIGATOR)
                .header("If-Match", etag(path))
                .post(path + "/deactivation")
                .then()
                .statusCode(200);
        events = published(id);
        assertThat(events).hasSize(3);
        assertThat(events.get(1).path("data").path("discoverable").asBoolean()).isFalse();
        assertThat(events.get(2).path("data").path("withdrawn").asBoolean()).isTrue();
        assertThat(events.get(2).path("data").path("identifiers")).isEmpty();
    }

    private static String etag(String path) {
        return given().auth()
                .oauth2(Users.ML_INVESTIGATOR)
                .get(path)
                .then()
                .statusCode(200)
                .extract()
                .header("ETag");
    }

    /** The entry's {@code alerts.identifiers.published} events, oldest first. */
    @SuppressWarnings("unchecked")
    private List<JsonNode> published(String id) throws Exception {
        List<String> payloads = QuarkusTransaction.requiringNew().call(() -> (List<String>) Panache.getEntityManager()
                .createNativeQuery("select payload::text from outbox_event where routing_key ="
                        + " 'alerts.identifiers.published' and payload->>'subject' = :id order by created_at")
                .setParameter("id", id)
                .getResultList());
        List<JsonNode> events = new ArrayList<>();
        for (String payload : payloads) {
            events.add(objectMapper.readTree(payload));
        }
        return events;
    }
}

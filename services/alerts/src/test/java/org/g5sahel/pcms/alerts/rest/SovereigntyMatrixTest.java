package org.g5sahel.pcms.alerts.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.g5sahel.pcms.alerts.AlertsTestResources;
import org.junit.jupiter.api.Test;

/**
 * Who sees what on the inbox, subscription, watch-list and notice endpoints: the owning agency, another agency of the
 * same State, a State the record is shared with, a State it is not, the regional coordinator, a partner and an
 * anonymous caller, for every distribution. Lists, counts and gets must agree.
 */
@QuarkusTest
class SovereigntyMatrixTest extends AlertsTestResources {

    static final String WATCHLIST = "/api/alerts/v1/watchlist-entries";

    /** The readers of the matrix; the owner is NE-OCRTIS (ne-investigator). */
    static final Map<String, String> READERS = new LinkedHashMap<>();

    static {
        READERS.put("owner agency", Users.NE_INVESTIGATOR);
        READERS.put("same State, other agency", Users.NE_ANALYST);
        READERS.put("State shared with (ML)", Users.ML_INVESTIGATOR);
        READERS.put("other State (TD)", Users.TD_ANALYST);
        READERS.put("regional coordinator", Users.G5_COORDINATOR);
        READERS.put("partner (INTERPOL)", Users.INTERPOL);
    }

    /** Per distribution (SELECTED with ML, PARTNERS with INTERPOL), who may read. */
    static final Map<String, Set<String>> ENTITLED = Map.of(
            "AGENCY", Set.of("owner agency"),
            "NATIONAL", Set.of("owner agency", "same State, other agency"),
            "SELECTED", Set.of("owner agency", "same State, other agency", "State shared with (ML)"),
            "G5",
                    Set.of(
                            "owner agency",
                            "same State, other agency",
                            "State shared with (ML)",
                            "other State (TD)",
                            "regional coordinator"),
            "PARTNERS", READERS.keySet());

    static Map<String, Object> sharing(String distribution) {
        return switch (distribution) {
            case "SELECTED" -> Map.of("distribution", distribution, "sharedWith", List.of("ML"));
            case "PARTNERS" -> Map.of("distribution", distribution, "sharedWith", List.of("INTERPOL"));
            default -> Map.of("distribution", distribution);
        };
    }

    @Test
    void watchListEntriesAreSeenPerDistribution() {
        for (String distribution : ENTITLED.keySet()) {
            String id = given().auth()
                    .oauth2(Users.NE_INVESTIGATOR)
                    .contentType(ContentType.JSON)
                    .body(Map.of(
                            "kind",
                            "VEHICLE",
                            "details",
                            Map.of("plate", "NE-" + UUID.randomUUID().toString().substring(0, 6)),
                            "reason",
                            "Convoy vehicle",
                            "actionRequested",
                            "REPORT",
                            "sharing",
                            sharing(distribution)))
                    .post(WATCHLIST)
                    .then()
                    .statusCode(201)
                    .extract()
                    .path("id");
            READERS.forEach((reader, token) -> {
                boolean entitled = ENTITLED.get(distribution).contains(reader);
                String what = distribution + " entry read by " + reader;
                given().auth().oauth2(token).get(WATCHLIST + "/" + id).then().statusCode(entitled ? 200 : 404);
                assertThat(allIds(token, WATCHLIST + "?kind=VEHICLE"))
                        .as(what)
                        .matches(ids -> ids.contains(id) == entitled);
            });
            given().get(WATCHLIST + "/" + id).then().statusCode(401);
            given().get(WATCHLIST).then().statusCode(401);
        }
        // Border officers screen; they do not browse the list.
        given().auth().oauth2(Users.NE_BORDER).get(WATCHLIST).then().statusCode(403);
    }

    @Test
    void publishedNoticesAreSeenPerDistributionAndCountsAgreeWithLists() {
        // A notice kept within its agency could never be reviewed nor published.
        NoticeTest.submit(Users.NE_INVESTIGATOR, NoticeTest.notice("WARNING", "Avertissement", sharing("AGENCY")))
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("errors[0].field", org.hamcrest.Matchers.equalTo("sharing.distribution"));
        for (String distribution : List.of("NATIONAL", "SELECTED", "G5", "PARTNERS")) {
            String id = NoticeTest.published(
                    Users.NE_INVESTIGATOR,
                    Users.NE_COORDINATOR,
                    NoticeTest.notice("WARNING", "Avertissement " + distribution, sharing(distribution)));
            READERS.forEach((reader, token) -> {
                boolean entitled = ENTITLED.get(distribution).contains(reader);
                String what = distribution + " notice read by " + reader;
                given().auth()
                        .oauth2(token)
                        .get(NoticeTest.NOTICES + "/" + id)
                        .then()
                        .statusCode(entitled ? 200 : 404);
                List<String> listed = allIds(token, NoticeTest.NOTICES);
                assertThat(listed).as(what).matches(ids -> ids.contains(id) == entitled);
                long counted = given().auth()
                        .oauth2(token)
                        .get(NoticeTest.NOTICES + "/count")
                        .then()
                        .statusCode(200)
                        .extract()
                        .jsonPath()
                        .getLong("count");
                assertThat(counted).as("count of " + reader).isEqualTo(listed.size());
            });
            given().get(NoticeTest.NOTICES + "/" + id).then().statusCode(401);
        }
        given().get(NoticeTest.NOTICES).then().statusCode(401);
        given().get(NoticeTest.NOTICES + "/count").then().statusCode(401);
    }

    @Test
    void anInboxIsItsAgencysOnly() {
        String threat = "Matrix " + UUID.randomUUID();
        DeliveryTest.subscribe(Users.NE_ANALYST, Map.of("name", "NE police matrix", "events", List.of(threat)));
        String alert = Alerts.issued(
                Users.NE_INVESTIGATOR,
                Users.NE_COORDINATOR,
                Alerts.request(threat, "SECURITY", "EXPECTED", Map.of("distribution", "PARTNERS")));
        String itemId =
                (String) DeliveryTest.copies(Users.NE_ANALYST, alert).get(0).get("id");
        // Any member of the recipient agency reads its inbox.
        assertThat(DeliveryTest.copies(Users.NE_BORDER, alert)).hasSize(1);
        READERS.forEach((reader, token) -> {
            if (!reader.equals("same State, other agency")) {
                assertThat(DeliveryTest.copies(token, alert)).as(reader).isEmpty();
                given().auth()
                        .oauth2(token)
                        .post(DeliveryTest.INBOX + "/" + itemId + "/acknowledgement")
                        .then()
                        .statusCode(404);
            }
        });
        given().get(DeliveryTest.INBOX).then().statusCode(401);
    }

    @Test
    void subscriptionsBelongToTheirAgency() {
        String id = given().auth()
                .oauth2(Users.NE_INVESTIGATOR)
                .contentType(ContentType.JSON)
                .body(Map.of(
                        "name", "OCRTIS drugs", "categories", List.of("SECURITY"), "events", List.of("Drug convoy")))
                .post(DeliveryTest.SUBSCRIPTIONS)
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        String sameAgency =
                org.g5sahel.pcms.commons.testing.TestTokens.forUser("ne-investigator-2", "NE-OCRTIS", "investigator");
        given().auth()
                .oauth2(sameAgency)
                .get(DeliveryTest.SUBSCRIPTIONS + "/" + id)
                .then()
                .statusCode(200);
        for (String token : List.of(Users.NE_ANALYST, Users.ML_INVESTIGATOR, Users.TD_ANALYST, Users.G5_COORDINATOR)) {
            given().auth()
                    .oauth2(token)
                    .get(DeliveryTest.SUBSCRIPTIONS + "/" + id)
                    .then()
                    .statusCode(404);
            assertThat(given().auth()
                            .oauth2(token)
                            .get(DeliveryTest.SUBSCRIPTIONS)
                            .then()
                            .statusCode(200)
                            .extract()
                            .jsonPath()
                            .getList("id"))
                    .doesNotContain(id);
            given().auth()
                    .oauth2(token)
                    .delete(DeliveryTest.SUBSCRIPTIONS + "/" + id)
                    .then()
                    .statusCode(404);
        }
        // Partners receive PARTNERS alerts through webhooks, not subscriptions.
        given().auth()
                .oauth2(Users.INTERPOL)
                .get(DeliveryTest.SUBSCRIPTIONS)
                .then()
                .statusCode(403);
        given().auth()
                .oauth2(Users.INTERPOL)
                .contentType(ContentType.JSON)
                .body(Map.of("name", "x"))
                .post(DeliveryTest.SUBSCRIPTIONS)
                .then()
                .statusCode(403);
        given().get(DeliveryTest.SUBSCRIPTIONS).then().statusCode(401);
        given().auth()
                .oauth2(Users.NE_INVESTIGATOR)
                .contentType(ContentType.JSON)
                .body(Map.of("name", "half circle", "centerLat", 14.2))
                .post(DeliveryTest.SUBSCRIPTIONS)
                .then()
                .statusCode(400)
                .contentType("application/problem+json");
        assertThat(given().auth()
                        .oauth2(Users.NE_INVESTIGATOR)
                        .get(DeliveryTest.SUBSCRIPTIONS)
                        .then()
                        .statusCode(200)
                        .extract()
                        .jsonPath()
                        .getList("id"))
                .contains(id);
        given().auth()
                .oauth2(sameAgency)
                .delete(DeliveryTest.SUBSCRIPTIONS + "/" + id)
                .then()
                .statusCode(204);
        given().auth()
                .oauth2(Users.NE_INVESTIGATOR)
                .get(DeliveryTest.SUBSCRIPTIONS + "/" + id)
                .then()
                .statusCode(404);
    }

    /** Every id of a paged list, following the cursors. */
    static List<String> allIds(String token, String path) {
        List<String> ids = new ArrayList<>();
        String cursor = null;
        do {
            var request = given().auth().oauth2(token).queryParam("limit", 200);
            if (cursor != null) {
                request = request.queryParam("cursor", cursor);
            }
            var page = request.get(path).then().statusCode(200).extract().jsonPath();
            ids.addAll(page.getList("items.id"));
            cursor = page.getString("next");
        } while (cursor != null);
        return ids;
    }
}

package org.g5sahel.pcms.alerts.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.g5sahel.pcms.alerts.AlertsTestResources;
import org.g5sahel.pcms.commons.testing.AudienceContract;
import org.junit.jupiter.api.Test;

/** Who can see an alert or a watch-list entry, and what a change of sharing would do (docs/sovereignty.md). */
@QuarkusTest
class AudienceTest extends AlertsTestResources {

    @Test
    void theAudienceAndThePreviewFollowAnIssuedAlertsSharing() {
        String id = Alerts.issued(
                Users.NE_INVESTIGATOR,
                Users.NE_COORDINATOR,
                Alerts.request("Audience", "SECURITY", "IMMEDIATE", Map.of("distribution", "NATIONAL")));
        AudienceContract.holds(
                Alerts.BASE + "/" + id, Users.NE_INVESTIGATOR, "NE-OCRTIS", Users.NE_ANALYST, Users.ML_INVESTIGATOR);
    }

    @Test
    void anAlertAwaitingApprovalIsSeenByItsAgencyAndItsStatesCoordinatorOnly() {
        String id = Alerts.draft(
                        Users.NE_INVESTIGATOR,
                        Alerts.request("Audience", "SECURITY", "IMMEDIATE", Map.of("distribution", "NATIONAL")))
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        Alerts.submit(Users.NE_INVESTIGATOR, id).then().statusCode(200);
        given().auth()
                .oauth2(Users.NE_COORDINATOR)
                .get(Alerts.BASE + "/" + id + "/audience")
                .then()
                .statusCode(200)
                .body(
                        "groups",
                        equalTo(List.of(
                                Map.of("kind", "OWNER_AGENCY", "code", "NE-OCRTIS"),
                                Map.of("kind", "STATE_COORDINATOR", "code", "NE"))))
                .body("hiddenFromStates", equalTo(List.of("BF", "ML", "MR", "TD")));
        given().auth()
                .oauth2(Users.NE_ANALYST)
                .get(Alerts.BASE + "/" + id + "/audience")
                .then()
                .statusCode(404);
    }

    @Test
    void theAudienceAndThePreviewFollowAWatchlistEntrysSharing() {
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
                        Map.of("distribution", "NATIONAL")))
                .post(SovereigntyMatrixTest.WATCHLIST)
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        AudienceContract.holds(
                SovereigntyMatrixTest.WATCHLIST + "/" + id,
                Users.NE_INVESTIGATOR,
                "NE-OCRTIS",
                Users.NE_ANALYST,
                Users.ML_INVESTIGATOR);
    }
}

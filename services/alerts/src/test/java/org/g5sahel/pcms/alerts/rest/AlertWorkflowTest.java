package org.g5sahel.pcms.alerts.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.g5sahel.pcms.alerts.AlertsTestResources;
import org.g5sahel.pcms.alerts.service.AlertService;
import org.g5sahel.pcms.commons.testing.TestClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
class AlertWorkflowTest extends AlertsTestResources {

    @Inject
    AlertService alertService;

    @AfterEach
    void resetClock() {
        TestClock.reset();
    }

    @Test
    void draftGoesOutOnlyAfterASecondPersonApproves() {
        String id = Alerts.draft(Users.NE_INVESTIGATOR, Alerts.request("Armed group movement"))
                .then()
                .statusCode(201)
                .body("status", equalTo("DRAFT"))
                .body("reference", org.hamcrest.Matchers.matchesPattern("NE-ALERT-\\d{4}-\\d{6}"))
                .body("sharing.ownerAgency", equalTo("NE-OCRTIS"))
                .extract()
                .path("id");
        // A G5 draft is still hidden from other agencies and States.
        given().auth()
                .oauth2(Users.ML_INVESTIGATOR)
                .get(Alerts.BASE + "/" + id)
                .then()
                .statusCode(404);
        given().auth()
                .oauth2(Users.NE_ANALYST)
                .get(Alerts.BASE + "/" + id)
                .then()
                .statusCode(404);
        // Approving a draft that was not submitted is a conflict.
        Alerts.approve(Users.NE_COORDINATOR, id)
                .then()
                .statusCode(409)
                .body("type", org.hamcrest.Matchers.endsWith("/conflict"));

        Alerts.submit(Users.NE_INVESTIGATOR, id).then().statusCode(200).body("status", equalTo("PENDING_APPROVAL"));
        // Another State's coordinator cannot even see it; an investigator lacks the role.
        given().auth()
                .oauth2(Users.ML_COORDINATOR)
                .header("If-Match", "\"1\"")
                .contentType(ContentType.JSON)
                .body(Map.of("approve", true))
                .post(Alerts.BASE + "/" + id + "/approval")
                .then()
                .statusCode(404);
        given().auth()
                .oauth2(Users.NE_INVESTIGATOR)
                .header("If-Match", "\"1\"")
                .contentType(ContentType.JSON)
                .body(Map.of("approve", true))
                .post(Alerts.BASE + "/" + id + "/approval")
                .then()
                .statusCode(403);

        Alerts.approve(Users.NE_COORDINATOR, id)
                .then()
                .statusCode(200)
                .body("status", equalTo("ISSUED"))
                .body("approver", equalTo("ne-coordinator"))
                .body("revision", equalTo(1));
        given().auth()
                .oauth2(Users.ML_INVESTIGATOR)
                .get(Alerts.BASE + "/" + id)
                .then()
                .statusCode(200)
                .body("infos.language", contains("fr", "en", "ar"));
    }

    @Test
    void theAuthorNeverApprovesTheirOwnAlert() {
        String id = Alerts.draft(Users.NE_COORDINATOR, Alerts.request("Kidnapping threat"))
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        Alerts.submit(Users.NE_COORDINATOR, id).then().statusCode(200);
        Alerts.approve(Users.NE_COORDINATOR, id)
                .then()
                .statusCode(403)
                .body("detail", org.hamcrest.Matchers.containsString("Quatre yeux"));
        Alerts.approve(Users.NE_COORDINATOR_2, id).then().statusCode(200).body("status", equalTo("ISSUED"));
    }

    @Test
    void regionalAlertsAreApprovedByAnotherRegionalCoordinator() {
        String secondRegional = org.g5sahel.pcms.commons.testing.TestTokens.forUser(
                "g5-coordinator-2", "G5-URC", "regional-coordinator");
        String id = Alerts.draft(Users.G5_COORDINATOR, Alerts.request("Regional drug convoy"))
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        Alerts.submit(Users.G5_COORDINATOR, id).then().statusCode(200);
        // A national coordinator has no say on the regional unit's alerts.
        given().auth()
                .oauth2(Users.NE_COORDINATOR)
                .header("If-Match", "\"1\"")
                .contentType(ContentType.JSON)
                .body(Map.of("approve", true))
                .post(Alerts.BASE + "/" + id + "/approval")
                .then()
                .statusCode(404);
        Alerts.approve(Users.G5_COORDINATOR, id).then().statusCode(403);
        Alerts.approve(secondRegional, id).then().statusCode(200).body("status", equalTo("ISSUED"));
    }

    @Test
    void rejectionSendsTheDraftBackWithItsReason() {
        String id = Alerts.draft(Users.NE_INVESTIGATOR, Alerts.request("Rumour"))
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        Alerts.submit(Users.NE_INVESTIGATOR, id).then().statusCode(200);
        String etag = Alerts.etag(Users.NE_COORDINATOR, id);
        given().auth()
                .oauth2(Users.NE_COORDINATOR)
                .header("If-Match", etag)
                .contentType(ContentType.JSON)
                .body(Map.of("approve", false))
                .post(Alerts.BASE + "/" + id + "/approval")
                .then()
                .statusCode(400)
                .body("errors.field", hasItem("reason"));
        given().auth()
                .oauth2(Users.NE_COORDINATOR)
                .header("If-Match", etag)
                .contentType(ContentType.JSON)
                .body(Map.of("approve", false, "reason", "Source non recoupée"))
                .post(Alerts.BASE + "/" + id + "/approval")
                .then()
                .statusCode(200)
                .body("status", equalTo("DRAFT"))
                .body("rejectionReason", equalTo("Source non recoupée"));
    }

    @Test
    void badContentIsRefusedWithFieldErrors() {
        Map<String, Object> request = Alerts.request("Bad geometry");
        request.put(
                "areas",
                List.of(Map.of(
                        "description",
                        "Open",
                        "polygons",
                        List.of("15.9,0.2 15.9,2.5 14.2,2.5 14.2,0.2"),
                        "circles",
                        List.of("14.2,1.45"))));
        request.put("expires", "2020-01-01T00:00:00Z");
        request.put("infos", List.of(Map.of("language", "es", "headline", "Hola")));
        given().auth()
                .oauth2(Users.NE_INVESTIGATOR)
                .header("Accept-Language", "en")
                .contentType(ContentType.JSON)
                .body(request)
                .post(Alerts.BASE)
                .then()
                .statusCode(400)
                .body("type", org.hamcrest.Matchers.endsWith("/validation-failed"))
                .body(
                        "errors.field",
                        org.hamcrest.Matchers.hasItems(
                                "areas[0].polygons[0]", "areas[0].circles[0]", "expires", "infos[0].language"));
        given().auth()
                .oauth2(Users.NE_INVESTIGATOR)
                .contentType(ContentType.JSON)
                .body("{\"event\":")
                .post(Alerts.BASE)
                .then()
                .statusCode(400);
        given().auth()
                .oauth2(Users.NE_BORDER)
                .contentType(ContentType.JSON)
                .body(Alerts.request("Not mine to write"))
                .post(Alerts.BASE)
                .then()
                .statusCode(403);
        given().contentType(ContentType.JSON)
                .body(Alerts.request("Anonymous"))
                .post(Alerts.BASE)
                .then()
                .statusCode(401);
    }

    @Test
    void draftsAreEditedWithIfMatchAndIdempotentCreation() {
        Map<String, Object> request = Alerts.request("Weapons cache");
        String first = given().auth()
                .oauth2(Users.NE_INVESTIGATOR)
                .header("Idempotency-Key", "wc-1")
                .contentType(ContentType.JSON)
                .body(request)
                .post(Alerts.BASE)
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        String replay = given().auth()
                .oauth2(Users.NE_INVESTIGATOR)
                .header("Idempotency-Key", "wc-1")
                .contentType(ContentType.JSON)
                .body(request)
                .post(Alerts.BASE)
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        assertThat(replay).isEqualTo(first);
        request.put("event", "Weapons cache found");
        given().auth()
                .oauth2(Users.NE_INVESTIGATOR)
                .contentType(ContentType.JSON)
                .body(request)
                .put(Alerts.BASE + "/" + first)
                .then()
                .statusCode(428);
        given().auth()
                .oauth2(Users.NE_INVESTIGATOR)
                .header("If-Match", "\"99\"")
                .contentType(ContentType.JSON)
                .body(request)
                .put(Alerts.BASE + "/" + first)
                .then()
                .statusCode(412);
        given().auth()
                .oauth2(Users.NE_INVESTIGATOR)
                .header("If-Match", Alerts.etag(Users.NE_INVESTIGATOR, first))
                .contentType(ContentType.JSON)
                .body(request)
                .put(Alerts.BASE + "/" + first)
                .then()
                .statusCode(200)
                .body("event", equalTo("Weapons cache found"));
    }

    @Test
    void issuedAlertsAreUpdatedByASecondPersonAndCancelled() {
        String id = Alerts.issued(Users.NE_INVESTIGATOR, Users.NE_COORDINATOR, Alerts.request("Suicide attack threat"));
        Map<String, Object> request = Alerts.request("Suicide attack threat");
        request.put("severity", "EXTREME");
        given().auth()
                .oauth2(Users.NE_INVESTIGATOR)
                .header("If-Match", Alerts.etag(Users.NE_INVESTIGATOR, id))
                .contentType(ContentType.JSON)
                .body(request)
                .put(Alerts.BASE + "/" + id)
                .then()
                .statusCode(403);
        given().auth()
                .oauth2(Users.NE_COORDINATOR)
                .header("If-Match", Alerts.etag(Users.NE_COORDINATOR, id))
                .contentType(ContentType.JSON)
                .body(request)
                .put(Alerts.BASE + "/" + id)
                .then()
                .statusCode(200)
                .body("status", equalTo("UPDATED"))
                .body("msgType", equalTo("Update"))
                .body("revision", equalTo(2));
        given().auth()
                .oauth2(Users.ML_INVESTIGATOR)
                .header("If-Match", Alerts.etag(Users.ML_INVESTIGATOR, id))
                .contentType(ContentType.JSON)
                .body(Map.of("reason", "no"))
                .post(Alerts.BASE + "/" + id + "/cancellation")
                .then()
                .statusCode(403);
        given().auth()
                .oauth2(Users.NE_INVESTIGATOR)
                .header("If-Match", Alerts.etag(Users.NE_INVESTIGATOR, id))
                .contentType(ContentType.JSON)
                .body(Map.of("reason", "Menace levée"))
                .post(Alerts.BASE + "/" + id + "/cancellation")
                .then()
                .statusCode(200)
                .body("status", equalTo("CANCELLED"))
                .body("msgType", equalTo("Cancel"));
    }

    @Test
    void publishedAlertsExpireWhenTheirTimeHasPassed() {
        String id = Alerts.issued(Users.NE_INVESTIGATOR, Users.NE_COORDINATOR, Alerts.request("Short-lived threat"));
        TestClock.advance(Duration.ofDays(3));
        assertThat(alertService.expireDue()).isGreaterThanOrEqualTo(1);
        given().auth()
                .oauth2(Users.NE_INVESTIGATOR)
                .get(Alerts.BASE + "/" + id)
                .then()
                .statusCode(200)
                .body("status", equalTo("EXPIRED"));
    }

    @Test
    void sovereigntyMatrixOnListsCountsAndGets() {
        String agencyOnly = Alerts.issued(
                Users.NE_INVESTIGATOR,
                Users.NE_COORDINATOR,
                Alerts.request("Agency-only", "SECURITY", "EXPECTED", Map.of("distribution", "AGENCY")));
        String national = Alerts.issued(
                Users.NE_INVESTIGATOR,
                Users.NE_COORDINATOR,
                Alerts.request("National", "SECURITY", "EXPECTED", Map.of("distribution", "NATIONAL")));
        String selected = Alerts.issued(
                Users.NE_INVESTIGATOR,
                Users.NE_COORDINATOR,
                Alerts.request(
                        "Selected",
                        "SECURITY",
                        "EXPECTED",
                        Map.of("distribution", "SELECTED", "sharedWith", List.of("ML"))));
        String g5 = Alerts.issued(
                Users.NE_INVESTIGATOR,
                Users.NE_COORDINATOR,
                Alerts.request("Regional", "SECURITY", "EXPECTED", Map.of("distribution", "G5")));
        String partners = Alerts.issued(
                Users.NE_INVESTIGATOR,
                Users.NE_COORDINATOR,
                Alerts.request(
                        "Partners",
                        "SECURITY",
                        "EXPECTED",
                        Map.of("distribution", "PARTNERS", "sharedWith", List.of("INTERPOL"))));
        Map<String, List<String>> expected = Map.of(
                Users.NE_INVESTIGATOR, List.of(agencyOnly, national, selected, g5, partners),
                Users.NE_ANALYST, List.of(national, selected, g5, partners),
                Users.ML_INVESTIGATOR, List.of(selected, g5, partners),
                Users.BF_ANALYST, List.of(g5, partners),
                Users.G5_COORDINATOR, List.of(g5, partners),
                Users.INTERPOL, List.of(partners));
        List<String> all = List.of(agencyOnly, national, selected, g5, partners);
        expected.forEach((token, visible) -> {
            List<String> listed = given().auth()
                    .oauth2(token)
                    .queryParam("limit", 200)
                    .get(Alerts.BASE)
                    .then()
                    .statusCode(200)
                    .extract()
                    .path("items.id");
            for (String id : all) {
                int status = given().auth()
                        .oauth2(token)
                        .get(Alerts.BASE + "/" + id)
                        .then()
                        .extract()
                        .statusCode();
                assertThat(status).as("GET %s", id).isEqualTo(visible.contains(id) ? 200 : 404);
                assertThat(listed.contains(id)).as("list %s", id).isEqualTo(visible.contains(id));
            }
            long count = ((Number) given().auth()
                            .oauth2(token)
                            .get(Alerts.BASE + "/count")
                            .then()
                            .statusCode(200)
                            .extract()
                            .path("count"))
                    .longValue();
            assertThat(count).isGreaterThanOrEqualTo(visible.size());
        });
        given().get(Alerts.BASE).then().statusCode(401);
        // The regional coordinator cannot change a State's sharing (rule 1); the owner can.
        given().auth()
                .oauth2(Users.G5_COORDINATOR)
                .header("If-Match", Alerts.etag(Users.G5_COORDINATOR, g5))
                .contentType(ContentType.JSON)
                .body(Map.of("distribution", "AGENCY"))
                .put(Alerts.BASE + "/" + g5 + "/sharing")
                .then()
                .statusCode(403)
                .body("type", org.hamcrest.Matchers.endsWith("/sharing-change-forbidden"));
        given().auth()
                .oauth2(Users.NE_COORDINATOR)
                .header("If-Match", Alerts.etag(Users.NE_COORDINATOR, g5))
                .contentType(ContentType.JSON)
                .body(Map.of("distribution", "NATIONAL"))
                .put(Alerts.BASE + "/" + g5 + "/sharing")
                .then()
                .statusCode(200);
        given().auth()
                .oauth2(Users.BF_ANALYST)
                .get(Alerts.BASE)
                .then()
                .statusCode(200)
                .body("items.id", not(hasItem(g5)));
    }
}

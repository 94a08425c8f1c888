package org.g5sahel.pcms.cases.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import org.g5sahel.pcms.cases.service.JointTeamService;
import org.junit.jupiter.api.Test;

/** Joint investigation teams open the case to their members while active; controlled deliveries wait for every leg. */
@QuarkusTest
class JointTeamAndDeliveryTest {

    @Inject
    JointTeamService jointTeams;

    @Test
    void membersSeeTheCaseWhileTheTeamIsActiveAndNotAfter() {
        String caseId = Cases.openCase(Users.ML_INVESTIGATOR, null);
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        String teamId = team(caseId, today, today.plusMonths(6))
                .then()
                .statusCode(201)
                .body("status", equalTo("ACTIVE"))
                .extract()
                .path("id");
        given().auth()
                .oauth2(Users.NE_INVESTIGATOR)
                .get(Cases.CASES + "/" + caseId)
                .then()
                .statusCode(200)
                .body("sharing.distribution", equalTo("AGENCY"))
                .body("sharing.sharedWith", equalTo(List.of()))
                .body("sharing.grantedTo", equalTo(List.of("NE-OCRTIS")));
        given().auth()
                .oauth2(Users.BF_INVESTIGATOR)
                .get(Cases.CASES + "/" + caseId)
                .then()
                .statusCode(404);
        // The team opens the case to its members only, not to the owner's compatriots.
        given().auth()
                .oauth2(Users.ML_ANALYST)
                .get(Cases.CASES + "/" + caseId)
                .then()
                .statusCode(404);

        given().auth()
                .oauth2(Users.NE_INVESTIGATOR)
                .post(Cases.CASES + "/" + caseId + "/joint-teams/" + teamId + "/end")
                .then()
                .statusCode(403);
        given().auth()
                .oauth2(Users.ML_INVESTIGATOR)
                .post(Cases.CASES + "/" + caseId + "/joint-teams/" + teamId + "/end")
                .then()
                .statusCode(200)
                .body("status", equalTo("ENDED"));
        given().auth()
                .oauth2(Users.NE_INVESTIGATOR)
                .get(Cases.CASES + "/" + caseId)
                .then()
                .statusCode(404);
        given().auth()
                .oauth2(Users.ML_ANALYST)
                .get(Cases.CASES + "/" + caseId)
                .then()
                .statusCode(404);
        given().auth()
                .oauth2(Users.ML_INVESTIGATOR)
                .get(Cases.CASES + "/" + caseId)
                .then()
                .statusCode(200)
                .body("sharing.distribution", equalTo("AGENCY"));
        given().auth()
                .oauth2(Users.ML_INVESTIGATOR)
                .get(Cases.CASES + "/" + caseId + "/timeline")
                .then()
                .body("kind", hasItem("JOINT_TEAM_STARTED"))
                .body("kind", hasItem("JOINT_TEAM_ENDED"));
    }

    @Test
    void aTeamStartsAndEndsByItsDatesAndKeepsTheOwnersOwnSharing() {
        String caseId =
                Cases.openCase(Users.ML_INVESTIGATOR, "{\"distribution\":\"SELECTED\",\"sharedWith\":[\"BF-CT\"]}");
        LocalDate from = LocalDate.now(ZoneOffset.UTC).plusDays(10);
        team(caseId, from, from.plusDays(30)).then().statusCode(201).body("status", equalTo("PLANNED"));
        given().auth()
                .oauth2(Users.NE_INVESTIGATOR)
                .get(Cases.CASES + "/" + caseId)
                .then()
                .statusCode(404);

        jointTeams.applyValidity(from);
        given().auth()
                .oauth2(Users.NE_INVESTIGATOR)
                .get(Cases.CASES + "/" + caseId)
                .then()
                .statusCode(200);

        jointTeams.applyValidity(from.plusDays(31));
        given().auth()
                .oauth2(Users.NE_INVESTIGATOR)
                .get(Cases.CASES + "/" + caseId)
                .then()
                .statusCode(404);
        given().auth()
                .oauth2(Users.BF_INVESTIGATOR)
                .get(Cases.CASES + "/" + caseId)
                .then()
                .statusCode(200)
                .body("sharing.sharedWith", equalTo(List.of("BF-CT")));
    }

    @Test
    void teamDatesAndMembersAreChecked() {
        String caseId = Cases.openCase(Users.ML_INVESTIGATOR, null);
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        team(caseId, today, today.minusDays(1)).then().statusCode(400).contentType("application/problem+json");
        given().auth()
                .oauth2(Users.ML_INVESTIGATOR)
                .contentType(ContentType.JSON)
                .body(Map.of(
                        "name",
                        "ECE",
                        "agreementReference",
                        "ECE-1",
                        "leaderAgency",
                        "ML-CT",
                        "memberAgencies",
                        List.of("INTERPOL-GS"),
                        "validFrom",
                        today.toString(),
                        "validUntil",
                        today.plusDays(5).toString()))
                .post(Cases.CASES + "/" + caseId + "/joint-teams")
                .then()
                .statusCode(400);
        team(caseId, today, today.plusDays(5), Users.NE_INVESTIGATOR).then().statusCode(404);
    }

    @Test
    void aDeliveryStartsOnlyWhenEveryStateOnTheRouteHasAuthorisedItsLeg() {
        String caseId = Cases.openCase(Users.ML_INVESTIGATOR, null);
        Instant start = Instant.now().plus(2, ChronoUnit.DAYS);
        String id = given().auth()
                .oauth2(Users.ML_INVESTIGATOR)
                .contentType(ContentType.JSON)
                .body(Map.of(
                        "caseId",
                        caseId,
                        "consignment",
                        "40 kg de résine de cannabis",
                        "plannedStart",
                        start.toString(),
                        "plannedEnd",
                        start.plus(3, ChronoUnit.DAYS).toString(),
                        "route",
                        List.of(
                                Map.of("state", "ML", "role", "ORIGIN", "handoverPoint", "Gao"),
                                Map.of("state", "NE", "role", "TRANSIT", "handoverPoint", "Labbezanga"),
                                Map.of("state", "TD", "role", "DESTINATION", "handoverPoint", "Nguigmi – frontière"))))
                .post("/api/cases/v1/controlled-deliveries")
                .then()
                .statusCode(201)
                .body("fullyAuthorised", equalTo(false))
                .extract()
                .path("id");
        String path = "/api/cases/v1/controlled-deliveries/" + id;

        // NE sees the delivery, not the case; BF is not on the route.
        given().auth()
                .oauth2(Users.NE_INVESTIGATOR)
                .get(path)
                .then()
                .statusCode(200)
                .body("caseId", nullValue());
        given().auth()
                .oauth2(Users.NE_INVESTIGATOR)
                .get(Cases.CASES + "/" + caseId)
                .then()
                .statusCode(404);
        given().auth().oauth2(Users.BF_INVESTIGATOR).get(path).then().statusCode(404);
        given().auth()
                .oauth2(Users.BF_INVESTIGATOR)
                .get("/api/cases/v1/controlled-deliveries")
                .then()
                .statusCode(200)
                .body("id", not(hasItem(id)));

        authorise(Users.ML_INVESTIGATOR, path, 1).then().statusCode(200);
        authorise(Users.ML_INVESTIGATOR, path, 2).then().statusCode(403);
        authorise(Users.NE_INVESTIGATOR, path, 2).then().statusCode(200);
        authorise(Users.NE_INVESTIGATOR, path, 2).then().statusCode(409);
        given().auth()
                .oauth2(Users.ML_INVESTIGATOR)
                .post(path + "/start")
                .then()
                .statusCode(409)
                .contentType("application/problem+json")
                .body("detail", org.hamcrest.Matchers.containsString("TD"));
        given().auth()
                .oauth2(Users.NE_INVESTIGATOR)
                .post(path + "/start")
                .then()
                .statusCode(403);

        String tdToken =
                org.g5sahel.pcms.commons.testing.TestTokens.forUser("td-coordinator", "TD-UNC", "national-coordinator");
        authorise(tdToken, path, 3).then().statusCode(200);
        given().auth()
                .oauth2(Users.ML_INVESTIGATOR)
                .post(path + "/start")
                .then()
                .statusCode(200)
                .body("status", equalTo("IN_PROGRESS"));
        given().auth()
                .oauth2(Users.ML_INVESTIGATOR)
                .contentType(ContentType.JSON)
                .body(Map.of("outcome", "SEIZED_AND_ARRESTED", "detail", "Saisie à Nguigmi, 3 interpellations"))
                .post(path + "/outcome")
                .then()
                .statusCode(200)
                .body("status", equalTo("CONCLUDED"));
        given().auth()
                .oauth2(Users.ML_INVESTIGATOR)
                .get(Cases.CASES + "/" + caseId + "/timeline")
                .then()
                .body("kind", hasItem("DELIVERY_STARTED"))
                .body("kind", hasItem("DELIVERY_CONCLUDED"));
    }

    @Test
    void aRouteMustRunFromOriginToDestinationThroughMemberStates() {
        String caseId = Cases.openCase(Users.ML_INVESTIGATOR, null);
        Instant start = Instant.now().plus(2, ChronoUnit.DAYS);
        given().auth()
                .oauth2(Users.ML_INVESTIGATOR)
                .contentType(ContentType.JSON)
                .body(Map.of(
                        "caseId",
                        caseId,
                        "consignment",
                        "x",
                        "plannedStart",
                        start.toString(),
                        "plannedEnd",
                        start.toString(),
                        "route",
                        List.of(
                                Map.of("state", "ML", "role", "TRANSIT", "handoverPoint", "Gao"),
                                Map.of("state", "FR", "role", "DESTINATION", "handoverPoint", "Marseille"))))
                .post("/api/cases/v1/controlled-deliveries")
                .then()
                .statusCode(400)
                .body("errors.size()", equalTo(3));
    }

    private static io.restassured.response.Response team(String caseId, LocalDate from, LocalDate until) {
        return team(caseId, from, until, Users.ML_INVESTIGATOR);
    }

    private static io.restassured.response.Response team(String caseId, LocalDate from, LocalDate until, String token) {
        return given().auth()
                .oauth2(token)
                .contentType(ContentType.JSON)
                .body(Map.of(
                        "name",
                        "ECE Gao – Agadez",
                        "agreementReference",
                        "ECE-ML-NE-2026-01",
                        "leaderAgency",
                        "ML-CT",
                        "memberAgencies",
                        List.of("ML-CT", "NE-OCRTIS"),
                        "validFrom",
                        from.toString(),
                        "validUntil",
                        until.toString()))
                .post(Cases.CASES + "/" + caseId + "/joint-teams");
    }

    private static io.restassured.response.Response authorise(String token, String path, int position) {
        return given().auth()
                .oauth2(token)
                .contentType(ContentType.JSON)
                .body(Map.of(
                        "authority",
                        "Procureur de la République",
                        "reference",
                        "AUT-" + position,
                        "date",
                        LocalDate.now(ZoneOffset.UTC).toString()))
                .post(path + "/legs/" + position + "/authorisation");
    }
}

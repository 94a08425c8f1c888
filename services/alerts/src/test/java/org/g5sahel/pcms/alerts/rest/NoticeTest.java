package org.g5sahel.pcms.alerts.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.matchesPattern;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.util.List;
import java.util.Map;
import org.g5sahel.pcms.alerts.AlertsTestResources;
import org.junit.jupiter.api.Test;

@QuarkusTest
class NoticeTest extends AlertsTestResources {

    static final String NOTICES = "/api/alerts/v1/notices";
    static final String DIFFUSIONS = "/api/alerts/v1/diffusions";

    static Map<String, Object> notice(String kind, String title, Map<String, Object> sharing) {
        return Map.of(
                "kind",
                kind,
                "title",
                title,
                "summary",
                "Chef présumé d’une cellule d’enlèvement, vu à Ayorou.",
                "subjectNames",
                List.of("Abdoulaye ould Mohamed", "عبد الله ولد محمد"),
                "actionRequested",
                "Arrêter et informer l’OCRTIS",
                "sharing",
                sharing);
    }

    static Response submit(String token, Map<String, Object> request) {
        return given().auth()
                .oauth2(token)
                .contentType(ContentType.JSON)
                .body(request)
                .post(NOTICES);
    }

    static Response review(String token, String id, boolean approve, String reason) {
        String etag = given().auth()
                .oauth2(token)
                .get(NOTICES + "/" + id)
                .then()
                .extract()
                .header("ETag");
        return given().auth()
                .oauth2(token)
                .header("If-Match", etag == null ? "\"0\"" : etag)
                .contentType(ContentType.JSON)
                .body(reason == null ? Map.of("approve", approve) : Map.of("approve", approve, "reason", reason))
                .post(NOTICES + "/" + id + "/review");
    }

    /** Submitted by {@code author}, published by {@code reviewer}. */
    static String published(String author, String reviewer, Map<String, Object> request) {
        String id = submit(author, request).then().statusCode(201).extract().path("id");
        review(reviewer, id, true, null).then().statusCode(200).body("status", equalTo("PUBLISHED"));
        return id;
    }

    @Test
    void aNoticeIsPublishedOnlyAfterASecondPersonOfTheOwningStateReviewsIt() {
        String id = submit(
                        Users.NE_INVESTIGATOR,
                        notice("WANTED", "Recherché : chef de cellule", Map.of("distribution", "G5")))
                .then()
                .statusCode(201)
                .body("status", equalTo("PENDING_REVIEW"))
                .body("reference", matchesPattern("NE-NOTICE-\\d{4}-\\d{6}"))
                .body("kind", equalTo("WANTED"))
                .extract()
                .path("id");
        // Under review: hidden from other agencies and States, even with a G5 distribution.
        given().auth().oauth2(Users.NE_ANALYST).get(NOTICES + "/" + id).then().statusCode(404);
        given().auth()
                .oauth2(Users.ML_COORDINATOR)
                .get(NOTICES + "/" + id)
                .then()
                .statusCode(404);
        given().auth()
                .oauth2(Users.NE_COORDINATOR)
                .get(NOTICES + "/" + id)
                .then()
                .statusCode(200);
        // Reviewers only; another State's coordinator cannot see it to review it.
        given().auth()
                .oauth2(Users.NE_INVESTIGATOR)
                .header("If-Match", "\"0\"")
                .contentType(ContentType.JSON)
                .body(Map.of("approve", true))
                .post(NOTICES + "/" + id + "/review")
                .then()
                .statusCode(403);
        given().auth()
                .oauth2(Users.ML_COORDINATOR)
                .header("If-Match", "\"0\"")
                .contentType(ContentType.JSON)
                .body(Map.of("approve", true))
                .post(NOTICES + "/" + id + "/review")
                .then()
                .statusCode(404);
        // A rejection needs a reason; a stale ETag is refused.
        review(Users.NE_COORDINATOR, id, false, null)
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("errors[0].field", equalTo("reason"));
        given().auth()
                .oauth2(Users.NE_COORDINATOR)
                .header("If-Match", "\"7\"")
                .contentType(ContentType.JSON)
                .body(Map.of("approve", true))
                .post(NOTICES + "/" + id + "/review")
                .then()
                .statusCode(412);

        long unitInboxBefore = DeliveryTest.unread(Users.ML_COORDINATOR);
        review(Users.NE_COORDINATOR, id, true, null)
                .then()
                .statusCode(200)
                .body("status", equalTo("PUBLISHED"))
                .body("reviewer", equalTo("ne-coordinator"));
        review(Users.NE_COORDINATOR, id, true, null).then().statusCode(409);
        given().auth()
                .oauth2(Users.ML_INVESTIGATOR)
                .get(NOTICES + "/" + id)
                .then()
                .statusCode(200)
                .body("subjectNames", org.hamcrest.Matchers.hasItem("عبد الله ولد محمد"));
        // Published: the national units of the States it is shared with are told, once.
        assertThat(DeliveryTest.copies(Users.ML_COORDINATOR, id))
                .singleElement()
                .satisfies(item -> assertThat(item.get("kind")).isEqualTo("NOTICE_PUBLISHED"));
        assertThat(DeliveryTest.unread(Users.ML_COORDINATOR)).isEqualTo(unitInboxBefore + 1);
        assertThat(DeliveryTest.copies(Users.G5_COORDINATOR, id)).hasSize(1);
        given().auth().oauth2(Users.INTERPOL).get(NOTICES + "/" + id).then().statusCode(404);
    }

    @Test
    void theAuthorNeverReviewsTheirOwnNoticeAndARejectionStaysHome() {
        String id = submit(
                        Users.NE_COORDINATOR,
                        notice("IMMINENT_THREAT", "Menace imminente sur Niamey", Map.of("distribution", "G5")))
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        review(Users.NE_COORDINATOR, id, true, null)
                .then()
                .statusCode(403)
                .body("detail", containsString("Quatre yeux"));
        review(Users.NE_COORDINATOR_2, id, false, "Source non recoupée")
                .then()
                .statusCode(200)
                .body("status", equalTo("REJECTED"))
                .body("reviewReason", equalTo("Source non recoupée"));
        given().auth()
                .oauth2(Users.ML_INVESTIGATOR)
                .get(NOTICES + "/" + id)
                .then()
                .statusCode(404);
        assertThat(DeliveryTest.copies(Users.ML_COORDINATOR, id)).isEmpty();
    }

    @Test
    void badNoticesAreRefusedWithProblemDetails() {
        given().auth()
                .oauth2(Users.NE_INVESTIGATOR)
                .contentType(ContentType.JSON)
                .body(Map.of("kind", "PURPLE", "title", "x", "summary", "y"))
                .post(NOTICES)
                .then()
                .statusCode(400)
                .contentType("application/problem+json");
        given().auth()
                .oauth2(Users.NE_INVESTIGATOR)
                .header("Accept-Language", "en")
                .contentType(ContentType.JSON)
                .body(Map.of("kind", "WANTED", "summary", ""))
                .post(NOTICES)
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("type", endsWith("/validation-failed"));
        given().auth()
                .oauth2(Users.NE_BORDER)
                .contentType(ContentType.JSON)
                .body(notice("WARNING", "Avertissement", Map.of("distribution", "G5")))
                .post(NOTICES)
                .then()
                .statusCode(403);
        given().contentType(ContentType.JSON)
                .body(notice("WARNING", "Avertissement", Map.of("distribution", "G5")))
                .post(NOTICES)
                .then()
                .statusCode(401);
        given().auth()
                .oauth2(Users.NE_INVESTIGATOR)
                .get(NOTICES + "/not-a-uuid")
                .then()
                .statusCode(404);
        given().auth()
                .oauth2(Users.NE_INVESTIGATOR)
                .get(NOTICES + "?kind=PURPLE")
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("errors[0].field", equalTo("kind"));
    }

    @Test
    void aDiffusionGoesAtOnceToTheChosenStatesOnly() {
        Map<String, Object> request = Map.of(
                "kind",
                "MODUS_OPERANDI",
                "title",
                "Mode opératoire : faux convois humanitaires",
                "summary",
                "Véhicules aux couleurs d’ONG transportant des armes.",
                "recipientStates",
                List.of("ML", "BF"));
        String id = given().auth()
                .oauth2(Users.NE_INVESTIGATOR)
                .header("Idempotency-Key", java.util.UUID.randomUUID().toString())
                .contentType(ContentType.JSON)
                .body(request)
                .post(DIFFUSIONS)
                .then()
                .statusCode(201)
                .body("type", equalTo("DIFFUSION"))
                .body("status", equalTo("PUBLISHED"))
                .body("sharing.distribution", equalTo("SELECTED"))
                .body("sharing.sharedWith", org.hamcrest.Matchers.containsInAnyOrder("ML", "BF"))
                .extract()
                .path("id");
        assertThat(DeliveryTest.copies(Users.ML_COORDINATOR, id))
                .singleElement()
                .satisfies(item -> assertThat(item.get("kind")).isEqualTo("DIFFUSION_RECEIVED"));
        assertThat(DeliveryTest.copies(TestTokensHolder.BF_COORDINATOR, id)).hasSize(1);
        assertThat(DeliveryTest.copies(TestTokensHolder.TD_COORDINATOR, id)).isEmpty();
        given().auth()
                .oauth2(Users.ML_INVESTIGATOR)
                .get(DIFFUSIONS + "/" + id)
                .then()
                .statusCode(200);
        given().auth()
                .oauth2(Users.TD_ANALYST)
                .get(DIFFUSIONS + "/" + id)
                .then()
                .statusCode(404);
        given().auth()
                .oauth2(Users.G5_COORDINATOR)
                .get(DIFFUSIONS + "/" + id)
                .then()
                .statusCode(404);
        // A diffusion is not a notice.
        given().auth()
                .oauth2(Users.ML_INVESTIGATOR)
                .get(NOTICES + "/" + id)
                .then()
                .statusCode(404);

        given().auth()
                .oauth2(Users.NE_INVESTIGATOR)
                .contentType(ContentType.JSON)
                .body(Map.of("kind", "WARNING", "title", "t", "summary", "s", "recipientStates", List.of("XX", "NE")))
                .post(DIFFUSIONS)
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", org.hamcrest.Matchers.everyItem(equalTo("recipientStates")))
                .body("errors.size()", equalTo(2));
        given().auth()
                .oauth2(Users.NE_INVESTIGATOR)
                .contentType(ContentType.JSON)
                .body(Map.of("kind", "WARNING", "title", "t", "summary", "s", "recipientStates", List.of()))
                .post(DIFFUSIONS)
                .then()
                .statusCode(400);

        // Withdrawn by its agency; another agency of the same State sees it but may not withdraw it.
        String etag = given().auth()
                .oauth2(Users.NE_INVESTIGATOR)
                .get(DIFFUSIONS + "/" + id)
                .then()
                .extract()
                .header("ETag");
        given().auth()
                .oauth2(Users.NE_ANALYST)
                .header("If-Match", etag)
                .contentType(ContentType.JSON)
                .body(Map.of("reason", "x"))
                .post(DIFFUSIONS + "/" + id + "/withdrawal")
                .then()
                .statusCode(403)
                .contentType("application/problem+json");
        given().auth()
                .oauth2(Users.NE_INVESTIGATOR)
                .header("If-Match", etag)
                .contentType(ContentType.JSON)
                .body(Map.of("reason", "Information erronée"))
                .post(DIFFUSIONS + "/" + id + "/withdrawal")
                .then()
                .statusCode(200)
                .body("status", equalTo("WITHDRAWN"));
    }

    /** Coordinators not needed elsewhere. */
    static final class TestTokensHolder {
        static final String BF_COORDINATOR =
                org.g5sahel.pcms.commons.testing.TestTokens.forUser("bf-coordinator", "BF-UNC", "national-coordinator");
        static final String TD_COORDINATOR =
                org.g5sahel.pcms.commons.testing.TestTokens.forUser("td-coordinator", "TD-UNC", "national-coordinator");
    }
}

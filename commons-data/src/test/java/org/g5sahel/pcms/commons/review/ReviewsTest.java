package org.g5sahel.pcms.commons.review;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.oneOf;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.g5sahel.pcms.commons.testing.TestTokens;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The retention review end to end over HTTP on a test record: what is due and what is overdue, announced once per
 * review date, re-confirmed, narrowed (never widened), deleted, and all of it for the owning agency or its State's
 * national coordinator alone. Each test owns a fresh agency, so its lists and counts are exactly its own.
 */
@QuarkusTest
class ReviewsTest {

    private static final LocalDate TODAY = LocalDate.now(ZoneOffset.UTC);

    @Inject
    Reviews reviews;

    @Inject
    EntityManager entityManager;

    private String agency;
    private String owner;
    private String colleague;
    private String coordinator;
    private String otherStateOfficer;
    private String otherStateCoordinator;

    @BeforeEach
    void freshAgency() {
        agency = "TD-R" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
        owner = TestTokens.forUser("halime", agency, "investigator");
        colleague = TestTokens.forUser("mahamat", "TD-POLICE", "investigator");
        coordinator = TestTokens.forUser("achta", "TD-UCN", "national-coordinator");
        otherStateOfficer = TestTokens.forUser("moussa", "ML-OCS", "investigator");
        otherStateCoordinator = TestTokens.forUser("aminata", "ML-UCN", "national-coordinator");
    }

    @Test
    void theOwnerSeesWhatNearsItsDateAndWhatHasPassedWhichOthersNoLongerSee() {
        UUID soon = record("soon", "NATIONAL", TODAY.plusDays(30));
        UUID past = record("past", "G5", TODAY.minusDays(1));
        UUID later = record("later", "G5", TODAY.plusYears(2));

        List<Map<String, Object>> due = due(owner, null);
        assertThat(due).extracting(item -> item.get("id")).containsExactly(past.toString(), soon.toString());
        assertThat(due.get(0))
                .containsEntry("title", "past")
                .containsEntry("overdue", true)
                .containsEntry("reviewBy", TODAY.minusDays(1).toString())
                .containsEntry("recordType", "test-record")
                .containsEntry("endOfReview", "DELETE")
                .containsEntry("ownerAgency", agency);
        assertThat(due.get(1)).containsEntry("overdue", false);
        assertThat(ids(due(owner, "P3Y"))).contains(later.toString());
        given().auth()
                .oauth2(owner)
                .get("/api/commonstest/v1/reviews/count")
                .then()
                .statusCode(200)
                .body("due", equalTo(1))
                .body("overdue", equalTo(1));

        // Past its date the record is the owner's alone; the one still in review is as shared as before.
        readable(owner, past, true);
        readable(colleague, past, false);
        readable(otherStateOfficer, past, false);
        readable(colleague, soon, true);

        // One item a page, in order, the cursor leading to the next.
        String next = given().auth()
                .oauth2(owner)
                .queryParam("limit", 1)
                .get("/api/commonstest/v1/reviews")
                .then()
                .statusCode(200)
                .body("items[0].id", equalTo(past.toString()))
                .extract()
                .path("next");
        given().auth()
                .oauth2(owner)
                .queryParam("limit", 1)
                .queryParam("cursor", next)
                .get("/api/commonstest/v1/reviews")
                .then()
                .statusCode(200)
                .body("items[0].id", equalTo(soon.toString()))
                .body("next", nullValue());
        given().auth()
                .oauth2(owner)
                .queryParam("within", "six months")
                .get("/api/commonstest/v1/reviews")
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("within"));
        given().auth()
                .oauth2(owner)
                .queryParam("within", "P20Y")
                .get("/api/commonstest/v1/reviews")
                .then()
                .statusCode(400);
    }

    @Test
    void ownersAreToldOncePerReviewDateAndAgainAfterARenewal() {
        UUID soon = record("soon", "NATIONAL", TODAY.plusDays(30));
        UUID past = record("past", "AGENCY", TODAY.minusDays(3));

        reviews.announce(TODAY);
        reviews.announce(TODAY);
        assertThat(outboxKeys(soon)).containsExactly("commonstest.record.review-due");
        assertThat(outboxKeys(past)).containsExactly("commonstest.record.review-overdue");
        // Addressed to the owning agency alone, naming the record for it.
        Map<String, Object> event = event(soon);
        assertThat(event).containsEntry("distribution", "AGENCY").containsEntry("owneragency", agency);
        assertThat(event.get("data").toString())
                .contains("soon")
                .contains(TODAY.plusDays(30).toString());

        // The day the date passes, the owner hears once more: now it is overdue.
        reviews.announce(TODAY.plusDays(31));
        reviews.announce(TODAY.plusDays(32));
        assertThat(outboxKeys(soon))
                .containsExactly("commonstest.record.review-due", "commonstest.record.review-overdue");

        // Re-confirmed, the record is announced again only when its new date nears.
        confirm(owner, soon, TODAY.plusYears(1)).statusCode(200);
        reviews.announce(TODAY);
        assertThat(outboxKeys(soon)).hasSize(2);
        reviews.announce(TODAY.plusMonths(7));
        assertThat(outboxKeys(soon)).hasSize(3).last().isEqualTo("commonstest.record.review-due");
    }

    @Test
    void aConfirmationSetsANewDateWithinTheKindsPeriodAndIsAudited() {
        UUID past = record("past", "NATIONAL", TODAY.minusDays(10));
        readable(colleague, past, false);

        confirm(owner, past, TODAY.plusYears(6))
                .statusCode(400)
                .body(
                        "detail",
                        equalTo("La nouvelle date de révision doit être comprise entre le " + TODAY.plusDays(1)
                                + " et le " + TODAY.plusYears(5) + "."));
        confirm(owner, past, TODAY).statusCode(400).body("errors[0].field", equalTo("reviewBy"));
        given().auth()
                .oauth2(owner)
                .contentType(ContentType.JSON)
                .body(Map.of("reviewBy", TODAY.plusYears(1)))
                .post("/api/commonstest/v1/reviews/" + past + "/confirmation")
                .then()
                .statusCode(400);

        confirm(owner, past, TODAY.plusYears(5))
                .statusCode(200)
                .body("reviewBy", equalTo(TODAY.plusYears(5).toString()))
                .body("overdue", equalTo(false));
        readable(colleague, past, true);
        assertThat(ids(due(owner, null))).doesNotContain(past.toString());
        assertThat(audit(past)).contains("REVIEW_CONFIRMATION " + TODAY.plusYears(5) + " Enquête toujours en cours");
    }

    @Test
    void aReviewNarrowsSharingAndNeverWidensIt() {
        UUID record = record("wide", "G5", TODAY.plusDays(10));

        narrow(owner, record, Map.of("distribution", "SELECTED", "sharedWith", List.of("ML", "NE-OCRTIS")))
                .statusCode(200)
                .body("distribution", equalTo("SELECTED"))
                .body("sharedWith", equalTo(List.of("ML", "NE-OCRTIS")));
        readable(otherStateOfficer, record, true);
        // Niger was reached through one agency only; the whole of Niger, or G5 again, would reach someone new.
        narrow(owner, record, Map.of("distribution", "SELECTED", "sharedWith", List.of("NE")))
                .statusCode(422)
                .body("type", equalTo("https://pcms.g5sahel.org/problems/sharing-widening-refused"));
        narrow(owner, record, Map.of("distribution", "G5")).statusCode(422);
        narrow(owner, record, Map.of("distribution", "SELECTED", "sharedWith", List.of("ML-OCS")))
                .statusCode(200);
        readable(otherStateOfficer, record, true);
        narrow(owner, record, Map.of("distribution", "NATIONAL")).statusCode(200);
        readable(otherStateOfficer, record, false);
        readable(colleague, record, true);
        narrow(owner, record, Map.of("distribution", "SELECTED", "sharedWith", List.of("ML")))
                .statusCode(422);
        narrow(owner, record, Map.of("distribution", "AGENCY")).statusCode(200);
        readable(colleague, record, false);
        narrow(owner, record, Map.of("distribution", "NATIONAL"))
                .statusCode(422)
                .header("Content-Type", equalTo("application/problem+json"));
        assertThat(audit(record))
                .filteredOn(line -> line.startsWith("SHARING_CHANGE"))
                .hasSize(4);
    }

    @Test
    void aRecordNoLongerNeededIsDeletedAndItsAuditTrailKept() {
        UUID record = record("gone", "G5", TODAY.minusDays(1));
        end(owner, record).statusCode(200).body("outcome", equalTo("DELETED"));
        readable(owner, record, false);
        assertThat(QuarkusTransaction.requiringNew()
                        .call(() -> ((Number) entityManager
                                        .createNativeQuery("select count(*) from test_record where id = :id")
                                        .setParameter("id", record)
                                        .getSingleResult())
                                .longValue()))
                .isZero();
        assertThat(audit(record)).contains("DELETE DELETED Plus nécessaire");
        end(owner, record).statusCode(404);
    }

    @Test
    void aRecordWithAnAccessRequestWaitingIsNotDeleted() {
        UUID record = record("asked", "AGENCY", TODAY.plusDays(5));
        given().auth()
                .oauth2(otherStateOfficer)
                .contentType(ContentType.JSON)
                .body(Map.of("recordId", record, "purpose", "Enquête sur un réseau de trafic"))
                .post("/api/commonstest/v1/access-requests")
                .then()
                .statusCode(201);
        end(owner, record)
                .statusCode(409)
                .body(
                        "detail",
                        equalTo("Une demande d’accès à cet enregistrement est en "
                                + "attente ou accordée : tranchez-la ou révoquez-la avant de le supprimer."));
        readable(owner, record, true);
    }

    @Test
    void onlyTheOwningAgencyOrItsNationalCoordinatorReviews() {
        UUID national = record("national", "NATIONAL", TODAY.plusDays(20));
        UUID own = record("own", "AGENCY", TODAY.minusDays(2));
        UUID shared = record("shared", "G5", TODAY.plusDays(20));

        // Another agency of the State, another State, its coordinator: none lists, counts, confirms, narrows or ends.
        for (String stranger : List.of(colleague, otherStateOfficer, otherStateCoordinator)) {
            assertThat(ids(due(stranger, "P10Y")))
                    .doesNotContain(national.toString(), own.toString(), shared.toString());
            for (UUID record : List.of(national, own, shared)) {
                confirm(stranger, record, TODAY.plusYears(1)).statusCode(oneOf(403, 404));
                narrow(stranger, record, Map.of("distribution", "AGENCY")).statusCode(oneOf(403, 404));
                end(stranger, record).statusCode(oneOf(403, 404));
            }
        }
        // What they could read is refused as theirs to review; what they could not is not found.
        confirm(otherStateOfficer, shared, TODAY.plusYears(1))
                .statusCode(403)
                .body(
                        "detail",
                        equalTo("Seul le service propriétaire ou le coordonnateur national de son État "
                                + "révise cet enregistrement."));
        confirm(otherStateOfficer, own, TODAY.plusYears(1)).statusCode(404);
        given().auth()
                .oauth2(otherStateOfficer)
                .get("/api/commonstest/v1/reviews/count")
                .then()
                .statusCode(200)
                .body("due", equalTo(0))
                .body("overdue", equalTo(0));
        readable(owner, national, true);
        readable(owner, own, true);

        // The State's coordinator reviews its agencies' records; it is named where the coordinator may read it.
        List<Map<String, Object>> forCoordinator = due(coordinator, "P10Y");
        assertThat(ids(forCoordinator)).contains(national.toString(), own.toString(), shared.toString());
        Map<String, Object> hidden = forCoordinator.stream()
                .filter(item -> own.toString().equals(item.get("id")))
                .findFirst()
                .orElseThrow();
        assertThat(hidden.get("title")).isNull();
        assertThat(hidden).containsEntry("overdue", true).containsEntry("ownerAgency", agency);
        assertThat(forCoordinator.stream()
                        .filter(item -> national.toString().equals(item.get("id")))
                        .findFirst()
                        .orElseThrow())
                .containsEntry("title", "national");
        confirm(coordinator, own, TODAY.plusYears(2)).statusCode(200);
        end(coordinator, shared).statusCode(200);
    }

    private UUID record(String label, String distribution, LocalDate reviewBy) {
        String id = given().auth()
                .oauth2(owner)
                .contentType(ContentType.JSON)
                .body(Map.of(
                        "label",
                        label,
                        "batch",
                        "reviews",
                        "sharing",
                        Map.of("distribution", distribution, "reviewBy", reviewBy.toString())))
                .post("/api/commonstest/v1/test-records")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        return UUID.fromString(id);
    }

    private static List<Map<String, Object>> due(String token, String within) {
        var request = given().auth().oauth2(token).queryParam("limit", 200);
        if (within != null) {
            request.queryParam("within", within);
        }
        return request.get("/api/commonstest/v1/reviews")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getList("items");
    }

    private static List<Object> ids(List<Map<String, Object>> items) {
        return items.stream().map(item -> item.get("id")).toList();
    }

    private static ValidatableResponse confirm(String token, UUID record, LocalDate until) {
        return given().auth()
                .oauth2(token)
                .contentType(ContentType.JSON)
                .body(Map.of("reviewBy", until.toString(), "reason", "Enquête toujours en cours"))
                .post("/api/commonstest/v1/reviews/" + record + "/confirmation")
                .then();
    }

    private static ValidatableResponse narrow(String token, UUID record, Map<String, Object> sharing) {
        return given().auth()
                .oauth2(token)
                .contentType(ContentType.JSON)
                .body(sharing)
                .post("/api/commonstest/v1/reviews/" + record + "/sharing")
                .then();
    }

    private static ValidatableResponse end(String token, UUID record) {
        return given().auth()
                .oauth2(token)
                .contentType(ContentType.JSON)
                .body(Map.of("reason", "Plus nécessaire"))
                .post("/api/commonstest/v1/reviews/" + record + "/end")
                .then();
    }

    private static void readable(String token, UUID record, boolean expected) {
        given().auth()
                .oauth2(token)
                .get("/api/commonstest/v1/test-records/" + record)
                .then()
                .statusCode(expected ? 200 : 404);
    }

    @SuppressWarnings("unchecked")
    private List<String> outboxKeys(UUID record) {
        return QuarkusTransaction.requiringNew().call(() -> (List<String>) entityManager
                .createNativeQuery(
                        "select routing_key from outbox_event where payload ->> 'subject' = :subject order by created_at")
                .setParameter("subject", record.toString())
                .getResultList());
    }

    @SuppressWarnings("unchecked")
    private Map<String, Object> event(UUID record) {
        String payload = QuarkusTransaction.requiringNew().call(() -> (String) entityManager
                .createNativeQuery(
                        "select payload::text from outbox_event where payload ->> 'subject' = :subject order by created_at limit 1")
                .setParameter("subject", record.toString())
                .getSingleResult());
        try {
            return new com.fasterxml.jackson.databind.ObjectMapper().readValue(payload, Map.class);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The record's audit entries as "ACTION OUTCOME PURPOSE", oldest first. */
    @SuppressWarnings("unchecked")
    private List<String> audit(UUID record) {
        return QuarkusTransaction.requiringNew().call(() -> (List<String>) entityManager
                .createNativeQuery("select action || ' ' || outcome || ' ' || coalesce(purpose, '') from audit_log"
                        + " where record_id = :id order by seq")
                .setParameter("id", record.toString())
                .getResultList());
    }
}

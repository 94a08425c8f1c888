package org.g5sahel.pcms.commons.access;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.g5sahel.pcms.commons.testing.TestTokens;
import org.junit.jupiter.api.Test;

/**
 * Access requests end to end over HTTP on a test record: asked only from what a hit could show, decided by the
 * owner, opening the record to the requesting agency alone, and closing it again when revoked or past its last day.
 */
@QuarkusTest
class AccessRequestsTest {

    private static final String OWNER = TestTokens.forUser("awa", "NE-OCRTIS", "investigator");
    private static final String OWNER_COLLEAGUE_STATE = TestTokens.forUser("ali", "NE-POLICE", "investigator");
    private static final String REQUESTER = TestTokens.forUser("moussa", "ML-OCS", "investigator");
    private static final String REQUESTER_COMPATRIOT = TestTokens.forUser("fatou", "ML-CT", "investigator");
    private static final String BYSTANDER = TestTokens.forUser("ibrahim", "BF-CT", "investigator");

    @Inject
    AccessRequests accessRequests;

    @Inject
    EntityManager entityManager;

    @Test
    void aGrantOpensTheRecordToTheRequestingAgencyAloneUntilItIsRevoked() {
        UUID record = record("NATIONAL", true);
        readable(REQUESTER, record, false);

        String id = request(REQUESTER, record)
                .statusCode(201)
                .body("status", equalTo("PENDING"))
                .body("legalBasis", equalTo("Convention A/P1/7/92, art. 2"))
                .extract()
                .path("id");
        request(REQUESTER, record).statusCode(409);
        // Neither a bystander nor the requester's compatriots see or count it.
        assertThat(listed(BYSTANDER)).doesNotContain(id);
        assertThat(listed(REQUESTER_COMPATRIOT)).doesNotContain(id);
        assertThat(listed(OWNER)).contains(id);
        given().auth()
                .oauth2(BYSTANDER)
                .get("/api/commonstest/v1/access-requests/" + id)
                .then()
                .statusCode(404);
        // Only the owner decides: the requester cannot grant itself.
        decide(
                        REQUESTER,
                        id,
                        Map.of(
                                "grant",
                                true,
                                "until",
                                LocalDate.now(ZoneOffset.UTC).plusDays(30).toString()))
                .statusCode(403);

        decide(
                        OWNER,
                        id,
                        Map.of(
                                "grant",
                                true,
                                "scope",
                                "EVIDENCE",
                                "conditions",
                                "Pas de transmission à un tiers",
                                "until",
                                LocalDate.now(ZoneOffset.UTC).plusDays(30).toString()))
                .statusCode(200)
                .body("status", equalTo("GRANTED"))
                .body("scope", equalTo("EVIDENCE"));
        readable(REQUESTER, record, true);
        // The grant is the agency's, not its State's, and the owner's sharing is as it was.
        readable(REQUESTER_COMPATRIOT, record, false);
        readable(BYSTANDER, record, false);
        readable(OWNER_COLLEAGUE_STATE, record, true);
        assertThat(sharing(record))
                .containsEntry("distribution", "NATIONAL")
                .containsEntry("shared_with", "{}")
                .containsEntry("granted_to", "{ML-OCS}");

        given().auth()
                .oauth2(OWNER)
                .contentType(ContentType.JSON)
                .body(Map.of("reason", "Enquête close"))
                .post("/api/commonstest/v1/access-requests/" + id + "/revocation")
                .then()
                .statusCode(200)
                .body("status", equalTo("REVOKED"))
                .body("endReason", equalTo("Enquête close"));
        readable(REQUESTER, record, false);
        assertThat(outboxTypes(id))
                .containsExactly("access-request.submitted", "access-request.granted", "access-request.revoked");
    }

    @Test
    void aGrantEndsAfterItsLastDay() {
        UUID record = record("AGENCY", true);
        String id = request(REQUESTER, record).statusCode(201).extract().path("id");
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        decide(OWNER, id, Map.of("grant", true, "until", today.toString())).statusCode(200);
        readable(REQUESTER, record, true);

        assertThat(accessRequests.expireGrants(today)).isZero();
        readable(REQUESTER, record, true);
        accessRequests.expireGrants(today.plusDays(1));
        readable(REQUESTER, record, false);
        given().auth()
                .oauth2(REQUESTER)
                .get("/api/commonstest/v1/access-requests/" + id)
                .then()
                .statusCode(200)
                .body("status", equalTo("EXPIRED"));
    }

    @Test
    void onlyWhatAHitCouldShowMayBeAskedFor() {
        given().auth()
                .oauth2(REQUESTER)
                .contentType(ContentType.JSON)
                .body(Map.of("recordId", UUID.randomUUID(), "purpose", "Vérification"))
                .post("/api/commonstest/v1/access-requests")
                .then()
                .statusCode(404);
        UUID undiscoverable = record("AGENCY", false);
        request(REQUESTER, undiscoverable).statusCode(404);
        UUID open = record("G5", true);
        request(REQUESTER, open).statusCode(409).body("detail", equalTo("Vous voyez déjà cet enregistrement."));
        given().auth()
                .oauth2(REQUESTER)
                .contentType(ContentType.JSON)
                .body(Map.of("recordId", open))
                .post("/api/commonstest/v1/access-requests")
                .then()
                .statusCode(400);
    }

    @Test
    void aDecisionNeedsItsTerms() {
        UUID record = record("AGENCY", true);
        String id = request(REQUESTER, record).statusCode(201).extract().path("id");
        decide(OWNER, id, Map.of("grant", false)).statusCode(400);
        decide(OWNER, id, Map.of("grant", true)).statusCode(400);
        decide(
                        OWNER,
                        id,
                        Map.of(
                                "grant",
                                true,
                                "until",
                                LocalDate.now(ZoneOffset.UTC).plusYears(2).toString()))
                .statusCode(400);
        decide(OWNER, id, Map.of("grant", false, "reason", "Procédure judiciaire en cours"))
                .statusCode(200)
                .body("status", equalTo("DECLINED"));
        decide(
                        OWNER,
                        id,
                        Map.of(
                                "grant",
                                true,
                                "until",
                                LocalDate.now(ZoneOffset.UTC).toString()))
                .statusCode(409);
        readable(REQUESTER, record, false);
    }

    private UUID record(String distribution, boolean discoverable) {
        String id = given().auth()
                .oauth2(OWNER)
                .contentType(ContentType.JSON)
                .body(Map.of(
                        "label",
                        "access",
                        "batch",
                        "access-requests",
                        "sharing",
                        Map.of("distribution", distribution, "discoverable", discoverable)))
                .post("/api/commonstest/v1/test-records")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        return UUID.fromString(id);
    }

    private static io.restassured.response.ValidatableResponse request(String token, UUID record) {
        return given().auth()
                .oauth2(token)
                .contentType(ContentType.JSON)
                .body(Map.of(
                        "recordId",
                        record,
                        "purpose",
                        "Enquête sur un réseau de trafic",
                        "legalBasis",
                        "Convention A/P1/7/92, art. 2"))
                .post("/api/commonstest/v1/access-requests")
                .then();
    }

    private static io.restassured.response.ValidatableResponse decide(
            String token, String id, Map<String, Object> decision) {
        return given().auth()
                .oauth2(token)
                .contentType(ContentType.JSON)
                .body(decision)
                .post("/api/commonstest/v1/access-requests/" + id + "/decision")
                .then();
    }

    private static void readable(String token, UUID record, boolean expected) {
        given().auth()
                .oauth2(token)
                .get("/api/commonstest/v1/test-records/" + record)
                .then()
                .statusCode(expected ? 200 : 404);
    }

    private static List<String> listed(String token) {
        return given().auth()
                .oauth2(token)
                .get("/api/commonstest/v1/access-requests")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getList("id");
    }

    private Map<String, String> sharing(UUID record) {
        Object[] row = QuarkusTransaction.requiringNew().call(() -> (Object[]) entityManager
                .createNativeQuery(
                        "select distribution, shared_with::text, granted_to::text from test_record where id = :id")
                .setParameter("id", record)
                .getSingleResult());
        return Map.of("distribution", (String) row[0], "shared_with", (String) row[1], "granted_to", (String) row[2]);
    }

    @SuppressWarnings("unchecked")
    private List<String> outboxTypes(String accessRequestId) {
        return QuarkusTransaction.requiringNew()
                .call(() -> (List<String>) entityManager
                        .createNativeQuery(
                                "select routing_key from outbox_event where payload ->> 'subject' = :subject order by created_at")
                        .setParameter("subject", accessRequestId)
                        .getResultList())
                .stream()
                .map(key -> key.substring(key.indexOf('.') + 1))
                .toList();
    }
}

package org.g5sahel.pcms.cases.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * A case's timeline shows each reader only the entries whose other record that reader may see (DESIGN §2 rule 8): a
 * correlated or linked case, an exchange request, an access request. Entries written before they named their other
 * record by id are shown to the case's owning agency only.
 */
@QuarkusTest
class TimelineVisibilityTest {

    @Inject
    EntityManager entityManager;

    @Test
    void aCorrelationWithAHiddenCaseIsShownToTheCasesOwnerOnly() {
        String passport = "NE" + (100000 + (int) (Math.random() * 800000));
        String neCase = Cases.openCase(Users.NE_INVESTIGATOR, "{\"distribution\":\"G5\"}");
        String mlCase = Cases.openCase(Users.ML_INVESTIGATOR, null);
        Cases.addSubject(Users.NE_INVESTIGATOR, neCase, passportHolder(passport))
                .then()
                .statusCode(201);
        Cases.addSubject(Users.ML_INVESTIGATOR, mlCase, passportHolder(passport))
                .then()
                .statusCode(201);

        assertThat(kinds(Users.NE_INVESTIGATOR, neCase)).contains("CORRELATION_HIT");
        assertThat(kinds(Users.BF_INVESTIGATOR, neCase))
                .doesNotContain("CORRELATION_HIT")
                .contains("CREATED");
        given().auth()
                .oauth2(Users.BF_INVESTIGATOR)
                .get(Cases.CASES + "/" + mlCase)
                .then()
                .statusCode(404);
        assertThat(timeline(Users.BF_INVESTIGATOR, neCase).toString())
                .doesNotContain("ML-CASE")
                .doesNotContain(mlCase);
    }

    @Test
    void aRequestIsShownOnlyToItsSenderAndRecipients() {
        String neCase = Cases.openCase(Users.NE_INVESTIGATOR, "{\"distribution\":\"G5\"}");
        Map<String, Object> body = new java.util.HashMap<>(Cases.requestBody("BF-CT"));
        body.put("caseId", neCase);
        given().auth()
                .oauth2(Users.NE_INVESTIGATOR)
                .contentType(ContentType.JSON)
                .body(body)
                .post(Cases.REQUESTS)
                .then()
                .statusCode(201);

        assertThat(kinds(Users.NE_INVESTIGATOR, neCase)).contains("REQUEST_SENT");
        assertThat(kinds(Users.BF_INVESTIGATOR, neCase)).as("a recipient").contains("REQUEST_SENT");
        assertThat(kinds(Users.ML_INVESTIGATOR, neCase))
                .as("neither sender nor recipient")
                .doesNotContain("REQUEST_SENT")
                .contains("CREATED");
        assertThat(timeline(Users.ML_INVESTIGATOR, neCase))
                .allSatisfy(entry -> assertThat(entry.get("detail"))
                        .asString()
                        .doesNotContain("NE-REQ")
                        .doesNotContain("BF-CT"));
    }

    @Test
    void aLinkToACaseTheReaderCannotSeeIsNotShown() {
        String shared = Cases.openCase(Users.NE_INVESTIGATOR, "{\"distribution\":\"G5\"}");
        String ownOnly = Cases.openCase(Users.NE_INVESTIGATOR, null);
        given().auth()
                .oauth2(Users.NE_INVESTIGATOR)
                .contentType(ContentType.JSON)
                .body("{\"linkedCaseId\":\"" + ownOnly + "\",\"relation\":\"SAME_NETWORK\"}")
                .post(Cases.CASES + "/" + shared + "/links")
                .then()
                .statusCode(201);

        assertThat(timeline(Users.NE_INVESTIGATOR, shared))
                .anySatisfy(entry -> assertThat(entry)
                        .containsEntry("kind", "LINKED")
                        .containsEntry("relatedKind", "CASE")
                        .containsEntry("relatedId", ownOnly));
        assertThat(kinds(Users.BF_INVESTIGATOR, shared)).doesNotContain("LINKED");
    }

    @Test
    void anEntryWrittenBeforeRelatedRecordsWereNamedIsShownToTheOwnerOnly() {
        String neCase = Cases.openCase(Users.NE_INVESTIGATOR, "{\"distribution\":\"G5\"}");
        QuarkusTransaction.requiringNew()
                .run(() -> entityManager
                        .createNativeQuery("insert into case_timeline_entry"
                                + " (id, case_id, at, actor, actor_agency, kind, detail, owner_only)"
                                + " values (:id, :case, :at, 'ne-investigator', 'NE-OCRTIS', 'REQUEST_SENT',"
                                + " 'NE-REQ-2026-000001 INFORMATION_REQUEST → ML-CT', true)")
                        .setParameter("id", UUID.randomUUID())
                        .setParameter("case", UUID.fromString(neCase))
                        .setParameter("at", Instant.now())
                        .executeUpdate());

        assertThat(kinds(Users.NE_INVESTIGATOR, neCase)).contains("REQUEST_SENT");
        assertThat(kinds(Users.ML_INVESTIGATOR, neCase)).doesNotContain("REQUEST_SENT");
        assertThat(kinds(Users.NE_COORDINATOR, neCase)).doesNotContain("REQUEST_SENT");
    }

    private static List<Map<String, Object>> timeline(String token, String caseId) {
        return given().auth()
                .oauth2(token)
                .get(Cases.CASES + "/" + caseId + "/timeline")
                .then()
                .statusCode(200)
                .extract()
                .path("");
    }

    private static List<Object> kinds(String token, String caseId) {
        return timeline(token, caseId).stream().map(entry -> entry.get("kind")).toList();
    }

    private static String passportHolder(String passport) {
        return """
                {"kind":"PERSON","role":"SUSPECT","person":{"nameLatin":"Issa Moussa",
                 "documents":[{"type":"PASSPORT","number":"%s"}]}}""".formatted(passport);
    }
}

package org.g5sahel.pcms.cases.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Subjects, protected persons, cross-border hit / no-hit between two States and the access-request flow. */
@QuarkusTest
class SubjectAndCorrelationTest {

    @Inject
    EntityManager entityManager;

    @Test
    void aPassportSeenByTwoStatesNotifiesBothOwnersOnceAndRevealsNothingElse() {
        String passport = "ML" + (100000 + (int) (Math.random() * 800000));
        String mlCase = Cases.openCase(Users.ML_INVESTIGATOR, null);
        String neCase = Cases.openCase(Users.NE_INVESTIGATOR, null);
        Cases.addSubject(
                        Users.ML_INVESTIGATOR,
                        mlCase,
                        person(
                                "Mohamed Ould Ahmed",
                                passport.substring(0, 2) + "-" + passport.substring(2),
                                "1985-03-12"))
                .then()
                .statusCode(201);
        Cases.addSubject(Users.NE_INVESTIGATOR, neCase, person("Ahmed Mohamed", passport.toLowerCase(), null))
                .then()
                .statusCode(201);

        Map<String, Object> mlSide = correlationOf(Users.ML_INVESTIGATOR, mlCase);
        Map<String, Object> neSide = correlationOf(Users.NE_INVESTIGATOR, neCase);
        assertThat(mlSide)
                .containsEntry("otherState", "NE")
                .containsEntry("otherAgency", "NE-OCRTIS")
                .containsEntry("identifierKinds", List.of("DOCUMENT"));
        assertThat(neSide)
                .containsEntry("otherState", "ML")
                .containsEntry("otherAgency", "ML-CT")
                .containsEntry("id", mlSide.get("id"));
        assertThat(mlSide.keySet())
                .containsExactlyInAnyOrder(
                        "id",
                        "kind",
                        "detectedAt",
                        "identifierKinds",
                        "caseId",
                        "caseReference",
                        "ownSubjects",
                        "otherState",
                        "otherAgency",
                        "otherCaseReference",
                        "otherCaseId",
                        "explanation");
        assertThat(mlSide).containsEntry("kind", "STRONG_IDENTIFIER").containsEntry("explanation", null);
        // Of the subjects, each side learns only which of its own hold the shared identifier.
        assertThat(mlSide.get("ownSubjects"))
                .asString()
                .contains("Mohamed Ould Ahmed")
                .doesNotContain("Ahmed Mohamed");
        assertThat(neSide.get("ownSubjects"))
                .asString()
                .contains("Ahmed Mohamed")
                .doesNotContain("Ould");
        assertThat(hitEvents(mlSide.get("id").toString())).isEqualTo(2);

        // A second shared identifier adds its kind to the same correlation, without a new notification.
        Cases.addSubject(Users.ML_INVESTIGATOR, mlCase, phone("+227 96 55 44 " + passport.substring(6)))
                .then()
                .statusCode(201);
        Cases.addSubject(Users.NE_INVESTIGATOR, neCase, phone("96 55 44 " + passport.substring(6)))
                .then()
                .statusCode(201);
        assertThat(correlationOf(Users.ML_INVESTIGATOR, mlCase).get("identifierKinds"))
                .isEqualTo(List.of("DOCUMENT", "PHONE"));
        assertThat(hitEvents(mlSide.get("id").toString())).isEqualTo(2);

        // The hit gives neither side the other's case.
        given().auth()
                .oauth2(Users.NE_INVESTIGATOR)
                .get(Cases.CASES + "/" + mlCase)
                .then()
                .statusCode(404);
        given().auth()
                .oauth2(Users.BF_INVESTIGATOR)
                .get("/api/cases/v1/correlations")
                .then()
                .statusCode(200)
                .body("id", not(hasItem(mlSide.get("id"))));

        // NE asks for the other side's case, with a purpose; ML grants; NE now reads the case.
        assertThat(neSide).containsEntry("otherCaseId", mlCase);
        given().auth()
                .oauth2(Users.NE_INVESTIGATOR)
                .contentType(ContentType.JSON)
                .body("{\"recordId\":\"" + mlCase + "\"}")
                .post("/api/cases/v1/access-requests")
                .then()
                .statusCode(400);
        String requestId = given().auth()
                .oauth2(Users.NE_INVESTIGATOR)
                .contentType(ContentType.JSON)
                .body(Map.of(
                        "recordId",
                        mlCase,
                        "purpose",
                        "Même passeur à Agadez",
                        "legalBasis",
                        "Accord de coopération judiciaire ML-NE"))
                .post("/api/cases/v1/access-requests")
                .then()
                .statusCode(201)
                .body("status", equalTo("PENDING"))
                .body("ownerAgency", equalTo("ML-CT"))
                .extract()
                .path("id");
        given().auth()
                .oauth2(Users.NE_INVESTIGATOR)
                .contentType(ContentType.JSON)
                .body(Map.of("recordId", mlCase, "purpose", "encore"))
                .post("/api/cases/v1/access-requests")
                .then()
                .statusCode(409);
        String until =
                java.time.LocalDate.now(java.time.ZoneOffset.UTC).plusMonths(3).toString();
        given().auth()
                .oauth2(Users.NE_INVESTIGATOR)
                .contentType(ContentType.JSON)
                .body(Map.of("grant", true, "until", until))
                .post("/api/cases/v1/access-requests/" + requestId + "/decision")
                .then()
                .statusCode(403);
        given().auth()
                .oauth2(Users.ML_INVESTIGATOR)
                .get("/api/cases/v1/access-requests")
                .then()
                .statusCode(200)
                .body("id", hasItem(requestId));
        given().auth()
                .oauth2(Users.ML_INVESTIGATOR)
                .contentType(ContentType.JSON)
                .body(Map.of("grant", true, "until", until))
                .post("/api/cases/v1/access-requests/" + requestId + "/decision")
                .then()
                .statusCode(200)
                .body("status", equalTo("GRANTED"));
        given().auth()
                .oauth2(Users.NE_INVESTIGATOR)
                .get(Cases.CASES + "/" + mlCase)
                .then()
                .statusCode(200)
                .body("sharing.grantedTo", hasItem("NE-OCRTIS"))
                .body("sharing.sharedWith", not(hasItem("NE-OCRTIS")));
        // The grant opens the case to the requesting agency alone, not to the owner's compatriots.
        given().auth()
                .oauth2(Users.ML_ANALYST)
                .get(Cases.CASES + "/" + mlCase)
                .then()
                .statusCode(404);
        given().auth()
                .oauth2(Users.BF_INVESTIGATOR)
                .get(Cases.CASES + "/" + mlCase)
                .then()
                .statusCode(404);
        given().auth()
                .oauth2(Users.ML_INVESTIGATOR)
                .get(Cases.CASES + "/" + mlCase + "/timeline")
                .then()
                .statusCode(200)
                .body("kind", hasItem("CORRELATION_HIT"))
                .body("kind", hasItem("ACCESS_GRANTED"));
    }

    @Test
    void aPassportTypedWithAZeroWidthSpaceOrALookalikeLetterCorrelatesWithTheSamePassport() {
        String digits = String.valueOf(100000 + (int) (Math.random() * 800000));
        String mlCase = Cases.openCase(Users.ML_INVESTIGATOR, null);
        String neCase = Cases.openCase(Users.NE_INVESTIGATOR, null);
        Cases.addSubject(Users.ML_INVESTIGATOR, mlCase, person("Mohamed Ould Ahmed", "MP" + digits, null))
                .then()
                .statusCode(201);
        // Cyrillic capital Em and Er, and a zero-width space inside the number.
        String neSubject = Cases.addSubject(
                        Users.NE_INVESTIGATOR, neCase, person("Ahmed Mohamed", "\u041C\u0420\u200B" + digits, null))
                .then()
                .statusCode(201)
                .body("details.person.documents[0].number", equalTo("\u041C\u0420" + digits))
                .extract()
                .path("id");
        assertThat(correlationOf(Users.NE_INVESTIGATOR, neCase))
                .containsEntry("otherState", "ML")
                .containsEntry("identifierKinds", List.of("DOCUMENT"))
                .containsEntry(
                        "ownSubjects",
                        List.of(Map.of(
                                "subjectId",
                                neSubject,
                                "displayName",
                                "Ahmed Mohamed",
                                "identifierKinds",
                                List.of("DOCUMENT"))));
        // Each side learns which of its own subjects matched, never the other side's.
        assertThat(correlationOf(Users.ML_INVESTIGATOR, mlCase).get("ownSubjects"))
                .asString()
                .contains("Mohamed Ould Ahmed")
                .doesNotContain("Ahmed Mohamed")
                .doesNotContain(neSubject);
    }

    @Test
    void aNonDiscoverableCaseAndProtectedPersonsNeverHit() {
        String document = "P" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
        String hidden = Cases.openCase(Users.ML_INVESTIGATOR, "{\"distribution\":\"AGENCY\",\"discoverable\":false}");
        String victimCase = Cases.openCase(Users.BF_INVESTIGATOR, null);
        String neCase = Cases.openCase(Users.NE_INVESTIGATOR, null);
        Cases.addSubject(Users.ML_INVESTIGATOR, hidden, person("Aïcha Traoré", document, null))
                .then()
                .statusCode(201);
        Cases.addSubject(Users.BF_INVESTIGATOR, victimCase, """
                {"kind":"PERSON","role":"VICTIM","person":{"nameLatin":"Aïcha Traoré","documents":[{"type":"PASSPORT","number":"%s"}]}}""".formatted(document))
                .then()
                .statusCode(201);
        Cases.addSubject(Users.NE_INVESTIGATOR, neCase, person("Aicha Traore", document, null))
                .then()
                .statusCode(201);
        given().auth()
                .oauth2(Users.NE_INVESTIGATOR)
                .get("/api/cases/v1/correlations")
                .then()
                .statusCode(200)
                .body("caseId", not(hasItem(neCase)));
    }

    @Test
    void aVictimsIdentityIsMaskedOutsideTheOwnerAndAMinorsNeedsTheCoordinatorToGoBeyondTheState() {
        String id = Cases.openCase(Users.ML_INVESTIGATOR, "{\"distribution\":\"G5\"}");
        String child = Cases.addSubject(Users.ML_INVESTIGATOR, id, """
                {"kind":"PERSON","role":"VICTIM","chainStage":"EXECUTION","modusOperandi":["recrutement par faux emploi"],
                 "person":{"nameLatin":"Mariam Coulibaly","yearOfBirth":%d,"nationality":"ML"}}""".formatted(
                                java.time.Year.now().getValue() - 14))
                .then()
                .statusCode(201)
                .body("minor", equalTo(true))
                .body("protectedIdentity", equalTo(true))
                .extract()
                .path("id");
        String subjectPath = Cases.CASES + "/" + id + "/subjects/" + child;

        given().auth()
                .oauth2(Users.ML_INVESTIGATOR)
                .get(subjectPath)
                .then()
                .statusCode(200)
                .body("displayName", equalTo("Mariam Coulibaly"))
                .body("identityMasked", equalTo(false));
        for (String other : List.of(Users.ML_ANALYST, Users.NE_INVESTIGATOR, Users.G5_COORDINATOR)) {
            given().auth()
                    .oauth2(other)
                    .get(subjectPath)
                    .then()
                    .statusCode(200)
                    .body("displayName", nullValue())
                    .body("details", nullValue())
                    .body("identityMasked", equalTo(true))
                    .body("role", equalTo("VICTIM"));
        }
        given().auth()
                .oauth2(Users.NE_INVESTIGATOR)
                .get(Cases.CASES + "/" + id + "/timeline")
                .then()
                .statusCode(200)
                .body("detail", not(hasItem(org.hamcrest.Matchers.containsString("Mariam"))));

        String etag = Cases.etag(Users.ML_INVESTIGATOR, subjectPath);
        given().auth()
                .oauth2(Users.ML_INVESTIGATOR)
                .contentType(ContentType.JSON)
                .header("If-Match", etag)
                .body("{\"release\":\"CASE_AUDIENCE\"}")
                .put(subjectPath + "/identity-release")
                .then()
                .statusCode(403);
        given().auth()
                .oauth2(Users.ML_INVESTIGATOR)
                .contentType(ContentType.JSON)
                .header("If-Match", etag)
                .body("{\"release\":\"NATIONAL\"}")
                .put(subjectPath + "/identity-release")
                .then()
                .statusCode(200);
        given().auth()
                .oauth2(Users.ML_ANALYST)
                .get(subjectPath)
                .then()
                .body("displayName", equalTo("Mariam Coulibaly"));
        given().auth().oauth2(Users.NE_INVESTIGATOR).get(subjectPath).then().body("displayName", nullValue());

        etag = Cases.etag(Users.ML_INVESTIGATOR, subjectPath);
        given().auth()
                .oauth2(Users.ML_COORDINATOR)
                .contentType(ContentType.JSON)
                .header("If-Match", etag)
                .body("{\"release\":\"CASE_AUDIENCE\"}")
                .put(subjectPath + "/identity-release")
                .then()
                .statusCode(200);
        given().auth()
                .oauth2(Users.NE_INVESTIGATOR)
                .get(subjectPath)
                .then()
                .body("displayName", equalTo("Mariam Coulibaly"));
    }

    @Test
    void subjectsAreValidatedAndNormalised() {
        String id = Cases.openCase(Users.NE_INVESTIGATOR, null);
        Cases.addSubject(
                        Users.NE_INVESTIGATOR,
                        id,
                        "{\"kind\":\"PHONE\",\"role\":\"SUSPECT\",\"phone\":{\"number\":\"90.12.34.56\"}}")
                .then()
                .statusCode(201)
                .body("details.phone.number", equalTo("+22790123456"));
        Cases.addSubject(
                        Users.NE_INVESTIGATOR,
                        id,
                        "{\"kind\":\"PHONE\",\"role\":\"SUSPECT\",\"phone\":{\"number\":\"call me\"}}")
                .then()
                .statusCode(400)
                .body("errors.field", hasItem("phone.number"));
        Cases.addSubject(
                        Users.NE_INVESTIGATOR,
                        id,
                        "{\"kind\":\"VEHICLE\",\"role\":\"MEANS\",\"phone\":{\"number\":\"+22790123456\"}}")
                .then()
                .statusCode(400)
                .contentType("application/problem+json");
        Cases.addSubject(Users.NE_INVESTIGATOR, id, "{\"kind\":\"SPACESHIP\",\"role\":\"MEANS\"}")
                .then()
                .statusCode(400);
        Cases.addSubject(Users.NE_INVESTIGATOR, id, """
                {"kind":"PLACE","role":"LOCATION","chainStage":"LOGISTICS","place":{"name":"Poste frontière d'Assamaka",
                 "type":"BORDER_CROSSING","country":"NE","latitude":19.35,"longitude":5.78}}""").then().statusCode(201);
        Cases.addSubject(Users.NE_INVESTIGATOR, id, """
                {"kind":"PLACE","role":"LOCATION","place":{"name":"Nulle part","type":"TOWN","latitude":123}}""").then().statusCode(400);
        Cases.addSubject(
                        Users.ML_INVESTIGATOR,
                        id,
                        "{\"kind\":\"PHONE\",\"role\":\"SUSPECT\",\"phone\":{\"number\":\"+22790123456\"}}")
                .then()
                .statusCode(404);
        given().auth()
                .oauth2(Users.NE_INVESTIGATOR)
                .get(Cases.CASES + "/" + id + "/subjects")
                .then()
                .statusCode(200)
                .body("size()", equalTo(2));
    }

    private Map<String, Object> correlationOf(String token, String caseId) {
        List<Map<String, Object>> found = given().auth()
                .oauth2(token)
                .get("/api/cases/v1/correlations")
                .then()
                .statusCode(200)
                .extract()
                .path("findAll { it.caseId == '" + caseId + "' && it.kind == 'STRONG_IDENTIFIER' }");
        assertThat(found).hasSize(1);
        return found.get(0);
    }

    @Test
    void aHitEventIsAddressedToTheCasesOwnerAlone() {
        String passport = "NE" + (100000 + (int) (Math.random() * 800000));
        String neCase = Cases.openCase(Users.NE_INVESTIGATOR, "{\"distribution\":\"G5\"}");
        String mlCase = Cases.openCase(Users.ML_INVESTIGATOR, null);
        Cases.addSubject(Users.NE_INVESTIGATOR, neCase, person("Issa Moussa", passport, null))
                .then()
                .statusCode(201);
        Cases.addSubject(Users.ML_INVESTIGATOR, mlCase, person("Issa Moussa", passport, null))
                .then()
                .statusCode(201);
        String correlationId =
                (String) correlationOf(Users.NE_INVESTIGATOR, neCase).get("id");
        @SuppressWarnings("unchecked")
        List<Object[]> envelopes = entityManager
                .createNativeQuery("select payload->>'owneragency',"
                        + " payload->>'distribution' from outbox_event where routing_key = 'cases.correlation.hit'"
                        + " and payload->>'subject' = :id")
                .setParameter("id", correlationId)
                .getResultList();
        assertThat(envelopes)
                .extracting(row -> row[0] + " " + row[1])
                .containsExactlyInAnyOrder("NE-OCRTIS AGENCY", "ML-CT AGENCY");
    }

    private long hitEvents(String correlationId) {
        return ((Number) entityManager
                        .createNativeQuery(
                                "select count(*) from outbox_event where routing_key = 'cases.correlation.hit' and payload->>'subject' = :id")
                        .setParameter("id", correlationId)
                        .getSingleResult())
                .longValue();
    }

    private static String person(String name, String passport, String dateOfBirth) {
        return """
                {"kind":"PERSON","role":"SUSPECT","chainStage":"LOGISTICS","person":{"nameLatin":"%s",%s
                 "documents":[{"type":"PASSPORT","number":"%s"}]}}""".formatted(name, dateOfBirth == null ? "" : "\"dateOfBirth\":\"" + dateOfBirth + "\",", passport);
    }

    private static String phone(String number) {
        return "{\"kind\":\"PHONE\",\"role\":\"SUSPECT\",\"phone\":{\"number\":\"" + number + "\"}}";
    }
}

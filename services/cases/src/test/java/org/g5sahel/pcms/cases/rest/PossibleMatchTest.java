package org.g5sahel.pcms.cases.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasItem;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;

/**
 * Possible matches by name and date of birth between two States' cases: the matching module's keys and engine, the
 * same protected-person and discoverability rules as strong-identifier hits, and an explanation only to a reader who
 * may see both subjects.
 */
@QuarkusTest
class PossibleMatchTest {

    @Inject
    EntityManager entityManager;

    @Test
    void twoSpellingsOfOneNameBornTheSameDayAreAPossibleMatchExplainedToWhoSeesBothSides() {
        String born = uniqueBirthDate();
        String mlCase = Cases.openCase(Users.ML_INVESTIGATOR, "{\"distribution\":\"G5\"}");
        String neCase = Cases.openCase(Users.NE_INVESTIGATOR, null);
        Cases.addSubject(Users.ML_INVESTIGATOR, mlCase, person("SUSPECT", "Mohamed Ould Ahmed", born))
                .then()
                .statusCode(201);
        String neSubject = Cases.addSubject(Users.NE_INVESTIGATOR, neCase, person("SUSPECT", "Muhammad Ahmad", born))
                .then()
                .statusCode(201)
                .extract()
                .path("id");

        // Niger reads Mali's case (distribution G5): it is told why, word by word, in its language.
        Map<String, Object> neSide = possibleMatchOf(Users.NE_INVESTIGATOR, neCase, "fr");
        assertThat(neSide)
                .containsEntry("kind", "POSSIBLE_MATCH")
                .containsEntry("identifierKinds", List.of("NAME_AND_BIRTH_DATE"))
                .containsEntry("otherState", "ML")
                .containsEntry("otherAgency", "ML-CT")
                .containsEntry("otherCaseId", mlCase)
                .containsEntry(
                        "ownSubjects",
                        List.of(Map.of(
                                "subjectId",
                                neSubject,
                                "displayName",
                                "Muhammad Ahmad",
                                "identifierKinds",
                                List.of("NAME_AND_BIRTH_DATE"))));
        assertThat(neSide.get("explanation"))
                .asString()
                .contains("« Muhammad » ~ « Mohamed »")
                .contains("même date de naissance")
                .contains("Correspondance possible : nom proche");
        assertThat(possibleMatchOf(Users.NE_INVESTIGATOR, neCase, "en").get("explanation"))
                .asString()
                .contains("same date of birth");

        // Mali cannot read Niger's case (national distribution): the kinds, owner and case, never the other name.
        Map<String, Object> mlSide = possibleMatchOf(Users.ML_INVESTIGATOR, mlCase, "fr");
        assertThat(mlSide)
                .containsEntry("id", neSide.get("id"))
                .containsEntry("otherState", "NE")
                .containsEntry("otherCaseId", neCase)
                .containsEntry("explanation", null);
        assertThat(mlSide.toString())
                .contains("Mohamed Ould Ahmed")
                .doesNotContain("Muhammad")
                .doesNotContain("Ahmad");

        // Both owners are told once, in events addressed to each alone and naming nobody.
        @SuppressWarnings("unchecked")
        List<Object[]> events = entityManager
                .createNativeQuery("select payload->>'owneragency',"
                        + " cast(payload as text) from outbox_event where routing_key = 'cases.correlation.possible-match'"
                        + " and payload->>'subject' = :id")
                .setParameter("id", neSide.get("id"))
                .getResultList();
        assertThat(events).extracting(row -> row[0]).containsExactlyInAnyOrder("NE-OCRTIS", "ML-CT");
        assertThat(events)
                .extracting(row -> row[1].toString())
                .noneMatch(payload -> payload.contains("Moh") || payload.contains("Muh") || payload.contains("Ahm"));
        given().auth()
                .oauth2(Users.ML_INVESTIGATOR)
                .get(Cases.CASES + "/" + mlCase + "/timeline")
                .then()
                .statusCode(200)
                .body("kind", hasItem("POSSIBLE_MATCH"));

        // One possible match per pair of subjects: another subject of the same case adds none.
        Cases.addSubject(
                        Users.NE_INVESTIGATOR,
                        neCase,
                        "{\"kind\":\"PHONE\",\"role\":\"SUSPECT\"," + "\"phone\":{\"number\":\"+22796000001\"}}")
                .then()
                .statusCode(201);
        assertThat(possibleMatchesOf(Users.NE_INVESTIGATOR, neCase, "fr")).hasSize(1);
        assertThat(events).hasSize(2);
    }

    @Test
    void theSameNamesBornOnAnotherDayAreNoPossibleMatch() {
        String born = uniqueBirthDate();
        String mlCase = Cases.openCase(Users.ML_INVESTIGATOR, null);
        String neCase = Cases.openCase(Users.NE_INVESTIGATOR, null);
        Cases.addSubject(Users.ML_INVESTIGATOR, mlCase, person("SUSPECT", "Mohamed Ould Ahmed", born))
                .then()
                .statusCode(201);
        Cases.addSubject(
                        Users.NE_INVESTIGATOR,
                        neCase,
                        person(
                                "SUSPECT",
                                "Muhammad Ahmad",
                                LocalDate.parse(born).plusDays(1).toString()))
                .then()
                .statusCode(201);
        assertThat(possibleMatchesOf(Users.NE_INVESTIGATOR, neCase, "fr")).isEmpty();
        assertThat(possibleMatchesOf(Users.ML_INVESTIGATOR, mlCase, "fr")).isEmpty();
    }

    @Test
    void aProtectedPersonAndANonDiscoverableCaseAreNeverAPossibleMatch() {
        String born = uniqueBirthDate();
        String victimCase = Cases.openCase(Users.BF_INVESTIGATOR, null);
        String hidden = Cases.openCase(Users.ML_INVESTIGATOR, "{\"distribution\":\"AGENCY\",\"discoverable\":false}");
        String neCase = Cases.openCase(Users.NE_INVESTIGATOR, null);
        Cases.addSubject(Users.BF_INVESTIGATOR, victimCase, person("VICTIM", "Mohamed Ould Ahmed", born))
                .then()
                .statusCode(201);
        Cases.addSubject(Users.ML_INVESTIGATOR, hidden, person("SUSPECT", "Mohamed Ahmed", born))
                .then()
                .statusCode(201);
        Cases.addSubject(Users.NE_INVESTIGATOR, neCase, person("SUSPECT", "Muhammad Ahmad", born))
                .then()
                .statusCode(201);
        assertThat(possibleMatchesOf(Users.NE_INVESTIGATOR, neCase, "fr")).isEmpty();
        assertThat(possibleMatchesOf(Users.BF_INVESTIGATOR, victimCase, "fr")).isEmpty();
        assertThat(possibleMatchesOf(Users.ML_INVESTIGATOR, hidden, "fr")).isEmpty();
        // A protected person added after the suspect does not match either.
        Cases.addSubject(Users.BF_INVESTIGATOR, victimCase, person("WITNESS", "Mouhamed Ahmed", born))
                .then()
                .statusCode(201);
        assertThat(possibleMatchesOf(Users.BF_INVESTIGATOR, victimCase, "fr")).isEmpty();
    }

    private Map<String, Object> possibleMatchOf(String token, String caseId, String language) {
        List<Map<String, Object>> found = possibleMatchesOf(token, caseId, language);
        assertThat(found).hasSize(1);
        return found.get(0);
    }

    private static List<Map<String, Object>> possibleMatchesOf(String token, String caseId, String language) {
        return given().auth()
                .oauth2(token)
                .header("Accept-Language", language)
                .get("/api/cases/v1/correlations")
                .then()
                .statusCode(200)
                .extract()
                .path("findAll { it.caseId == '" + caseId + "' && it.kind == 'POSSIBLE_MATCH' }");
    }

    /** A date no earlier test run used, so that the subjects of earlier runs are no candidates. */
    private static String uniqueBirthDate() {
        return LocalDate.of(1900, 1, 1)
                .plusDays(ThreadLocalRandom.current().nextInt(0, 36_000))
                .toString();
    }

    private static String person(String role, String name, String dateOfBirth) {
        return """
                {"kind":"PERSON","role":"%s","person":{"nameLatin":"%s","dateOfBirth":"%s"}}""".formatted(role, name, dateOfBirth);
    }
}

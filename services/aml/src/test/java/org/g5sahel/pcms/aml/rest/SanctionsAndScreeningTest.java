package org.g5sahel.pcms.aml.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The real UN list: exact counts, idempotent re-import, delisting with history, refusal of a broken file; screening. */
@QuarkusTest
class SanctionsAndScreeningTest {

    private static final String LISTS = "/api/aml/v1/sanctions-lists";
    private static final String SCREENINGS = "/api/aml/v1/screenings";

    @BeforeEach
    void unList() {
        Users.ensureUnListImported();
    }

    @Test
    void theUnListImportsWithItsExactCountsAndAgainWithoutChange() {
        given().auth()
                .oauth2(Users.G5_COORDINATOR)
                .contentType(ContentType.XML)
                .body(Users.resource(Users.UN_LIST))
                .post(LISTS + "/un/imports")
                .then()
                .statusCode(201)
                .body("individuals", equalTo(726))
                .body("entities", equalTo(273))
                .body("added", equalTo(0))
                .body("updated", equalTo(0))
                .body("delisted", equalTo(0))
                .body("relisted", equalTo(0))
                .body("unchanged", equalTo(999));
        // Reference data of the regional unit: every member and partner sees it.
        for (String reader : new String[] {Users.NE_FIU, Users.NE_BORDER, Users.INTERPOL}) {
            given().auth()
                    .oauth2(reader)
                    .get(LISTS)
                    .then()
                    .statusCode(200)
                    .body("find { it.code == 'UN' }.activeEntries", equalTo(999))
                    .body("find { it.code == 'UN' }.sharing.ownerAgency", equalTo("G5-URC"))
                    .body("find { it.code == 'UN' }.sharing.distribution", equalTo("PARTNERS"));
        }
        given().auth()
                .oauth2(Users.NE_FIU)
                .get(LISTS + "/UN/entries/QDi.316")
                .then()
                .statusCode(200)
                .body("entry.primaryName", equalTo("IYAD AG GHALI"))
                .body("entry.content.names.quality", hasItems("PRIMARY", "GOOD", "ORIGINAL_SCRIPT"))
                .body("entry.content.birthDates[0].year", equalTo(1958))
                .body("entry.content.documents.number", hasItem("A1037434"))
                .body("entry.content.placesOfBirth", equalTo(java.util.List.of("Abeibara, Kidal Region, Mali")))
                .body("entry.content.addresses.country", equalTo(java.util.List.of("Mali")));
        given().get(LISTS).then().statusCode(401);
    }

    @Test
    void anEntryMissingFromACopyIsDelistedWithItsHistoryThenRelisted() {
        String list = new String(Users.resource(Users.UN_LIST), StandardCharsets.UTF_8);
        int reference = list.indexOf("<REFERENCE_NUMBER>CDi.001</REFERENCE_NUMBER>");
        int start = list.lastIndexOf("<INDIVIDUAL>", reference);
        int end = list.indexOf("</INDIVIDUAL>", reference) + "</INDIVIDUAL>".length();
        String withoutOne = list.substring(0, start) + list.substring(end);

        given().auth()
                .oauth2(Users.G5_COORDINATOR)
                .contentType(ContentType.XML)
                .body(withoutOne.getBytes(StandardCharsets.UTF_8))
                .post(LISTS + "/un/imports")
                .then()
                .statusCode(201)
                .body("individuals", equalTo(725))
                .body("delisted", equalTo(1))
                .body("unchanged", equalTo(998));
        given().auth()
                .oauth2(Users.ML_FIU)
                .get(LISTS + "/UN/entries/CDi.001")
                .then()
                .statusCode(200)
                .body("entry.status", equalTo("DELISTED"))
                .body("history.change", equalTo(java.util.List.of("ADDED", "DELISTED")));
        given().auth()
                .oauth2(Users.ML_FIU)
                .contentType(ContentType.JSON)
                .body("{\"purpose\":\"test\",\"name\":\"Eric Badege\",\"threshold\":0.8}")
                .post(SCREENINGS)
                .then()
                .statusCode(200)
                .body("results[0].candidates.referenceNumber", empty());

        given().auth()
                .oauth2(Users.G5_COORDINATOR)
                .contentType(ContentType.XML)
                .body(Users.resource(Users.UN_LIST))
                .post(LISTS + "/un/imports")
                .then()
                .statusCode(201)
                .body("relisted", equalTo(1))
                .body("unchanged", equalTo(998));
        given().auth()
                .oauth2(Users.ML_FIU)
                .get(LISTS + "/UN/entries/CDi.001")
                .then()
                .statusCode(200)
                .body("entry.status", equalTo("ACTIVE"))
                .body("history.change", equalTo(java.util.List.of("ADDED", "DELISTED", "RELISTED")));
    }

    @Test
    void aListCutInHalfOrHostileIsRefusedWholeNamingTheNode() {
        byte[] list = Users.resource(Users.UN_LIST);
        byte[] half = java.util.Arrays.copyOf(list, list.length / 2);
        given().auth()
                .oauth2(Users.G5_COORDINATOR)
                .contentType(ContentType.XML)
                .body(half)
                .post(LISTS + "/un/imports")
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("errors[0].field", startsWith("CONSOLIDATED_LIST/"))
                .body("detail", startsWith("Le fichier"));
        given().auth()
                .oauth2(Users.G5_COORDINATOR)
                .contentType(ContentType.XML)
                .header("Accept-Language", "en")
                .body(Users.resource("/goaml/xxe.xml"))
                .post(LISTS + "/un/imports")
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("!DOCTYPE"))
                .body("errors[0].message", startsWith("Document type declarations (DTD) are refused"));
        given().auth().oauth2(Users.ML_FIU).get(LISTS + "/UN/entries").then().statusCode(200);
        given().auth()
                .oauth2(Users.ML_FIU)
                .get(LISTS)
                .then()
                .body("find { it.code == 'UN' }.activeEntries", equalTo(999));
        // Importing the UN list is the regional coordinator's, not a border officer's.
        given().auth()
                .oauth2(Users.NE_BORDER)
                .contentType(ContentType.XML)
                .body(half)
                .post(LISTS + "/un/imports")
                .then()
                .statusCode(403);
    }

    @Test
    void screeningExplainsTransliterationParticlesDateNationalityAndDocument() {
        given().auth()
                .oauth2(Users.NE_BORDER)
                .contentType(ContentType.JSON)
                .body("{\"purpose\":\"Contrôle frontière Assamaka, vol NE-2026-881\",\"name\":\"Ghaly Ould Iyad\","
                        + "\"birthDate\":\"1958\",\"nationality\":\"ML\",\"document\":\"a 1037434\"}")
                .post(SCREENINGS)
                .then()
                .statusCode(200)
                .body("results[0].candidates[0].referenceNumber", equalTo("QDi.316"))
                // The engine's name score; the document in common makes it a hit (the score no longer adds bonuses).
                .body("results[0].candidates[0].score", greaterThanOrEqualTo(0.95f))
                .body("results[0].candidates[0].explanation.decision", equalTo("DOCUMENT"))
                .body(
                        "results[0].candidates[0].explanation.features.feature",
                        hasItems(
                                "NAME_SIMILARITY",
                                "PARTICLES",
                                "NAME_ORDER",
                                "DATE_OF_BIRTH",
                                "NATIONALITY",
                                "DOCUMENT"))
                .body(
                        "results[0].candidates[0].explanation.features.find { it.feature == 'NAME_ORDER' }.outcome",
                        equalTo("DIFFERENT"))
                .body(
                        "results[0].candidates[0].explanation.features.find { it.feature == 'DATE_OF_BIRTH' }.outcome",
                        equalTo("YEAR_MATCH"))
                .body(
                        "results[0].candidates[0].explanation.features.find { it.feature == 'DOCUMENT' }.outcome",
                        equalTo("MATCH"));
        given().auth()
                .oauth2(Users.ML_FIU)
                .contentType(ContentType.JSON)
                .body(
                        "{\"purpose\":\"Analyse STR\",\"batch\":[{\"name\":\"اياد اغ غالي\"},"
                                + "{\"name\":\"Mokhtar Belmokhtar\",\"birthDate\":\"1990-01-01\"},{\"name\":\"Aïssata Sawadogo\"}]}")
                .post(SCREENINGS)
                .then()
                .statusCode(200)
                .body("results[0].candidates[0].referenceNumber", equalTo("QDi.316"))
                .body("results[1].candidates[0].referenceNumber", equalTo("QDi.136"))
                .body(
                        "results[1].candidates[0].explanation.features.find { it.feature == 'DATE_OF_BIRTH' }.outcome",
                        equalTo("CONFLICT"))
                .body("results[2].candidates", empty());
    }

    @Test
    void anArabicScriptNameFindsTheEntryTheListWritesInLatinLettersOnly() {
        // QDi.028 has no name in original script: only transliteration can meet it.
        given().auth()
                .oauth2(Users.ML_FIU)
                .contentType(ContentType.JSON)
                .body("{\"purpose\":\"Analyse STR\",\"name\":\"أحمد خلفان غيلاني\"}")
                .post(SCREENINGS)
                .then()
                .statusCode(200)
                .body("results[0].candidates[0].referenceNumber", equalTo("QDi.028"))
                // Its closest name is one of its Latin names: the primary one or an alias such as "Ghilani, Ahmad
                // Khalafan".
                .body("results[0].candidates[0].explanation.matchedName", matchesPattern("^[A-Za-z ,.'-]+$"))
                .body("results[0].candidates[0].explanation.decision", equalTo("NAME"))
                .body("results[0].candidates[0].explanation.tokens.method", hasItem("TRANSLITERATION"))
                .body(
                        "results[0].candidates[0].explanation.features.find { it.feature == 'TRANSLITERATION' }.outcome",
                        equalTo("ARABIC_SCRIPT"));
    }

    @Test
    void aOneWordAliasIsNoHitAloneButIsWithTheDateOfBirth() {
        // QDi.057 is also known as "Abu Anas": a kunya and one name, which many people share.
        given().auth()
                .oauth2(Users.ML_FIU)
                .contentType(ContentType.JSON)
                .body("{\"purpose\":\"Analyse STR\",\"name\":\"Abou Anas\"}")
                .post(SCREENINGS)
                .then()
                .statusCode(200)
                .body("results[0].candidates.referenceNumber", not(hasItem("QDi.057")));
        given().auth()
                .oauth2(Users.ML_FIU)
                .contentType(ContentType.JSON)
                .body("{\"purpose\":\"Analyse STR\",\"name\":\"Abou Anas\",\"birthDate\":\"1966-02-02\"}")
                .post(SCREENINGS)
                .then()
                .statusCode(200)
                .body("results[0].candidates[0].referenceNumber", equalTo("QDi.057"))
                .body("results[0].candidates[0].explanation.matchedName", equalTo("Abu Anas"))
                .body("results[0].candidates[0].explanation.decision", equalTo("NAME_AND_BIRTH_DATE"))
                .body("results[0].candidates[0].sentences", hasItem("même date de naissance"));
    }

    @Test
    void theExplanationIsInTheOfficersLanguage() {
        String body = "{\"purpose\":\"Contrôle frontière\",\"name\":\"Iyad Ag Ghaly\",\"birthDate\":\"1958\"}";
        given().auth()
                .oauth2(Users.NE_BORDER)
                .contentType(ContentType.JSON)
                .header("Accept-Language", "en")
                .body(body)
                .post(SCREENINGS)
                .then()
                .statusCode(200)
                .body("results[0].candidates[0].referenceNumber", equalTo("QDi.316"))
                .body("results[0].candidates[0].sentences", hasItem("same year of birth (partial date)"))
                .body("results[0].candidates[0].sentences[-1]", startsWith("Possible match: close name"));
        given().auth()
                .oauth2(Users.NE_BORDER)
                .contentType(ContentType.JSON)
                .header("Accept-Language", "ar")
                .body(body)
                .post(SCREENINGS)
                .then()
                .statusCode(200)
                .body("results[0].candidates[0].referenceNumber", equalTo("QDi.316"))
                .body("results[0].candidates[0].sentences[-1]", startsWith("تطابق محتمل"));
        given().auth()
                .oauth2(Users.NE_BORDER)
                .contentType(ContentType.JSON)
                .body(body)
                .post(SCREENINGS)
                .then()
                .statusCode(200)
                .body("results[0].candidates[0].sentences[-1]", startsWith("Correspondance possible"));
        given().get("/q/openapi?format=json")
                .then()
                .statusCode(200)
                .body("components.schemas.Candidate.properties.sentences.type", equalTo("array"))
                .body(
                        "components.schemas.Result.properties.candidates.items.$ref",
                        equalTo("#/components/schemas/Candidate"));
    }

    @Test
    void screeningNeedsAPurposeAndIsAudited() {
        given().auth()
                .oauth2(Users.ML_FIU)
                .contentType(ContentType.JSON)
                .body("{\"name\":\"Iyad Ag Ghali\"}")
                .post(SCREENINGS)
                .then()
                .statusCode(400)
                .body("errors.field", hasItem("purpose"));
        given().auth()
                .oauth2(Users.ML_FIU)
                .contentType(ContentType.JSON)
                .body("{\"purpose\":\"x\",\"name\":\"a\",\"batch\":[{\"name\":\"b\"}]}")
                .post(SCREENINGS)
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("name"));
        given().auth()
                .oauth2(Users.G5_COORDINATOR)
                .contentType(ContentType.JSON)
                .body("{\"purpose\":\"x\",\"name\":\"a\"}")
                .post(SCREENINGS)
                .then()
                .statusCode(403);
        given().auth()
                .oauth2(Users.ML_FIU)
                .contentType(ContentType.JSON)
                .body("{\"purpose\":\"Vérification KYC dossier ML-KYC-77\",\"name\":\"Iyad Ag Ghali\"}")
                .post(SCREENINGS)
                .then()
                .statusCode(200);
        given().auth()
                .oauth2(Users.G5_AUDITOR)
                .get("/api/aml/v1/audit/accesses")
                .then()
                .statusCode(200)
                .body(
                        "items.find { it.purpose == 'Vérification KYC dossier ML-KYC-77' }.actorAgency",
                        equalTo("ML-FIU"));
    }

    @Test
    void aBatchOverTheLimitTheOpenApiPublishesIsRefusedWholeNamingIt() {
        StringBuilder batch = new StringBuilder("[");
        for (int name = 0; name <= ScreeningRequest.MAX_BATCH; name++) {
            batch.append(name == 0 ? "" : ",")
                    .append("{\"name\":\"Nom ")
                    .append(name)
                    .append("\"}");
        }
        given().auth()
                .oauth2(Users.ML_FIU)
                .contentType(ContentType.JSON)
                .body("{\"purpose\":\"Contrôle d’un fichier de clients\",\"batch\":" + batch + "]}")
                .post(SCREENINGS)
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", hasItem("batch"));
        given().get("/q/openapi?format=json")
                .then()
                .statusCode(200)
                .body(
                        "components.schemas.ScreeningRequest.properties.batch.maxItems",
                        equalTo(ScreeningRequest.MAX_BATCH));
    }
}

package org.g5sahel.pcms.aml.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The safeguards of an import: an older snapshot is refused unless the regional coordinator forces it with a reason
 * (audited); an import delisting more than 5 % of the entries in force answers its diff and needs the confirmation;
 * a dry run shows the diff and changes nothing; who may import which list.
 */
@QuarkusTest
class SanctionsImportSafeguardsTest {

    private static final String LISTS = "/api/aml/v1/sanctions-lists";
    private static final String UN_GENERATED = "dateGenerated=\"2026-01-28T00:00:11.197Z\"";

    @Inject
    EntityManager entityManager;

    @BeforeEach
    void unListInForce() {
        Users.ensureUnListImported();
    }

    private static String unList() {
        return new String(Users.resource(Users.UN_LIST), StandardCharsets.UTF_8);
    }

    @Test
    void anOlderUnSnapshotIsRefusedWithBothDatesUnlessTheRegionalCoordinatorForcesItWithAReason() {
        byte[] older = unList().replace(UN_GENERATED, "dateGenerated=\"2025-11-03T00:00:09.000Z\"")
                .getBytes(StandardCharsets.UTF_8);

        given().auth()
                .oauth2(Users.G5_COORDINATOR)
                .contentType(ContentType.XML)
                .header("Accept-Language", "en")
                .body(older)
                .post(LISTS + "/un/imports")
                .then()
                .statusCode(409)
                .contentType("application/problem+json")
                .body(
                        "detail",
                        allOf(containsString("2025-11-03T00:00:09Z"), containsString("2026-01-28T00:00:11.197Z")));
        given().auth()
                .oauth2(Users.G5_COORDINATOR)
                .contentType(ContentType.XML)
                .queryParam("dryRun", true)
                .body(older)
                .post(LISTS + "/un/imports")
                .then()
                .statusCode(200)
                .body("olderThanListInForce", equalTo(true))
                .body("fileGeneratedAt", equalTo("2025-11-03T00:00:09Z"))
                .body("listGeneratedAt", equalTo("2026-01-28T00:00:11.197Z"))
                .body("unchanged", equalTo(999));
        given().auth()
                .oauth2(Users.G5_COORDINATOR)
                .contentType(ContentType.XML)
                .queryParam("force", true)
                .body(older)
                .post(LISTS + "/un/imports")
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("Pcms-Force-Reason"));
        // An FIU may not import the regional list at all, let alone force it.
        given().auth()
                .oauth2(Users.ML_FIU)
                .contentType(ContentType.XML)
                .queryParam("force", true)
                .header("Pcms-Force-Reason", "test")
                .body(older)
                .post(LISTS + "/un/imports")
                .then()
                .statusCode(403);

        String reason = "Retour à l’instantané du 3 novembre : fichier du 28 janvier corrompu " + UUID.randomUUID();
        given().auth()
                .oauth2(Users.G5_COORDINATOR)
                .contentType(ContentType.XML)
                .queryParam("force", true)
                .header("Pcms-Force-Reason", URLEncoder.encode(reason, StandardCharsets.UTF_8))
                .body(older)
                .post(LISTS + "/un/imports")
                .then()
                .statusCode(201)
                .body("forcedReason", equalTo(reason))
                .body("generatedAt", equalTo("2025-11-03T00:00:09Z"))
                .body("unchanged", equalTo(999));
        List<?> audited = QuarkusTransaction.requiringNew()
                .call(() -> entityManager
                        .createNativeQuery(
                                "select actor_username, record_reference, outcome from audit_log where purpose = :reason")
                        .setParameter("reason", reason)
                        .getResultList());
        assertThat(audited).hasSize(1);
        assertThat((Object[]) audited.get(0))
                .containsExactly(
                        "g5-coordinator",
                        "UN",
                        "older list forced: file generated 2025-11-03T00:00:09Z, list in force generated 2026-01-28T00:00:11.197Z");
        given().auth()
                .oauth2(Users.NE_FIU)
                .get(LISTS)
                .then()
                .body("find { it.code == 'UN' }.generatedAt", equalTo("2025-11-03T00:00:09Z"));

        // The published file is newer than the forced snapshot: it goes in again without force.
        given().auth()
                .oauth2(Users.G5_COORDINATOR)
                .contentType(ContentType.XML)
                .body(Users.resource(Users.UN_LIST))
                .post(LISTS + "/un/imports")
                .then()
                .statusCode(201)
                .body("forcedReason", equalTo(null));
    }

    @Test
    void aFileDelistingMoreThanFivePercentAnswersItsDiffAndNeedsTheConfirmation() {
        String list = unList();
        // 60 of the 999 entries in force (6 %) missing from the file.
        StringBuilder cut = new StringBuilder(list);
        List<String> removed = new java.util.ArrayList<>();
        Matcher individual = Pattern.compile(
                        "<INDIVIDUAL>.*?<REFERENCE_NUMBER>([^<]+)</REFERENCE_NUMBER>.*?</INDIVIDUAL>", Pattern.DOTALL)
                .matcher(list);
        int removedChars = 0;
        while (removed.size() < 60 && individual.find()) {
            removed.add(individual.group(1));
            cut.delete(individual.start() - removedChars, individual.end() - removedChars);
            removedChars += individual.end() - individual.start();
        }
        byte[] file = cut.toString().getBytes(StandardCharsets.UTF_8);

        String confirmation = given().auth()
                .oauth2(Users.G5_COORDINATOR)
                .contentType(ContentType.XML)
                .queryParam("dryRun", true)
                .body(file)
                .post(LISTS + "/un/imports")
                .then()
                .statusCode(200)
                .body("delisted", hasSize(60))
                .body("delisted.referenceNumber", hasItems(removed.get(0), removed.get(59)))
                .body("delisted[0].primaryName", notNullValue())
                .body("added", hasSize(0))
                .body("amended", hasSize(0))
                .body("relisted", hasSize(0))
                .body("unchanged", equalTo(939))
                .body("activeInForce", equalTo(999))
                .body("maxDelistedShare", equalTo(0.05f))
                .body("confirmationRequired", equalTo(true))
                .extract()
                .path("confirmation");

        given().auth()
                .oauth2(Users.G5_COORDINATOR)
                .contentType(ContentType.XML)
                .header("Accept-Language", "en")
                .body(file)
                .post(LISTS + "/un/imports")
                .then()
                .statusCode(409)
                .contentType("application/problem+json")
                .body("type", equalTo("https://pcms.g5sahel.org/problems/conflict"))
                .body("detail", containsString("60 of the 999"))
                .body("diff.delisted", hasSize(60))
                .body("diff.confirmation", equalTo(confirmation));
        given().auth()
                .oauth2(Users.G5_COORDINATOR)
                .contentType(ContentType.XML)
                .queryParam("confirm", "0123456789abcdef")
                .body(file)
                .post(LISTS + "/un/imports")
                .then()
                .statusCode(409);
        given().auth()
                .oauth2(Users.NE_FIU)
                .get(LISTS)
                .then()
                .body("find { it.code == 'UN' }.activeEntries", equalTo(999));

        given().auth()
                .oauth2(Users.G5_COORDINATOR)
                .contentType(ContentType.XML)
                .queryParam("confirm", confirmation)
                .header("Idempotency-Key", "confirm-" + UUID.randomUUID())
                .body(file)
                .post(LISTS + "/un/imports")
                .then()
                .statusCode(201)
                .body("delisted", equalTo(60));
        given().auth()
                .oauth2(Users.NE_FIU)
                .get(LISTS + "/UN/entries/" + removed.get(0))
                .then()
                .body("entry.status", equalTo("DELISTED"));

        // The whole list again: relisting needs no confirmation.
        given().auth()
                .oauth2(Users.G5_COORDINATOR)
                .contentType(ContentType.XML)
                .body(Users.resource(Users.UN_LIST))
                .post(LISTS + "/un/imports")
                .then()
                .statusCode(201)
                .body("relisted", equalTo(60));
    }

    @Test
    void anEmptyNationalListNeedsTheSameConfirmation() {
        String code = "NE-GEL-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase(Locale.ROOT);
        String file = "{\"entries\":[{\"referenceNumber\":\"" + code + "-001\",\"kind\":\"ENTITY\","
                + "\"name\":\"Comptoir Tassara Transferts\"},{\"referenceNumber\":\"" + code + "-002\","
                + "\"kind\":\"INDIVIDUAL\",\"name\":\"Abdoulaye Ould Mahmoud\"}]}";
        given().auth()
                .oauth2(Users.NE_FIU)
                .contentType(ContentType.JSON)
                .body(file)
                .post(LISTS + "/" + code + "/imports")
                .then()
                .statusCode(201)
                .body("added", equalTo(2));

        String confirmation = given().auth()
                .oauth2(Users.NE_FIU)
                .contentType(ContentType.JSON)
                .queryParam("dryRun", true)
                .body("{\"entries\":[]}")
                .post(LISTS + "/" + code + "/imports")
                .then()
                .statusCode(200)
                .body("delisted.referenceNumber", hasItems(code + "-001", code + "-002"))
                .body("delistedShare", equalTo(1.0f))
                .body("confirmationRequired", equalTo(true))
                .extract()
                .path("confirmation");
        given().auth()
                .oauth2(Users.NE_FIU)
                .contentType(ContentType.JSON)
                .body("{\"entries\":[]}")
                .post(LISTS + "/" + code + "/imports")
                .then()
                .statusCode(409)
                .body("diff.delisted.referenceNumber", hasItem(code + "-002"));
        given().auth()
                .oauth2(Users.NE_FIU)
                .get(LISTS + "/" + code + "/entries")
                .then()
                .body("items.status", equalTo(List.of("ACTIVE", "ACTIVE")));
        given().auth()
                .oauth2(Users.NE_FIU)
                .contentType(ContentType.JSON)
                .queryParam("confirm", confirmation)
                .body("{\"entries\":[]}")
                .post(LISTS + "/" + code + "/imports")
                .then()
                .statusCode(201)
                .body("delisted", equalTo(2));
    }

    @Test
    void regionalListsAreTheRegionalCoordinatorsAndNationalListsTheirStatesFius() {
        byte[] un = Users.resource(Users.UN_LIST);
        byte[] eu = Users.resource("/sanctions/eu-fsf-2018-12-21-excerpt.xml");
        for (String refused : new String[] {Users.ML_FIU, Users.NE_FIU}) {
            given().auth()
                    .oauth2(refused)
                    .contentType(ContentType.XML)
                    .body(un)
                    .post(LISTS + "/un/imports")
                    .then()
                    .statusCode(403)
                    .contentType("application/problem+json");
            given().auth()
                    .oauth2(refused)
                    .contentType(ContentType.XML)
                    .body(eu)
                    .post(LISTS + "/EU-FSF/imports")
                    .then()
                    .statusCode(403);
        }
        for (String refused : new String[] {
            Users.ML_COORDINATOR,
            Users.ML_INVESTIGATOR,
            Users.NE_BORDER,
            Users.G5_AUDITOR,
            Users.INTERPOL,
            Users.PLATFORM_ADMIN
        }) {
            given().auth()
                    .oauth2(refused)
                    .contentType(ContentType.XML)
                    .body(eu)
                    .post(LISTS + "/EU-FSF/imports")
                    .then()
                    .statusCode(403);
        }
        given().contentType(ContentType.XML)
                .body(eu)
                .post(LISTS + "/EU-FSF/imports")
                .then()
                .statusCode(401);
        // The attempt to replace the regional list is recorded for its owner.
        List<Object> refused = QuarkusTransaction.requiringNew()
                .call(() -> entityManager
                        .createNativeQuery(
                                "select owner_agency from audit_log where actor_username = 'ne-fiu' and record_reference = 'UN'"
                                        + " and outcome = 'DENIED'")
                        .getResultList());
        assertThat(refused).isNotEmpty().containsOnly("G5-URC");

        // The regional coordinator does not import a State's national list.
        given().auth()
                .oauth2(Users.G5_COORDINATOR)
                .contentType(ContentType.JSON)
                .body("{\"entries\":[]}")
                .post(LISTS + "/ML-GEL-REGIONAL/imports")
                .then()
                .statusCode(403);
        // The platform administrator sees no operational content (DESIGN §1).
        given().auth().oauth2(Users.PLATFORM_ADMIN).get(LISTS).then().statusCode(403);
        given().auth()
                .oauth2(Users.PLATFORM_ADMIN)
                .get(LISTS + "/UN/entries")
                .then()
                .statusCode(403);
        given().auth()
                .oauth2(Users.PLATFORM_ADMIN)
                .contentType(ContentType.JSON)
                .body("{\"entries\":[]}")
                .post(LISTS + "/ML-GEL/imports")
                .then()
                .statusCode(403);
    }
}

package org.g5sahel.pcms.aml.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.Locale;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Sovereignty matrix of a national list (owned by the importing FIU, distribution G5): owner FIU, other agency of the
 * same State, other State, regional coordinator, partner, anonymous — for lists, entries, one entry, imports and
 * screening; only the owner imports into it.
 */
@QuarkusTest
class NationalListSovereigntyTest {

    private static final String LISTS = "/api/aml/v1/sanctions-lists";

    @Test
    void aNationalListIsSeenByTheG5AndNotByPartnersAndImportedByItsFiuOnly() {
        String code = "ML-GEL-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase(Locale.ROOT);
        String file = "{\"entries\":[{\"referenceNumber\":\"" + code + "-001\",\"kind\":\"INDIVIDUAL\","
                + "\"name\":\"Hamadoun Ould Cheikhna\",\"aliases\":[{\"name\":\"Hamadou Ould Checkna\",\"quality\":\"GOOD\"}],"
                + "\"birthDates\":[\"1981\"],\"nationalities\":[\"ML\"],\"documents\":[]}]}";
        given().auth()
                .oauth2(Users.NE_FIU)
                .contentType(ContentType.JSON)
                .body(file)
                .post(LISTS + "/" + code + "/imports")
                .then()
                .statusCode(403)
                .contentType("application/problem+json");
        given().auth()
                .oauth2(Users.ML_INVESTIGATOR)
                .contentType(ContentType.JSON)
                .body(file)
                .post(LISTS + "/" + code + "/imports")
                .then()
                .statusCode(403);
        given().contentType(ContentType.JSON)
                .body(file)
                .post(LISTS + "/" + code + "/imports")
                .then()
                .statusCode(401);
        given().auth()
                .oauth2(Users.ML_FIU)
                .contentType(ContentType.JSON)
                .body(file)
                .queryParam("name", "Gel national")
                .post(LISTS + "/" + code + "/imports")
                .then()
                .statusCode(201);
        // Once created, the list stays the importing FIU's: another FIU cannot overwrite it.
        given().auth()
                .oauth2(Users.NE_FIU)
                .contentType(ContentType.JSON)
                .body(file)
                .post(LISTS + "/" + code + "/imports")
                .then()
                .statusCode(403);

        String entry = LISTS + "/" + code + "/entries/" + code + "-001";
        for (String member : new String[] {
            Users.ML_FIU,
            Users.ML_INVESTIGATOR,
            Users.ML_ANALYST,
            Users.ML_COORDINATOR,
            Users.NE_FIU,
            Users.NE_BORDER,
            Users.G5_COORDINATOR,
            Users.G5_AUDITOR
        }) {
            given().auth().oauth2(member).get(LISTS).then().statusCode(200).body("code", hasItem(code));
            given().auth()
                    .oauth2(member)
                    .get(LISTS + "/" + code + "/entries")
                    .then()
                    .statusCode(200)
                    .body("items.referenceNumber", equalTo(java.util.List.of(code + "-001")));
            given().auth()
                    .oauth2(member)
                    .get(entry)
                    .then()
                    .statusCode(200)
                    .body("entry.primaryName", equalTo("Hamadoun Ould Cheikhna"));
            given().auth()
                    .oauth2(member)
                    .get(LISTS + "/" + code + "/imports")
                    .then()
                    .statusCode(200);
        }
        given().auth().oauth2(Users.INTERPOL).get(LISTS).then().statusCode(200).body("code", not(hasItem(code)));
        given().auth()
                .oauth2(Users.INTERPOL)
                .get(LISTS + "/" + code + "/entries")
                .then()
                .statusCode(404);
        given().auth().oauth2(Users.INTERPOL).get(entry).then().statusCode(404);
        given().auth()
                .oauth2(Users.INTERPOL)
                .get(LISTS + "/" + code + "/imports")
                .then()
                .statusCode(404);
        given().get(LISTS).then().statusCode(401);
        given().get(entry).then().statusCode(401);

        // Screening by another State's border officer finds the Malian designation.
        given().auth()
                .oauth2(Users.NE_BORDER)
                .contentType(ContentType.JSON)
                .body("{\"purpose\":\"Contrôle frontière Assamaka\",\"name\":\"Hamadou Ould Cheikna\"}")
                .post("/api/aml/v1/screenings")
                .then()
                .statusCode(200)
                .body("results[0].candidates.referenceNumber", hasItem(code + "-001"));
    }

    @Test
    void aListAStateKeepsToItselfGivesOtherStatesAHiddenHitTheyCanAskItsFiuAbout() {
        String code = "ML-GEL-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase(Locale.ROOT);
        String file = "{\"entries\":[{\"referenceNumber\":\"" + code + "-001\",\"kind\":\"INDIVIDUAL\","
                + "\"name\":\"Abdoulaye Ag Mossa\",\"aliases\":[],\"birthDates\":[\"1977\"],"
                + "\"nationalities\":[\"ML\"],\"documents\":[]}]}";
        given().auth()
                .oauth2(Users.ML_FIU)
                .contentType(ContentType.JSON)
                .body(file)
                .queryParam("name", "Gel provisoire")
                .queryParam("distribution", "NATIONAL")
                .post(LISTS + "/" + code + "/imports")
                .then()
                .statusCode(201);
        given().auth()
                .oauth2(Users.NE_FIU)
                .get(LISTS + "/" + code + "/entries")
                .then()
                .statusCode(404);

        String listId = given().auth()
                .oauth2(Users.NE_FIU)
                .contentType(ContentType.JSON)
                .body("{\"purpose\":\"Déclaration de soupçon NE-STR\",\"name\":\"Abdoulaye Ag Moussa\"}")
                .post("/api/aml/v1/screenings")
                .then()
                .statusCode(200)
                .body("results[0].candidates.referenceNumber", not(hasItem(code + "-001")))
                .body("results[0].hiddenHits[0].ownerAgency", equalTo("ML-FIU"))
                .body("results[0].hiddenHits[0].status", equalTo("LISTED"))
                .body("results[0].hiddenHits[0].recordType", equalTo("sanctions-list"))
                .body("results[0].hiddenHits[0].contact.agency", equalTo("ML-FIU"))
                .body("results[0].hiddenHits[0].contact.deskPhone", equalTo("+22320230000"))
                .extract()
                .path("results[0].hiddenHits[0].reference");
        String request = given().auth()
                .oauth2(Users.NE_FIU)
                .contentType(ContentType.JSON)
                .body(java.util.Map.of(
                        "recordId",
                        listId,
                        "purpose",
                        "Même personne dans une déclaration de soupçon",
                        "legalBasis",
                        "Directive UEMOA 2023 LBC/FT, art. 78"))
                .post("/api/aml/v1/access-requests")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        given().auth()
                .oauth2(Users.ML_FIU)
                .contentType(ContentType.JSON)
                .body(java.util.Map.of("grant", false, "reason", "Gel en cours de notification"))
                .post("/api/aml/v1/access-requests/" + request + "/decision")
                .then()
                .statusCode(200)
                .body("status", equalTo("DECLINED"));
        given().auth()
                .oauth2(Users.NE_FIU)
                .get(LISTS + "/" + code + "/entries")
                .then()
                .statusCode(404);
        // The Malian FIU's compatriots read their State's list; a bystander's screening reveals nothing of it.
        given().auth()
                .oauth2(Users.ML_INVESTIGATOR)
                .get(LISTS + "/" + code + "/entries")
                .then()
                .statusCode(200);
    }
}

package org.g5sahel.pcms.aml.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.not;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Freezes, seizures and confiscations: validation, the status life with its history, and their sovereignty. */
@QuarkusTest
class AssetMeasureResourceTest {

    private static final String MEASURES = "/api/aml/v1/asset-measures";

    @Inject
    EntityManager entityManager;

    @Test
    void badValuesCurrenciesAndReportsAreRefusedWithNothingWritten() {
        long before = count();
        given().auth()
                .oauth2(Users.ML_FIU)
                .contentType(ContentType.JSON)
                .header("Accept-Language", "en")
                .body(measure("FREEZE", "-5", "\"XOF\"", null))
                .post(MEASURES)
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", equalTo(List.of("value")))
                .body("errors[0].message", equalTo("An amount cannot be negative."));
        given().auth()
                .oauth2(Users.ML_FIU)
                .contentType(ContentType.JSON)
                .body(measure("FREEZE", "1000", "\"ABC\"", null))
                .post(MEASURES)
                .then()
                .statusCode(400)
                .body("errors.field", equalTo(List.of("currency")));
        given().auth()
                .oauth2(Users.ML_FIU)
                .contentType(ContentType.JSON)
                .body(measure("FREEZE", "1000", "null", null))
                .post(MEASURES)
                .then()
                .statusCode(400)
                .body("errors.field", equalTo(List.of("currency")));
        given().auth()
                .oauth2(Users.ML_FIU)
                .contentType(ContentType.JSON)
                .body(measure("FREEZE", "1000", "\"XOF\"", UUID.randomUUID().toString()))
                .post(MEASURES)
                .then()
                .statusCode(400)
                .body("errors.field", equalTo(List.of("reportId")));
        given().auth()
                .oauth2(Users.ML_FIU)
                .contentType(ContentType.JSON)
                .body(measure("CONFISCATE", "1000", "\"XOF\"", null))
                .post(MEASURES)
                .then()
                .statusCode(400)
                .contentType("application/problem+json");
        given().auth()
                .oauth2(Users.ML_FIU)
                .contentType(ContentType.JSON)
                .body(measure("FREEZE", "1000", "\"XOF\"", null)
                        .replace("\"legalBasis\":\"Loi uniforme LBC/FT, art. 100\",", ""))
                .post(MEASURES)
                .then()
                .statusCode(400)
                .contentType("application/problem+json");
        // A report of another FIU cannot be linked, even by someone who guessed its id.
        String neReport = given().auth()
                .oauth2(Users.NE_FIU)
                .contentType(ContentType.JSON)
                .body(ReportResourceTest.report("XOF", "10", "s1").replace("NE-REF", "NE-REF-" + UUID.randomUUID()))
                .post("/api/aml/v1/reports")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        given().auth()
                .oauth2(Users.ML_FIU)
                .contentType(ContentType.JSON)
                .body(measure("FREEZE", "1000", "\"XOF\"", neReport))
                .post(MEASURES)
                .then()
                .statusCode(400)
                .body("errors.field", equalTo(List.of("reportId")));
        given().auth()
                .oauth2(Users.ML_INVESTIGATOR)
                .contentType(ContentType.JSON)
                .body(measure("FREEZE", "1000", "\"XOF\"", null))
                .post(MEASURES)
                .then()
                .statusCode(403);
        assertThat(count()).isEqualTo(before);
    }

    @Test
    void aConfiscationIsExecutedThenEnforcedWithEveryStepInTheHistoryAndNoWayBack() {
        String report = given().auth()
                .oauth2(Users.ML_FIU)
                .contentType(ContentType.JSON)
                .body(ReportResourceTest.report("XOF", "10", "s1").replace("NE-REF", "ML-REF-" + UUID.randomUUID()))
                .post("/api/aml/v1/reports")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        ExtractableResponse<Response> created = given().auth()
                .oauth2(Users.ML_FIU)
                .contentType(ContentType.JSON)
                .header("Idempotency-Key", UUID.randomUUID().toString())
                .body(measure("CONFISCATION", "25000000.50", "\"XOF\"", report))
                .post(MEASURES)
                .then()
                .statusCode(201)
                .body("reference", org.hamcrest.Matchers.matchesPattern("^ML-CONFISCATION-\\d{4}-\\d{6}$"))
                .body("status", equalTo("ORDERED"))
                .body("value", equalTo(25000000.50f))
                .body("currency", equalTo("XOF"))
                .body("reportId", equalTo(report))
                .body("sharing.distribution", equalTo("AGENCY"))
                .body("sharing.ownerAgency", equalTo("ML-FIU"))
                .body("history.status", equalTo(List.of("ORDERED")))
                .body("history[0].changedBy", equalTo("ml-fiu"))
                .extract();
        String path = MEASURES + "/" + created.path("id");
        String etag = created.header("ETag");

        given().auth()
                .oauth2(Users.ML_FIU)
                .contentType(ContentType.JSON)
                .body("{\"status\":\"EXECUTED\",\"note\":\"x\"}")
                .post(path + "/status")
                .then()
                .statusCode(428);
        given().auth()
                .oauth2(Users.ML_FIU)
                .contentType(ContentType.JSON)
                .header("If-Match", etag)
                .body("{\"status\":\"ENFORCED\",\"note\":\"trop tôt\"}")
                .post(path + "/status")
                .then()
                .statusCode(409)
                .contentType("application/problem+json");
        given().auth()
                .oauth2(Users.ML_FIU)
                .contentType(ContentType.JSON)
                .header("If-Match", etag)
                .body("{\"status\":\"EXECUTED\"}")
                .post(path + "/status")
                .then()
                .statusCode(400);
        etag = given().auth()
                .oauth2(Users.ML_FIU)
                .contentType(ContentType.JSON)
                .header("If-Match", etag)
                .body("{\"status\":\"EXECUTED\",\"note\":\"Fonds bloqués par la banque le 12/03\"}")
                .post(path + "/status")
                .then()
                .statusCode(200)
                .body("status", equalTo("EXECUTED"))
                .extract()
                .header("ETag");
        etag = given().auth()
                .oauth2(Users.ML_FIU)
                .contentType(ContentType.JSON)
                .header("If-Match", etag)
                .body("{\"status\":\"ENFORCED\",\"note\":\"Jugement définitif, fonds acquis au Trésor\"}")
                .post(path + "/status")
                .then()
                .statusCode(200)
                .extract()
                .header("ETag");
        given().auth()
                .oauth2(Users.ML_FIU)
                .contentType(ContentType.JSON)
                .header("If-Match", etag)
                .body("{\"status\":\"LIFTED\",\"note\":\"retour\"}")
                .post(path + "/status")
                .then()
                .statusCode(409);

        given().auth()
                .oauth2(Users.ML_FIU)
                .get(path)
                .then()
                .statusCode(200)
                .body("history.status", equalTo(List.of("ORDERED", "EXECUTED", "ENFORCED")))
                .body("history[2].note", equalTo("Jugement définitif, fonds acquis au Trésor"))
                .body("history.changedBy", equalTo(List.of("ml-fiu", "ml-fiu", "ml-fiu")));
        given().auth()
                .oauth2(Users.ML_FIU)
                .queryParam("reportId", report)
                .get(MEASURES)
                .then()
                .statusCode(200)
                .body("items.id", equalTo(List.of(created.path("id").toString())));
    }

    @Test
    void aFreezeIsSeenAndMovedByItsFiuOnly() {
        ExtractableResponse<Response> created = given().auth()
                .oauth2(Users.ML_FIU)
                .contentType(ContentType.JSON)
                .body(measure("FREEZE", "1000", "\"EUR\"", null))
                .post(MEASURES)
                .then()
                .statusCode(201)
                .extract();
        String id = created.path("id");
        String path = MEASURES + "/" + id;
        given().auth()
                .oauth2(Users.ML_FIU)
                .queryParam("limit", 200)
                .get(MEASURES)
                .then()
                .statusCode(200)
                .body("items.id", hasItem(id));
        for (String outsider : new String[] {
            Users.ML_INVESTIGATOR,
            Users.ML_ANALYST,
            Users.ML_COORDINATOR,
            Users.NE_FIU,
            Users.G5_COORDINATOR,
            Users.INTERPOL
        }) {
            given().auth().oauth2(outsider).get(path).then().statusCode(404);
            given().auth()
                    .oauth2(outsider)
                    .queryParam("limit", 200)
                    .get(MEASURES)
                    .then()
                    .statusCode(200)
                    .body("items.id", not(hasItem(id)));
        }
        given().auth()
                .oauth2(Users.NE_FIU)
                .contentType(ContentType.JSON)
                .header("If-Match", created.header("ETag"))
                .body("{\"status\":\"LIFTED\",\"note\":\"x\"}")
                .post(path + "/status")
                .then()
                .statusCode(404);
        given().get(path).then().statusCode(401);
        given().auth().oauth2(Users.NE_BORDER).get(MEASURES).then().statusCode(403);
        given().auth().oauth2(Users.G5_AUDITOR).get(path).then().statusCode(403);

        // Shared nationally by its owner: Mali's other agencies read it, but only the FIU moves it.
        String shared = given().auth()
                .oauth2(Users.ML_FIU)
                .contentType(ContentType.JSON)
                .body(measure("SEIZURE", "3500000", "\"XOF\"", null)
                        .replace("}", ",\"sharing\":{\"distribution\":\"NATIONAL\"}}"))
                .post(MEASURES)
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        given().auth()
                .oauth2(Users.ML_INVESTIGATOR)
                .get(MEASURES + "/" + shared)
                .then()
                .statusCode(200)
                .body("sharing.distribution", equalTo("NATIONAL"));
        given().auth().oauth2(Users.NE_FIU).get(MEASURES + "/" + shared).then().statusCode(404);
        given().auth()
                .oauth2(Users.ML_COORDINATOR)
                .queryParam("recordId", shared)
                .get("/api/aml/v1/audit/accesses")
                .then()
                .statusCode(200)
                .body("items.actorAgency", hasItems("ML-CT"));
    }

    private long count() {
        return QuarkusTransaction.requiringNew()
                .call(() -> ((Number) entityManager
                                .createNativeQuery("select count(*) from asset_measure")
                                .getSingleResult())
                        .longValue());
    }

    static String measure(String kind, String value, String currency, String reportId) {
        return "{\"kind\":\"" + kind + "\",\"assetKind\":\"BANK_ACCOUNT\","
                + "\"assetDescription\":\"Compte 000123456789, Banque Atlantique Mali\",\"holderName\":\"Moussa Ag Assarid\","
                + "\"value\":" + value + ",\"currency\":" + currency + ","
                + "\"legalBasis\":\"Loi uniforme LBC/FT, art. 100\",\"orderingAuthority\":\"Pôle judiciaire spécialisé, Bamako\","
                + "\"orderedOn\":\"2026-03-10\",\"reportId\":" + (reportId == null ? "null" : "\"" + reportId + "\"")
                + "}";
    }
}

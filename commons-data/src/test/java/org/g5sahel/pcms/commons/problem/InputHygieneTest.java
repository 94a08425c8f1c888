package org.g5sahel.pcms.commons.problem;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.util.UUID;
import org.g5sahel.pcms.commons.testing.TestTokens;
import org.junit.jupiter.api.Test;

/**
 * Bad input answers a problem that says what to fix: typed query parameters, oversized bodies, unknown fields and
 * values, the If-Match wildcard; and partial updates by merge patch keep what they do not name.
 */
@QuarkusTest
class InputHygieneTest {

    private static final String RECORDS = "/api/commonstest/v1/test-records";
    private static final String INVESTIGATOR = TestTokens.forUser("ne-investigator", "NE-OCRTIS", "investigator");
    private static final String VALIDATION_FAILED = "https://pcms.g5sahel.org/problems/validation-failed";
    private static final String MALFORMED = "https://pcms.g5sahel.org/problems/malformed-request";

    @Test
    void aLimitThatIsNotAnIntegerIsABadRequestNamingIt() {
        for (String limit : new String[] {"abc", "9999999999999999999"}) {
            given().auth()
                    .oauth2(INVESTIGATOR)
                    .queryParam("batch", "b")
                    .queryParam("limit", limit)
                    .get(RECORDS)
                    .then()
                    .statusCode(400)
                    .contentType("application/problem+json")
                    .body("type", equalTo(VALIDATION_FAILED))
                    .body("errors[0].field", equalTo("limit"))
                    .body("detail", equalTo("Le paramètre limit doit être un nombre entier."));
        }
        given().auth()
                .oauth2(INVESTIGATOR)
                .header("Accept-Language", "en")
                .queryParam("limit", "abc")
                .get(RECORDS)
                .then()
                .statusCode(400)
                .body("detail", equalTo("The parameter limit must be an integer."));
    }

    @Test
    void anUnknownEnumInAQueryParameterNamesTheParameterAndTheAllowedValues() {
        given().auth()
                .oauth2(INVESTIGATOR)
                .header("Accept-Language", "en")
                .queryParam("distribution", "BOGUS")
                .get(RECORDS)
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("type", equalTo(VALIDATION_FAILED))
                .body("errors[0].field", equalTo("distribution"))
                .body("detail", containsString("distribution"))
                .body("detail", containsString("AGENCY, NATIONAL"));
        given().auth()
                .oauth2(INVESTIGATOR)
                .queryParam("distribution", "national")
                .queryParam("batch", "none")
                .get(RECORDS)
                .then()
                .statusCode(200);
    }

    @Test
    void aBodyOverTheLimitIsAProblemNotAnEmpty413() {
        String label = "x".repeat(70 * 1024);
        given().auth()
                .oauth2(INVESTIGATOR)
                .contentType(ContentType.JSON)
                .body("{\"label\":\"" + label + "\",\"batch\":\"b\",\"sharing\":{\"distribution\":\"AGENCY\"}}")
                .post(RECORDS)
                .then()
                .statusCode(413)
                .contentType("application/problem+json")
                .header("Content-Language", "fr")
                .body("type", equalTo("https://pcms.g5sahel.org/problems/payload-too-large"))
                .body("title", equalTo("Requête trop volumineuse"))
                .body("status", equalTo(413))
                .body("detail", containsString("65"));
        given().auth()
                .oauth2(INVESTIGATOR)
                .header("Accept-Language", "en")
                .contentType(ContentType.JSON)
                .body("{\"label\":\"" + label + "\"}")
                .post(RECORDS)
                .then()
                .statusCode(413)
                .body("title", equalTo("Payload too large"));
    }

    @Test
    void anUnknownFieldIsRefusedByItsPath() {
        given().auth()
                .oauth2(INVESTIGATOR)
                .header("Accept-Language", "en")
                .contentType(ContentType.JSON)
                .body("{\"label\":\"x\",\"batch\":\"b\",\"sharing\":{\"distribution\":\"AGENCY\",\"priority\":1}}")
                .post(RECORDS)
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("type", equalTo(MALFORMED))
                .body("errors[0].field", equalTo("sharing.priority"))
                .body("detail", containsString("sharing.priority"));
        given().auth()
                .oauth2(INVESTIGATOR)
                .contentType(ContentType.JSON)
                .body("{\"label\":\"x\",\"colour\":\"red\",\"batch\":\"b\",\"sharing\":{\"distribution\":\"AGENCY\"}}")
                .post(RECORDS)
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("colour"))
                .body("detail", containsString("Le champ colour n’existe pas"));
    }

    @Test
    void anUnknownEnumInTheBodyNamesTheFieldAndTheAllowedValues() {
        given().auth()
                .oauth2(INVESTIGATOR)
                .header("Accept-Language", "en")
                .contentType(ContentType.JSON)
                .body("{\"label\":\"x\",\"batch\":\"b\",\"sharing\":{\"distribution\":\"EVERYONE\"}}")
                .post(RECORDS)
                .then()
                .statusCode(400)
                .body("type", equalTo(MALFORMED))
                .body("errors[0].field", equalTo("sharing.distribution"))
                .body(
                        "detail",
                        equalTo("The field sharing.distribution takes one of: "
                                + "AGENCY, NATIONAL, SELECTED, G5, PARTNERS."))
                .body(org.hamcrest.Matchers.not(containsString("java.")));
    }

    @Test
    void theIfMatchWildcardIsRefusedForAPreciseVersion() {
        Response created = create("wildcard");
        String id = created.jsonPath().getString("id");
        given().auth()
                .oauth2(INVESTIGATOR)
                .header("If-Match", "*")
                .contentType(ContentType.JSON)
                .body("{\"label\":\"overwritten\",\"batch\":\"b\"}")
                .put(RECORDS + "/" + id)
                .then()
                .statusCode(428)
                .contentType("application/problem+json")
                .body("type", equalTo("https://pcms.g5sahel.org/problems/precondition-required"))
                .body("detail", containsString("If-Match: *"));
        given().auth()
                .oauth2(INVESTIGATOR)
                .header("If-Match", created.header("ETag"))
                .contentType(ContentType.JSON)
                .body("{\"label\":\"replaced\",\"batch\":\"b\"}")
                .put(RECORDS + "/" + id)
                .then()
                .statusCode(200)
                .body("label", equalTo("replaced"));
    }

    @Test
    void aMergePatchChangesWhatItNamesAndKeepsTheRest() {
        Response created = create("before");
        String record = RECORDS + "/" + created.jsonPath().getString("id");
        String batch = created.jsonPath().getString("batch");
        Response patched = patch(record, created.header("ETag"), "{\"label\":\"after\"}");
        patched.then().statusCode(200).body("label", equalTo("after")).body("batch", equalTo(batch));
        patch(record, created.header("ETag"), "{\"label\":\"stale\"}").then().statusCode(412);
        patch(record, "*", "{\"label\":\"any\"}").then().statusCode(428);
        patch(record, null, "{\"label\":\"any\"}").then().statusCode(428);
        patch(record, patched.header("ETag"), "{\"batch\":null}")
                .then()
                .statusCode(400)
                .body("type", equalTo(VALIDATION_FAILED))
                .body("errors[0].field", equalTo("batch"));
        patch(record, patched.header("ETag"), "{\"colour\":\"red\"}")
                .then()
                .statusCode(400)
                .body("type", equalTo(MALFORMED))
                .body("errors[0].field", equalTo("colour"));
        patch(record, patched.header("ETag"), "[\"label\"]")
                .then()
                .statusCode(400)
                .body("type", equalTo(MALFORMED));
    }

    private static Response create(String label) {
        String body = "{\"label\":\"" + label + "\",\"batch\":\"" + UUID.randomUUID()
                + "\",\"sharing\":{\"distribution\":\"AGENCY\"}}";
        Response created = given().auth()
                .oauth2(INVESTIGATOR)
                .contentType(ContentType.JSON)
                .body(body)
                .post(RECORDS);
        created.then().statusCode(201);
        return created;
    }

    private static Response patch(String record, String ifMatch, String body) {
        var request = given().auth()
                .oauth2(INVESTIGATOR)
                .contentType("application/merge-patch+json")
                .body(body);
        if (ifMatch != null) {
            request.header("If-Match", ifMatch);
        }
        return request.patch(record);
    }
}

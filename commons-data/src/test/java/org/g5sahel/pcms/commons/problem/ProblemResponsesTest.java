package org.g5sahel.pcms.commons.problem;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.g5sahel.pcms.commons.testing.TestTokens;
import org.junit.jupiter.api.Test;

/** Every error path answers RFC 9457 problem+json in the caller's language, without internals. */
@QuarkusTest
class ProblemResponsesTest {

    private static final String RECORDS = "/api/commonstest/v1/test-records";
    private static final String INVESTIGATOR = TestTokens.forUser("ne-investigator", "NE-OCRTIS", "investigator");

    @Test
    void noTokenIsUnauthenticated() {
        given().get(RECORDS)
                .then()
                .statusCode(401)
                .contentType("application/problem+json")
                .header("WWW-Authenticate", "Bearer")
                .body("type", equalTo("https://pcms.g5sahel.org/problems/unauthenticated"))
                .body("title", equalTo("Authentification requise"))
                .body("status", equalTo(401));
    }

    @Test
    void garbageTokenIsUnauthenticated() {
        given().auth()
                .oauth2("not.a.token")
                .get(RECORDS)
                .then()
                .statusCode(401)
                .contentType("application/problem+json");
    }

    @Test
    void tokenWithoutStateAndAgencyIsRefusedWithAClearProblem() {
        String token = TestTokens.claims("someone", null, null, "investigator").sign(TestTokens.privateKey());
        given().auth()
                .oauth2(token)
                .header("Accept-Language", "en")
                .get(RECORDS)
                .then()
                .statusCode(403)
                .body("type", equalTo("https://pcms.g5sahel.org/problems/missing-identity-claims"))
                .body("detail", containsString("pcms_state"));
    }

    @Test
    void tokenWhoseAgencyIsNotOfItsStateIsRefused() {
        String token =
                TestTokens.claims("someone", "ML", "NE-OCRTIS", "investigator").sign(TestTokens.privateKey());
        given().auth()
                .oauth2(token)
                .get(RECORDS)
                .then()
                .statusCode(403)
                .body("type", equalTo("https://pcms.g5sahel.org/problems/missing-identity-claims"));
    }

    @Test
    void officerOfAnIdentityProviderAssertingAnotherAgencyIsUnauthenticated() {
        String token = TestTokens.claims("ne-police.rogue", "NE", "NE-POLICE", "investigator")
                .claim("pcms_identity_provider", "ne-police")
                .claim("pcms_asserted_agency", "ML-POLICE")
                .sign(TestTokens.privateKey());
        given().auth()
                .oauth2(token)
                .header("Accept-Language", "en")
                .get(RECORDS)
                .then()
                .statusCode(401)
                .contentType("application/problem+json")
                .body("type", equalTo("https://pcms.g5sahel.org/problems/identity-provider-mismatch"))
                .body("detail", containsString("ne-police"))
                .body("detail", containsString("ML-POLICE"));
    }

    @Test
    void officerOfAnIdentityProviderAssertingNoAgencyIsUnauthenticated() {
        String token = TestTokens.claims("ml-gendarmerie.someone", "ML", "ML-GENDARMERIE", "investigator")
                .claim("pcms_identity_provider", "ml-gendarmerie")
                .sign(TestTokens.privateKey());
        given().auth()
                .oauth2(token)
                .header("Accept-Language", "fr")
                .get(RECORDS)
                .then()
                .statusCode(401)
                .body("type", equalTo("https://pcms.g5sahel.org/problems/identity-provider-mismatch"))
                .body("detail", containsString("n’a pas indiqué votre agence"));
    }

    @Test
    void officerOfAnIdentityProviderAssertingItsOwnAgencyIsServed() {
        String token = TestTokens.claims("ne-police.agent", "NE", "NE-POLICE", "investigator")
                .claim("pcms_identity_provider", "ne-police")
                .claim("pcms_asserted_agency", "NE-POLICE")
                .sign(TestTokens.privateKey());
        given().auth().oauth2(token).get(RECORDS).then().statusCode(200);
    }

    @Test
    void wrongRoleIsForbidden() {
        given().auth()
                .oauth2(TestTokens.forUser("ne-analyst", "NE-POLICE", "analyst"))
                .get(RECORDS)
                .then()
                .statusCode(403)
                .body("type", equalTo("https://pcms.g5sahel.org/problems/forbidden"));
    }

    @Test
    void validationErrorsNameTheFieldsInTheCallersLanguage() {
        String body =
                "{\"label\":\"\",\"batch\":\"b\",\"sharing\":{\"distribution\":\"SELECTED\",\"sharedWith\":[\"ml\"]}}";
        given().auth()
                .oauth2(INVESTIGATOR)
                .header("Accept-Language", "en-GB,en;q=0.8")
                .contentType(ContentType.JSON)
                .body(body)
                .post(RECORDS)
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .header("Content-Language", "en")
                .body("type", equalTo("https://pcms.g5sahel.org/problems/validation-failed"))
                .body("title", equalTo("The request is not valid"))
                .body("errors.field", hasItem("label"))
                .body("errors.field", hasItem("sharing.sharedWith[0]"));
        given().auth()
                .oauth2(INVESTIGATOR)
                .header("Accept-Language", "fr")
                .contentType(ContentType.JSON)
                .body(body)
                .post(RECORDS)
                .then()
                .statusCode(400)
                .body("title", equalTo("La requête n’est pas valide"));
    }

    @Test
    void arabicOnRequestForTheProblemAndTheValidatorsMessages() {
        String body = "{\"label\":\"\",\"batch\":\"b\",\"sharing\":{\"distribution\":\"AGENCY\"}}";
        given().auth()
                .oauth2(INVESTIGATOR)
                .header("Accept-Language", "ar")
                .contentType(ContentType.JSON)
                .body(body)
                .post(RECORDS)
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .header("Content-Language", "ar")
                .body("title", equalTo("الطلب غير صالح"))
                .body("detail", equalTo("حقل واحد غير صالح؛ انظر errors."))
                .body("errors[0].field", equalTo("label"))
                .body("errors[0].message", equalTo("لا يمكن أن تكون فارغة"));
    }

    @Test
    void arabicFirstIsArabicEvenWhenFrenchIsAccepted() {
        given().header("Accept-Language", "ar, fr;q=0.5")
                .get(RECORDS)
                .then()
                .statusCode(401)
                .header("Content-Language", "ar")
                .body("title", equalTo("المصادقة مطلوبة"));
    }

    @Test
    void domainRulesAnswerFieldErrorsToo() {
        String body = "{\"label\":\"x\",\"batch\":\"b\",\"sharing\":{\"distribution\":\"SELECTED\"}}";
        given().auth()
                .oauth2(INVESTIGATOR)
                .header("Accept-Language", "en")
                .contentType(ContentType.JSON)
                .body(body)
                .post(RECORDS)
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("sharedWith"))
                .body("errors[0].message", containsString("at least one"));
    }

    @Test
    void aNulCharacterInAStringIsMalformedInputNotADatabaseFailure() {
        given().auth()
                .oauth2(INVESTIGATOR)
                .contentType(ContentType.JSON)
                .body("{\"label\":\"a\\u0000b\",\"batch\":\"b\",\"sharing\":{\"distribution\":\"AGENCY\"}}")
                .post(RECORDS)
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("type", equalTo("https://pcms.g5sahel.org/problems/malformed-request"));
    }

    @Test
    void malformedJsonIsAProblemWithoutInternals() {
        given().auth()
                .oauth2(INVESTIGATOR)
                .contentType(ContentType.JSON)
                .body("{\"label\": ")
                .post(RECORDS)
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("type", equalTo("https://pcms.g5sahel.org/problems/malformed-request"))
                .body(not(containsString("jackson")))
                .body(not(containsString("Exception")));
        given().auth()
                .oauth2(INVESTIGATOR)
                .contentType(ContentType.JSON)
                .body("{\"label\":\"x\",\"batch\":\"b\",\"sharing\":{\"distribution\":\"EVERYONE\"}}")
                .post(RECORDS)
                .then()
                .statusCode(400)
                .body("type", equalTo("https://pcms.g5sahel.org/problems/malformed-request"));
    }

    @Test
    void wrongMediaTypeAndUnknownPathsAreProblems() {
        given().auth()
                .oauth2(INVESTIGATOR)
                .contentType(ContentType.XML)
                .body("<x/>")
                .post(RECORDS)
                .then()
                .statusCode(415)
                .contentType("application/problem+json");
        given().auth()
                .oauth2(INVESTIGATOR)
                .get("/api/commonstest/v1/nothing-here")
                .then()
                .statusCode(404)
                .contentType("application/problem+json");
    }
}

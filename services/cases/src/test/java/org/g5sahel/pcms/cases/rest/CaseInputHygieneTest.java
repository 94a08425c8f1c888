package org.g5sahel.pcms.cases.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The cases API refuses what it would otherwise drop or misread, and updates part of a case by merge patch. */
@QuarkusTest
class CaseInputHygieneTest {

    /** REST Assured would otherwise send a media type it does not know in ISO-8859-1. */
    private static final String MERGE_PATCH = "application/merge-patch+json; charset=UTF-8";

    @Test
    void anUnknownFieldOfASubjectIsRefusedByItsPath() {
        String id = Cases.openCase(Users.ML_INVESTIGATOR, null);
        Cases.addSubject(Users.ML_INVESTIGATOR, id, """
                {"kind":"PERSON","role":"SUSPECT","person":{"nameLatin":"Moussa Diallo","phone":"+22370000000"}}""")
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("type", equalTo("https://pcms.g5sahel.org/problems/malformed-request"))
                .body("errors[0].field", equalTo("person.phone"));
        Cases.addSubject(Users.ML_INVESTIGATOR, id, """
                {"kind":"ALIEN","role":"SUSPECT","person":{"nameLatin":"Moussa Diallo"}}""")
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("kind"))
                .body("detail", containsString("PERSON"));
    }

    @Test
    void anUnknownStatusFilterIsABadRequestNotANotFound() {
        given().auth()
                .oauth2(Users.ML_INVESTIGATOR)
                .queryParam("limit", "abc")
                .get(Cases.CASES)
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("limit"));
        given().auth()
                .oauth2(Users.ML_INVESTIGATOR)
                .queryParam("status", "BOGUS")
                .get(Cases.CASES)
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("status"));
    }

    @Test
    void aMergePatchKeepsWhatItDoesNotNameWhereAPutClearsIt() {
        String id = Cases.openCase(Users.ML_INVESTIGATOR, null);
        String path = Cases.CASES + "/" + id;
        String etag = Cases.etag(Users.ML_INVESTIGATOR, path);
        given().auth()
                .oauth2(Users.ML_INVESTIGATOR)
                .contentType(ContentType.JSON)
                .header("If-Match", "*")
                .body("{\"title\":\"Écrasé\",\"threats\":[\"TERRORISM\"]}")
                .put(path)
                .then()
                .statusCode(428)
                .body("type", equalTo("https://pcms.g5sahel.org/problems/precondition-required"));

        Response patched = given().auth()
                .oauth2(Users.ML_INVESTIGATOR)
                .contentType(MERGE_PATCH)
                .header("If-Match", etag)
                .body("{\"title\":\"Filière Gao – Arlit\",\"court\":\"TGI Bamako\"}")
                .patch(path);
        patched.then()
                .statusCode(200)
                .body("title", equalTo("Filière Gao – Arlit"))
                .body("court", equalTo("TGI Bamako"))
                .body("prosecutor", equalTo("Pôle judiciaire spécialisé"))
                .body("threats", equalTo(List.of("DRUG_TRAFFICKING", "MONEY_LAUNDERING")));
        given().auth()
                .oauth2(Users.ML_INVESTIGATOR)
                .contentType(MERGE_PATCH)
                .header("If-Match", etag)
                .body("{\"court\":null}")
                .patch(path)
                .then()
                .statusCode(412);
        given().auth()
                .oauth2(Users.ML_INVESTIGATOR)
                .contentType(MERGE_PATCH)
                .header("If-Match", patched.header("ETag"))
                .body("{\"threats\":[]}")
                .patch(path)
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("threats"));
        given().auth()
                .oauth2(Users.NE_INVESTIGATOR)
                .contentType(MERGE_PATCH)
                .header("If-Match", patched.header("ETag"))
                .body("{\"court\":null}")
                .patch(path)
                .then()
                .statusCode(404);

        given().auth()
                .oauth2(Users.ML_INVESTIGATOR)
                .contentType(ContentType.JSON)
                .header("If-Match", patched.header("ETag"))
                .body("{\"title\":\"Filière Gao – Arlit\",\"threats\":[\"DRUG_TRAFFICKING\"]}")
                .put(path)
                .then()
                .statusCode(200)
                .body("prosecutor", nullValue())
                .body("court", nullValue());
    }
}

package org.g5sahel.pcms.directory.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The directory answers unknown filter values with a 400 naming them, and edits part of a contact by merge patch. */
@QuarkusTest
class DirectoryInputHygieneTest {

    /** REST Assured would otherwise send a media type it does not know in ISO-8859-1. */
    private static final String MERGE_PATCH = "application/merge-patch+json; charset=UTF-8";

    private static final String CONTACTS = "/api/directory/v1/contacts";

    @Test
    void anUnknownCompetenceIsABadRequestListingTheCompetences() {
        given().auth()
                .oauth2(Users.NE_INVESTIGATOR)
                .queryParam("state", "NE")
                .queryParam("competence", "FOO")
                .get("/api/directory/v1/routing")
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("type", equalTo("https://pcms.g5sahel.org/problems/validation-failed"))
                .body("errors[0].field", equalTo("competence"))
                .body("detail", containsString("DRUG_TRAFFICKING"));
        given().auth()
                .oauth2(Users.NE_INVESTIGATOR)
                .header("Accept-Language", "en")
                .queryParam("type", "BOGUS")
                .get("/api/directory/v1/agencies")
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("type"))
                .body("detail", containsString("The query parameter type takes one of"));
        given().auth()
                .oauth2(Users.NE_INVESTIGATOR)
                .queryParam("limit", "9999999999999999999")
                .get(CONTACTS)
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("limit"));
    }

    @Test
    void aMergePatchChangesThePhonesAndKeepsTheRest() {
        String name = "Halima Abdou " + UUID.randomUUID();
        Response created = given().auth()
                .oauth2(Users.NE_COORDINATOR)
                .contentType(ContentType.JSON)
                .body(ContactResourceTest.contact("NE-OCRTIS", name, "G5"))
                .post(CONTACTS);
        created.then().statusCode(201);
        String path = CONTACTS + "/" + created.jsonPath().getString("id");

        Response patched = given().auth()
                .oauth2(Users.NE_COORDINATOR)
                .contentType(MERGE_PATCH)
                .header("If-Match", created.header("ETag"))
                .body("{\"phones\":[\"+22791111111\"],\"rank\":null}")
                .patch(path);
        patched.then()
                .statusCode(200)
                .body("phones", equalTo(List.of("+22791111111")))
                .body("rank", nullValue())
                .body("fullName", equalTo(name))
                .body("function", equalTo("Permanence 24/7"))
                .body("languages", equalTo(List.of("fr", "ha")))
                .body("liaisonOfficer", equalTo(true));
        given().auth()
                .oauth2(Users.ML_COORDINATOR)
                .contentType(MERGE_PATCH)
                .header("If-Match", patched.header("ETag"))
                .body("{\"rank\":\"Capitaine\"}")
                .patch(path)
                .then()
                .statusCode(403);
        given().auth()
                .oauth2(Users.NE_COORDINATOR)
                .contentType(MERGE_PATCH)
                .header("If-Match", patched.header("ETag"))
                .body("{\"mobile\":\"+22792222222\"}")
                .patch(path)
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("mobile"));
    }
}

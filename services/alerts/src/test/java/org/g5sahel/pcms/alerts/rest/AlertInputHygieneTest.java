package org.g5sahel.pcms.alerts.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The alerts API answers bad filters with a 400 naming them, and edits part of a draft by merge patch. */
@QuarkusTest
class AlertInputHygieneTest {

    /** REST Assured would otherwise send a media type it does not know in ISO-8859-1. */
    private static final String MERGE_PATCH = "application/merge-patch+json; charset=UTF-8";

    @Test
    void anUnknownStatusOrDistributionIsABadRequestNamingTheAllowedValues() {
        given().auth()
                .oauth2(Users.NE_INVESTIGATOR)
                .header("Accept-Language", "en")
                .queryParam("status", "BOGUS")
                .get(Alerts.BASE)
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("errors[0].field", equalTo("status"))
                .body("detail", containsString("DRAFT"));
        given().auth()
                .oauth2(Users.NE_INVESTIGATOR)
                .contentType("application/cap+xml")
                .queryParam("distribution", "BOGUS")
                .body("<alert/>")
                .post(Alerts.BASE)
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("distribution"))
                .body("detail", containsString("PARTNERS"));
    }

    @Test
    void aMergePatchChangesTheEventAndKeepsTheTexts() {
        String id = Alerts.draft(Users.NE_INVESTIGATOR, Alerts.request("Colonne armée"))
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        String etag = Alerts.etag(Users.NE_INVESTIGATOR, id);
        Response patched = given().auth()
                .oauth2(Users.NE_INVESTIGATOR)
                .contentType(MERGE_PATCH)
                .header("If-Match", etag)
                .body(Map.of("event", "Colonne armée vers Ayorou"))
                .patch(Alerts.BASE + "/" + id);
        patched.then()
                .statusCode(200)
                .body("event", equalTo("Colonne armée vers Ayorou"))
                .body("infos", hasSize(3))
                .body("areas", hasSize(1));
        given().auth()
                .oauth2(Users.NE_INVESTIGATOR)
                .contentType(MERGE_PATCH)
                .header("If-Match", patched.header("ETag"))
                .body("{\"urgency\":\"SOON-ISH\"}")
                .patch(Alerts.BASE + "/" + id)
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("urgency"));
        given().auth()
                .oauth2(Users.NE_INVESTIGATOR)
                .contentType(MERGE_PATCH)
                .header("If-Match", "*")
                .body("{\"event\":\"x\"}")
                .patch(Alerts.BASE + "/" + id)
                .then()
                .statusCode(428);
    }
}

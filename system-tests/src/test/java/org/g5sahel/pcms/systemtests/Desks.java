package org.g5sahel.pcms.systemtests;

import static io.restassured.RestAssured.given;

import io.restassured.path.json.JsonPath;
import java.util.Map;

/** The 24/7 desks a hit names, from the directory: set by the agency's national coordinator when it has none yet. */
final class Desks {

    private Desks() {}

    static void ensure(String coordinator, String agencyCode, String phone) {
        String token = Tokens.of(coordinator);
        String agency = Platform.GATEWAY + "/api/directory/v1/agencies/" + agencyCode;
        JsonPath desk = given().auth()
                .oauth2(token)
                .get(agency)
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
        if (desk.getString("deskPhone") == null) {
            given().auth()
                    .oauth2(token)
                    .header("If-Match", "\"" + desk.getLong("version") + "\"")
                    .contentType("application/merge-patch+json")
                    .body(Map.of("deskPhone", phone, "deskHours", "24/7"))
                    .patch(agency)
                    .then()
                    .statusCode(200);
        }
    }
}

package org.g5sahel.pcms.commons.testing;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.anyOf;
import static org.hamcrest.Matchers.equalTo;

import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The contract of {@code GET …/{id}/audience} and {@code POST …/{id}/sharing/preview}, the same in every service that
 * shares records: each service's test creates one of its records with distribution {@code NATIONAL} and hands over
 * its path and callers.
 */
public final class AudienceContract {

    private AudienceContract() {}

    /**
     * @param record     path of a record of distribution NATIONAL, e.g. {@code /api/cases/v1/cases/{id}}
     * @param owner      token of the owning agency
     * @param ownerAgency the owning agency, e.g. {@code ML-CT}
     * @param reader     token of another agency of the owning State: reads the record, may not change its sharing
     * @param stranger   token of an agency of another member State: does not see the record
     */
    public static void holds(String record, String owner, String ownerAgency, String reader, String stranger) {
        String state = ownerAgency.substring(0, ownerAgency.indexOf('-'));
        List<String> otherStates = List.of("BF", "ML", "MR", "NE", "TD").stream()
                .filter(other -> !other.equals(state))
                .toList();
        Map<String, Object> national = Map.of(
                "groups",
                List.of(Map.of("kind", "OWNER_AGENCY", "code", ownerAgency), group("STATE_AGENCIES", state)),
                "hiddenFromStates",
                otherStates);
        for (String token : List.of(owner, reader)) {
            assertThat(given().auth()
                            .oauth2(token)
                            .get(record + "/audience")
                            .then()
                            .statusCode(200)
                            .contentType(ContentType.JSON)
                            .extract()
                            .jsonPath()
                            .getMap(""))
                    .isEqualTo(national);
        }
        String etag = given().auth()
                .oauth2(owner)
                .get(record)
                .then()
                .statusCode(200)
                .extract()
                .header("ETag");

        JsonPath preview = given().auth()
                .oauth2(owner)
                .contentType(ContentType.JSON)
                .body("{\"distribution\":\"G5\"}")
                .post(record + "/sharing/preview")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
        assertThat(preview.getMap("current")).isEqualTo(national);
        assertThat(preview.getList("proposed.hiddenFromStates")).isEmpty();
        List<Map<String, Object>> gained = new ArrayList<>();
        otherStates.forEach(other -> gained.add(group("STATE_AGENCIES", other)));
        gained.add(group("REGIONAL", null));
        assertThat(preview.getList("gained")).isEqualTo(gained);
        assertThat(preview.getList("lost")).isEmpty();
        assertThat(given().auth()
                        .oauth2(owner)
                        .get(record)
                        .then()
                        .statusCode(200)
                        .extract()
                        .header("ETag"))
                .as("a preview changes nothing")
                .isEqualTo(etag);
        given().auth().oauth2(stranger).get(record).then().statusCode(404);

        given().auth()
                .oauth2(owner)
                .contentType(ContentType.JSON)
                .body("{\"distribution\":\"AGENCY\"}")
                .post(record + "/sharing/preview")
                .then()
                .statusCode(200)
                .body("lost", equalTo(List.of(group("STATE_AGENCIES", state))))
                .body("gained", equalTo(List.of()));
        given().auth()
                .oauth2(owner)
                .contentType(ContentType.JSON)
                .body("{\"distribution\":\"SELECTED\"}")
                .post(record + "/sharing/preview")
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("type", equalTo("https://pcms.g5sahel.org/problems/validation-failed"));
        given().auth()
                .oauth2(reader)
                .contentType(ContentType.JSON)
                .body("{\"distribution\":\"G5\"}")
                .post(record + "/sharing/preview")
                .then()
                .statusCode(403)
                .contentType("application/problem+json")
                // refused by the sharing rule, or earlier by a role that never changes sharing in this service
                .body(
                        "type",
                        anyOf(
                                equalTo("https://pcms.g5sahel.org/problems/sharing-change-forbidden"),
                                equalTo("https://pcms.g5sahel.org/problems/forbidden")));
        given().auth()
                .oauth2(stranger)
                .get(record + "/audience")
                .then()
                .statusCode(404)
                .contentType("application/problem+json");
        given().auth()
                .oauth2(stranger)
                .contentType(ContentType.JSON)
                .body("{\"distribution\":\"G5\"}")
                .post(record + "/sharing/preview")
                .then()
                .statusCode(404)
                .contentType("application/problem+json");
    }

    private static Map<String, Object> group(String kind, String code) {
        Map<String, Object> group = new LinkedHashMap<>();
        group.put("kind", kind);
        group.put("code", code);
        return group;
    }
}

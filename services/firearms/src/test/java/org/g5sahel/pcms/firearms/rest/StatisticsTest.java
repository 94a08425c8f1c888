package org.g5sahel.pcms.firearms.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Statistics count only what the caller sees; the annual summary follows ATT categories. */
@QuarkusTest
class StatisticsTest {

    @Test
    void recordsAreCountedByStateTypeStatusAndMonth() {
        String make = "Stat " + UUID.randomUUID();
        Api.register(Users.ML_FIREARMS, Api.firearm("PISTOL", make, Api.uniqueSerial("S"), "G5"));
        Api.register(
                Users.ML_FIREARMS,
                Api.firearm("PISTOL", make, Api.uniqueSerial("S"), "G5")
                        .replace("\"sharing\"", "\"status\":\"STOLEN\",\"sharing\""));
        Api.register(Users.ML_FIREARMS, Api.firearm("SHOTGUN", make, Api.uniqueSerial("S"), "AGENCY"));
        String month = LocalDate.now().toString().substring(0, 7);
        given().auth()
                .oauth2(Users.NE_INVESTIGATOR)
                .queryParam("make", make)
                .get(Api.STATISTICS)
                .then()
                .statusCode(200)
                .body("records.total", equalTo(2))
                .body("records.byState.find { it.key == 'ML' }.count", equalTo(2))
                .body("records.byType.find { it.key == 'PISTOL' }.count", equalTo(2))
                .body("records.byStatus.find { it.key == 'STOLEN' }.count", equalTo(1))
                .body("records.byMonth.find { it.key == '" + month + "' }.count", equalTo(2));
        given().auth()
                .oauth2(Users.ML_FIREARMS)
                .queryParam("make", make)
                .get(Api.STATISTICS)
                .then()
                .body("records.total", equalTo(3));
        given().auth()
                .oauth2(Users.ML_FIREARMS)
                .queryParam("from", "yesterday")
                .get(Api.STATISTICS)
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("from"));
    }

    @Test
    void theAnnualSummaryCountsTheYearsMovementsByAttCategory() {
        int year = LocalDate.now().getYear();
        JsonPath before = summary(Users.TD_FIREARMS, year);
        String rifle = Api.registerId(Users.TD_FIREARMS, Api.firearm(Api.uniqueSerial("ATT"), "NATIONAL"));
        Api.register(Users.TD_FIREARMS, Api.firearm("PISTOL", "Tokarev", Api.uniqueSerial("ATT"), "NATIONAL"));
        given().auth()
                .oauth2(Users.TD_FIREARMS)
                .header("If-Match", "\"0\"")
                .contentType(ContentType.JSON)
                .body("{\"status\":\"DESTROYED\",\"reason\":\"Destruction ceremony\"}")
                .post(Api.FIREARMS + "/" + rifle + "/status")
                .then()
                .statusCode(200);
        JsonPath after = summary(Users.TD_FIREARMS, year);
        assertThat(after.getList("categories")).hasSize(12);
        assertThat(delta(before, after, "SA_ASSAULT_RIFLES", "registered")).isEqualTo(1);
        assertThat(delta(before, after, "SA_ASSAULT_RIFLES", "destroyed")).isEqualTo(1);
        assertThat(delta(before, after, "SA_REVOLVERS_PISTOLS", "registered")).isEqualTo(1);
        assertThat(delta(before, after, "SA_REVOLVERS_PISTOLS", "destroyed")).isZero();
        assertThat(after.getString("categories.find { it.category == 'LW_MORTARS' }.label"))
                .isEqualTo("Mortars of calibres less than 75 mm");
        // Another State sees none of TD's NATIONAL records in its summary of TD.
        JsonPath other = summary(Users.NE_FIREARMS, year, "TD");
        assertThat(other.getInt("categories.find { it.category == 'SA_ASSAULT_RIFLES' }.registered"))
                .isZero();
        given().auth()
                .oauth2(Users.TD_FIREARMS)
                .queryParam("year", year + 1)
                .get(Api.STATISTICS + "/annual-summary")
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("year"));
    }

    private static JsonPath summary(String token, int year, String... state) {
        var request = given().auth().oauth2(token).queryParam("year", year);
        if (state.length > 0) {
            request.queryParam("state", state[0]);
        }
        return request.get(Api.STATISTICS + "/annual-summary")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
    }

    private static int delta(JsonPath before, JsonPath after, String category, String column) {
        String path = "categories.find { it.category == '" + category + "' }." + column;
        return after.getInt(path) - before.getInt(path);
    }
}

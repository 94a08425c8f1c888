package org.g5sahel.pcms.firearms.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The member States are configuration ({@code pcms.member-states}): the same service, run for a group of three States,
 * refuses an officer of a State outside it and a statistics request about one, and serves the three as before.
 */
@QuarkusTest
@TestProfile(MemberStatesTest.ThreeStates.class)
class MemberStatesTest {

    public static class ThreeStates implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("pcms.member-states", "BF,ML,NE");
        }
    }

    private static final String SUMMARY = Api.STATISTICS + "/annual-summary";

    @Test
    void aStateOutsideTheGroupIsNeitherACallerNorASubject() {
        int year = LocalDate.now().getYear();
        given().auth()
                .oauth2(Users.TD_FIREARMS)
                .queryParam("year", year)
                .get(SUMMARY)
                .then()
                .statusCode(403)
                .body("type", containsString("missing-identity-claims"));
        given().auth()
                .oauth2(Users.ML_FIREARMS)
                .queryParam("year", year)
                .queryParam("state", "TD")
                .get(SUMMARY)
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("state"));
        given().auth()
                .oauth2(Users.ML_FIREARMS)
                .queryParam("year", year)
                .queryParam("state", "NE")
                .get(SUMMARY)
                .then()
                .statusCode(200);
    }
}

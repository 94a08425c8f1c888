package org.g5sahel.pcms.training.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.g5sahel.pcms.training.Fixtures;
import org.g5sahel.pcms.training.Users;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The sovereignty matrix of the catalogue: for each distribution of a course and of a session, who gets it, finds it
 * in lists and searches; invisible is 404 on a get and absence from lists, never 403.
 */
@QuarkusTest
class TrainingSovereigntyTest {

    private static final Map<String, String> CALLERS = new LinkedHashMap<>();

    static {
        CALLERS.put("owner", Users.NE_TRAINING);
        CALLERS.put("sameState", Users.NE_INVESTIGATOR);
        CALLERS.put("otherState", Users.ML_INVESTIGATOR);
        CALLERS.put("regional", Users.G5_COORDINATOR);
        CALLERS.put("partner", Users.INTERPOL);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({
        // distribution, then owner, same State, other State, regional, partner (1 = sees it)
        "AGENCY, 10000",
        "NATIONAL, 11000",
        "G5, 11110",
        "PARTNERS, 11111"
    })
    void coursesAndTheirSessionsAreSeenExactlyAsTheirDistributionAllows(String distribution, String expected) {
        String code = "MX-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
        String course = given().auth()
                .oauth2(Users.NE_TRAINING)
                .contentType(ContentType.JSON)
                .body(Fixtures.courseBody(code, false, distribution))
                .post(Fixtures.API + "/courses")
                .then()
                .statusCode(201)
                .body("sharing.distribution", equalTo(distribution))
                .extract()
                .path("id");
        String session = given().auth()
                .oauth2(Users.NE_TRAINING)
                .contentType(ContentType.JSON)
                .body(Fixtures.sessionBody(course, LocalDate.now().plusMonths(2), 10, "\"NE\":2", true)
                        .replaceFirst("}$", ",\"sharing\":{\"distribution\":\"" + distribution + "\"}}"))
                .post(Fixtures.API + "/sessions")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        int column = 0;
        for (Map.Entry<String, String> caller : CALLERS.entrySet()) {
            boolean sees = expected.charAt(column++) == '1';
            String why = caller.getKey() + " with " + distribution;
            String token = caller.getValue();
            assertThat(given().auth()
                            .oauth2(token)
                            .get(Fixtures.API + "/courses/" + course)
                            .statusCode())
                    .as(why)
                    .isEqualTo(sees ? 200 : 404);
            assertThat(given().auth()
                            .oauth2(token)
                            .get(Fixtures.API + "/sessions/" + session)
                            .statusCode())
                    .as(why)
                    .isEqualTo(sees ? 200 : 404);
            List<String> found = given().auth()
                    .oauth2(token)
                    .queryParam("q", code)
                    .get(Fixtures.API + "/courses")
                    .then()
                    .statusCode(200)
                    .extract()
                    .path("items.id");
            assertThat(found).as(why).isEqualTo(sees ? List.of(course) : List.of());
            List<String> sessions = given().auth()
                    .oauth2(token)
                    .queryParam("courseId", course)
                    .get(Fixtures.API + "/sessions")
                    .then()
                    .statusCode(200)
                    .extract()
                    .path("items.id");
            assertThat(sessions).as(why).isEqualTo(sees ? List.of(session) : List.of());
        }
        given().get(Fixtures.API + "/courses/" + course).then().statusCode(401);
    }

    @Test
    void unknownQueryValuesAreProblemsNotMissingPages() {
        given().auth()
                .oauth2(Users.NE_TRAINING)
                .queryParam("topic", "ASTROLOGY")
                .get(Fixtures.API + "/courses")
                .then()
                .statusCode(400)
                .contentType("application/problem+json");
        given().auth()
                .oauth2(Users.NE_TRAINING)
                .queryParam("status", "SLEEPING")
                .get(Fixtures.API + "/sessions")
                .then()
                .statusCode(400)
                .contentType("application/problem+json");
        given().auth()
                .oauth2(Users.NE_TRAINING)
                .queryParam("from", "yesterday")
                .get(Fixtures.API + "/sessions")
                .then()
                .statusCode(400)
                .contentType("application/problem+json");
    }
}

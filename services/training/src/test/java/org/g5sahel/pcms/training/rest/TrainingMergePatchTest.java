package org.g5sahel.pcms.training.rest;

import static io.restassured.RestAssured.given;
import static org.g5sahel.pcms.training.Fixtures.API;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import java.time.LocalDate;
import java.util.List;
import org.g5sahel.pcms.training.Fixtures;
import org.g5sahel.pcms.training.Users;
import org.junit.jupiter.api.Test;

/** Courses and sessions change in part by merge patch, with the PUT's rules and the exact ETag. */
@QuarkusTest
class TrainingMergePatchTest {

    /** REST Assured would otherwise send a media type it does not know in ISO-8859-1. */
    private static final String MERGE_PATCH = "application/merge-patch+json; charset=UTF-8";

    @Test
    void aCoursePatchChangesWhatItNamesAndKeepsTheRest() {
        String path = API + "/courses/" + Fixtures.course(Users.NE_TRAINING, true);
        String etag = given().auth()
                .oauth2(Users.NE_TRAINING)
                .get(path)
                .then()
                .statusCode(200)
                .extract()
                .header("ETag");
        given().auth()
                .oauth2(Users.NE_TRAINING)
                .contentType(MERGE_PATCH)
                .header("If-Match", etag)
                .body("{\"titleEn\":\"Controlled deliveries across borders\",\"certificateValidityMonths\":null}")
                .patch(path)
                .then()
                .statusCode(200)
                .body("titleEn", equalTo("Controlled deliveries across borders"))
                .body("certificateValidityMonths", nullValue())
                .body("titleFr", equalTo("Livraisons surveillées"))
                .body("descriptionFr", equalTo("Techniques spéciales d’enquête"))
                .body("partner", equalTo("UNODC"))
                .body("durationDays", equalTo(5));
        given().auth()
                .oauth2(Users.ML_TRAINING)
                .contentType(MERGE_PATCH)
                .header("If-Match", etag)
                .body("{\"titleEn\":\"Taken over\"}")
                .patch(path)
                .then()
                .statusCode(403);
        given().auth()
                .oauth2(Users.NE_TRAINING)
                .contentType(MERGE_PATCH)
                .header("If-Match", "*")
                .body("{\"titleEn\":\"Blind\"}")
                .patch(path)
                .then()
                .statusCode(428);
    }

    @Test
    void aSessionPatchMovesTheVenueAndKeepsTheTrainersAndQuotas() {
        String courseId = Fixtures.course(Users.NE_TRAINING, false);
        ExtractableResponse<Response> session =
                Fixtures.session(Users.NE_TRAINING, courseId, LocalDate.now().plusMonths(3), 10, "\"NE\":4,\"ML\":3");
        String path = API + "/sessions/" + session.path("id");
        given().auth()
                .oauth2(Users.NE_TRAINING)
                .contentType(MERGE_PATCH)
                .header("If-Match", session.header("ETag"))
                .body("{\"venue\":\"Centre de formation de la police, Agadez\",\"quotas\":{\"NE\":5,\"ML\":3}}")
                .patch(path)
                .then()
                .statusCode(200)
                .body("venue", equalTo("Centre de formation de la police, Agadez"))
                .body("trainers", equalTo(List.of("UNODC – Programme mondial de contrôle des conteneurs")))
                .body("quotas.NE", equalTo(5))
                .body("capacity", equalTo(10));
        given().auth()
                .oauth2(Users.NE_TRAINING)
                .contentType(MERGE_PATCH)
                .header("If-Match", session.header("ETag"))
                .body("{\"venue\":\"Stale\"}")
                .patch(path)
                .then()
                .statusCode(412);
    }
}

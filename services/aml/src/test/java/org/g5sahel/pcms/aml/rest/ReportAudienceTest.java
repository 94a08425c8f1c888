package org.g5sahel.pcms.aml.rest;

import static io.restassured.RestAssured.given;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.UUID;
import org.g5sahel.pcms.commons.testing.AudienceContract;
import org.junit.jupiter.api.Test;

/** Who can see a suspicious transaction report, and what a change of its sharing would do. */
@QuarkusTest
class ReportAudienceTest {

    @Test
    void theAudienceAndThePreviewFollowTheReportsSharing() {
        String body = ReportResourceTest.report("XOF", "10", "s1")
                .replace("NE-REF", "ML-REF-" + UUID.randomUUID())
                .replaceFirst("\\}$", ",\"sharing\":{\"distribution\":\"NATIONAL\"}}");
        String id = given().auth()
                .oauth2(Users.ML_FIU)
                .contentType(ContentType.JSON)
                .body(body)
                .post("/api/aml/v1/reports")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        AudienceContract.holds(
                "/api/aml/v1/reports/" + id, Users.ML_FIU, "ML-FIU", Users.ML_INVESTIGATOR, Users.NE_FIU);
    }
}

package org.g5sahel.pcms.commons.audit;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.g5sahel.pcms.commons.testing.TestTokens;
import org.junit.jupiter.api.Test;

/**
 * Rule 9: attempts refused on a record are audited for its owner, written off the request's path, and listed by the
 * owner's access log and the auditor's (whose reading is audited in turn); an id that names nothing leaves no trace.
 */
@QuarkusTest
class RefusedAttemptsTest {

    private static final String RECORDS = "/api/commonstest/v1/test-records";
    private static final String ACCESSES = "/api/commonstest/v1/audit/accesses";
    private static final String OWNER = TestTokens.forUser("ne-investigator", "NE-OCRTIS", "investigator");
    private static final String PROBER = TestTokens.forUser("ml-investigator", "ML-CT", "investigator");
    private static final String NE_COORDINATOR = TestTokens.forUser("ne-coordinator", "NE-UNC", "national-coordinator");
    private static final String ML_COORDINATOR = TestTokens.forUser("ml-coordinator", "ML-UNC", "national-coordinator");
    private static final String AUDITOR = TestTokens.forUser("g5-auditor", "G5-URC", "auditor");

    @Test
    void refusedReadsOfAHiddenRecordReachItsOwnersAccessLogAndNothingElseDoes() {
        String id = given().auth()
                .oauth2(OWNER)
                .contentType(ContentType.JSON)
                .body("{\"label\":\"national\",\"batch\":\"" + UUID.randomUUID()
                        + "\",\"sharing\":{\"distribution\":\"NATIONAL\"}}")
                .post(RECORDS)
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        String absent = UUID.randomUUID().toString();
        for (int attempt = 0; attempt < 40; attempt++) {
            given().auth()
                    .oauth2(PROBER)
                    .queryParam("purpose", "probe " + attempt)
                    .get(RECORDS + "/" + id)
                    .then()
                    .statusCode(404);
            given().auth().oauth2(PROBER).get(RECORDS + "/" + absent).then().statusCode(404);
        }

        await().atMost(Duration.ofSeconds(30))
                .untilAsserted(() -> assertThat(accesses(NE_COORDINATOR, id))
                        .hasSize(40)
                        .allSatisfy(access -> assertThat(access)
                                .containsEntry("actorUsername", "ml-investigator")
                                .containsEntry("actorState", "ML")
                                .containsEntry("actorAgency", "ML-CT")
                                .containsEntry("action", "READ")
                                .containsEntry("outcome", "DENIED")
                                .containsEntry("ownerAgency", "NE-OCRTIS")
                                // the locator names the record, but a refused attempt never saw its name
                                .containsEntry("recordReference", null)
                                .containsEntry("recordTitle", null)));
        assertThat(accesses(NE_COORDINATOR, id))
                .extracting(access -> access.get("purpose"))
                .contains("probe 0", "probe 39");
        assertThat(accesses(OWNER, id))
                .as("the owning agency's officers read their records' log")
                .hasSize(40);
        assertThat(accesses(NE_COORDINATOR, absent))
                .as("an id that names nothing")
                .isEmpty();
        assertThat(accesses(ML_COORDINATOR, id))
                .as("another State's coordinator")
                .isEmpty();
        assertThat(accesses(PROBER, id)).as("the prober himself").isEmpty();
    }

    @Test
    void theAuditorReadsEveryOwnersAccessLogAndHisReadingIsAuditedForThem() {
        String id = given().auth()
                .oauth2(OWNER)
                .contentType(ContentType.JSON)
                .body("{\"label\":\"agency\",\"batch\":\"" + UUID.randomUUID()
                        + "\",\"sharing\":{\"distribution\":\"AGENCY\"}}")
                .post(RECORDS)
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        given().auth().oauth2(PROBER).get(RECORDS + "/" + id).then().statusCode(404);
        await().atMost(Duration.ofSeconds(30))
                .until(() -> accesses(NE_COORDINATOR, id).size() == 1);

        assertThat(accesses(AUDITOR, id))
                .singleElement()
                .satisfies(access -> assertThat(access)
                        .containsEntry("ownerState", "NE")
                        .containsEntry("actorUsername", "ml-investigator")
                        .containsEntry("outcome", "DENIED"));
        assertThat(accesses(NE_COORDINATOR, "NE-OCRTIS"))
                .as("the auditor's reading, in the owner's log")
                .anySatisfy(access -> assertThat(access)
                        .containsEntry("actorUsername", "g5-auditor")
                        .containsEntry("action", "ACCESS_LOG_READ")
                        .containsEntry("recordType", "access-log"));
    }

    private static List<Map<String, Object>> accesses(String token, String recordId) {
        return given().auth()
                .oauth2(token)
                .queryParam("recordId", recordId)
                .queryParam("limit", 100)
                .get(ACCESSES)
                .then()
                .statusCode(200)
                .extract()
                .path("items");
    }
}

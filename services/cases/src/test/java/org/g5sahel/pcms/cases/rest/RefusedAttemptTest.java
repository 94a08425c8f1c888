package org.g5sahel.pcms.cases.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Probing a hidden case leaves a trace for its owner (DESIGN §2 rule 9): refused reads and writes are in Niger's access
 * log and the auditor's, not in another State's.
 */
@QuarkusTest
class RefusedAttemptTest {

    private static final String ACCESSES = "/api/cases/v1/audit/accesses";

    @Test
    void fortyRefusedReadsOfANationalCaseAreInItsOwnersAccessLog() {
        String id = Cases.openCase(Users.NE_INVESTIGATOR, "{\"distribution\":\"NATIONAL\"}");
        for (int attempt = 0; attempt < 40; attempt++) {
            given().auth()
                    .oauth2(Users.ML_INVESTIGATOR)
                    .get(Cases.CASES + "/" + id)
                    .then()
                    .statusCode(404);
        }
        given().auth()
                .oauth2(Users.ML_INVESTIGATOR)
                .queryParam("purpose", "ML-CASE-2026-000001")
                .get(Cases.CASES + "/" + id + "/timeline")
                .then()
                .statusCode(404);
        given().auth()
                .oauth2(Users.ML_INVESTIGATOR)
                .contentType(ContentType.JSON)
                .header("If-Match", "\"0\"")
                .body("{\"distribution\":\"G5\"}")
                .put(Cases.CASES + "/" + id + "/sharing")
                .then()
                .statusCode(404);

        await().atMost(Duration.ofSeconds(30))
                .until(() -> accesses(Users.NE_COORDINATOR, id).size() == 42);
        List<Map<String, Object>> log = accesses(Users.NE_COORDINATOR, id);
        assertThat(log)
                .allSatisfy(access -> assertThat(access)
                        .containsEntry("actorUsername", "ml-investigator")
                        .containsEntry("actorAgency", "ML-CT")
                        .containsEntry("outcome", "DENIED")
                        .containsEntry("recordType", "case"));
        assertThat(log).extracting(access -> access.get("action")).containsOnly("READ", "SHARING_CHANGE");
        assertThat(log).extracting(access -> access.get("purpose")).contains("ML-CASE-2026-000001");
        assertThat(accesses(Users.AUDITOR, id)).hasSize(42);
        assertThat(accesses(Users.ML_COORDINATOR, id)).isEmpty();
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

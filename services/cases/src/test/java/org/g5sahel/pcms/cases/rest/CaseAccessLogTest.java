package org.g5sahel.pcms.cases.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The access log names each record by its reference and title; a refused attempt never saw them. */
@QuarkusTest
class CaseAccessLogTest {

    private static final String ACCESSES = "/api/cases/v1/audit/accesses";

    @Test
    void readsCarryTheCasesReferenceAndTitleAndRefusedAttemptsNeither() {
        String marker = UUID.randomUUID().toString().substring(0, 8);
        ExtractableResponse<Response> shared = Cases.open(Users.ML_INVESTIGATOR, marker, "{\"distribution\":\"G5\"}");
        String id = shared.path("id");
        given().auth()
                .oauth2(Users.NE_INVESTIGATOR)
                .get(Cases.CASES + "/" + id)
                .then()
                .statusCode(200);
        assertThat(accesses(id))
                .filteredOn(access -> "READ".equals(access.get("action")))
                .singleElement()
                .satisfies(access -> assertThat(access)
                        .containsEntry("actorAgency", "NE-OCRTIS")
                        .containsEntry("recordReference", shared.path("reference"))
                        .containsEntry("recordTitle", "Filière Gao – Agadez " + marker));

        String hidden = Cases.openCase(Users.ML_INVESTIGATOR, "{\"distribution\":\"AGENCY\"}");
        given().auth()
                .oauth2(Users.BF_INVESTIGATOR)
                .get(Cases.CASES + "/" + hidden)
                .then()
                .statusCode(404);
        await().atMost(Duration.ofSeconds(30)).until(() -> !accesses(hidden).isEmpty());
        assertThat(accesses(hidden))
                .singleElement()
                .satisfies(access -> assertThat(access)
                        .containsEntry("outcome", "DENIED")
                        .containsEntry("recordReference", null)
                        .containsEntry("recordTitle", null));
    }

    private static List<Map<String, Object>> accesses(String recordId) {
        return given().auth()
                .oauth2(Users.ML_INVESTIGATOR)
                .queryParam("recordId", recordId)
                .get(ACCESSES)
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getList("items");
    }
}

package org.g5sahel.pcms.firearms.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.quarkus.test.junit.QuarkusTest;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The access log of firearm records: reads and refused attempts, as the owner and the auditor read it (rule 9). */
@QuarkusTest
class AccessLogTest {

    private static final String ACCESSES = "/api/firearms/v1/audit/accesses";

    @Test
    void theAuditorSeesReadsAndRefusedAttemptsOnEveryStatesRecords() {
        String hidden = Api.registerId(Users.NE_FIREARMS, Api.firearm(Api.uniqueSerial("NE"), "NATIONAL"));
        String shared = Api.registerId(Users.NE_FIREARMS, Api.firearm(Api.uniqueSerial("NE"), "G5"));
        given().auth()
                .oauth2(Users.ML_FIREARMS)
                .queryParam("purpose", "contrôle routier")
                .get(Api.FIREARMS + "/" + hidden)
                .then()
                .statusCode(404);
        given().auth()
                .oauth2(Users.BF_FIREARMS)
                .get(Api.FIREARMS + "/" + shared)
                .then()
                .statusCode(200);

        await().atMost(Duration.ofSeconds(30))
                .until(() -> accesses(Users.AUDITOR, hidden).size() == 1);
        assertThat(accesses(Users.AUDITOR, hidden))
                .singleElement()
                .satisfies(access -> assertThat(access)
                        .containsEntry("actorUsername", "ml-firearms")
                        .containsEntry("outcome", "DENIED")
                        .containsEntry("purpose", "contrôle routier")
                        .containsEntry("ownerState", "NE"));
        assertThat(accesses(Users.AUDITOR, shared))
                .singleElement()
                .satisfies(access -> assertThat(access)
                        .containsEntry("actorUsername", "bf-firearms")
                        .containsEntry("outcome", "OK"));
        assertThat(accesses(Users.NE_COORDINATOR, hidden)).hasSize(1);
        assertThat(accesses(Users.NE_FIREARMS, hidden))
                .as("the owning agency's officer")
                .hasSize(1);
        assertThat(accesses(Users.BF_COORDINATOR, hidden)).isEmpty();
    }

    private static List<Map<String, Object>> accesses(String token, String recordId) {
        return given().auth()
                .oauth2(token)
                .queryParam("recordId", recordId)
                .get(ACCESSES)
                .then()
                .statusCode(200)
                .extract()
                .path("items");
    }
}

package org.g5sahel.pcms.commons.idempotency;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.util.UUID;
import org.g5sahel.pcms.commons.testing.TestTokens;
import org.junit.jupiter.api.Test;

/** Idempotency-Key: same key and body replays the first answer; another body is refused; no key creates anew. */
@QuarkusTest
class IdempotencyTest {

    private static final String RECORDS = "/api/commonstest/v1/test-records";
    private static final String INVESTIGATOR = TestTokens.forUser("ne-investigator", "NE-OCRTIS", "investigator");

    @Test
    void sameKeySameBodyAnswersTheFirstResponseAgain() {
        String batch = UUID.randomUUID().toString();
        String key = UUID.randomUUID().toString();
        Response first = create(key, body("first", batch));
        Response retry = create(key, body("first", batch));
        assertThat(first.statusCode()).isEqualTo(201);
        assertThat(retry.statusCode()).isEqualTo(201);
        assertThat(retry.header("Idempotent-Replayed")).isEqualTo("true");
        assertThat(retry.header("Location")).isEqualTo(first.header("Location"));
        assertThat(retry.jsonPath().getString("id")).isEqualTo(first.jsonPath().getString("id"));
        assertThat(listed(batch)).isEqualTo(1);
    }

    @Test
    void sameKeyOtherBodyIsRefused() {
        String batch = UUID.randomUUID().toString();
        String key = UUID.randomUUID().toString();
        create(key, body("first", batch));
        create(key, body("second", batch))
                .then()
                .statusCode(422)
                .body("type", equalTo("https://pcms.g5sahel.org/problems/idempotency-key-reused"));
        assertThat(listed(batch)).isEqualTo(1);
    }

    @Test
    void keysArePerCaller() {
        String batch = UUID.randomUUID().toString();
        String key = UUID.randomUUID().toString();
        create(key, body("mine", batch));
        given().auth()
                .oauth2(TestTokens.forUser("ml-investigator", "ML-CT", "investigator"))
                .header("Idempotency-Key", key)
                .contentType(ContentType.JSON)
                .body(body("mine", batch))
                .post(RECORDS)
                .then()
                .statusCode(201)
                .header("Idempotent-Replayed", (String) null);
    }

    @Test
    void withoutKeyEachPostCreates() {
        String batch = UUID.randomUUID().toString();
        create(null, body("a", batch));
        create(null, body("a", batch));
        assertThat(listed(batch)).isEqualTo(2);
    }

    @Test
    void aFailedRequestDoesNotKeepTheKey() {
        String batch = UUID.randomUUID().toString();
        String key = UUID.randomUUID().toString();
        String invalid = "{\"label\":\"x\",\"batch\":\"" + batch + "\",\"sharing\":{\"distribution\":\"SELECTED\"}}";
        create(key, invalid).then().statusCode(400);
        create(key, body("fixed", batch)).then().statusCode(201);
    }

    private Response create(String key, String body) {
        var request = given().auth()
                .oauth2(INVESTIGATOR)
                .contentType(ContentType.JSON)
                .body(body);
        if (key != null) {
            request.header("Idempotency-Key", key);
        }
        return request.post(RECORDS);
    }

    private int listed(String batch) {
        return given().auth()
                .oauth2(INVESTIGATOR)
                .queryParam("batch", batch)
                .get(RECORDS)
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getList("$")
                .size();
    }

    private static String body(String label, String batch) {
        return "{\"label\":\"" + label + "\",\"batch\":\"" + batch + "\",\"sharing\":{\"distribution\":\"NATIONAL\"}}";
    }
}

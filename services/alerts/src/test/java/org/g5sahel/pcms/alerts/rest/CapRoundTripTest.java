package org.g5sahel.pcms.alerts.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import java.io.IOException;
import java.util.UUID;
import org.g5sahel.pcms.alerts.AlertsTestResources;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Import, store, export: every CAP file the project holds and generated messages with many info blocks, resources and
 * areas come out XSD-valid and equal, field by field, to what was sent (modulo what the platform adds and says it
 * adds), and the original is served byte for byte.
 */
@QuarkusTest
class CapRoundTripTest extends AlertsTestResources {

    @ParameterizedTest
    @ValueSource(
            strings = {
                "examples/v1dot2_appendix_adot1.xml",
                "examples/v1dot2_appendix_adot2.xml",
                "examples/v1dot2_appendix_adot3.xml",
                "examples/v1dot2_appendix_adot4.xml",
                "examples/australia.cap",
                "examples/canada.cap",
                "examples/earthquake-iso8859-1.cap"
            })
    void everyExampleComesOutAsItCameIn(String file) throws IOException {
        byte[] original = CapMessages.fixture(file);
        String id = importAs(Users.NE_ANALYST, original);
        // Not issued by the platform yet: its own message says Draft, and everything else the sender wrote.
        CapMessages.assertFaithful(original, export(Users.NE_ANALYST, id), "Draft");
        assertThat(given().auth()
                        .oauth2(Users.NE_ANALYST)
                        .accept(CapMessages.MEDIA_TYPE)
                        .get(Alerts.BASE + "/" + id + "/original")
                        .then()
                        .statusCode(200)
                        .extract()
                        .asByteArray())
                .isEqualTo(original);
    }

    @Test
    void aMessageOfTwoHundredInfoBlocksGoesOutWholeAndLinear() {
        byte[] original = CapMessages.generated("NE-DGPC-" + UUID.randomUUID(), "Exercise", "Alert", null, 200);
        String id = importAs(Users.NE_ANALYST, original);
        given().auth()
                .oauth2(Users.NE_ANALYST)
                .get(Alerts.BASE + "/" + id)
                .then()
                .statusCode(200)
                .body("capStatus", equalTo("Exercise"))
                .body("capReceived.infos.size()", equalTo(200))
                .body("capReceived.infos[7].areas.size()", equalTo(2))
                .body("capReceived.infos[7].areas[1].description", equalTo("Berges"))
                .body("capReceived.infos[7].event", equalTo("Événement 7 — crue du fleuve"))
                .body("capReceived.sent", equalTo("2026-11-30T24:00:00+01:00"))
                .body("signature.state", equalTo("UNSIGNED"));
        Alerts.submit(Users.NE_ANALYST, id).then().statusCode(200);
        Alerts.approve(Users.NE_COORDINATOR, id).then().statusCode(200);

        String export = export(Users.NE_ANALYST, id);
        CapMessages.assertFaithful(original, export, "Exercise");
        // Each block carries its own two areas only: the export grows with the message, not with its square.
        assertThat(export.length()).isLessThan(original.length * 3 / 2);
    }

    static String importAs(String token, byte[] message) {
        return given().auth()
                .oauth2(token)
                .contentType(CapMessages.MEDIA_TYPE)
                .body(message)
                .post(Alerts.BASE)
                .then()
                .statusCode(201)
                .extract()
                .path("id");
    }

    static String export(String token, String id) {
        return given().auth()
                .oauth2(token)
                .accept(CapMessages.MEDIA_TYPE)
                .get(Alerts.BASE + "/" + id)
                .then()
                .statusCode(200)
                .extract()
                .asString();
    }
}

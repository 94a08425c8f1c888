package org.g5sahel.pcms.alerts.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.startsWith;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import java.util.Map;
import java.util.UUID;
import org.g5sahel.pcms.alerts.AlertsTestResources;
import org.g5sahel.pcms.commons.testing.XmlSigner;
import org.junit.jupiter.api.Test;

/** A service configured to refuse signers not on the trust list still takes trusted and unsigned messages. */
@QuarkusTest
@TestProfile(UntrustedSignersRefusedTest.RefuseUntrusted.class)
class UntrustedSignersRefusedTest extends AlertsTestResources {

    public static class RefuseUntrusted implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("pcms.alerts.cap.refuse-untrusted-signers", "true");
        }
    }

    @Test
    void aValidSignatureByAnUnlistedSignerIsRefusedATrustedOneTaken() {
        byte[] message = CapMessages.generated("NE-DGPC-" + UUID.randomUUID(), "Actual", "Alert", null, 1);
        given().auth()
                .oauth2(Users.TD_ANALYST)
                .header("Accept-Language", "en")
                .contentType(CapMessages.MEDIA_TYPE)
                .body(new XmlSigner("Unlisted sender").sign(message))
                .post(Alerts.BASE)
                .then()
                .statusCode(400)
                .body(
                        "errors.message",
                        hasItem(startsWith("The message is signed by a signer who is not on the trust list")));

        XmlSigner listed = new XmlSigner("Listed sender " + UUID.randomUUID());
        String signerId = given().auth()
                .oauth2(Users.PLATFORM_ADMIN)
                .contentType(ContentType.JSON)
                .body(Map.of("label", "Tchad — DGSSIE", "certificate", listed.certificatePem()))
                .post(CapSignatureTest.SIGNERS)
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        try {
            given().auth()
                    .oauth2(Users.TD_ANALYST)
                    .contentType(CapMessages.MEDIA_TYPE)
                    .body(listed.sign(message))
                    .post(Alerts.BASE)
                    .then()
                    .statusCode(201)
                    .body("signature.signer", equalTo("Tchad — DGSSIE"));
            byte[] unsigned = CapMessages.generated("NE-DGPC-" + UUID.randomUUID(), "Actual", "Alert", null, 1);
            given().auth()
                    .oauth2(Users.TD_ANALYST)
                    .contentType(CapMessages.MEDIA_TYPE)
                    .body(unsigned)
                    .post(Alerts.BASE)
                    .then()
                    .statusCode(201)
                    .body("signature.state", equalTo("UNSIGNED"));
        } finally {
            given().auth()
                    .oauth2(Users.PLATFORM_ADMIN)
                    .delete(CapSignatureTest.SIGNERS + "/" + signerId)
                    .then()
                    .statusCode(204);
        }
    }
}

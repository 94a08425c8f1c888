package org.g5sahel.pcms.alerts.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.UUID;
import org.g5sahel.pcms.alerts.AlertsTestResources;
import org.g5sahel.pcms.commons.testing.XmlSigner;
import org.junit.jupiter.api.Test;

/** XML signatures of CAP messages: checked against the administrators' trust list, kept, and served unchanged. */
@QuarkusTest
class CapSignatureTest extends AlertsTestResources {

    static final String SIGNERS = "/api/alerts/v1/cap-trusted-signers";

    @Test
    void aSignatureIsCheckedAgainstTheTrustListAndTheSignedBytesAreServedUnchanged() {
        XmlSigner civilProtection = new XmlSigner("DGPC Niger " + UUID.randomUUID());
        String signerId = given().auth()
                .oauth2(Users.PLATFORM_ADMIN)
                .contentType(ContentType.JSON)
                .body(Map.of("label", "Niger — protection civile", "certificate", civilProtection.certificatePem()))
                .post(SIGNERS)
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        try {
            byte[] signed = civilProtection.sign(message("Moderate"));
            String id = CapRoundTripTest.importAs(Users.NE_ANALYST, signed);
            given().auth()
                    .oauth2(Users.NE_ANALYST)
                    .get(Alerts.BASE + "/" + id)
                    .then()
                    .body("signature.state", equalTo("SIGNED_TRUSTED"))
                    .body("signature.signer", equalTo("Niger — protection civile"));
            assertThat(given().auth()
                            .oauth2(Users.NE_ANALYST)
                            .get(Alerts.BASE + "/" + id + "/original")
                            .then()
                            .statusCode(200)
                            .extract()
                            .asByteArray())
                    .isEqualTo(signed);

            // Severity raised after signing: refused, whoever signed.
            String tampered = new String(signed, StandardCharsets.UTF_8)
                    .replace("<severity>Moderate</severity>", "<severity>Extreme</severity>");
            given().auth()
                    .oauth2(Users.NE_ANALYST)
                    .header("Accept-Language", "en")
                    .contentType(CapMessages.MEDIA_TYPE)
                    .body(tampered.getBytes(StandardCharsets.UTF_8))
                    .post(Alerts.BASE)
                    .then()
                    .statusCode(400)
                    .body(
                            "errors.message",
                            hasItem(org.hamcrest.Matchers.startsWith("The message’s XML signature does not verify")));
        } finally {
            given().auth()
                    .oauth2(Users.PLATFORM_ADMIN)
                    .delete(SIGNERS + "/" + signerId)
                    .then()
                    .statusCode(204);
        }
    }

    @Test
    void aValidSignatureByAnUnlistedSignerAndNoSignatureAreSaidSo() {
        XmlSigner stranger = new XmlSigner("Unknown sender " + UUID.randomUUID());
        String signed = CapRoundTripTest.importAs(Users.BF_ANALYST, stranger.sign(message("Minor")));
        given().auth()
                .oauth2(Users.BF_ANALYST)
                .get(Alerts.BASE + "/" + signed)
                .then()
                .body("signature.state", equalTo("SIGNED_UNTRUSTED"))
                .body("signature.signer", org.hamcrest.Matchers.containsString("CN=Unknown sender"));
        String unsigned = CapRoundTripTest.importAs(Users.BF_ANALYST, message("Minor"));
        given().auth()
                .oauth2(Users.BF_ANALYST)
                .get(Alerts.BASE + "/" + unsigned)
                .then()
                .body("signature.state", equalTo("UNSIGNED"));
    }

    @Test
    void onlyAdministratorsKeepTheTrustListAndAnUnreadableCertificateIsAProblem() {
        given().auth().oauth2(Users.NE_COORDINATOR).get(SIGNERS).then().statusCode(403);
        given().auth()
                .oauth2(Users.NE_COORDINATOR)
                .contentType(ContentType.JSON)
                .body(Map.of("label", "x", "certificate", new XmlSigner("x").certificatePem()))
                .post(SIGNERS)
                .then()
                .statusCode(403);
        given().auth()
                .oauth2(Users.PLATFORM_ADMIN)
                .contentType(ContentType.JSON)
                .body(Map.of("label", "x", "certificate", "not a certificate"))
                .post(SIGNERS)
                .then()
                .statusCode(400)
                .body("errors.field", hasItem("certificate"));
    }

    private static byte[] message(String severity) {
        return new String(
                        CapMessages.generated("NE-DGPC-" + UUID.randomUUID(), "Actual", "Alert", null, 2),
                        StandardCharsets.UTF_8)
                .replace("<severity>Moderate</severity>", "<severity>" + severity + "</severity>")
                .getBytes(StandardCharsets.UTF_8);
    }
}

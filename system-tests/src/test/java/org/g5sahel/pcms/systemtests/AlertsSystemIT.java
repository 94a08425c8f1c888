package org.g5sahel.pcms.systemtests;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import io.restassured.http.ContentType;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import javax.xml.crypto.KeySelector;
import javax.xml.crypto.dsig.XMLSignature;
import javax.xml.crypto.dsig.XMLSignatureFactory;
import javax.xml.crypto.dsig.dom.DOMValidateContext;
import javax.xml.parsers.DocumentBuilderFactory;
import org.g5sahel.pcms.commons.testing.XmlSigner;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Node;

/**
 * The alerts service through the gateway with real Keycloak tokens: Niger drafts and approves an alert (four-eyes),
 * a subscribed Malian agency finds it in its inbox; a Nigerien border officer screens a manifest and gets a hit; a
 * notice is published after review and a diffusion reaches the chosen State's national unit at once; an alert signed by
 * a sender on the trust list goes from Niger to Mali and its signature still verifies there.
 */
class AlertsSystemIT {

    private static final String API = Platform.GATEWAY + "/api/alerts/v1";
    private static final DateTimeFormatter CAP_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ssxxx");

    @BeforeAll
    static void platform() {
        Platform.get();
    }

    @Test
    void anApprovedNigerienAlertReachesASubscribedMalianAgency() {
        String investigator = Tokens.of("ne-investigator");
        String coordinator = Tokens.of("ne-coordinator");
        String malian = Tokens.of("ml-investigator");
        String event = "System test threat " + UUID.randomUUID();

        given().auth()
                .oauth2(malian)
                .header("Idempotency-Key", UUID.randomUUID().toString())
                .contentType(ContentType.JSON)
                .body(Map.of("name", "System test", "events", List.of(event)))
                .post(API + "/subscriptions")
                .then()
                .statusCode(201);

        String id = given().auth()
                .oauth2(investigator)
                .header("Idempotency-Key", UUID.randomUUID().toString())
                .contentType(ContentType.JSON)
                .body(Map.of(
                        "categories",
                        List.of("SECURITY"),
                        "event",
                        event,
                        "urgency",
                        "IMMEDIATE",
                        "severity",
                        "SEVERE",
                        "certainty",
                        "LIKELY",
                        "infos",
                        List.of(
                                Map.of("language", "fr", "headline", "Menace signalée"),
                                Map.of("language", "en", "headline", "Reported threat")),
                        "areas",
                        List.of(Map.of(
                                "description",
                                "Tillabéri",
                                "polygons",
                                List.of("15.9,0.2 15.9,2.5 14.2,2.5 14.2,0.2 15.9,0.2"))),
                        "sharing",
                        Map.of("distribution", "G5")))
                .post(API + "/alerts")
                .then()
                .statusCode(201)
                .body("status", equalTo("DRAFT"))
                .extract()
                .path("id");
        String etag = given().auth()
                .oauth2(investigator)
                .get(API + "/alerts/" + id)
                .then()
                .statusCode(200)
                .extract()
                .header("ETag");
        etag = given().auth()
                .oauth2(investigator)
                .header("If-Match", etag)
                .post(API + "/alerts/" + id + "/submission")
                .then()
                .statusCode(200)
                .extract()
                .header("ETag");
        // The author may not approve; the national coordinator does.
        given().auth()
                .oauth2(investigator)
                .header("If-Match", etag)
                .contentType(ContentType.JSON)
                .body(Map.of("approve", true))
                .post(API + "/alerts/" + id + "/approval")
                .then()
                .statusCode(403);
        given().auth()
                .oauth2(coordinator)
                .header("If-Match", etag)
                .contentType(ContentType.JSON)
                .body(Map.of("approve", true))
                .post(API + "/alerts/" + id + "/approval")
                .then()
                .statusCode(200)
                .body("status", equalTo("ISSUED"));

        given().auth()
                .oauth2(malian)
                .queryParam("limit", 200)
                .get(API + "/inbox")
                .then()
                .statusCode(200)
                .body("items.sourceId", hasItem(id));
        given().auth()
                .oauth2(malian)
                .accept("application/cap+xml")
                .get(API + "/alerts/" + id)
                .then()
                .statusCode(200);
    }

    @Test
    void aSignedAlertOfATrustedSenderReachesAnotherStateAndItsSignatureStillVerifiesThere() throws Exception {
        XmlSigner civilProtection = new XmlSigner("DGPC Niger " + UUID.randomUUID());
        String admin = Tokens.of("platform-admin");
        String signerId = given().auth()
                .oauth2(admin)
                .contentType(ContentType.JSON)
                .body(Map.of("label", "Niger — protection civile", "certificate", civilProtection.certificatePem()))
                .post(API + "/cap-trusted-signers")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        try {
            Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
            byte[] signed = civilProtection.sign("""
                    <?xml version="1.0" encoding="UTF-8"?>
                    <alert xmlns="urn:oasis:names:tc:emergency:cap:1.2">
                      <identifier>NE-DGPC-%s</identifier>
                      <sender>dgpc@protection-civile.example.ne</sender>
                      <sent>%s</sent>
                      <status>Exercise</status>
                      <msgType>Alert</msgType>
                      <scope>Public</scope>
                      <info>
                        <language>fr-NE</language>
                        <category>Rescue</category>
                        <event>Crue du fleuve Niger</event>
                        <urgency>Expected</urgency>
                        <severity>Moderate</severity>
                        <certainty>Likely</certainty>
                        <expires>%s</expires>
                        <headline>Exercice : crue attendue à Ayorou</headline>
                        <area><areaDesc>Ayorou</areaDesc><circle>14.73,0.92 15</circle></area>
                      </info>
                    </alert>
                    """.formatted(
                            UUID.randomUUID(),
                            CAP_TIME.format(now.atOffset(ZoneOffset.UTC)),
                            CAP_TIME.format(now.plus(1, ChronoUnit.DAYS).atOffset(ZoneOffset.UTC)))
                    .strip()
                    .getBytes(StandardCharsets.UTF_8));
            String nigerien = Tokens.of("ne-investigator");
            String coordinator = Tokens.of("ne-coordinator");
            String malian = Tokens.of("ml-investigator");
            String id = given().auth()
                    .oauth2(nigerien)
                    .contentType("application/cap+xml")
                    .body(signed)
                    .post(API + "/alerts")
                    .then()
                    .statusCode(201)
                    .body("signature.state", equalTo("SIGNED_TRUSTED"))
                    .extract()
                    .path("id");
            String etag = given().auth()
                    .oauth2(nigerien)
                    .get(API + "/alerts/" + id)
                    .then()
                    .extract()
                    .header("ETag");
            given().auth()
                    .oauth2(nigerien)
                    .header("If-Match", etag)
                    .post(API + "/alerts/" + id + "/submission")
                    .then()
                    .statusCode(200);
            etag = given().auth()
                    .oauth2(coordinator)
                    .get(API + "/alerts/" + id)
                    .then()
                    .extract()
                    .header("ETag");
            given().auth()
                    .oauth2(coordinator)
                    .header("If-Match", etag)
                    .contentType(ContentType.JSON)
                    .body(Map.of("approve", true))
                    .post(API + "/alerts/" + id + "/approval")
                    .then()
                    .statusCode(200);

            given().auth()
                    .oauth2(malian)
                    .get(API + "/alerts/" + id)
                    .then()
                    .statusCode(200)
                    .body("capStatus", equalTo("Exercise"))
                    .body("signature.state", equalTo("SIGNED_TRUSTED"))
                    .body("signature.signer", equalTo("Niger — protection civile"));
            byte[] original = given().auth()
                    .oauth2(malian)
                    .get(API + "/alerts/" + id + "/original")
                    .then()
                    .statusCode(200)
                    .extract()
                    .asByteArray();
            assertThat(original).isEqualTo(signed);
            assertThat(verifies(original, civilProtection.certificate())).isTrue();
            assertThat(given().auth()
                            .oauth2(malian)
                            .accept("application/cap+xml")
                            .get(API + "/alerts/" + id)
                            .then()
                            .statusCode(200)
                            .extract()
                            .asString())
                    .contains("<status>Exercise</status>", "dgpc@protection-civile.example.ne,NE-DGPC-");
        } finally {
            given().auth()
                    .oauth2(admin)
                    .delete(API + "/cap-trusted-signers/" + signerId)
                    .then()
                    .statusCode(204);
        }
    }

    /** The receiving State's own check, with the JDK alone: the signature over the whole message holds. */
    private static boolean verifies(byte[] xml, X509Certificate certificate) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        Document document = factory.newDocumentBuilder().parse(new ByteArrayInputStream(xml));
        Node signature =
                document.getElementsByTagNameNS(XMLSignature.XMLNS, "Signature").item(0);
        DOMValidateContext context =
                new DOMValidateContext(KeySelector.singletonKeySelector(certificate.getPublicKey()), signature);
        return XMLSignatureFactory.getInstance("DOM")
                .unmarshalXMLSignature(context)
                .validate(context);
    }

    @Test
    void aBorderOfficerScreeningAManifestGetsAHit() {
        String investigator = Tokens.of("ne-investigator");
        String border = Tokens.of("ne-border");
        String passport = "SYS" + UUID.randomUUID().toString().substring(0, 6).toUpperCase();
        given().auth()
                .oauth2(investigator)
                .header("Idempotency-Key", UUID.randomUUID().toString())
                .contentType(ContentType.JSON)
                .body(Map.of(
                        "kind",
                        "PERSON",
                        "details",
                        Map.of(
                                "nameLatin",
                                "Mohamed ould Abdallahi",
                                "dateOfBirth",
                                "1980-03-12",
                                "documents",
                                List.of(Map.of("type", "PASSPORT", "number", passport))),
                        "reason",
                        "System test",
                        "actionRequested",
                        "DISCREET_CHECK"))
                .post(API + "/watchlist-entries")
                .then()
                .statusCode(201);
        given().auth()
                .oauth2(border)
                .contentType(ContentType.JSON)
                .body(Map.of(
                        "purpose",
                        "System test flight",
                        "location",
                        "Niamey airport",
                        "travellers",
                        List.of(
                                Map.of("ref", "1A", "name", "Muhammad Abdallahi", "documentNumbers", List.of(passport)),
                                Map.of("ref", "2B", "name", "Aïssata Maïga"))))
                .post(API + "/screenings")
                .then()
                .statusCode(200)
                .body("hits.itemRef", hasItem("1A"))
                .body("hits.find { it.itemRef == '1A' }.explanation.feature", hasItem("document"));
    }

    @Test
    void aReviewedNoticeAndADiffusionReachTheMalianNationalUnit() {
        String investigator = Tokens.of("ne-investigator");
        String coordinator = Tokens.of("ne-coordinator");
        String malianUnit = Tokens.of("ml-coordinator");
        String chadian = Tokens.of("td-analyst");

        String notice = given().auth()
                .oauth2(investigator)
                .header("Idempotency-Key", UUID.randomUUID().toString())
                .contentType(ContentType.JSON)
                .body(Map.of(
                        "kind",
                        "WANTED",
                        "title",
                        "System test wanted " + UUID.randomUUID(),
                        "summary",
                        "Chef de cellule recherché.",
                        "sharing",
                        Map.of("distribution", "G5")))
                .post(API + "/notices")
                .then()
                .statusCode(201)
                .body("status", equalTo("PENDING_REVIEW"))
                .extract()
                .path("id");
        given().auth().oauth2(malianUnit).get(API + "/notices/" + notice).then().statusCode(404);
        String etag = given().auth()
                .oauth2(coordinator)
                .get(API + "/notices/" + notice)
                .then()
                .statusCode(200)
                .extract()
                .header("ETag");
        given().auth()
                .oauth2(coordinator)
                .header("If-Match", etag)
                .contentType(ContentType.JSON)
                .body(Map.of("approve", true))
                .post(API + "/notices/" + notice + "/review")
                .then()
                .statusCode(200)
                .body("status", equalTo("PUBLISHED"));
        given().auth()
                .oauth2(malianUnit)
                .queryParam("limit", 200)
                .get(API + "/inbox")
                .then()
                .statusCode(200)
                .body("items.sourceId", hasItem(notice));

        String diffusion = given().auth()
                .oauth2(investigator)
                .header("Idempotency-Key", UUID.randomUUID().toString())
                .contentType(ContentType.JSON)
                .body(Map.of(
                        "kind",
                        "MODUS_OPERANDI",
                        "title",
                        "System test diffusion",
                        "summary",
                        "Faux convois.",
                        "recipientStates",
                        List.of("ML")))
                .post(API + "/diffusions")
                .then()
                .statusCode(201)
                .body("status", equalTo("PUBLISHED"))
                .extract()
                .path("id");
        given().auth()
                .oauth2(malianUnit)
                .queryParam("limit", 200)
                .get(API + "/inbox")
                .then()
                .statusCode(200)
                .body("items.sourceId", hasItem(diffusion));
        given().auth()
                .oauth2(chadian)
                .get(API + "/diffusions/" + diffusion)
                .then()
                .statusCode(404);
    }
}

package org.g5sahel.pcms.alerts.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import com.sun.net.httpserver.HttpServer;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import javax.xml.XMLConstants;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.SchemaFactory;
import org.g5sahel.pcms.alerts.AlertsTestResources;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

@QuarkusTest
class CapTest extends AlertsTestResources {

    private static final String CAP = "application/cap+xml";

    @Test
    void exportValidatesAgainstTheCapSchemaAndImportsBack() throws Exception {
        String id = Alerts.issued(Users.NE_INVESTIGATOR, Users.NE_COORDINATOR, Alerts.request("Cross-border convoy"));
        String xml = given().auth()
                .oauth2(Users.ML_INVESTIGATOR)
                .accept(CAP)
                .get(Alerts.BASE + "/" + id)
                .then()
                .statusCode(200)
                .contentType(org.hamcrest.Matchers.startsWith(CAP))
                .extract()
                .asString();
        try (InputStream xsd = getClass().getResourceAsStream("/cap/CAP-v1.2.xsd")) {
            SchemaFactory factory = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
            factory.newSchema(new StreamSource(xsd)).newValidator().validate(new StreamSource(new StringReader(xml)));
        }
        assertThat(xml)
                .contains(
                        "<msgType>Alert</msgType>",
                        "<status>Actual</status>",
                        "<scope>Restricted</scope>",
                        "<language>ar</language>",
                        "<polygon>" + Alerts.TRI_BORDER_POLYGON + "</polygon>",
                        "<urgency>Immediate</urgency>",
                        "<category>Security</category>");

        String importedId = given().auth()
                .oauth2(Users.ML_INVESTIGATOR)
                .contentType(CAP)
                .body(xml.getBytes(StandardCharsets.UTF_8))
                .queryParam("feed", "PCMS-NE")
                .post(Alerts.BASE)
                .then()
                .statusCode(201)
                .body("status", equalTo("DRAFT"))
                .body("event", equalTo("Cross-border convoy"))
                .body("urgency", equalTo("IMMEDIATE"))
                .body("severity", equalTo("SEVERE"))
                .body("infos.language", equalTo(List.of("fr", "en", "ar")))
                .body("areas[0].polygons[0]", equalTo(Alerts.TRI_BORDER_POLYGON))
                .body("areas[0].geocodes[0].value", equalTo("LIPTAKO-GOURMA"))
                .body("sharing.ownerAgency", equalTo("ML-CT"))
                .extract()
                .path("id");
        assertThat(importedId).isNotEqualTo(id);
        // The same message again is a conflict, never a duplicate.
        given().auth()
                .oauth2(Users.ML_INVESTIGATOR)
                .contentType(CAP)
                .body(xml.getBytes(StandardCharsets.UTF_8))
                .post(Alerts.BASE)
                .then()
                .statusCode(409);
    }

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
    void everySharedExampleImports(String file) throws IOException {
        Response response = given().auth()
                .oauth2(Users.BF_ANALYST)
                .contentType(CAP)
                .body(fixture(file))
                .queryParam("feed", file)
                .post(Alerts.BASE);
        response.then().statusCode(201).body("status", equalTo("DRAFT")).body("importedFrom", equalTo(file));
        String id = response.path("id");
        // And what came in goes out again as valid CAP.
        given().auth()
                .oauth2(Users.BF_ANALYST)
                .accept(CAP)
                .get(Alerts.BASE + "/" + id)
                .then()
                .statusCode(200);
    }

    @Test
    void isoLatin1IsReadInItsDeclaredEncoding() throws IOException {
        given().auth()
                .oauth2(Users.TD_ANALYST)
                .contentType(CAP)
                .body(fixture("examples/earthquake-iso8859-1.cap"))
                .post(Alerts.BASE)
                .then()
                .statusCode(201)
                .body("infos[0].headline", org.hamcrest.Matchers.containsString("Usulután"));
    }

    @Test
    void messageFailingTheSchemaIsRefusedWithTheReason() throws IOException {
        given().auth()
                .oauth2(Users.BF_ANALYST)
                .header("Accept-Language", "en")
                .contentType(CAP)
                .body(fixture("negative/invalid.cap"))
                .post(Alerts.BASE)
                .then()
                .statusCode(400)
                .body("errors.field", hasItem("cap"))
                .body("errors.message", hasItem("The message does not validate against the OASIS CAP 1.2 schema."))
                .body("detail", org.hamcrest.Matchers.containsString("scope"));
    }

    @Test
    void emptyReferencesAreRefusedThoughTheSchemaAcceptsThem() throws IOException {
        given().auth()
                .oauth2(Users.BF_ANALYST)
                .header("Accept-Language", "en")
                .contentType(CAP)
                .body(fixture("negative/canada_errors.cap"))
                .post(Alerts.BASE)
                .then()
                .statusCode(400)
                .body("errors.message", hasItem(org.hamcrest.Matchers.startsWith("references must list")));
    }

    @Test
    void externalEntitiesAndXIncludeAreRefusedWithoutAnyOutboundRequest() throws IOException {
        AtomicInteger requests = new AtomicInteger();
        HttpServer trap = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        trap.createContext("/", exchange -> {
            requests.incrementAndGet();
            exchange.sendResponseHeaders(200, -1);
            exchange.close();
        });
        trap.start();
        try {
            String attack = new String(fixture("negative/xee.cap"), StandardCharsets.UTF_8)
                    .replace("localhost:8080", "127.0.0.1:" + trap.getAddress().getPort());
            given().auth()
                    .oauth2(Users.BF_ANALYST)
                    .header("Accept-Language", "en")
                    .contentType(CAP)
                    .body(attack.getBytes(StandardCharsets.UTF_8))
                    .post(Alerts.BASE)
                    .then()
                    .statusCode(400)
                    .body("errors.message", hasItem(org.hamcrest.Matchers.startsWith("DOCTYPE declarations")));
            // XInclude and schemaLocation alone, without the DOCTYPE, must not reach out either.
            String withoutDoctype =
                    attack.replaceAll("(?s)<!DOCTYPE.*?\\]>", "").replace("&xxe;", "");
            given().auth()
                    .oauth2(Users.BF_ANALYST)
                    .contentType(CAP)
                    .body(withoutDoctype.getBytes(StandardCharsets.UTF_8))
                    .post(Alerts.BASE)
                    .then()
                    .statusCode(400);
        } finally {
            trap.stop(0);
        }
        assertThat(requests.get()).isZero();
    }

    @Test
    void malformedAndOversizeBodiesAreProblems() {
        given().auth()
                .oauth2(Users.BF_ANALYST)
                .contentType(CAP)
                .body("<alert".getBytes(StandardCharsets.UTF_8))
                .post(Alerts.BASE)
                .then()
                .statusCode(400)
                .body("errors.field", hasItem("cap"));
        given().auth()
                .oauth2(Users.BF_ANALYST)
                .contentType(CAP)
                .body("<alert xmlns='urn:other'/>".getBytes(StandardCharsets.UTF_8))
                .post(Alerts.BASE)
                .then()
                .statusCode(400);
        given().auth()
                .oauth2(Users.INTERPOL)
                .contentType(CAP)
                .body("<a/>".getBytes(StandardCharsets.UTF_8))
                .post(Alerts.BASE)
                .then()
                .statusCode(403);
    }

    private byte[] fixture(String name) throws IOException {
        try (InputStream in = getClass().getResourceAsStream("/cap/" + name)) {
            return in.readAllBytes();
        }
    }
}

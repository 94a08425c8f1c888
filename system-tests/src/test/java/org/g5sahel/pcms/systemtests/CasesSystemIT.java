package org.g5sahel.pcms.systemtests;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.rabbitmq.client.Channel;
import com.rabbitmq.client.Connection;
import com.rabbitmq.client.ConnectionFactory;
import com.rabbitmq.client.GetResponse;
import io.restassured.http.ContentType;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The heart of the platform through the gateway with real Keycloak tokens: a Malian investigator opens a case and asks
 * Niger for information; Niger answers; Mali shares the case with Niger; a subject Niger adds to its own case hits
 * Mali's subject and both owners are notified — on their correlation lists and by an event each on the broker.
 */
class CasesSystemIT {

    private static final String API = Platform.GATEWAY + "/api/cases/v1";
    private static final ObjectMapper JSON = new ObjectMapper();

    @BeforeAll
    static void platform() {
        Platform.get();
    }

    @Test
    void mlAsksNeShareTheCaseAndACrossBorderHitNotifiesBoth() throws Exception {
        String ml = Tokens.of("ml-investigator");
        String ne = Tokens.of("ne-investigator");
        String passport = "SYS" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();

        try (Connection connection = factory().newConnection("systest-cases");
                Channel channel = connection.createChannel()) {
            String probe = "systest.probe.correlation";
            channel.exchangeDeclare(Platform.EXCHANGE, "topic", true);
            channel.queueDeclare(probe, true, false, false, null);
            channel.queueBind(probe, Platform.EXCHANGE, "cases.correlation.hit");
            channel.queuePurge(probe);

            var mlOpened = given().auth()
                    .oauth2(ml)
                    .contentType(ContentType.JSON)
                    .body("{\"title\":\"Filière de cocaïne Gao – Agadez\",\"threats\":[\"DRUG_TRAFFICKING\"]}")
                    .post(API + "/cases")
                    .then()
                    .statusCode(201)
                    .body("sharing.distribution", equalTo("AGENCY"))
                    .extract();
            String mlCase = mlOpened.path("id");
            String mlReference = mlOpened.path("reference");
            given().auth()
                    .oauth2(ml)
                    .contentType(ContentType.JSON)
                    .body(person("Mohamed Ould Ahmed", passport))
                    .post(API + "/cases/" + mlCase + "/subjects")
                    .then()
                    .statusCode(201);

            String request = given().auth()
                    .oauth2(ml)
                    .contentType(ContentType.JSON)
                    .body(Map.ofEntries(
                            Map.entry("type", "INFORMATION_REQUEST"),
                            Map.entry("caseId", mlCase),
                            Map.entry("recipients", List.of("NE-OCRTIS")),
                            Map.entry("urgency", "URGENT"),
                            Map.entry("subject", "Passeur connu à Agadez ?"),
                            Map.entry("body", "Un passeur utilisant le passeport " + passport + " est-il connu ?"),
                            Map.entry("purpose", "Enquête sur une filière de cocaïne"),
                            Map.entry("legalBasis", "Accord G5 Sahel, art. 5"),
                            Map.entry("handlingCode", "H1"),
                            Map.entry("sourceReliability", "B"),
                            Map.entry("informationAccuracy", 2)))
                    .post(API + "/requests")
                    .then()
                    .statusCode(201)
                    .extract()
                    .path("id");
            given().auth().oauth2(ne).get(API + "/cases/" + mlCase).then().statusCode(404);
            given().auth()
                    .oauth2(ne)
                    .post(API + "/requests/" + request + "/acknowledgement")
                    .then()
                    .statusCode(200);
            given().auth()
                    .oauth2(ne)
                    .contentType(ContentType.JSON)
                    .body(Map.of(
                            "body",
                            "Oui : il est suivi dans notre dossier de trafic à Agadez.",
                            "finalAnswer",
                            true,
                            "handlingCode",
                            "H2",
                            "sourceReliability",
                            "A",
                            "informationAccuracy",
                            2))
                    .post(API + "/requests/" + request + "/replies")
                    .then()
                    .statusCode(201);
            given().auth()
                    .oauth2(ml)
                    .get(API + "/requests/" + request)
                    .then()
                    .statusCode(200)
                    .body("recipients[0].status", equalTo("ANSWERED"))
                    .body("closed", equalTo(true));

            String etag = given().auth()
                    .oauth2(ml)
                    .get(API + "/cases/" + mlCase)
                    .then()
                    .statusCode(200)
                    .extract()
                    .header("ETag");
            given().auth()
                    .oauth2(ml)
                    .contentType(ContentType.JSON)
                    .header("If-Match", etag)
                    .body("{\"distribution\":\"SELECTED\",\"sharedWith\":[\"NE\"]}")
                    .put(API + "/cases/" + mlCase + "/sharing")
                    .then()
                    .statusCode(200);
            given().auth().oauth2(ne).get(API + "/cases/" + mlCase).then().statusCode(200);
            given().auth()
                    .oauth2(Tokens.of("bf-investigator"))
                    .get(API + "/cases/" + mlCase)
                    .then()
                    .statusCode(404);

            var neOpened = given().auth()
                    .oauth2(ne)
                    .contentType(ContentType.JSON)
                    .body("{\"title\":\"Trafic de cocaïne à Agadez\",\"threats\":[\"DRUG_TRAFFICKING\"]}")
                    .post(API + "/cases")
                    .then()
                    .statusCode(201)
                    .extract();
            String neCase = neOpened.path("id");
            String neReference = neOpened.path("reference");
            given().auth()
                    .oauth2(ne)
                    .contentType(ContentType.JSON)
                    .body(person("Ahmed Mohamed", passport.toLowerCase()))
                    .post(API + "/cases/" + neCase + "/subjects")
                    .then()
                    .statusCode(201);

            given().auth()
                    .oauth2(ml)
                    .get(API + "/correlations")
                    .then()
                    .statusCode(200)
                    .body("find { it.caseId == '" + mlCase + "' }.otherAgency", equalTo("NE-OCRTIS"));
            given().auth()
                    .oauth2(ne)
                    .get(API + "/correlations")
                    .then()
                    .statusCode(200)
                    .body("find { it.caseId == '" + neCase + "' }.otherAgency", equalTo("ML-CT"))
                    .body("caseId", hasItem(neCase));

            // One event per owner, each carrying its own case's reference and only the other side's owner and
            // reference.
            Map<String, JsonNode> byCase = new java.util.HashMap<>();
            await().atMost(Duration.ofSeconds(30))
                    .pollInterval(Duration.ofMillis(250))
                    .until(() -> {
                        GetResponse message;
                        while ((message = channel.basicGet(probe, true)) != null) {
                            JsonNode event = JSON.readTree(message.getBody());
                            byCase.put(event.get("data").get("caseReference").asText(), event);
                        }
                        return byCase.keySet().containsAll(Set.of(mlReference, neReference));
                    });
            assertThat(byCase.get(mlReference).get("owneragency").asText()).isEqualTo("ML-CT");
            assertThat(byCase.get(mlReference)
                            .get("data")
                            .get("otherCaseReference")
                            .asText())
                    .isEqualTo(neReference);
            assertThat(byCase.get(neReference).get("owneragency").asText()).isEqualTo("NE-OCRTIS");
            assertThat(byCase.get(neReference).get("data").get("otherAgency").asText())
                    .isEqualTo("ML-CT");
            assertThat(byCase.get(neReference).get("data").toString())
                    .doesNotContain(passport.toLowerCase())
                    .doesNotContain("Mohamed");
        }
    }

    private static String person(String name, String passport) {
        return "{\"kind\":\"PERSON\",\"role\":\"SUSPECT\",\"chainStage\":\"LOGISTICS\",\"person\":{\"nameLatin\":\""
                + name + "\",\"documents\":[{\"type\":\"PASSPORT\",\"number\":\"" + passport + "\"}]}}";
    }

    private static ConnectionFactory factory() {
        ConnectionFactory factory = new ConnectionFactory();
        factory.setHost("127.0.0.1");
        return factory;
    }
}

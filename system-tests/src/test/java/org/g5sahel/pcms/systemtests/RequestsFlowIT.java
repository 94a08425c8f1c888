package org.g5sahel.pcms.systemtests;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import io.restassured.http.ContentType;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Exchange requests that flow, through the gateway with real Keycloak tokens: Mali asks Niger, Niger answers and
 * Mali's inbox shows the answer (how soon is printed); a request to an agency the directory does not know is refused
 * naming it; a request to INTERPOL is read and answered by INTERPOL's system and by no other partner's; the
 * criminal-record extract follows the answer.
 */
class RequestsFlowIT {

    private static final String CASES = Platform.GATEWAY + "/api/cases/v1";
    private static final String INBOX = Platform.GATEWAY + "/api/alerts/v1/inbox";

    @BeforeAll
    static void platform() {
        Platform.get();
    }

    @Test
    void theAnswerReachesTheRequestersInboxAndTheExtractFollowsIt() {
        String ml = Tokens.of("ml-investigator");
        String ne = Tokens.of("ne-investigator");
        String request = send(ml, "NE-OCRTIS", "Antécédents de Moussa Ag Ibrahim ?");
        String path = CASES + "/requests/" + request;
        await().atMost(Duration.ofSeconds(5))
                .pollInterval(Duration.ofMillis(100))
                .until(() -> !notifications(ne, request, "REQUEST_RECEIVED").isEmpty());

        given().auth()
                .oauth2(ne)
                .contentType(ContentType.JSON)
                .body(Map.of(
                        "body",
                        "Condamné à Niamey en 2019 ; extrait du casier judiciaire à suivre.",
                        "finalAnswer",
                        true,
                        "handlingCode",
                        "H1",
                        "sourceReliability",
                        "A",
                        "informationAccuracy",
                        1))
                .post(path + "/replies")
                .then()
                .statusCode(201);
        long answeredAt = System.nanoTime();
        // How soon is measured and printed, not asserted: a busy build machine is not what this test is about.
        await().atMost(Duration.ofSeconds(10))
                .pollInterval(Duration.ofMillis(50))
                .until(() -> !notifications(ml, request, "REQUEST_ANSWERED").isEmpty());
        System.out.printf(
                "Requests flow: the answer was in the requester's inbox %d ms after it was sent%n",
                (System.nanoTime() - answeredAt) / 1_000_000);
        assertThat(notifications(ml, request, "REQUEST_ANSWERED"))
                .singleElement()
                .satisfies(item -> assertThat((String) item.get("title")).contains("NE-OCRTIS"));
        given().auth()
                .oauth2(ml)
                .get(path)
                .then()
                .statusCode(200)
                .body("closed", equalTo(true))
                .body("recipients[0].status", equalTo("ANSWERED"));

        // After the answer, the answering agency sends the extract; the requester downloads it and is told.
        byte[] extract = "%PDF-1.7\nExtrait du casier judiciaire n° 3\n%%EOF".getBytes(StandardCharsets.UTF_8);
        String attachment = given().auth()
                .oauth2(ne)
                .contentType("application/pdf")
                .queryParam("name", "casier.pdf")
                .body(extract)
                .post(path + "/attachments")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        byte[] downloaded = given().auth()
                .oauth2(ml)
                .get(path + "/attachments/" + attachment)
                .then()
                .statusCode(200)
                .extract()
                .asByteArray();
        assertThat(downloaded).isEqualTo(extract);
        await().atMost(Duration.ofSeconds(5))
                .pollInterval(Duration.ofMillis(100))
                .until(() -> !notifications(ml, request, "REQUEST_ATTACHMENT").isEmpty());
        assertThat(notifications(ml, request, "REQUEST_ATTACHMENT"))
                .singleElement()
                .satisfies(item -> assertThat((String) item.get("title")).contains("casier.pdf"));
        // Nobody else of Mali hears of it.
        assertThat(notifications(Tokens.of("ml-analyst"), request, null)).isEmpty();
    }

    @Test
    void aRecipientTheDirectoryDoesNotKnowIs422NamingIt() {
        Map<String, Object> body = request("ML-CTX", "Véhicule vu à Ménaka");
        body.put("recipients", List.of("ML-CT", "ML-CTX"));
        given().auth()
                .oauth2(Tokens.of("ne-investigator"))
                .contentType(ContentType.JSON)
                .header("Accept-Language", "en")
                .body(body)
                .post(CASES + "/requests")
                .then()
                .statusCode(422)
                .contentType("application/problem+json")
                .body("type", equalTo("https://pcms.g5sahel.org/problems/unknown-recipient"))
                .body("detail", containsString("ML-CTX"))
                .body("errors[0].field", equalTo("recipients[1]"));
    }

    @Test
    void interpolsSystemReadsAndAnswersTheRequestAddressedToItAndUnodcsDoesNot() {
        String ml = Tokens.of("ml-investigator");
        String interpol = Tokens.partner("interpol-connector");
        String unodc = Tokens.partner("unodc-connector");
        String request = send(ml, "INTERPOL-GS", "Notice rouge pour Moussa Ag Ibrahim ?");
        String path = CASES + "/requests/" + request;

        given().auth()
                .oauth2(interpol)
                .queryParam("box", "received")
                .get(CASES + "/requests")
                .then()
                .statusCode(200)
                .body("items.id", hasItem(request));
        given().auth()
                .oauth2(interpol)
                .get(path)
                .then()
                .statusCode(200)
                .body("subject", equalTo("Notice rouge pour Moussa Ag Ibrahim ?"));
        given().auth().oauth2(unodc).get(path).then().statusCode(404);
        given().auth().oauth2(unodc).post(path + "/acknowledgement").then().statusCode(404);

        given().auth().oauth2(interpol).post(path + "/acknowledgement").then().statusCode(200);
        given().auth()
                .oauth2(interpol)
                .contentType(ContentType.JSON)
                .body(Map.of(
                        "body",
                        "Notice rouge A-1234/5-2024 en vigueur.",
                        "finalAnswer",
                        true,
                        "handlingCode",
                        "H0",
                        "sourceReliability",
                        "A",
                        "informationAccuracy",
                        1))
                .post(path + "/replies")
                .then()
                .statusCode(201);
        given().auth()
                .oauth2(ml)
                .get(path)
                .then()
                .statusCode(200)
                .body("recipients[0].agency", equalTo("INTERPOL-GS"))
                .body("recipients[0].status", equalTo("ANSWERED"));
        await().atMost(Duration.ofSeconds(5))
                .pollInterval(Duration.ofMillis(100))
                .until(() -> !notifications(ml, request, "REQUEST_ANSWERED").isEmpty());
        // A partner answers requests; it sends none.
        given().auth()
                .oauth2(interpol)
                .contentType(ContentType.JSON)
                .body(request("ML-CT", "Question"))
                .post(CASES + "/requests")
                .then()
                .statusCode(403);
    }

    private static String send(String token, String recipient, String subject) {
        return given().auth()
                .oauth2(token)
                .contentType(ContentType.JSON)
                .body(request(recipient, subject))
                .post(CASES + "/requests")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
    }

    private static Map<String, Object> request(String recipient, String subject) {
        Map<String, Object> body = new HashMap<>();
        body.put("type", "INFORMATION_REQUEST");
        body.put("recipients", List.of(recipient));
        body.put("urgency", "URGENT");
        body.put("subject", subject);
        body.put("body", "Merci de nous dire ce que vos fichiers contiennent sur cette personne.");
        body.put("purpose", "Enquête sur une filière d'enlèvements");
        body.put("legalBasis", "Accord G5 Sahel, art. 5");
        body.put("handlingCode", "H1");
        body.put("sourceReliability", "B");
        body.put("informationAccuracy", 2);
        return body;
    }

    /** The caller's agency's notifications about the request, of one kind (any when null). */
    private static List<Map<String, Object>> notifications(String token, String requestId, String kind) {
        List<Map<String, Object>> items = given().auth()
                .oauth2(token)
                .queryParam("limit", 200)
                .get(INBOX)
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getList("items");
        return items.stream()
                .filter(item -> String.valueOf(item.get("sourceId")).startsWith(requestId))
                .filter(item -> kind == null || kind.equals(item.get("kind")))
                .toList();
    }
}

package org.g5sahel.pcms.cases.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.g5sahel.pcms.cases.DirectoryTestResource;
import org.g5sahel.pcms.cases.service.ExchangeRequestService;
import org.junit.jupiter.api.Test;

/**
 * Exchange requests that flow: recipients checked against the directory, an event at every step for the agencies it
 * concerns only, partner organisations answering what is addressed to them, files after the answer, late recipients
 * reported once.
 */
@QuarkusTest
class RequestFlowTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Inject
    EntityManager entityManager;

    @Inject
    ExchangeRequestService requests;

    @Test
    void recipientsTheDirectoryDoesNotKnowOrHasDeactivatedAre422NamingThemAndNothingIsSent() {
        String marker = UUID.randomUUID().toString();
        Map<String, Object> body = new HashMap<>(Cases.requestBody("ML-CTX"));
        body.put("subject", marker);
        body.put("recipients", List.of("ML-CT", "ML-CTX", DirectoryTestResource.DEACTIVATED, "XX-POLICE"));
        given().auth()
                .oauth2(Users.NE_INVESTIGATOR)
                .contentType(ContentType.JSON)
                .header("Accept-Language", "en")
                .body(body)
                .post(Cases.REQUESTS)
                .then()
                .statusCode(422)
                .contentType("application/problem+json")
                .body("type", equalTo("https://pcms.g5sahel.org/problems/unknown-recipient"))
                .body(
                        "detail",
                        equalTo("Not active agencies or partners of the directory: ML-CTX, TD-DISSOUS, XX-POLICE."))
                .body("errors.field", equalTo(List.of("recipients[1]", "recipients[2]", "recipients[3]")))
                .body("errors[1].message", equalTo("This agency is deactivated in the directory."));
        given().auth()
                .oauth2(Users.NE_INVESTIGATOR)
                .queryParam("box", "sent")
                .queryParam("limit", 200)
                .get(Cases.REQUESTS)
                .then()
                .statusCode(200)
                .body("items.subject", not(hasItem(marker)));
    }

    @Test
    void everyStepPublishesItsEventForTheAgenciesItConcernsWithoutTheRequestsContent() throws Exception {
        String id = mlAsks("NE-OCRTIS", "BF-CT");
        String path = Cases.REQUESTS + "/" + id;
        given().auth()
                .oauth2(Users.NE_INVESTIGATOR)
                .post(path + "/acknowledgement")
                .then()
                .statusCode(200);
        Cases.reply(Users.NE_INVESTIGATOR, path, "Le véhicule appartient à un transporteur d'Arlit.", true)
                .then()
                .statusCode(201);
        given().auth()
                .oauth2(Users.BF_INVESTIGATOR)
                .contentType(ContentType.JSON)
                .body("{\"reason\":\"Hors de notre compétence\"}")
                .post(path + "/decline")
                .then()
                .statusCode(200);

        JsonNode sent = event("cases.request.sent", id);
        assertThat(sent.path("type").asText()).isEqualTo("pcms.cases.request.sent.v1");
        assertThat(envelope(sent)).isEqualTo("ML ML-CT SELECTED");
        assertThat(sent.at("/data/sharedWith").toString()).isEqualTo("[\"BF-CT\",\"NE-OCRTIS\"]");
        assertThat(sent.at("/data/recipients").toString()).isEqualTo("[\"BF-CT\",\"NE-OCRTIS\"]");
        assertThat(sent.at("/data/reference").asText()).startsWith("ML-REQ-");
        // Named and dated, never told: the content is read through the API by those it is addressed to.
        assertThat(sent.toString())
                .doesNotContain("Hilux")
                .doesNotContain("Identification")
                .doesNotContain("cocaïne");

        JsonNode acknowledged = event("cases.request.acknowledged", id);
        assertThat(envelope(acknowledged)).isEqualTo("ML ML-CT AGENCY");
        assertThat(acknowledged.at("/data/recipientAgency").asText()).isEqualTo("NE-OCRTIS");
        JsonNode answered = event("cases.request.answered", id);
        assertThat(envelope(answered)).isEqualTo("ML ML-CT AGENCY");
        assertThat(answered.at("/data/status").asText()).isEqualTo("ANSWERED");
        assertThat(answered.toString()).doesNotContain("Arlit");
        JsonNode declined = event("cases.request.declined", id);
        assertThat(envelope(declined)).isEqualTo("ML ML-CT AGENCY");
        assertThat(declined.at("/data/recipientAgency").asText()).isEqualTo("BF-CT");
        assertThat(declined.at("/data/reason").asText()).isEqualTo("Hors de notre compétence");
    }

    @Test
    void aPartnerSystemReadsAndAnswersTheRequestsAddressedToItsOrganisationOnly() {
        Map<String, Object> body = new HashMap<>(Cases.requestBody("INTERPOL-GS"));
        body.put("subject", "Notice rouge : vérification d'identité");
        String id = Cases.sendRequest(Users.ML_INVESTIGATOR, body);
        String path = Cases.REQUESTS + "/" + id;

        given().auth()
                .oauth2(Users.INTERPOL)
                .queryParam("box", "received")
                .get(Cases.REQUESTS)
                .then()
                .statusCode(200)
                .body("items.id", hasItem(id));
        given().auth()
                .oauth2(Users.INTERPOL)
                .get(path)
                .then()
                .statusCode(200)
                .body("subject", equalTo("Notice rouge : vérification d'identité"))
                .body("recipients.agency", equalTo(List.of("INTERPOL-GS")));
        // Another partner's system sees nothing of it and cannot act on it.
        given().auth().oauth2(Users.UNODC).get(path).then().statusCode(404);
        given().auth()
                .oauth2(Users.UNODC)
                .queryParam("box", "received")
                .get(Cases.REQUESTS)
                .then()
                .statusCode(200)
                .body("items.id", not(hasItem(id)));
        given().auth()
                .oauth2(Users.UNODC)
                .post(path + "/acknowledgement")
                .then()
                .statusCode(404);
        Cases.reply(Users.UNODC, path, "Rien", true).then().statusCode(404);

        given().auth()
                .oauth2(Users.INTERPOL)
                .post(path + "/acknowledgement")
                .then()
                .statusCode(200);
        Cases.reply(Users.INTERPOL, path, "Personne connue : notice rouge A-1234/5-2024.", true)
                .then()
                .statusCode(201);
        given().auth()
                .oauth2(Users.ML_INVESTIGATOR)
                .get(path)
                .then()
                .statusCode(200)
                .body("recipients[0].status", equalTo("ANSWERED"))
                .body("closed", equalTo(true));
        given().auth()
                .oauth2(Users.ML_INVESTIGATOR)
                .get(path + "/replies")
                .then()
                .statusCode(200)
                .body("authorAgency", equalTo(List.of("INTERPOL-GS")));
        // Partners answer; they do not send requests.
        given().auth()
                .oauth2(Users.INTERPOL)
                .contentType(ContentType.JSON)
                .body(Cases.requestBody("ML-CT"))
                .post(Cases.REQUESTS)
                .then()
                .statusCode(403);
    }

    @Test
    void theAnsweringSideAttachesAfterItsAnswerAndTheSenderIsTold() throws Exception {
        String id = mlAsks("NE-OCRTIS", "BF-CT");
        String path = Cases.REQUESTS + "/" + id;
        Cases.reply(Users.NE_INVESTIGATOR, path, "Condamné en 2019 : extrait à suivre.", true)
                .then()
                .statusCode(201);
        given().auth()
                .oauth2(Users.BF_INVESTIGATOR)
                .contentType(ContentType.JSON)
                .body("{\"reason\":\"Aucune information\"}")
                .post(path + "/decline")
                .then()
                .statusCode(200);
        given().auth().oauth2(Users.ML_INVESTIGATOR).get(path).then().body("closed", equalTo(true));

        // The request is closed, yet the recipient that answered sends the criminal-record extract.
        byte[] extract = "%PDF-1.7\nExtrait de casier judiciaire\n%%EOF".getBytes(StandardCharsets.US_ASCII);
        String attachment = attach(Users.NE_INVESTIGATOR, path, "casier.pdf", extract)
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        byte[] downloaded = given().auth()
                .oauth2(Users.ML_INVESTIGATOR)
                .get(path + "/attachments/" + attachment)
                .then()
                .statusCode(200)
                .extract()
                .asByteArray();
        assertThat(downloaded).isEqualTo(extract);
        // The recipient that declined and the sender of a closed request attach nothing more.
        attach(Users.BF_INVESTIGATOR, path, "note.pdf", extract).then().statusCode(409);
        attach(Users.ML_INVESTIGATOR, path, "question.pdf", extract).then().statusCode(409);
        given().auth()
                .oauth2(Users.ML_INVESTIGATOR)
                .get(path + "/attachments")
                .then()
                .statusCode(200)
                .body("fileName", equalTo(List.of("casier.pdf")));

        JsonNode added = event("cases.request.attachment-added", id);
        assertThat(envelope(added)).isEqualTo("ML ML-CT AGENCY");
        assertThat(added.at("/data/recipientAgency").asText()).isEqualTo("NE-OCRTIS");
        assertThat(added.at("/data/fileName").asText()).isEqualTo("casier.pdf");
        assertThat(added.at("/data/afterAnswer").asBoolean()).isTrue();
        assertThat(entityManager
                        .createNativeQuery("select actor_agency || ' ' || outcome || ' ' || purpose"
                                + " from audit_log where record_id = :id and outcome like 'ATTACHED%'")
                        .setParameter("id", id)
                        .getResultList())
                .containsExactly("NE-OCRTIS ATTACHED_AFTER_ANSWER attachment casier.pdf");
    }

    @Test
    void eachLateRecipientIsReportedOnceToTheSenderAndItself() throws Exception {
        String id = mlAsks("NE-OCRTIS", "BF-CT", "TD-CT");
        String path = Cases.REQUESTS + "/" + id;
        Cases.reply(Users.BF_INVESTIGATOR, path, "Rien à signaler.", true)
                .then()
                .statusCode(201);
        given().auth()
                .oauth2(Users.NE_INVESTIGATOR)
                .post(path + "/acknowledgement")
                .then()
                .statusCode(200);
        requests.reportOverdue(Instant.now());
        assertThat(events("cases.request.overdue", id)).isEmpty();

        QuarkusTransaction.requiringNew()
                .run(() -> entityManager
                        .createNativeQuery(
                                "update exchange_request set due_at = now() - interval '1 hour' where id = :id")
                        .setParameter("id", UUID.fromString(id))
                        .executeUpdate());
        requests.reportOverdue(Instant.now());
        requests.reportOverdue(Instant.now());

        List<JsonNode> overdue = events("cases.request.overdue", id);
        assertThat(overdue)
                .extracting(event -> envelope(event) + " " + event.at("/data/sharedWith"))
                .containsExactlyInAnyOrder("ML ML-CT SELECTED [\"NE-OCRTIS\"]", "ML ML-CT SELECTED [\"TD-CT\"]");
        assertThat(overdue)
                .extracting(event -> event.at("/data/status").asText())
                .containsExactlyInAnyOrder("ACKNOWLEDGED", "SENT");
    }

    /** ML-CT's request to the agencies named; returns its id. */
    private static String mlAsks(String... recipients) {
        Map<String, Object> body = new HashMap<>(Cases.requestBody(recipients[0]));
        body.put("recipients", List.of(recipients));
        return Cases.sendRequest(Users.ML_INVESTIGATOR, body);
    }

    private static io.restassured.response.Response attach(String token, String path, String name, byte[] pdf) {
        return given().auth()
                .oauth2(token)
                .contentType("application/pdf")
                .body(pdf)
                .queryParam("name", name)
                .post(path + "/attachments");
    }

    private static String envelope(JsonNode event) {
        return event.path("ownerstate").asText() + " "
                + event.path("owneragency").asText() + " "
                + event.path("distribution").asText();
    }

    private JsonNode event(String routingKey, String requestId) throws Exception {
        List<JsonNode> found = events(routingKey, requestId);
        assertThat(found).as(routingKey).hasSize(1);
        return found.get(0);
    }

    @SuppressWarnings("unchecked")
    private List<JsonNode> events(String routingKey, String requestId) throws Exception {
        List<String> payloads = entityManager
                .createNativeQuery("select cast(payload as text) from outbox_event"
                        + " where routing_key = :key and payload->>'subject' = :id")
                .setParameter("key", routingKey)
                .setParameter("id", requestId)
                .getResultList();
        List<JsonNode> events = new ArrayList<>();
        for (String payload : payloads) {
            events.add(JSON.readTree(payload));
        }
        return events;
    }
}

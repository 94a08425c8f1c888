package org.g5sahel.pcms.cases.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Information-exchange requests: lifecycle, overdue, who sees what, attachments and refusals. */
@QuarkusTest
class ExchangeRequestTest {

    @Inject
    EntityManager entityManager;

    @Test
    void mlAsksNeWhichAcknowledgesAndAnswersWhileOthersSeeNothing() {
        String caseId = Cases.openCase(Users.ML_INVESTIGATOR, null);
        Map<String, Object> body = new HashMap<>(Cases.requestBody("NE-OCRTIS"));
        body.put("caseId", caseId);
        body.put("recipients", List.of("NE-OCRTIS", "BF-CT"));
        String id = given().auth()
                .oauth2(Users.ML_INVESTIGATOR)
                .contentType(ContentType.JSON)
                .body(body)
                .post(Cases.REQUESTS)
                .then()
                .statusCode(201)
                .body("reference", org.hamcrest.Matchers.startsWith("ML-REQ-"))
                .body("recipients.status", equalTo(List.of("SENT", "SENT")))
                .body("overdue", equalTo(false))
                .extract()
                .path("id");
        String path = Cases.REQUESTS + "/" + id;

        given().auth()
                .oauth2(Users.NE_INVESTIGATOR)
                .get(path)
                .then()
                .statusCode(200)
                .body("caseId", nullValue())
                .body("recipients.agency", equalTo(List.of("NE-OCRTIS")))
                .body("addressees", hasItem("BF-CT"));
        given().auth()
                .oauth2(Users.NE_INVESTIGATOR)
                .get(Cases.CASES + "/" + caseId)
                .then()
                .statusCode(404);
        given().auth().oauth2(Users.NE_COORDINATOR).get(path).then().statusCode(404);
        given().auth().oauth2(Users.ML_ANALYST).get(path).then().statusCode(403);
        given().auth().oauth2(Users.G5_COORDINATOR).get(path).then().statusCode(404);
        given().auth()
                .oauth2(Users.NE_COORDINATOR)
                .queryParam("box", "received")
                .get(Cases.REQUESTS)
                .then()
                .statusCode(200)
                .body("items.id", not(hasItem(id)));
        given().auth()
                .oauth2(Users.NE_INVESTIGATOR)
                .queryParam("box", "received")
                .get(Cases.REQUESTS)
                .then()
                .statusCode(200)
                .body("items.id", hasItem(id));

        given().auth()
                .oauth2(Users.ML_INVESTIGATOR)
                .post(path + "/acknowledgement")
                .then()
                .statusCode(403);
        given().auth()
                .oauth2(Users.NE_INVESTIGATOR)
                .post(path + "/acknowledgement")
                .then()
                .statusCode(200)
                .body("recipients[0].status", equalTo("ACKNOWLEDGED"));
        given().auth()
                .oauth2(Users.NE_INVESTIGATOR)
                .post(path + "/acknowledgement")
                .then()
                .statusCode(409);
        Cases.reply(Users.NE_INVESTIGATOR, path, "Le véhicule appartient à un transporteur d'Arlit.", true)
                .then()
                .statusCode(201);
        Cases.reply(Users.NE_INVESTIGATOR, path, "Encore une chose", false)
                .then()
                .statusCode(409);
        given().auth()
                .oauth2(Users.BF_INVESTIGATOR)
                .contentType(ContentType.JSON)
                .body("{\"reason\":\"\"}")
                .post(path + "/decline")
                .then()
                .statusCode(400);
        Cases.reply(Users.ML_INVESTIGATOR, path, "Merci", false).then().statusCode(201);

        // BF reads the sender's messages but never NE's answer.
        given().auth()
                .oauth2(Users.BF_INVESTIGATOR)
                .get(path + "/replies")
                .then()
                .statusCode(200)
                .body("authorAgency", equalTo(List.of("ML-CT")));
        given().auth()
                .oauth2(Users.ML_INVESTIGATOR)
                .get(path + "/replies")
                .then()
                .statusCode(200)
                .body("authorAgency", equalTo(List.of("NE-OCRTIS", "ML-CT")));
        given().auth()
                .oauth2(Users.BF_INVESTIGATOR)
                .contentType(ContentType.JSON)
                .body("{\"reason\":\"Hors de notre compétence\"}")
                .post(path + "/decline")
                .then()
                .statusCode(200);
        given().auth()
                .oauth2(Users.ML_INVESTIGATOR)
                .get(path)
                .then()
                .statusCode(200)
                .body("closed", equalTo(true))
                .body("recipients.status", equalTo(List.of("DECLINED", "ANSWERED")))
                .body("recipients[0].declinedReason", equalTo("Hors de notre compétence"));
        Cases.reply(Users.ML_INVESTIGATOR, path, "Une dernière question", false)
                .then()
                .statusCode(409)
                .contentType("application/problem+json");
        given().auth()
                .oauth2(Users.ML_INVESTIGATOR)
                .get(Cases.CASES + "/" + caseId + "/timeline")
                .then()
                .statusCode(200)
                .body("kind", hasItem("REQUEST_SENT"))
                .body("kind", hasItem("REQUEST_ANSWERED"))
                .body("kind", hasItem("REQUEST_DECLINED"));
    }

    @Test
    void aRequestPastItsDueDateWithARecipientYetToAnswerIsOverdue() {
        String id = Cases.sendRequest(Users.ML_INVESTIGATOR, Cases.requestBody("NE-OCRTIS"));
        given().auth()
                .oauth2(Users.ML_INVESTIGATOR)
                .queryParam("overdue", true)
                .get(Cases.REQUESTS)
                .then()
                .statusCode(200)
                .body("items.id", not(hasItem(id)));
        // The due date passes (urgent: 3 days).
        QuarkusTransaction.requiringNew()
                .run(() -> entityManager
                        .createNativeQuery(
                                "update exchange_request set due_at = now() - interval '1 hour' where id = :id")
                        .setParameter("id", UUID.fromString(id))
                        .executeUpdate());
        given().auth()
                .oauth2(Users.ML_INVESTIGATOR)
                .get(Cases.REQUESTS + "/" + id)
                .then()
                .body("overdue", equalTo(true));
        given().auth()
                .oauth2(Users.ML_INVESTIGATOR)
                .queryParam("overdue", true)
                .get(Cases.REQUESTS)
                .then()
                .statusCode(200)
                .body("items.id", hasItem(id));
        Cases.reply(Users.NE_INVESTIGATOR, Cases.REQUESTS + "/" + id, "Réponse tardive", true)
                .then()
                .statusCode(201);
        given().auth()
                .oauth2(Users.ML_INVESTIGATOR)
                .get(Cases.REQUESTS + "/" + id)
                .then()
                .body("overdue", equalTo(false));
    }

    @Test
    void theDueDateDefaultsByUrgency() {
        Map<String, Object> body = new HashMap<>(Cases.requestBody("NE-OCRTIS"));
        body.put("urgency", "IMMEDIATE");
        Instant before = Instant.now();
        String dueAt = given().auth()
                .oauth2(Users.ML_INVESTIGATOR)
                .contentType(ContentType.JSON)
                .body(body)
                .post(Cases.REQUESTS)
                .then()
                .statusCode(201)
                .extract()
                .path("dueAt");
        org.assertj.core.api.Assertions.assertThat(Instant.parse(dueAt))
                .isBetween(before.plus(24, ChronoUnit.HOURS), Instant.now().plus(24, ChronoUnit.HOURS));
    }

    @Test
    void badRequestsAreRefusedWithTheReasonAndNothingIsSent() {
        String marker = UUID.randomUUID().toString();
        for (Map.Entry<String, Object> change : List.of(
                Map.entry("recipients", (Object) List.of("ML-CT")),
                Map.entry("recipients", (Object) List.of("ML-POLICE")),
                Map.entry("purpose", (Object) " "),
                Map.entry("dueAt", (Object) "2020-01-01T00:00:00Z"),
                Map.entry("urgency", (Object) "WHENEVER"),
                Map.entry("handlingCode", (Object) "H3"))) {
            Map<String, Object> body = new HashMap<>(Cases.requestBody("NE-OCRTIS"));
            body.put("subject", marker);
            body.put(change.getKey(), change.getValue());
            given().auth()
                    .oauth2(Users.ML_INVESTIGATOR)
                    .contentType(ContentType.JSON)
                    .header("Accept-Language", "en")
                    .body(body)
                    .post(Cases.REQUESTS)
                    .then()
                    .statusCode(400)
                    .contentType("application/problem+json");
        }
        given().auth()
                .oauth2(Users.ML_INVESTIGATOR)
                .queryParam("box", "sent")
                .queryParam("limit", 200)
                .get(Cases.REQUESTS)
                .then()
                .statusCode(200)
                .body("items.subject", not(hasItem(marker)));
        given().auth()
                .oauth2(Users.ML_INVESTIGATOR)
                .queryParam("box", "outbox")
                .get(Cases.REQUESTS)
                .then()
                .statusCode(400);
    }

    @Test
    void attachmentsAreCheckedStoredAndSeenOnlyByThoseTheyAreFor() {
        String id = Cases.sendRequest(Users.ML_INVESTIGATOR, Cases.requestBody("NE-OCRTIS"));
        String path = Cases.REQUESTS + "/" + id + "/attachments";
        byte[] pdf = "%PDF-1.7\n1 0 obj << /Type /Catalog >> endobj\n%%EOF".getBytes(StandardCharsets.US_ASCII);
        String attachment = given().auth()
                .oauth2(Users.ML_INVESTIGATOR)
                .contentType("application/pdf")
                .body(pdf)
                .queryParam("name", "rapport.pdf")
                .post(path)
                .then()
                .statusCode(201)
                .body("sizeBytes", equalTo(pdf.length))
                .extract()
                .path("id");
        byte[] downloaded = given().auth()
                .oauth2(Users.NE_INVESTIGATOR)
                .get(path + "/" + attachment)
                .then()
                .statusCode(200)
                .header("Content-Type", "application/pdf")
                .extract()
                .asByteArray();
        org.assertj.core.api.Assertions.assertThat(downloaded).isEqualTo(pdf);
        given().auth()
                .oauth2(Users.BF_INVESTIGATOR)
                .get(path + "/" + attachment)
                .then()
                .statusCode(404);

        byte[] executable = {0x7f, 'E', 'L', 'F', 2, 1, 1, 0};
        given().auth()
                .oauth2(Users.ML_INVESTIGATOR)
                .contentType("application/pdf")
                .body(executable)
                .queryParam("name", "rapport2.pdf")
                .post(path)
                .then()
                .statusCode(415)
                .contentType("application/problem+json");
        given().auth()
                .oauth2(Users.ML_INVESTIGATOR)
                .contentType("application/x-msdownload")
                .body(executable)
                .queryParam("name", "outil.exe")
                .post(path)
                .then()
                .statusCode(415);
        given().auth()
                .oauth2(Users.ML_INVESTIGATOR)
                .contentType("text/plain")
                .body(new byte[5000])
                .queryParam("name", "gros.txt")
                .post(path)
                .then()
                .statusCode(413)
                .contentType("application/problem+json");
        given().auth()
                .oauth2(Users.ML_INVESTIGATOR)
                .contentType("text/plain")
                .body("note".getBytes(StandardCharsets.UTF_8))
                .queryParam("name", "../../etc/passwd")
                .post(path)
                .then()
                .statusCode(400);
        given().auth()
                .oauth2(Users.NE_INVESTIGATOR)
                .contentType("text/plain")
                .body("Liste des passagers".getBytes(StandardCharsets.UTF_8))
                .queryParam("name", "liste.txt")
                .post(path)
                .then()
                .statusCode(201);
        given().auth()
                .oauth2(Users.ML_INVESTIGATOR)
                .get(path)
                .then()
                .statusCode(200)
                .body("fileName", equalTo(List.of("rapport.pdf", "liste.txt")));
    }
}

package org.g5sahel.pcms.aml.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** FIU-to-FIU requests: required purpose, reply, the consent gate before onward dissemination, feedback, parties. */
@QuarkusTest
class FiuRequestResourceTest {

    private static final String REQUESTS = "/api/aml/v1/fiu-requests";

    @Inject
    EntityManager entityManager;

    @Test
    void aRequestNeedsPurposeForeseenUseAFutureDueDateAndAnotherStatesFiu() {
        given().auth()
                .oauth2(Users.ML_FIU)
                .contentType(ContentType.JSON)
                .body(request("NE-FIU").replace("\"purpose\":\"Réseau hawala Gao–Niamey\",", ""))
                .post(REQUESTS)
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", hasItem("purpose"));
        given().auth()
                .oauth2(Users.ML_FIU)
                .contentType(ContentType.JSON)
                .body(request("NE-FIU").replace("\"foreseenUse\":\"Renseignement financier\",", ""))
                .post(REQUESTS)
                .then()
                .statusCode(400)
                .body("errors.field", hasItem("foreseenUse"));
        given().auth()
                .oauth2(Users.ML_FIU)
                .contentType(ContentType.JSON)
                .header("Accept-Language", "en")
                .body(request("ML-FIU").replace(LocalDate.now().plusDays(10).toString(), "2020-01-01"))
                .post(REQUESTS)
                .then()
                .statusCode(400)
                .body("errors.field", equalTo(List.of("answeringAgency", "dueDate")))
                .body("errors[1].message", equalTo("The due date cannot be in the past."));
        given().auth()
                .oauth2(Users.ML_FIU)
                .contentType(ContentType.JSON)
                .body(request("NE-OCRTIS"))
                .post(REQUESTS)
                .then()
                .statusCode(400)
                .body("errors.field", equalTo(List.of("answeringAgency")));
        given().auth()
                .oauth2(Users.ML_FIU)
                .contentType(ContentType.JSON)
                .body(request("NE-FIU").replace("URGENT", "SOON"))
                .post(REQUESTS)
                .then()
                .statusCode(400);
        given().auth()
                .oauth2(Users.ML_INVESTIGATOR)
                .contentType(ContentType.JSON)
                .body(request("NE-FIU"))
                .post(REQUESTS)
                .then()
                .statusCode(403);
    }

    @Test
    void theReplyGoesToLawEnforcementOnlyWithTheAnsweringFiusConsentAndFeedbackClosesTheRequest() {
        ExtractableResponse<Response> sent = given().auth()
                .oauth2(Users.ML_FIU)
                .contentType(ContentType.JSON)
                .header("Idempotency-Key", UUID.randomUUID().toString())
                .body(request("NE-FIU"))
                .post(REQUESTS)
                .then()
                .statusCode(201)
                .body("reference", org.hamcrest.Matchers.matchesPattern("^ML-RFI-\\d{4}-\\d{6}$"))
                .body("status", equalTo("SENT"))
                .body("urgency", equalTo("URGENT"))
                .body("consent.status", equalTo("NOT_REQUESTED"))
                .extract();
        String path = REQUESTS + "/" + sent.path("id");
        String etag = sent.header("ETag");

        // Nothing to pass on before the reply; the requester cannot answer its own request.
        given().auth()
                .oauth2(Users.ML_FIU)
                .contentType(ContentType.JSON)
                .header("If-Match", etag)
                .body(consentRequest())
                .post(path + "/consent-request")
                .then()
                .statusCode(409);
        given().auth()
                .oauth2(Users.ML_FIU)
                .contentType(ContentType.JSON)
                .header("If-Match", etag)
                .body("{\"reply\":\"x\"}")
                .post(path + "/reply")
                .then()
                .statusCode(403);
        etag = given().auth()
                .oauth2(Users.NE_FIU)
                .contentType(ContentType.JSON)
                .header("If-Match", etag)
                .body("{\"reply\":\"Trois virements hawala vers Niamey, bénéficiaire connu de nos services.\"}")
                .post(path + "/reply")
                .then()
                .statusCode(200)
                .body("status", equalTo("ANSWERED"))
                .body("repliedBy", equalTo("ne-fiu"))
                .extract()
                .header("ETag");
        given().auth()
                .oauth2(Users.NE_FIU)
                .contentType(ContentType.JSON)
                .header("If-Match", etag)
                .body("{\"reply\":\"encore\"}")
                .post(path + "/reply")
                .then()
                .statusCode(409);

        // Without consent, onward dissemination is refused and nothing is written.
        given().auth()
                .oauth2(Users.ML_FIU)
                .contentType(ContentType.JSON)
                .header("If-Match", etag)
                .body(dissemination("ML-CT"))
                .post(path + "/disseminations")
                .then()
                .statusCode(409)
                .contentType("application/problem+json");
        etag = given().auth()
                .oauth2(Users.ML_FIU)
                .contentType(ContentType.JSON)
                .header("If-Match", etag)
                .body(consentRequest())
                .post(path + "/consent-request")
                .then()
                .statusCode(200)
                .body("consent.status", equalTo("PENDING"))
                .body("consent.recipients", equalTo(List.of("ML-CT")))
                .extract()
                .header("ETag");
        given().auth()
                .oauth2(Users.ML_FIU)
                .contentType(ContentType.JSON)
                .header("If-Match", etag)
                .body(dissemination("ML-CT"))
                .post(path + "/disseminations")
                .then()
                .statusCode(409);
        given().auth()
                .oauth2(Users.ML_FIU)
                .contentType(ContentType.JSON)
                .header("If-Match", etag)
                .body("{\"granted\":true}")
                .post(path + "/consent")
                .then()
                .statusCode(403);
        etag = given().auth()
                .oauth2(Users.NE_FIU)
                .contentType(ContentType.JSON)
                .header("If-Match", etag)
                .body("{\"granted\":true,\"conditions\":\"Renseignement uniquement, pas comme preuve\"}")
                .post(path + "/consent")
                .then()
                .statusCode(200)
                .body("consent.status", equalTo("GRANTED"))
                .body("consent.decidedBy", equalTo("ne-fiu"))
                .extract()
                .header("ETag");
        // Consent covers the agencies asked for, not others.
        given().auth()
                .oauth2(Users.ML_FIU)
                .contentType(ContentType.JSON)
                .header("If-Match", etag)
                .body(dissemination("ML-POLICE"))
                .post(path + "/disseminations")
                .then()
                .statusCode(409);
        given().auth()
                .oauth2(Users.ML_FIU)
                .contentType(ContentType.JSON)
                .header("If-Match", etag)
                .body(dissemination("NE-OCRTIS"))
                .post(path + "/disseminations")
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("recipient"));
        assertThat(disseminationCount(sent.path("id"))).isZero();
        etag = given().auth()
                .oauth2(Users.ML_FIU)
                .contentType(ContentType.JSON)
                .header("If-Match", etag)
                .body(dissemination("ML-CT"))
                .post(path + "/disseminations")
                .then()
                .statusCode(200)
                .body("disseminations.recipient", equalTo(List.of("ML-CT")))
                .extract()
                .header("ETag");
        assertThat(disseminationCount(sent.path("id"))).isEqualTo(1);

        given().auth()
                .oauth2(Users.NE_FIU)
                .contentType(ContentType.JSON)
                .header("If-Match", etag)
                .body("{\"usefulness\":\"HIGH\"}")
                .post(path + "/feedback")
                .then()
                .statusCode(403);
        given().auth()
                .oauth2(Users.ML_FIU)
                .contentType(ContentType.JSON)
                .header("If-Match", etag)
                .body("{\"usefulness\":\"HIGH\",\"feedback\":\"A permis l'ouverture d'une enquête\"}")
                .post(path + "/feedback")
                .then()
                .statusCode(200)
                .body("status", equalTo("CLOSED"))
                .body("usefulness", equalTo("HIGH"));
        given().auth()
                .oauth2(Users.NE_FIU)
                .get(path)
                .then()
                .statusCode(200)
                .body("usefulness", equalTo("HIGH"))
                .body("disseminations[0].purpose", equalTo("Enquête ML-CASE-2026-000031"));
    }

    @Test
    void aRefusedConsentKeepsTheReplyWithTheFius() {
        ExtractableResponse<Response> sent = given().auth()
                .oauth2(Users.NE_FIU)
                .contentType(ContentType.JSON)
                .body(request("BF-FIU"))
                .post(REQUESTS)
                .then()
                .statusCode(201)
                .extract();
        String path = REQUESTS + "/" + sent.path("id");
        String etag = given().auth()
                .oauth2(Users.BF_FIU)
                .contentType(ContentType.JSON)
                .header("If-Match", sent.header("ETag"))
                .body("{\"reply\":\"Aucun compte connu.\"}")
                .post(path + "/reply")
                .then()
                .statusCode(200)
                .extract()
                .header("ETag");
        etag = given().auth()
                .oauth2(Users.NE_FIU)
                .contentType(ContentType.JSON)
                .header("If-Match", etag)
                .body("{\"recipients\":[\"NE-OCRTIS\"],\"purpose\":\"Enquête stupéfiants\"}")
                .post(path + "/consent-request")
                .then()
                .statusCode(200)
                .extract()
                .header("ETag");
        etag = given().auth()
                .oauth2(Users.BF_FIU)
                .contentType(ContentType.JSON)
                .header("If-Match", etag)
                .body("{\"granted\":false,\"conditions\":\"Enquête burkinabè en cours\"}")
                .post(path + "/consent")
                .then()
                .statusCode(200)
                .body("consent.status", equalTo("REFUSED"))
                .extract()
                .header("ETag");
        given().auth()
                .oauth2(Users.BF_FIU)
                .contentType(ContentType.JSON)
                .header("If-Match", etag)
                .body("{\"granted\":true}")
                .post(path + "/consent")
                .then()
                .statusCode(409);
        given().auth()
                .oauth2(Users.NE_FIU)
                .contentType(ContentType.JSON)
                .header("If-Match", etag)
                .body("{\"recipient\":\"NE-OCRTIS\",\"purpose\":\"Enquête\"}")
                .post(path + "/disseminations")
                .then()
                .statusCode(409);
    }

    @Test
    void onlyTheTwoFiusSeeARequest() {
        String id = given().auth()
                .oauth2(Users.ML_FIU)
                .contentType(ContentType.JSON)
                .body(request("NE-FIU"))
                .post(REQUESTS)
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        String path = REQUESTS + "/" + id;
        for (String party : new String[] {Users.ML_FIU, Users.NE_FIU}) {
            given().auth().oauth2(party).get(path).then().statusCode(200);
            given().auth()
                    .oauth2(party)
                    .queryParam("limit", 200)
                    .get(REQUESTS)
                    .then()
                    .statusCode(200)
                    .body("items.id", hasItem(id));
        }
        given().auth().oauth2(Users.BF_FIU).get(path).then().statusCode(404);
        given().auth()
                .oauth2(Users.BF_FIU)
                .queryParam("limit", 200)
                .get(REQUESTS)
                .then()
                .statusCode(200)
                .body("items.id", not(hasItem(id)));
        for (String other : new String[] {
            Users.ML_INVESTIGATOR,
            Users.ML_ANALYST,
            Users.ML_COORDINATOR,
            Users.G5_COORDINATOR,
            Users.G5_AUDITOR,
            Users.INTERPOL,
            Users.NE_BORDER
        }) {
            given().auth().oauth2(other).get(path).then().statusCode(403);
            given().auth().oauth2(other).get(REQUESTS).then().statusCode(403);
        }
        given().get(path).then().statusCode(401);
    }

    private long disseminationCount(String requestId) {
        return QuarkusTransaction.requiringNew()
                .call(() -> ((Number) entityManager
                                .createNativeQuery(
                                        "select count(*) from fiu_request_dissemination where request_id = cast(:id as uuid)")
                                .setParameter("id", requestId)
                                .getSingleResult())
                        .longValue());
    }

    private static String consentRequest() {
        return "{\"recipients\":[\"ML-CT\"],\"purpose\":\"Enquête financement du terrorisme ML-CASE-2026-000031\"}";
    }

    private static String dissemination(String recipient) {
        return "{\"recipient\":\"" + recipient + "\",\"purpose\":\"Enquête ML-CASE-2026-000031\"}";
    }

    static String request(String answering) {
        return "{\"answeringAgency\":\"" + answering + "\",\"purpose\":\"Réseau hawala Gao–Niamey\","
                + "\"foreseenUse\":\"Renseignement financier\",\"urgency\":\"URGENT\","
                + "\"dueDate\":\"" + LocalDate.now().plusDays(10) + "\","
                + "\"question\":\"Comptes et transferts connus de Moussa Ag Assarid ?\","
                + "\"subjectNames\":[\"Moussa Ag Assarid\"]}";
    }
}

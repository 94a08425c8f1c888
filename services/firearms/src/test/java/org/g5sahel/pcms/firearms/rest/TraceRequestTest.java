package org.g5sahel.pcms.firearms.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import java.time.Duration;
import java.time.LocalDate;
import java.util.UUID;
import org.g5sahel.pcms.commons.testing.TestClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** ITI trace requests: submitted by Niger to Burkina Faso (last import), acknowledged, answered; overdue by the clock. */
@QuarkusTest
class TraceRequestTest {

    @AfterEach
    void realTime() {
        TestClock.reset();
    }

    @Test
    void submittedAcknowledgedAnsweredWithTheTransferChain() {
        ExtractableResponse<Response> submitted = submit(Users.NE_FIREARMS, request("BF", "LAST_IMPORT", "URGENT"));
        String id = submitted.path("id");
        String path = Api.TRACE_REQUESTS + "/" + id;
        assertThat((String) submitted.path("reference")).startsWith("NE-TR-");
        assertThat((String) submitted.path("dueDate"))
                .isEqualTo(LocalDate.now().plusDays(7).toString());
        assertThat((String) submitted.path("status")).isEqualTo("SUBMITTED");

        // The requester cannot answer its own request; answering before acknowledging is out of order.
        given().auth()
                .oauth2(Users.NE_FIREARMS)
                .header("If-Match", "\"0\"")
                .post(path + "/acknowledgement")
                .then()
                .statusCode(403);
        given().auth()
                .oauth2(Users.BF_FIREARMS)
                .header("If-Match", "\"0\"")
                .contentType(ContentType.JSON)
                .body("{\"outcome\":\"NOT_TRACED\"}")
                .post(path + "/answer")
                .then()
                .statusCode(409);
        given().auth()
                .oauth2(Users.BF_FIREARMS)
                .queryParam("box", "received")
                .get(Api.TRACE_REQUESTS)
                .then()
                .statusCode(200)
                .body("items.id", hasItem(id));
        given().auth().oauth2(Users.ML_FIREARMS).get(path).then().statusCode(404);

        String etag = given().auth()
                .oauth2(Users.BF_FIREARMS)
                .header("If-Match", "\"0\"")
                .post(path + "/acknowledgement")
                .then()
                .statusCode(200)
                .body("status", equalTo("ACKNOWLEDGED"))
                .body("acknowledgedBy", equalTo("bf-firearms (BF-GENDARMERIE)"))
                .extract()
                .header("ETag");
        given().auth()
                .oauth2(Users.BF_FIREARMS)
                .header("If-Match", etag)
                .post(path + "/acknowledgement")
                .then()
                .statusCode(409);
        given().auth()
                .oauth2(Users.BF_FIREARMS)
                .header("If-Match", etag)
                .contentType(ContentType.JSON)
                .body("{\"outcome\":\"TRACED\"}")
                .post(path + "/answer")
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("lastLegalHolder"));
        given().auth()
                .oauth2(Users.BF_FIREARMS)
                .header("If-Match", etag)
                .contentType(ContentType.JSON)
                .body("{\"outcome\":\"TRACED\",\"lastLegalHolder\":\"Gendarmerie nationale, brigade de Dori\","
                        + "\"transferChain\":[{\"from\":\"Izhmash\",\"to\":\"Ministère de la Défense BF\",\"on\":\"2004-05-02\","
                        + "\"document\":\"Import licence 2004/117\"},{\"from\":\"Ministère de la Défense BF\","
                        + "\"to\":\"Gendarmerie nationale, brigade de Dori\",\"on\":\"2005-01-10\"}]}")
                .post(path + "/answer")
                .then()
                .statusCode(200)
                .body("status", equalTo("ANSWERED"))
                .body("outcome", equalTo("TRACED"))
                .body("transferChain[0].document", equalTo("Import licence 2004/117"))
                .body("transferChain[1].on", equalTo("2005-01-10"));
        given().auth()
                .oauth2(Users.NE_FIREARMS)
                .get(path)
                .then()
                .statusCode(200)
                .body("lastLegalHolder", equalTo("Gendarmerie nationale, brigade de Dori"))
                .body("transferChain.to", hasItem("Ministère de la Défense BF"))
                .body("overdue", equalTo(false));
        assertThat(Api.eventsAbout(id))
                .containsExactly(
                        "firearms.trace-request.submitted",
                        "firearms.trace-request.acknowledged",
                        "firearms.trace-request.answered");
    }

    @Test
    void aRequestUnansweredPastItsDueDateIsOverdueUntilAnswered() {
        String id = submit(Users.NE_FIREARMS, request("BF", "LAST_IMPORT", "ROUTINE"))
                .path("id");
        String path = Api.TRACE_REQUESTS + "/" + id;
        given().auth().oauth2(Users.NE_FIREARMS).get(path).then().body("overdue", equalTo(false));
        given().auth()
                .oauth2(Users.NE_FIREARMS)
                .queryParam("overdue", true)
                .get(Api.TRACE_REQUESTS)
                .then()
                .body("items.id", not(hasItem(id)));

        TestClock.advance(Duration.ofDays(31));
        given().auth().oauth2(Users.NE_FIREARMS).get(path).then().body("overdue", equalTo(true));
        given().auth()
                .oauth2(Users.BF_FIREARMS)
                .queryParam("box", "received")
                .queryParam("overdue", true)
                .get(Api.TRACE_REQUESTS)
                .then()
                .statusCode(200)
                .body("items.id", hasItem(id));
        given().auth()
                .oauth2(Users.BF_FIREARMS)
                .header("If-Match", "\"0\"")
                .post(path + "/acknowledgement")
                .then()
                .statusCode(200)
                .body("overdue", equalTo(true));
        given().auth()
                .oauth2(Users.BF_COORDINATOR)
                .header("If-Match", "\"1\"")
                .contentType(ContentType.JSON)
                .body("{\"outcome\":\"DECLINED\"}")
                .post(path + "/answer")
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("detail"));
        given().auth()
                .oauth2(Users.BF_COORDINATOR)
                .header("If-Match", "\"1\"")
                .contentType(ContentType.JSON)
                .body("{\"outcome\":\"DECLINED\",\"detail\":\"Ongoing national investigation\"}")
                .post(path + "/answer")
                .then()
                .statusCode(200)
                .body("overdue", equalTo(false))
                .body("answerDetail", equalTo("Ongoing national investigation"));
        given().auth()
                .oauth2(Users.BF_FIREARMS)
                .queryParam("overdue", true)
                .get(Api.TRACE_REQUESTS)
                .then()
                .body("items.id", not(hasItem(id)));
    }

    @Test
    void aRequestFromARecordCopiesItsMarkingsAndChecksTheAddressee() {
        String record = Api.registerId(Users.NE_FIREARMS, Api.firearm(Api.uniqueSerial("TR"), "NATIONAL"));
        given().auth()
                .oauth2(Users.NE_FIREARMS)
                .contentType(ContentType.JSON)
                .body("{\"addressedTo\":\"ML\",\"addresseeBasis\":\"LAST_IMPORT\",\"firearmId\":\"" + record
                        + "\",\"circumstances\":\"Found in a cache\"}")
                .post(Api.TRACE_REQUESTS)
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("addressedTo"));
        given().auth()
                .oauth2(Users.NE_FIREARMS)
                .contentType(ContentType.JSON)
                .body("{\"addressedTo\":\"BF\",\"addresseeBasis\":\"LAST_IMPORT\",\"firearmId\":\"" + record
                        + "\",\"circumstances\":\"Found in a cache\"}")
                .post(Api.TRACE_REQUESTS)
                .then()
                .statusCode(201)
                .body("make", equalTo("Kalashnikov"))
                .body("importCountry", equalTo("BF"))
                .body("sharing.distribution", equalTo("SELECTED"))
                .body("sharing.sharedWith", org.hamcrest.Matchers.contains("BF"));
    }

    @Test
    void badRequestsAreProblems() {
        given().auth()
                .oauth2(Users.NE_FIREARMS)
                .contentType(ContentType.JSON)
                .body(request("NE", "LAST_IMPORT", "ROUTINE")
                        .replace("\"importCountry\":\"BF\"", "\"importCountry\":\"NE\""))
                .post(Api.TRACE_REQUESTS)
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("addressedTo"));
        given().auth()
                .oauth2(Users.NE_FIREARMS)
                .contentType(ContentType.JSON)
                .body(request("RU", "MANUFACTURE", "ROUTINE"))
                .post(Api.TRACE_REQUESTS)
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("addressedTo"));
        given().auth()
                .oauth2(Users.NE_FIREARMS)
                .contentType(ContentType.JSON)
                .body(request("BF", "LAST_IMPORT", "ROUTINE").replace("}", ",\"dueDate\":\"" + LocalDate.now() + "\"}"))
                .post(Api.TRACE_REQUESTS)
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("dueDate"));
        given().auth()
                .oauth2(Users.NE_FIREARMS)
                .contentType(ContentType.JSON)
                .body("{\"addressedTo\":\"BF\",\"addresseeBasis\":\"LAST_IMPORT\",\"circumstances\":\"x\"}")
                .post(Api.TRACE_REQUESTS)
                .then()
                .statusCode(400)
                .body("errors.field", hasItem("make"))
                .body("errors.field", hasItem("serialNumber"));
        given().auth()
                .oauth2(Users.NE_FIREARMS)
                .queryParam("box", "elsewhere")
                .get(Api.TRACE_REQUESTS)
                .then()
                .statusCode(400);
        given().auth().oauth2(Users.INTERPOL).get(Api.TRACE_REQUESTS).then().statusCode(403);
    }

    private static ExtractableResponse<Response> submit(String token, String body) {
        return given().auth()
                .oauth2(token)
                .header("Idempotency-Key", UUID.randomUUID().toString())
                .contentType(ContentType.JSON)
                .body(body)
                .post(Api.TRACE_REQUESTS)
                .then()
                .statusCode(201)
                .extract();
    }

    static String request(String addressedTo, String basis, String urgency) {
        return "{\"addressedTo\":\"" + addressedTo + "\",\"addresseeBasis\":\"" + basis
                + "\",\"type\":\"ASSAULT_RIFLE\","
                + "\"make\":\"Kalashnikov\",\"model\":\"AKM\",\"calibre\":\"7.62x39\",\"serialNumber\":\""
                + Api.uniqueSerial("TR") + "\",\"manufactureCountry\":\"RU\",\"manufactureYear\":1978,"
                + "\"importCountry\":\"BF\",\"importYear\":2004,\"circumstances\":\"Recovered after an attack near Ménaka\","
                + "\"urgency\":\"" + urgency + "\"}";
    }
}

package org.g5sahel.pcms.aml.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The link graph: depth-limited walk across reports through shared accounts and documents, visible reports only. */
@QuarkusTest
class GraphResourceTest {

    private static final String GRAPH = "/api/aml/v1/graph";

    @Test
    void theWalkCrossesReportsByAccountAndDocumentUpToTheDepthAndNeverIntoHiddenReports() {
        String account = "ML" + Math.abs(UUID.randomUUID().getMostSignificantBits());
        String passport = "P" + Math.abs(UUID.randomUUID().getLeastSignificantBits());
        String first = create(Users.ML_FIU, "Moussa Ag Assarid", passport, account, "Issa Maïga");
        String second = create(Users.ML_FIU, "Moussa Ag Assarid", passport, account, "Fatouma Walet Ahmed");
        // Niger's FIU holds the same account number: Mali's analysts must not reach it.
        String hidden = create(Users.NE_FIU, "Oumarou Hamani", null, account, "Hadiza Saley");

        graph(Users.ML_FIU, first, 1)
                .body("nodes.reportId", not(hasItem(hidden)))
                .body("nodes.findAll { it.distance == 0 }.reportId", everyItem(equalTo(first)))
                .body(
                        "nodes.findAll { it.distance == 1 && it.reportId == '" + second + "' }.kind",
                        hasItems("SUBJECT", "ACCOUNT"))
                .body("nodes.find { it.label == 'Fatouma Walet Ahmed' }", equalTo(null))
                .body("edges.kind", hasItems("HOLDS", "SENT", "RECEIVED", "SAME_ACCOUNT", "SAME_IDENTITY"));
        graph(Users.ML_FIU, first, 3)
                .body("nodes.reportId", not(hasItem(hidden)))
                .body("nodes.find { it.label == 'Fatouma Walet Ahmed' }.reportId", equalTo(second))
                .body("nodes.find { it.label == 'Fatouma Walet Ahmed' }.distance", equalTo(3))
                .body("truncated", equalTo(false));

        given().auth()
                .oauth2(Users.NE_FIU)
                .queryParam("accountNumber", account)
                .get(GRAPH)
                .then()
                .statusCode(200)
                .body("nodes.reportId", everyItem(equalTo(hidden)))
                .body("nodes.label", hasItems("Oumarou Hamani", "Hadiza Saley"));
        given().auth()
                .oauth2(Users.ML_FIU)
                .queryParam("subjectId", subjectOf(Users.NE_FIU, hidden))
                .get(GRAPH)
                .then()
                .statusCode(404);
        for (String outsider : new String[] {Users.NE_FIU, Users.ML_INVESTIGATOR, Users.ML_ANALYST}) {
            given().auth()
                    .oauth2(outsider)
                    .queryParam("reportId", first)
                    .get(GRAPH)
                    .then()
                    .statusCode(404);
        }
        for (String forbidden :
                new String[] {Users.NE_BORDER, Users.G5_COORDINATOR, Users.INTERPOL, Users.ML_COORDINATOR}) {
            given().auth()
                    .oauth2(forbidden)
                    .queryParam("reportId", first)
                    .get(GRAPH)
                    .then()
                    .statusCode(403);
        }
        given().queryParam("reportId", first).get(GRAPH).then().statusCode(401);
    }

    @Test
    void theStartingPointAndDepthAreChecked() {
        given().auth()
                .oauth2(Users.ML_FIU)
                .get(GRAPH)
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", equalTo(List.of("reportId")));
        given().auth()
                .oauth2(Users.ML_FIU)
                .queryParam("reportId", UUID.randomUUID())
                .queryParam("accountNumber", "123")
                .get(GRAPH)
                .then()
                .statusCode(400);
        given().auth()
                .oauth2(Users.ML_FIU)
                .header("Accept-Language", "en")
                .queryParam("reportId", UUID.randomUUID())
                .queryParam("depth", 4)
                .get(GRAPH)
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("depth"))
                .body("errors[0].message", equalTo("depth must be between 1 and 3."));
        given().auth()
                .oauth2(Users.ML_FIU)
                .queryParam("reportId", UUID.randomUUID())
                .get(GRAPH)
                .then()
                .statusCode(404);
    }

    private static ValidatableResponse graph(String token, String reportId, int depth) {
        return given().auth()
                .oauth2(token)
                .queryParam("reportId", reportId)
                .queryParam("depth", depth)
                .get(GRAPH)
                .then()
                .statusCode(200)
                .body("depth", equalTo(depth))
                .body("nodes", not(hasSize(0)));
    }

    private static String subjectOf(String token, String reportId) {
        return given().auth()
                .oauth2(token)
                .get("/api/aml/v1/reports/" + reportId)
                .then()
                .statusCode(200)
                .extract()
                .path("subjects[0].id");
    }

    /** A report: the holder of the account wires money from it to a beneficiary. */
    static String create(String token, String holder, String passport, String account, String beneficiary) {
        String body = "{\"kind\":\"STR\",\"reportingEntity\":\"Ecobank\",\"entityReference\":\"G-" + UUID.randomUUID()
                + "\",\"submissionDate\":\"2026-03-01T10:00:00Z\",\"reason\":\"Virements sortants répétés\","
                + "\"subjects\":[{\"key\":\"h\",\"kind\":\"PERSON\",\"role\":\"ACCOUNT_HOLDER\",\"fullName\":\""
                + holder
                + "\"" + (passport == null ? "" : ",\"idNumber\":\"" + passport + "\"") + "},"
                + "{\"key\":\"b\",\"kind\":\"PERSON\",\"role\":\"BENEFICIARY\",\"fullName\":\"" + beneficiary + "\"}],"
                + "\"accounts\":[{\"key\":\"a\",\"kind\":\"BANK\",\"institution\":\"Ecobank\",\"number\":\"" + account
                + "\",\"holder\":\"h\"}],"
                + "\"transactions\":[{\"occurredAt\":\"2026-02-20T08:00:00Z\",\"amount\":4000000,\"currency\":\"XOF\","
                + "\"channel\":\"WIRE\",\"fromAccount\":\"a\",\"fromSubject\":\"h\",\"toSubject\":\"b\"}]}";
        return given().auth()
                .oauth2(token)
                .contentType(ContentType.JSON)
                .body(body)
                .post("/api/aml/v1/reports")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
    }
}

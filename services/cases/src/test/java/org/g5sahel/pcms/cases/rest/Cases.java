package org.g5sahel.pcms.cases.rest;

import static io.restassured.RestAssured.given;

import io.restassured.http.ContentType;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import java.util.Map;
import java.util.UUID;

/** Requests the cases tests make again and again. */
final class Cases {

    static final String CASES = "/api/cases/v1/cases";
    static final String REQUESTS = "/api/cases/v1/requests";

    private Cases() {}

    /** Opens a case with a unique word in its title (to find it by search) and the given sharing. */
    static ExtractableResponse<Response> open(String token, String marker, String sharingJson) {
        String body = """
                {"title":"Filière Gao – Agadez %s","summary":"Convois de cocaïne vers la Libye",
                 "threats":["DRUG_TRAFFICKING","MONEY_LAUNDERING"],"prosecutor":"Pôle judiciaire spécialisé"%s}""".formatted(marker, sharingJson == null ? "" : ",\"sharing\":" + sharingJson);
        return given().auth()
                .oauth2(token)
                .contentType(ContentType.JSON)
                .body(body)
                .post(CASES)
                .then()
                .statusCode(201)
                .extract();
    }

    static String openCase(String token, String sharingJson) {
        return open(token, UUID.randomUUID().toString().substring(0, 8), sharingJson)
                .path("id");
    }

    static Response addSubject(String token, String caseId, String json) {
        return given().auth()
                .oauth2(token)
                .contentType(ContentType.JSON)
                .body(json)
                .post(CASES + "/" + caseId + "/subjects");
    }

    static String etag(String token, String path) {
        return given().auth()
                .oauth2(token)
                .get(path)
                .then()
                .statusCode(200)
                .extract()
                .header("ETag");
    }

    /** Sends an exchange request; returns its id. */
    static String sendRequest(String token, Map<String, Object> body) {
        return given().auth()
                .oauth2(token)
                .contentType(ContentType.JSON)
                .body(body)
                .post(REQUESTS)
                .then()
                .statusCode(201)
                .extract()
                .path("id");
    }

    /** A reply in a request's thread ({@code path} is the request's), graded B2 and H0. */
    static Response reply(String token, String path, String text, boolean finalAnswer) {
        return given().auth()
                .oauth2(token)
                .contentType(ContentType.JSON)
                .body(Map.of(
                        "body",
                        text,
                        "finalAnswer",
                        finalAnswer,
                        "handlingCode",
                        "H0",
                        "sourceReliability",
                        "B",
                        "informationAccuracy",
                        2))
                .post(path + "/replies");
    }

    static Map<String, Object> requestBody(String recipient) {
        return Map.of(
                "type",
                "INFORMATION_REQUEST",
                "recipients",
                java.util.List.of(recipient),
                "urgency",
                "URGENT",
                "subject",
                "Identification d'un véhicule",
                "body",
                "Un Toyota Hilux vu à Assamaka le 12 novembre.",
                "purpose",
                "Enquête sur une filière de cocaïne",
                "legalBasis",
                "Accord G5 Sahel, art. 5",
                "handlingCode",
                "H1",
                "sourceReliability",
                "B",
                "informationAccuracy",
                2);
    }
}

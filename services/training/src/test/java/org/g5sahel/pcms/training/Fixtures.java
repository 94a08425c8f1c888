package org.g5sahel.pcms.training;

import static io.restassured.RestAssured.given;

import io.restassured.http.ContentType;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import java.time.LocalDate;
import java.util.UUID;

/** Courses, sessions and nominations made through the API, as their users would. */
public final class Fixtures {

    public static final String API = "/api/training/v1";

    static {
        io.restassured.RestAssured.enableLoggingOfRequestAndResponseIfValidationFails();
    }

    private Fixtures() {}

    public static String course(String token, boolean assessed) {
        String code = "TST-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
        return given().auth()
                .oauth2(token)
                .header("Idempotency-Key", UUID.randomUUID().toString())
                .contentType(ContentType.JSON)
                .body(courseBody(code, assessed, null))
                .post(API + "/courses")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
    }

    public static String courseBody(String code, boolean assessed, String distribution) {
        return "{\"code\":\"" + code
                + "\",\"titleFr\":\"Livraisons surveillées\",\"titleEn\":\"Controlled deliveries\","
                + "\"descriptionFr\":\"Techniques spéciales d’enquête\",\"descriptionEn\":\"Special investigative techniques\","
                + "\"topics\":[\"CONTROLLED_DELIVERIES\",\"DRUG_TRAFFICKING\"],\"modality\":\"CLASSROOM\","
                + "\"durationDays\":5,\"partner\":\"UNODC\",\"assessmentRequired\":" + assessed + ",\"passMark\":60,"
                + "\"certificateValidityMonths\":24"
                + (distribution == null ? "" : ",\"sharing\":{\"distribution\":\"" + distribution + "\"}") + "}";
    }

    /** An open session of five days starting {@code start}, capacity and quotas as given ({@code "NE":2,"ML":1}). */
    public static ExtractableResponse<Response> session(
            String token, String courseId, LocalDate start, int capacity, String quotas) {
        return given().auth()
                .oauth2(token)
                .header("Idempotency-Key", UUID.randomUUID().toString())
                .contentType(ContentType.JSON)
                .body(sessionBody(courseId, start, capacity, quotas, true))
                .post(API + "/sessions")
                .then()
                .statusCode(201)
                .extract();
    }

    public static String sessionBody(String courseId, LocalDate start, int capacity, String quotas, boolean open) {
        return "{\"courseId\":\"" + courseId + "\",\"startDate\":\"" + start + "\",\"endDate\":\"" + start.plusDays(4)
                + "\",\"hostAgency\":\"NE-OCRTIS\",\"venue\":\"École nationale de police, Niamey\","
                + "\"trainers\":[\"UNODC – Programme mondial de contrôle des conteneurs\"],\"language\":\"fr\","
                + "\"capacity\":" + capacity + ",\"quotas\":{" + quotas + "},\"openForNominations\":" + open + "}";
    }

    public static ExtractableResponse<Response> nominate(
            String token, String sessionId, String contactId, int expectedStatus) {
        return given().auth()
                .oauth2(token)
                .header("Idempotency-Key", UUID.randomUUID().toString())
                .header("Accept-Language", "en")
                .contentType(ContentType.JSON)
                .body("{\"contactId\":\"" + contactId + "\",\"motivation\":\"Cellule livraisons surveillées\"}")
                .post(API + "/sessions/" + sessionId + "/nominations")
                .then()
                .statusCode(expectedStatus)
                .extract();
    }

    public static String nominated(String token, String sessionId, String contactId) {
        return nominate(token, sessionId, contactId, 201).path("id");
    }

    /** The organiser's decision, after reading the nomination's current version. */
    public static ExtractableResponse<Response> decide(
            String token, String nominationId, String decision, int expectedStatus) {
        String etag = given().auth()
                .oauth2(token)
                .get(API + "/nominations/" + nominationId)
                .then()
                .statusCode(200)
                .extract()
                .header("ETag");
        return given().auth()
                .oauth2(token)
                .header("If-Match", etag)
                .header("Accept-Language", "en")
                .contentType(ContentType.JSON)
                .body("{\"decision\":\"" + decision + "\",\"reason\":\"Décision du comité de sélection\"}")
                .put(API + "/nominations/" + nominationId + "/decision")
                .then()
                .statusCode(expectedStatus)
                .extract();
    }

    public static String status(String token, String nominationId) {
        return given().auth()
                .oauth2(token)
                .get(API + "/nominations/" + nominationId)
                .then()
                .statusCode(200)
                .extract()
                .path("status");
    }

    public static ExtractableResponse<Response> changeSessionStatus(
            String token, String sessionId, String status, int expectedStatus) {
        String etag = given().auth()
                .oauth2(token)
                .get(API + "/sessions/" + sessionId)
                .then()
                .statusCode(200)
                .extract()
                .header("ETag");
        return given().auth()
                .oauth2(token)
                .header("If-Match", etag)
                .header("Accept-Language", "en")
                .contentType(ContentType.JSON)
                .body("{\"status\":\"" + status + "\"}")
                .put(API + "/sessions/" + sessionId + "/status")
                .then()
                .statusCode(expectedStatus)
                .extract();
    }
}

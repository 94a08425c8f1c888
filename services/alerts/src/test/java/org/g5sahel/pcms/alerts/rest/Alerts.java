package org.g5sahel.pcms.alerts.rest;

import static io.restassured.RestAssured.given;

import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;

/** Builders and steps shared by the alerts tests. */
final class Alerts {

    static final String BASE = "/api/alerts/v1/alerts";
    /** A closed polygon around Ménaka and Tillabéri (lat,lon). */
    static final String TRI_BORDER_POLYGON = "15.9,0.2 15.9,2.5 14.2,2.5 14.2,0.2 15.9,0.2";

    private Alerts() {}

    static Map<String, Object> request(String event, String category, String urgency, Map<String, Object> sharing) {
        Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        return new java.util.HashMap<>(Map.of(
                "categories",
                List.of(category),
                "event",
                event,
                "urgency",
                urgency,
                "severity",
                "SEVERE",
                "certainty",
                "LIKELY",
                "effective",
                now.toString(),
                "expires",
                now.plus(2, ChronoUnit.DAYS).toString(),
                "infos",
                List.of(
                        Map.of(
                                "language",
                                "fr",
                                "headline",
                                "Mouvement de groupe armé vers la frontière",
                                "description",
                                "Colonne de motos signalée au nord de Ménaka.",
                                "instruction",
                                "Renforcer les postes frontaliers."),
                        Map.of("language", "en", "headline", "Armed group moving towards the border"),
                        Map.of("language", "ar", "headline", "تحرك جماعة مسلحة نحو الحدود")),
                "areas",
                List.of(Map.of(
                        "description",
                        "Zone des trois frontières",
                        "polygons",
                        List.of(TRI_BORDER_POLYGON),
                        "circles",
                        List.of("14.2,1.45 50"),
                        "geocodes",
                        List.of(Map.of("valueName", "PCMS-ZONE", "value", "LIPTAKO-GOURMA")))),
                "sharing",
                sharing));
    }

    static Map<String, Object> request(String event) {
        return request(event, "SECURITY", "IMMEDIATE", Map.of("distribution", "G5"));
    }

    static Response draft(String token, Map<String, Object> request) {
        return given().auth()
                .oauth2(token)
                .contentType(ContentType.JSON)
                .body(request)
                .post(BASE);
    }

    static String etag(String token, String id) {
        return given().auth()
                .oauth2(token)
                .get(BASE + "/" + id)
                .then()
                .statusCode(200)
                .extract()
                .header("ETag");
    }

    static Response submit(String token, String id) {
        return given().auth().oauth2(token).header("If-Match", etag(token, id)).post(BASE + "/" + id + "/submission");
    }

    static Response approve(String approverToken, String id) {
        return given().auth()
                .oauth2(approverToken)
                .header("If-Match", etag(approverToken, id))
                .contentType(ContentType.JSON)
                .body(Map.of("approve", true))
                .post(BASE + "/" + id + "/approval");
    }

    /** Drafted by {@code author}, submitted, approved by {@code approver}: the id of an issued alert. */
    static String issued(String author, String approver, Map<String, Object> request) {
        String id = draft(author, request).then().statusCode(201).extract().path("id");
        submit(author, id).then().statusCode(200);
        approve(approver, id).then().statusCode(200);
        return id;
    }
}

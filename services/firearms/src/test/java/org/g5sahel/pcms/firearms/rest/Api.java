package org.g5sahel.pcms.firearms.rest;

import static io.restassured.RestAssured.given;

import io.quarkus.hibernate.orm.panache.Panache;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.restassured.http.ContentType;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import java.util.List;
import java.util.UUID;

/** Requests and fixtures shared by the firearms tests. */
final class Api {

    static final String FIREARMS = "/api/firearms/v1/firearms";
    static final String SEIZURES = "/api/firearms/v1/seizures";
    static final String DIVERSIONS = "/api/firearms/v1/diversions";
    static final String TRACE_REQUESTS = "/api/firearms/v1/trace-requests";
    static final String RECOVERED_HITS = "/api/firearms/v1/recovered-hits";
    static final String IMPORTS = "/api/firearms/v1/imports";
    static final String STATISTICS = "/api/firearms/v1/statistics";
    static final String PROBLEMS = "https://pcms.g5sahel.org/problems/";

    private Api() {}

    /** A serial no other test uses, with separators as officers type them. */
    static String uniqueSerial(String prefix) {
        return prefix + "-"
                + UUID.randomUUID().toString().replace("-", "").substring(0, 10).toUpperCase();
    }

    static String firearm(String type, String make, String serial, String distribution) {
        return "{\"type\":\"" + type + "\",\"make\":\"" + make + "\",\"model\":\"AKM\",\"calibre\":\"7,62 x 39 mm\","
                + "\"serialNumber\":\"" + serial + "\",\"manufactureCountry\":\"RU\",\"manufactureYear\":1978,"
                + "\"importCountry\":\"BF\",\"importYear\":2004,\"holderCategory\":\"STATE_GENDARMERIE\","
                + "\"custodyAgency\":\"BF-GENDARMERIE\",\"sharing\":{\"distribution\":\"" + distribution + "\"}}";
    }

    static String firearm(String serial, String distribution) {
        return firearm("ASSAULT_RIFLE", "Kalashnikov", serial, distribution);
    }

    static ExtractableResponse<Response> register(String token, String body) {
        return given().auth()
                .oauth2(token)
                .header("Idempotency-Key", UUID.randomUUID().toString())
                .contentType(ContentType.JSON)
                .body(body)
                .post(FIREARMS)
                .then()
                .statusCode(201)
                .extract();
    }

    static String registerId(String token, String body) {
        return register(token, body).path("id");
    }

    /** Routing keys of the outbox events about {@code subject}, oldest first. */
    @SuppressWarnings("unchecked")
    static List<String> eventsAbout(String subject) {
        return QuarkusTransaction.requiringNew().call(() -> (List<String>) Panache.getEntityManager()
                .createNativeQuery("select routing_key from outbox_event where payload->>'subject' = :subject"
                        + " order by created_at")
                .setParameter("subject", subject)
                .getResultList());
    }

    /** The JSON payload of the single event of that routing key about {@code subject}. */
    static String eventPayload(String subject, String routingKey) {
        return QuarkusTransaction.requiringNew().call(() -> (String) Panache.getEntityManager()
                .createNativeQuery("select payload::text from outbox_event where payload->>'subject' = :subject"
                        + " and routing_key = :key")
                .setParameter("subject", subject)
                .setParameter("key", routingKey)
                .getSingleResult());
    }
}

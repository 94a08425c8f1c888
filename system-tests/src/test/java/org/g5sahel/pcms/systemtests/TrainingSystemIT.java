package org.g5sahel.pcms.systemtests;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import io.restassured.http.ContentType;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Training through the gateway with real Keycloak tokens: a training manager publishes a course and a one-day session,
 * a national coordinator nominates an officer of its State (checked against the real directory with the
 * coordinator's token), the organiser accepts, runs and completes the session, and the certificate is verified
 * publicly.
 */
class TrainingSystemIT {

    private static final String API = Platform.GATEWAY + "/api/training/v1";

    @BeforeAll
    static void platform() {
        Platform.get();
    }

    @Test
    void aCoordinatorNominatesAndTheCertificateIsVerifiedPublicly() {
        String manager = Tokens.of("ne-training");
        String coordinator = Tokens.of("ne-coordinator");
        String today = LocalDate.now(ZoneOffset.UTC).toString();
        String marker = UUID.randomUUID().toString().substring(0, 8).toUpperCase();

        String officer = given().auth()
                .oauth2(coordinator)
                .contentType(ContentType.JSON)
                .header("Idempotency-Key", "systest-officer-" + marker)
                .body("{\"agencyCode\":\"NE-OCRTIS\",\"fullName\":\"Officier " + marker + "\",\"languages\":[\"fr\"],"
                        + "\"competences\":[\"DRUG_TRAFFICKING\"],\"liaisonOfficer\":false}")
                .post(Platform.GATEWAY + "/api/directory/v1/contacts")
                .then()
                .statusCode(201)
                .extract()
                .path("id");

        String course = given().auth()
                .oauth2(manager)
                .contentType(ContentType.JSON)
                .header("Idempotency-Key", "systest-course-" + marker)
                .body("{\"code\":\"SYS-" + marker + "\",\"titleFr\":\"Livraisons surveillées\","
                        + "\"titleEn\":\"Controlled deliveries\",\"topics\":[\"CONTROLLED_DELIVERIES\"],"
                        + "\"modality\":\"CLASSROOM\",\"durationDays\":1,\"partner\":\"UNODC\","
                        + "\"assessmentRequired\":false}")
                .post(API + "/courses")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        String session = given().auth()
                .oauth2(manager)
                .contentType(ContentType.JSON)
                .header("Idempotency-Key", "systest-session-" + marker)
                .body("{\"courseId\":\"" + course + "\",\"startDate\":\"" + today + "\",\"endDate\":\"" + today
                        + "\",\"hostAgency\":\"NE-OCRTIS\",\"venue\":\"Niamey\",\"language\":\"fr\",\"capacity\":2,"
                        + "\"quotas\":{\"NE\":1},\"openForNominations\":true}")
                .post(API + "/sessions")
                .then()
                .statusCode(201)
                .extract()
                .path("id");

        // Mali's coordinator may not nominate a Nigerien officer.
        given().auth()
                .oauth2(Tokens.of("ml-coordinator"))
                .contentType(ContentType.JSON)
                .body("{\"contactId\":\"" + officer + "\"}")
                .post(API + "/sessions/" + session + "/nominations")
                .then()
                .statusCode(403)
                .contentType("application/problem+json");
        String nomination = given().auth()
                .oauth2(coordinator)
                .contentType(ContentType.JSON)
                .header("Idempotency-Key", "systest-nomination-" + marker)
                .body("{\"contactId\":\"" + officer + "\"}")
                .post(API + "/sessions/" + session + "/nominations")
                .then()
                .statusCode(201)
                .body("nomineeName", equalTo("Officier " + marker))
                .extract()
                .path("id");

        put(
                manager,
                API + "/nominations/" + nomination,
                API + "/nominations/" + nomination + "/decision",
                "{\"decision\":\"ACCEPT\"}");
        put(
                manager,
                API + "/sessions/" + session,
                API + "/sessions/" + session + "/status",
                "{\"status\":\"IN_PROGRESS\"}");
        given().auth()
                .oauth2(manager)
                .contentType(ContentType.JSON)
                .body("{\"day\":\"" + today + "\",\"entries\":[{\"nominationId\":\"" + nomination
                        + "\",\"status\":\"PRESENT\"}]}")
                .put(API + "/sessions/" + session + "/attendance")
                .then()
                .statusCode(200);
        String code = given().auth()
                .oauth2(manager)
                .header("Idempotency-Key", "systest-completion-" + marker)
                .post(API + "/sessions/" + session + "/completion")
                .then()
                .statusCode(200)
                .body("participants[0].status", equalTo("COMPLETED"))
                .extract()
                .path("participants[0].certificateCode");

        // Anyone can verify, without a token: through the gateway (a public path) and at the service itself.
        given().get(API + "/certificates/" + code + "/verification")
                .then()
                .statusCode(200)
                .body("valid", equalTo(true))
                .body("holderName", equalTo("Officier " + marker));
        given().get(Platform.service("training") + "/api/training/v1/certificates/" + code + "/verification")
                .then()
                .statusCode(200)
                .body("status", equalTo("VALID"));
        // Only the verification paths are public.
        given().get(API + "/courses/" + course).then().statusCode(401);
    }

    private static void put(String token, String resource, String action, String body) {
        String etag = given().auth()
                .oauth2(token)
                .get(resource)
                .then()
                .statusCode(200)
                .extract()
                .header("ETag");
        given().auth()
                .oauth2(token)
                .header("If-Match", etag)
                .contentType(ContentType.JSON)
                .body(body)
                .put(action)
                .then()
                .statusCode(200);
    }
}

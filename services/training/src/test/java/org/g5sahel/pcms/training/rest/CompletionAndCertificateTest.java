package org.g5sahel.pcms.training.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.g5sahel.pcms.training.Fixtures.API;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.Map;
import org.g5sahel.pcms.commons.testing.TestClock;
import org.g5sahel.pcms.training.Directory;
import org.g5sahel.pcms.training.Fixtures;
import org.g5sahel.pcms.training.Users;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Attendance, the completion rule, certificate issuance, public verification (genuine, altered, revoked), records. */
@QuarkusTest
class CompletionAndCertificateTest {

    private static final LocalDate START = LocalDate.now().plusMonths(3);

    @Inject
    EntityManager entityManager;

    @AfterEach
    void resetClock() {
        TestClock.reset();
    }

    @Test
    void attendanceAndAPassedAssessmentEarnAVerifiableCertificate() {
        String session = Fixtures.session(
                        Users.NE_TRAINING, Fixtures.course(Users.NE_TRAINING, true), START, 5, "\"NE\":2,\"ML\":2")
                .path("id");
        String aliceContact = Directory.officer("ML-CT", "Aminata Coulibaly");
        String alice = Fixtures.nominated(Users.ML_COORDINATOR, session, aliceContact);
        String bob = Fixtures.nominated(Users.NE_COORDINATOR, session, Directory.officer("NE-OCRTIS", "Boubacar Ali"));
        String carol = Fixtures.nominated(Users.NE_COORDINATOR, session, Directory.officer("NE-POLICE", "Fati Moussa"));
        String outsider =
                Fixtures.nominated(Users.ML_COORDINATOR, session, Directory.officer("ML-POLICE", "Non retenu"));
        Fixtures.decide(Users.NE_TRAINING, alice, "ACCEPT", 200);
        Fixtures.decide(Users.NE_TRAINING, bob, "ACCEPT", 200);
        Fixtures.decide(Users.NE_TRAINING, carol, "ACCEPT", 200);

        TestClock.setDay(START);
        Fixtures.changeSessionStatus(Users.NE_TRAINING, session, "IN_PROGRESS", 200);
        assertThat(Fixtures.status(Users.NE_TRAINING, outsider)).isEqualTo("DECLINED");

        // Day 1: not-accepted nominee refused.
        given().auth()
                .oauth2(Users.NE_TRAINING)
                .header("Accept-Language", "en")
                .contentType(ContentType.JSON)
                .body(register(START, Map.of(outsider, "PRESENT")))
                .put(API + "/sessions/" + session + "/attendance")
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("entries[0].nominationId"))
                .body("errors[0].message", equalTo("This person is not an accepted participant of the session."));
        // Days not yet come are refused.
        given().auth()
                .oauth2(Users.NE_TRAINING)
                .contentType(ContentType.JSON)
                .body(register(START.plusDays(1), Map.of(alice, "PRESENT")))
                .put(API + "/sessions/" + session + "/attendance")
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("day"));

        // Alice: 4 present + 1 late = 100 %; Bob: 4 of 5 = 80 % but fails the assessment; Carol: 3 of 5 = 60 %.
        String[] alicePattern = {"PRESENT", "PRESENT", "LATE", "PRESENT", "PRESENT"};
        String[] bobPattern = {"PRESENT", "PRESENT", "PRESENT", "EXCUSED", "PRESENT"};
        String[] carolPattern = {"PRESENT", "ABSENT", "PRESENT", "ABSENT", "PRESENT"};
        for (int day = 0; day < 5; day++) {
            TestClock.setDay(START.plusDays(day));
            given().auth()
                    .oauth2(Users.NE_TRAINING)
                    .contentType(ContentType.JSON)
                    .body(register(
                            START.plusDays(day),
                            Map.of(alice, alicePattern[day], bob, bobPattern[day], carol, carolPattern[day])))
                    .put(API + "/sessions/" + session + "/attendance")
                    .then()
                    .statusCode(200);
        }
        assess(alice, 75);
        assess(bob, 40);
        assess(carol, 90);

        TestClock.setDay(START.plusDays(3));
        given().auth()
                .oauth2(Users.NE_TRAINING)
                .header("Accept-Language", "en")
                .post(API + "/sessions/" + session + "/completion")
                .then()
                .statusCode(409)
                .body("detail", containsString("completion is assessed from its last day"));
        TestClock.setDay(START.plusDays(4));
        given().auth()
                .oauth2(Users.NE_TRAINING)
                .header("Idempotency-Key", "complete-" + session)
                .post(API + "/sessions/" + session + "/completion")
                .then()
                .statusCode(200);
        // A retry with the same key replays the answer instead of failing on a completed session.
        given().auth()
                .oauth2(Users.NE_TRAINING)
                .header("Idempotency-Key", "complete-" + session)
                .post(API + "/sessions/" + session + "/completion")
                .then()
                .statusCode(200)
                .header("Idempotent-Replayed", "true");

        assertThat(Fixtures.status(Users.NE_TRAINING, alice)).isEqualTo("COMPLETED");
        assertThat(Fixtures.status(Users.NE_TRAINING, bob)).isEqualTo("NOT_COMPLETED");
        assertThat(Fixtures.status(Users.NE_TRAINING, carol)).isEqualTo("NOT_COMPLETED");
        given().auth()
                .oauth2(Users.NE_TRAINING)
                .get(API + "/sessions/" + session)
                .then()
                .body("status", equalTo("COMPLETED"));

        String code = given().auth()
                .oauth2(Users.ML_COORDINATOR)
                .get(API + "/officers/" + aliceContact + "/training-record")
                .then()
                .statusCode(200)
                .body("nominations[0].status", equalTo("COMPLETED"))
                .extract()
                .path("certificates[0].document.code");
        assertThat(code).matches("PCMS-[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4}");
        // Another State sees nothing of Mali's officer.
        given().auth()
                .oauth2(Users.BF_COORDINATOR)
                .get(API + "/officers/" + aliceContact + "/training-record")
                .then()
                .statusCode(200)
                .body("nominations.size()", equalTo(0))
                .body("certificates.size()", equalTo(0));

        // Public verification: no token, only what the holder shows anyway.
        given().get(API + "/certificates/" + code + "/verification")
                .then()
                .statusCode(200)
                .body("valid", equalTo(true))
                .body("status", equalTo("VALID"))
                .body("holderName", equalTo("Aminata Coulibaly"))
                .body("completedOn", equalTo(START.plusDays(4).toString()))
                .body("validUntil", equalTo(START.plusDays(4).plusMonths(24).toString()))
                .body("$", not(org.hamcrest.Matchers.hasKey("holderAgency")))
                .body("$", not(org.hamcrest.Matchers.hasKey("contactId")));
        given().get(API + "/certificates/PCMS-0000-0000-0000/verification")
                .then()
                .statusCode(404)
                .contentType("application/problem+json");

        // A presented copy: genuine, then with the holder's name altered.
        Map<String, Object> document = given().auth()
                .oauth2(Users.NE_TRAINING)
                .get(API + "/certificates/" + code)
                .then()
                .statusCode(200)
                .extract()
                .path("document");
        given().contentType(ContentType.JSON)
                .body(document)
                .post(API + "/certificates/verification")
                .then()
                .statusCode(200)
                .body("valid", equalTo(true));
        Map<String, Object> forged = new java.util.HashMap<>(document);
        forged.put("holderName", "Quelqu’un d’autre");
        given().contentType(ContentType.JSON)
                .header("Accept-Language", "en")
                .body(forged)
                .post(API + "/certificates/verification")
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("errors[0].field", equalTo("signature"))
                .body("detail", containsString("forged or altered"));

        // Revocation by the issuer: verification says so.
        String etag = given().auth()
                .oauth2(Users.NE_TRAINING)
                .get(API + "/certificates/" + code)
                .then()
                .extract()
                .header("ETag");
        given().auth()
                .oauth2(Users.ML_COORDINATOR)
                .header("If-Match", etag)
                .contentType(ContentType.JSON)
                .body("{\"reason\":\"Fraude\"}")
                .put(API + "/certificates/" + code + "/revocation")
                .then()
                .statusCode(403);
        given().auth()
                .oauth2(Users.NE_TRAINING)
                .header("If-Match", etag)
                .contentType(ContentType.JSON)
                .body("{\"reason\":\"Fraude à l’évaluation\"}")
                .put(API + "/certificates/" + code + "/revocation")
                .then()
                .statusCode(200);
        given().get(API + "/certificates/" + code + "/verification")
                .then()
                .statusCode(200)
                .body("valid", equalTo(false))
                .body("status", equalTo("REVOKED"))
                .body("revokedOn", equalTo(START.plusDays(4).toString()));

        // Statistics count the trained officer for Mali, by agency and by topic.
        given().auth()
                .oauth2(Users.ML_COORDINATOR)
                .get(API + "/statistics")
                .then()
                .statusCode(200)
                .body("byState.ML", org.hamcrest.Matchers.greaterThanOrEqualTo(1))
                .body("byAgency.'ML-CT'", org.hamcrest.Matchers.greaterThanOrEqualTo(1))
                .body("byTopic.CONTROLLED_DELIVERIES", org.hamcrest.Matchers.greaterThanOrEqualTo(1))
                .body("byState.NE", nullValue());
    }

    @Test
    void anAlteredCertificateRecordIsDetected() {
        String session = Fixtures.session(
                        Users.NE_TRAINING, Fixtures.course(Users.NE_TRAINING, false), START, 5, "\"NE\":2")
                .path("id");
        String nominee =
                Fixtures.nominated(Users.NE_COORDINATOR, session, Directory.officer("NE-OCRTIS", "Halima Oumarou"));
        Fixtures.decide(Users.NE_TRAINING, nominee, "ACCEPT", 200);
        TestClock.setDay(START);
        Fixtures.changeSessionStatus(Users.NE_TRAINING, session, "IN_PROGRESS", 200);
        for (int day = 0; day < 5; day++) {
            TestClock.setDay(START.plusDays(day));
            given().auth()
                    .oauth2(Users.NE_TRAINING)
                    .contentType(ContentType.JSON)
                    .body(register(START.plusDays(day), Map.of(nominee, "PRESENT")))
                    .put(API + "/sessions/" + session + "/attendance")
                    .then()
                    .statusCode(200);
        }
        String code = given().auth()
                .oauth2(Users.NE_TRAINING)
                .post(API + "/sessions/" + session + "/completion")
                .then()
                .statusCode(200)
                .extract()
                .path("participants[0].certificateCode");
        given().get(API + "/certificates/" + code + "/verification")
                .then()
                .statusCode(200)
                .body("valid", equalTo(true));

        alterHolderName(code, "Nom falsifié");
        given().header("Accept-Language", "en")
                .get(API + "/certificates/" + code + "/verification")
                .then()
                .statusCode(409)
                .contentType("application/problem+json")
                .body("detail", containsString("it has been altered"));
    }

    @Test
    void theCalendarOfASessionFollowsRfc5545() {
        String session = Fixtures.session(
                        Users.NE_TRAINING, Fixtures.course(Users.NE_TRAINING, true), START, 5, "\"NE\":2")
                .path("id");
        String byAccept = given().auth()
                .oauth2(Users.ML_INVESTIGATOR)
                .accept("text/calendar")
                .get(API + "/sessions/" + session)
                .then()
                .statusCode(200)
                .contentType(containsString("text/calendar"))
                .extract()
                .asString();
        String byFile = given().auth()
                .oauth2(Users.ML_INVESTIGATOR)
                .get(API + "/sessions/" + session + "/calendar.ics")
                .then()
                .statusCode(200)
                .extract()
                .asString();
        for (String calendar : new String[] {byAccept, byFile}) {
            assertThat(calendar)
                    .startsWith("BEGIN:VCALENDAR\r\nVERSION:2.0\r\n")
                    .endsWith("END:VCALENDAR\r\n")
                    .contains("UID:" + session + "@training.pcms.g5sahel.org\r\n")
                    .contains("DTSTART;VALUE=DATE:" + START.toString().replace("-", "") + "\r\n")
                    .contains("DTEND;VALUE=DATE:" + START.plusDays(5).toString().replace("-", "") + "\r\n")
                    .contains("LOCATION:École nationale de police\\, Niamey\r\n")
                    .contains("STATUS:CONFIRMED");
            for (String line : calendar.split("\r\n")) {
                assertThat(line.getBytes(java.nio.charset.StandardCharsets.UTF_8).length)
                        .isLessThanOrEqualTo(75);
            }
        }
        given().auth()
                .oauth2(Users.ML_INVESTIGATOR)
                .get(API + "/sessions/" + session)
                .then()
                .contentType(ContentType.JSON)
                .body("id", equalTo(session));
        given().auth()
                .oauth2(Users.INTERPOL)
                .get(API + "/sessions/" + session + "/calendar.ics")
                .then()
                .statusCode(404);
    }

    @Test
    void anImmersionPlacementNeedsTheHostAgencysAcceptance() {
        String officer = Directory.officer("NE-OCRTIS", "Salissou Abdou");
        String body = "{\"contactId\":\"" + officer + "\",\"hostAgency\":\"ML-CT\",\"startDate\":\"" + START
                + "\",\"endDate\":\"" + START.plusDays(20) + "\",\"objectives\":\"Enquêtes conjointes\"}";
        given().auth()
                .oauth2(Users.NE_COORDINATOR)
                .contentType(ContentType.JSON)
                .body(body.replace("ML-CT", "NE-CT"))
                .post(API + "/placements")
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("hostAgency"));
        given().auth()
                .oauth2(Users.ML_COORDINATOR)
                .contentType(ContentType.JSON)
                .body(body)
                .post(API + "/placements")
                .then()
                .statusCode(403);
        String id = given().auth()
                .oauth2(Users.NE_COORDINATOR)
                .contentType(ContentType.JSON)
                .body(body)
                .post(API + "/placements")
                .then()
                .statusCode(201)
                .body("status", equalTo("PROPOSED"))
                .extract()
                .path("id");
        String etag = given().auth()
                .oauth2(Users.ML_INVESTIGATOR)
                .get(API + "/placements/" + id)
                .then()
                .statusCode(200)
                .extract()
                .header("ETag");
        given().auth()
                .oauth2(Users.BF_COORDINATOR)
                .get(API + "/placements/" + id)
                .then()
                .statusCode(404);
        given().auth()
                .oauth2(Users.NE_COORDINATOR)
                .header("If-Match", etag)
                .contentType(ContentType.JSON)
                .body("{\"accept\":true}")
                .put(API + "/placements/" + id + "/decision")
                .then()
                .statusCode(403);
        given().auth()
                .oauth2(Users.ML_INVESTIGATOR)
                .header("If-Match", etag)
                .contentType(ContentType.JSON)
                .body("{\"accept\":true}")
                .put(API + "/placements/" + id + "/decision")
                .then()
                .statusCode(200)
                .body("status", equalTo("ACCEPTED"))
                .body("decidedBy", equalTo("ML-CT"));
        given().auth()
                .oauth2(Users.NE_COORDINATOR)
                .queryParam("contactId", officer)
                .get(API + "/placements")
                .then()
                .statusCode(200)
                .body("id", hasItem(id));
    }

    private void assess(String nomination, int score) {
        String etag = given().auth()
                .oauth2(Users.NE_TRAINING)
                .get(API + "/nominations/" + nomination)
                .then()
                .extract()
                .header("ETag");
        given().auth()
                .oauth2(Users.NE_TRAINING)
                .header("If-Match", etag)
                .contentType(ContentType.JSON)
                .body("{\"score\":" + score + "}")
                .put(API + "/nominations/" + nomination + "/assessment")
                .then()
                .statusCode(200);
    }

    /** What an insider with database access would do: change the record behind the signature. */
    @Transactional
    void alterHolderName(String code, String name) {
        entityManager
                .createNativeQuery("update certificate set holder_name = :name where code = :code")
                .setParameter("name", name)
                .setParameter("code", code)
                .executeUpdate();
    }

    private static String register(LocalDate day, Map<String, String> entries) {
        StringBuilder body = new StringBuilder("{\"day\":\"" + day + "\",\"entries\":[");
        entries.forEach((id, status) -> body.append("{\"nominationId\":\"")
                .append(id)
                .append("\",\"status\":\"")
                .append(status)
                .append("\"},"));
        body.setLength(body.length() - 1);
        return body.append("]}").toString();
    }
}

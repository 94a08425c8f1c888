package org.g5sahel.pcms.training.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.g5sahel.pcms.training.Fixtures.API;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.junit.QuarkusTest;
import java.time.LocalDate;
import java.util.List;
import org.g5sahel.pcms.commons.testing.TestClock;
import org.g5sahel.pcms.training.Directory;
import org.g5sahel.pcms.training.Fixtures;
import org.g5sahel.pcms.training.Users;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Nominations: quotas per State, capacity, the wait list, and who may nominate whom. */
@QuarkusTest
class NominationResourceTest {

    private static final LocalDate START = LocalDate.now().plusMonths(2);

    @AfterEach
    void resetClock() {
        TestClock.reset();
    }

    @Test
    void aStateNominatesWithinItsQuotaOnly() {
        String session = Fixtures.session(
                        Users.NE_TRAINING, Fixtures.course(Users.NE_TRAINING, true), START, 10, "\"NE\":2,\"ML\":1")
                .path("id");
        Fixtures.nominated(Users.NE_COORDINATOR, session, Directory.officer("NE-OCRTIS", "Moussa Hamani"));
        Fixtures.nominated(Users.NE_COORDINATOR, session, Directory.officer("NE-POLICE", "Zeinabou Issa"));
        Fixtures.nominate(Users.NE_COORDINATOR, session, Directory.officer("NE-CT", "Oumarou Sani"), 409)
                .response()
                .then()
                .body("type", equalTo("https://pcms.g5sahel.org/problems/conflict"))
                .body(
                        "detail",
                        equalTo("NE has used its quota of 2 seat(s) for this session: withdraw a nominee first."));
        // Mali's quota is its own.
        Fixtures.nominated(Users.ML_COORDINATOR, session, Directory.officer("ML-CT", "Awa Traoré"));
        // Chad has no quota on this session.
        Fixtures.nominate(Users.TD_COORDINATOR, session, Directory.officer("TD-POLICE", "Mahamat Idriss"), 409)
                .response()
                .then()
                .body("detail", containsString("TD has used its quota of 0"));
    }

    @Test
    void aWithdrawnNomineeFreesItsStatesQuota() {
        String session = Fixtures.session(
                        Users.NE_TRAINING, Fixtures.course(Users.NE_TRAINING, true), START, 10, "\"NE\":1")
                .path("id");
        String first = Fixtures.nominated(Users.NE_COORDINATOR, session, Directory.officer("NE-OCRTIS", "Ali Garba"));
        String etag = given().auth()
                .oauth2(Users.NE_COORDINATOR)
                .get(API + "/nominations/" + first)
                .then()
                .extract()
                .header("ETag");
        given().auth()
                .oauth2(Users.NE_COORDINATOR)
                .header("If-Match", etag)
                .contentType("application/json")
                .body("{\"reason\":\"Mutation\"}")
                .put(API + "/nominations/" + first + "/withdrawal")
                .then()
                .statusCode(200)
                .body("status", equalTo("WITHDRAWN"));
        Fixtures.nominated(Users.NE_COORDINATOR, session, Directory.officer("NE-OCRTIS", "Hadiza Bako"));
    }

    @Test
    void aCoordinatorNominatesOnlyOfficersOfItsOwnStateThatTheDirectoryKnows() {
        String session = Fixtures.session(
                        Users.NE_TRAINING, Fixtures.course(Users.NE_TRAINING, true), START, 10, "\"NE\":3,\"ML\":3")
                .path("id");
        Fixtures.nominate(Users.ML_COORDINATOR, session, Directory.officer("NE-OCRTIS", "Abdou Saley"), 403)
                .response()
                .then()
                .body("type", equalTo("https://pcms.g5sahel.org/problems/forbidden"))
                .body(
                        "detail",
                        equalTo(
                                "This officer belongs to NE: only the national coordinator of NE nominates its officers."));
        // A NATIONAL contact of Niger is hidden from Mali by the directory itself: unknown to Mali's coordinator.
        Fixtures.nominate(
                        Users.ML_COORDINATOR,
                        session,
                        Directory.officer("NE-OCRTIS", "Caché Nigérien", "NATIONAL", true),
                        400)
                .response()
                .then()
                .body("errors[0].field", equalTo("contactId"));
        Fixtures.nominate(
                        Users.NE_COORDINATOR,
                        session,
                        java.util.UUID.randomUUID().toString(),
                        400)
                .response()
                .then()
                .body("errors[0].message", containsString("no point of contact"));
        Fixtures.nominate(Users.NE_COORDINATOR, session, Directory.officer("NE-OCRTIS", "Parti", "G5", false), 400);
        // The directory was asked with the coordinator's own token.
        Fixtures.nominated(Users.NE_COORDINATOR, session, Directory.officer("NE-OCRTIS", "Rabi Mahamadou"));
        assertThat(Directory.lastAuthorization()).isEqualTo("Bearer " + Users.NE_COORDINATOR);
        // Only national coordinators nominate.
        Fixtures.nominate(Users.NE_INVESTIGATOR, session, Directory.officer("NE-OCRTIS", "Soi-même"), 403);
        Fixtures.nominate(Users.NE_TRAINING, session, Directory.officer("NE-OCRTIS", "Formateur"), 403);
    }

    @Test
    void theSameOfficerIsNominatedOnceAndNotAfterTheSessionStarted() {
        String session = Fixtures.session(
                        Users.NE_TRAINING, Fixtures.course(Users.NE_TRAINING, true), START, 10, "\"NE\":3")
                .path("id");
        String officer = Directory.officer("NE-OCRTIS", "Ibrahim Doulla");
        Fixtures.nominated(Users.NE_COORDINATOR, session, officer);
        Fixtures.nominate(Users.NE_COORDINATOR, session, officer, 409)
                .response()
                .then()
                .body("detail", equalTo("This officer is already nominated for this session."));
        TestClock.setDay(START.plusDays(1));
        Fixtures.nominate(Users.NE_COORDINATOR, session, Directory.officer("NE-OCRTIS", "Retardataire"), 409)
                .response()
                .then()
                .body("detail", containsString("The session started on " + START));
    }

    @Test
    void acceptedSeatsStopAtCapacityAndAFreedSeatGoesToTheWaitListInOrder() {
        String session = Fixtures.session(
                        Users.NE_TRAINING, Fixtures.course(Users.NE_TRAINING, true), START, 2, "\"NE\":2,\"ML\":2")
                .path("id");
        String a = Fixtures.nominated(Users.NE_COORDINATOR, session, Directory.officer("NE-OCRTIS", "A Participant"));
        String b = Fixtures.nominated(Users.ML_COORDINATOR, session, Directory.officer("ML-CT", "B Participant"));
        String c = Fixtures.nominated(Users.NE_COORDINATOR, session, Directory.officer("NE-POLICE", "C Attente"));
        String d = Fixtures.nominated(Users.ML_COORDINATOR, session, Directory.officer("ML-POLICE", "D Attente"));

        Fixtures.decide(Users.NE_TRAINING, a, "ACCEPT", 200);
        Fixtures.decide(Users.NE_TRAINING, b, "ACCEPT", 200);
        given().auth()
                .oauth2(Users.NE_TRAINING)
                .get(API + "/sessions/" + session)
                .then()
                .body("status", equalTo("FULL"))
                .body("acceptedSeats", equalTo(2));
        Fixtures.decide(Users.NE_TRAINING, c, "ACCEPT", 409)
                .response()
                .then()
                .body("detail", equalTo("All 2 seats are taken: wait-list the nominee instead."));
        // d is wait-listed before c: d is first in line.
        Fixtures.decide(Users.NE_TRAINING, d, "WAITLIST", 200).response().then().body("status", equalTo("WAITLISTED"));
        Fixtures.decide(Users.NE_TRAINING, c, "WAITLIST", 200);

        Fixtures.decide(Users.NE_TRAINING, a, "DECLINE", 200);
        assertThat(List.of(Fixtures.status(Users.NE_TRAINING, d), Fixtures.status(Users.NE_TRAINING, c)))
                .containsExactly("ACCEPTED", "WAITLISTED");
        given().auth()
                .oauth2(Users.NE_TRAINING)
                .get(API + "/sessions/" + session)
                .then()
                .body("status", equalTo("FULL"));

        String etag = given().auth()
                .oauth2(Users.ML_COORDINATOR)
                .get(API + "/nominations/" + b)
                .then()
                .extract()
                .header("ETag");
        given().auth()
                .oauth2(Users.ML_COORDINATOR)
                .header("If-Match", etag)
                .contentType("application/json")
                .body("{}")
                .put(API + "/nominations/" + b + "/withdrawal")
                .then()
                .statusCode(200);
        assertThat(Fixtures.status(Users.NE_TRAINING, c)).isEqualTo("ACCEPTED");

        // No one waits any more: the next freed seat reopens the session.
        Fixtures.decide(Users.NE_TRAINING, c, "DECLINE", 200);
        given().auth()
                .oauth2(Users.NE_TRAINING)
                .get(API + "/sessions/" + session)
                .then()
                .body("status", equalTo("OPEN"))
                .body("acceptedSeats", equalTo(1));
    }

    @Test
    void onlyTheOrganiserDecidesAndEachStateSeesItsOwnNominations() {
        String session = Fixtures.session(
                        Users.NE_TRAINING, Fixtures.course(Users.NE_TRAINING, true), START, 5, "\"NE\":2,\"ML\":2")
                .path("id");
        String niger = Fixtures.nominated(Users.NE_COORDINATOR, session, Directory.officer("NE-OCRTIS", "Nigérien"));
        String mali = Fixtures.nominated(Users.ML_COORDINATOR, session, Directory.officer("ML-CT", "Malien"));

        Fixtures.decide(Users.ML_TRAINING, mali, "ACCEPT", 403);
        given().auth()
                .oauth2(Users.NE_TRAINING)
                .get(API + "/sessions/" + session + "/nominations")
                .then()
                .statusCode(200)
                .body("id", hasItems(niger, mali));
        given().auth()
                .oauth2(Users.ML_COORDINATOR)
                .get(API + "/sessions/" + session + "/nominations")
                .then()
                .statusCode(200)
                .body("id", hasItem(mali))
                .body("id", not(hasItem(niger)));
        given().auth()
                .oauth2(Users.ML_INVESTIGATOR)
                .get(API + "/sessions/" + session + "/nominations")
                .then()
                .statusCode(200)
                .body("id", hasItem(mali))
                .body("id", not(hasItem(niger)));
        given().auth()
                .oauth2(Users.BF_COORDINATOR)
                .get(API + "/sessions/" + session + "/nominations")
                .then()
                .statusCode(200)
                .body("", empty());
        given().auth()
                .oauth2(Users.G5_COORDINATOR)
                .get(API + "/sessions/" + session + "/nominations")
                .then()
                .statusCode(200)
                .body("", empty());
        given().auth()
                .oauth2(Users.INTERPOL)
                .get(API + "/sessions/" + session + "/nominations")
                .then()
                .statusCode(404);
        given().auth()
                .oauth2(Users.ML_COORDINATOR)
                .get(API + "/nominations/" + niger)
                .then()
                .statusCode(404);
        given().get(API + "/nominations/" + niger).then().statusCode(401);

        // The organiser's reads of Mali's nomination are audited for Mali.
        given().auth()
                .oauth2(Users.ML_COORDINATOR)
                .queryParam("recordId", mali)
                .get(API + "/audit/accesses")
                .then()
                .statusCode(200)
                .body("items.actorAgency", hasItem("NE-UNC"));
    }
}

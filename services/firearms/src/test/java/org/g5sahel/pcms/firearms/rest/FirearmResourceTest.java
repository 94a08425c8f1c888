package org.g5sahel.pcms.firearms.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.startsWith;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.time.LocalDate;
import org.g5sahel.pcms.commons.correlation.IdentifierKeys;
import org.g5sahel.pcms.firearms.marking.Serials;
import org.junit.jupiter.api.Test;

/** Registration, bad input, status history and transitions of firearm records. */
@QuarkusTest
class FirearmResourceTest {

    @Inject
    IdentifierKeys keys;

    @Test
    void aRecordsMakeAndSerialGoToTheCorrelationIndexKeyedAndAddressedToItsOwnerAlone() {
        String serial = Api.uniqueSerial("xr");
        String id = Api.registerId(Users.BF_FIREARMS, Api.firearm(serial, "NATIONAL"));
        JsonPath event = JsonPath.from(Api.eventPayload(id, "firearms.identifiers.published"));
        assertThat(event.getString("owneragency")).isEqualTo("BF-GENDARMERIE");
        assertThat(event.getString("distribution")).isEqualTo("AGENCY");
        assertThat(event.getString("data.recordType")).isEqualTo("firearm");
        assertThat(event.getList("data.identifiers.keyedHash"))
                .containsExactly(keys.firearm("Kalachnikov", serial.toLowerCase())
                        .orElseThrow()
                        .keyedHash());
        assertThat(event.prettify()).doesNotContain(serial).doesNotContain(Serials.normalise(serial));

        // Made non-discoverable, it is published again so that it matches nothing more.
        String path = Api.FIREARMS + "/" + id;
        String etag = given().auth()
                .oauth2(Users.BF_FIREARMS)
                .get(path)
                .then()
                .statusCode(200)
                .extract()
                .header("ETag");
        given().auth()
                .oauth2(Users.BF_FIREARMS)
                .header("If-Match", etag)
                .contentType(ContentType.JSON)
                .body("{\"distribution\":\"NATIONAL\",\"discoverable\":false}")
                .put(path + "/sharing")
                .then()
                .statusCode(200);
        assertThat(Api.eventsAbout(id))
                .containsExactly("firearms.identifiers.published", "firearms.identifiers.published");
    }

    @Test
    void aRegisteredFirearmKeepsItsMarkingsAndNormalisedFormsAndIsReviewedInTenYears() {
        String serial = Api.uniqueSerial("ka 77");
        ExtractableResponse<Response> created = Api.register(Users.BF_FIREARMS, Api.firearm(serial, "NATIONAL"));
        assertThat(created.header("Location")).contains("/api/firearms/v1/firearms/" + created.path("id"));
        assertThat(created.header("ETag")).isEqualTo("\"0\"");

        given().auth()
                .oauth2(Users.BF_FIREARMS)
                .get(Api.FIREARMS + "/" + created.path("id"))
                .then()
                .statusCode(200)
                .body("reference", startsWith("BF-FA-" + LocalDate.now().getYear() + "-"))
                .body("serialNumber", equalTo(serial))
                .body(
                        "serialNormalised",
                        equalTo(serial.toUpperCase().replace(" ", "").replace("-", "")))
                .body("calibre", equalTo("7,62 x 39 mm"))
                .body("status", equalTo("REGISTERED_LICIT"))
                .body("sharing.ownerAgency", equalTo("BF-GENDARMERIE"))
                .body("sharing.distribution", equalTo("NATIONAL"))
                .body("sharing.reviewBy", equalTo(LocalDate.now().plusYears(10).toString()));
    }

    @Test
    void theSameAgencyCannotRegisterTheSameFirearmTwiceButAnotherAgencyCan() {
        String serial = Api.uniqueSerial("dup");
        Api.register(Users.BF_FIREARMS, Api.firearm(serial, "NATIONAL"));
        given().auth()
                .oauth2(Users.BF_FIREARMS)
                .contentType(ContentType.JSON)
                .body(Api.firearm(
                        "ASSAULT_RIFLE", "KALASHNIKOV", serial.toLowerCase().replace("-", " "), "NATIONAL"))
                .post(Api.FIREARMS)
                .then()
                .statusCode(409)
                .body("type", equalTo(Api.PROBLEMS + "conflict"));
        Api.register(Users.NE_FIREARMS, Api.firearm(serial, "NATIONAL"));
    }

    @Test
    void absurdOrIncompleteInputIsAProblemNeverAServerError() {
        given().auth()
                .oauth2(Users.BF_FIREARMS)
                .contentType(ContentType.JSON)
                .header("Accept-Language", "en")
                .body(Api.firearm(" -- / . ", "NATIONAL"))
                .post(Api.FIREARMS)
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("errors[0].field", equalTo("serialNumber"))
                .body("errors[0].message", equalTo("The serial number holds no letter or digit."));
        given().auth()
                .oauth2(Users.BF_FIREARMS)
                .contentType(ContentType.JSON)
                .body(Api.firearm("X".repeat(41), "NATIONAL"))
                .post(Api.FIREARMS)
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("serialNumber"))
                .body(
                        "errors[0].message",
                        equalTo("C'est trop long pour un numéro de série (40 lettres et chiffres au plus)."));
        given().auth()
                .oauth2(Users.BF_FIREARMS)
                .contentType(ContentType.JSON)
                .body(Api.firearm("BAZOOKA", "Kalashnikov", "AB123", "NATIONAL"))
                .post(Api.FIREARMS)
                .then()
                .statusCode(400)
                .body("type", equalTo(Api.PROBLEMS + "malformed-request"));
        given().auth()
                .oauth2(Users.BF_FIREARMS)
                .contentType(ContentType.JSON)
                .body(Api.firearm(Api.uniqueSerial("fut"), "NATIONAL")
                        .replace("1978", "2999")
                        .replace("2004", "2999"))
                .post(Api.FIREARMS)
                .then()
                .statusCode(400)
                .body("errors.field", hasItem("manufactureYear"));
        given().auth()
                .oauth2(Users.BF_FIREARMS)
                .contentType(ContentType.JSON)
                .body(Api.firearm(Api.uniqueSerial("sz"), "NATIONAL")
                        .replace("\"sharing\"", "\"status\":\"SEIZED\",\"sharing\""))
                .post(Api.FIREARMS)
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("status"));
        given().auth()
                .oauth2(Users.BF_FIREARMS)
                .contentType(ContentType.JSON)
                .body("{\"type\":")
                .post(Api.FIREARMS)
                .then()
                .statusCode(400);
        given().auth()
                .oauth2(Users.BF_FIREARMS)
                .contentType(ContentType.JSON)
                .body("{}")
                .post(Api.FIREARMS)
                .then()
                .statusCode(400)
                .body("errors.field", hasItem("serialNumber"))
                .body("errors.field", hasItem("type"));
    }

    @Test
    void anUnusualCalibreIsKeptAsGivenAndFoundThroughItsKey() {
        String serial = Api.uniqueSerial("cal");
        String id = Api.registerId(
                Users.BF_FIREARMS,
                Api.firearm(serial, "NATIONAL").replace("7,62 x 39 mm", "7.62×39 MM (copie artisanale)"));
        given().auth()
                .oauth2(Users.BF_FIREARMS)
                .get(Api.FIREARMS + "/" + id)
                .then()
                .body("calibre", equalTo("7.62×39 MM (copie artisanale)"));
        given().auth()
                .oauth2(Users.BF_FIREARMS)
                .queryParam("calibre", "7,62x39 mm (COPIE ARTISANALE)")
                .queryParam("limit", 200)
                .get(Api.FIREARMS)
                .then()
                .statusCode(200)
                .body("items.id", hasItem(id));
    }

    @Test
    void reportingStolenAppendsHistoryAndEmitsTheEventThenADestroyedFirearmCannotBeStolen() {
        ExtractableResponse<Response> created =
                Api.register(Users.BF_FIREARMS, Api.firearm(Api.uniqueSerial("st"), "G5"));
        String id = created.path("id");
        String path = Api.FIREARMS + "/" + id + "/status";

        given().auth()
                .oauth2(Users.BF_FIREARMS)
                .contentType(ContentType.JSON)
                .body("{\"status\":\"STOLEN\",\"reason\":\"Armoury broken into\"}")
                .post(path)
                .then()
                .statusCode(428);
        String etag = given().auth()
                .oauth2(Users.BF_FIREARMS)
                .header("If-Match", "\"0\"")
                .contentType(ContentType.JSON)
                .body("{\"status\":\"STOLEN\",\"place\":\"Dori\",\"occurredOn\":\""
                        + LocalDate.now().minusDays(2) + "\",\"reason\":\"Armoury broken into\"}")
                .post(path)
                .then()
                .statusCode(200)
                .body("status", equalTo("STOLEN"))
                .extract()
                .header("ETag");
        // Registered, the firearm's keyed make and serial went to the correlation index; stolen, it is reported.
        assertThat(Api.eventsAbout(id))
                .containsExactly("firearms.identifiers.published", "firearms.record.reported-stolen");
        JsonPath event = JsonPath.from(Api.eventPayload(id, "firearms.record.reported-stolen"));
        assertThat(event.getString("type")).isEqualTo("pcms.firearms.record.reported-stolen.v1");
        assertThat(event.getString("distribution")).isEqualTo("G5");
        assertThat(event.getString("ownerstate")).isEqualTo("BF");
        assertThat(event.getString("data.place")).isEqualTo("Dori");
        assertThat(event.getString("data.serialNormalised")).isEqualTo(Serials.normalise(created.path("serialNumber")));

        // Another State sees the G5 record but is not its keeper.
        given().auth()
                .oauth2(Users.NE_FIREARMS)
                .header("If-Match", etag)
                .contentType(ContentType.JSON)
                .body("{\"status\":\"FOUND\",\"reason\":\"x\"}")
                .post(path)
                .then()
                .statusCode(403);
        given().auth()
                .oauth2(Users.BF_FIREARMS)
                .header("If-Match", "\"0\"")
                .contentType(ContentType.JSON)
                .body("{\"status\":\"FOUND\",\"reason\":\"stale\"}")
                .post(path)
                .then()
                .statusCode(412);
        etag = given().auth()
                .oauth2(Users.BF_COORDINATOR)
                .header("If-Match", etag)
                .contentType(ContentType.JSON)
                .body("{\"status\":\"FOUND\",\"reason\":\"Recovered in a cache\"}")
                .post(path)
                .then()
                .statusCode(200)
                .extract()
                .header("ETag");
        etag = given().auth()
                .oauth2(Users.BF_FIREARMS)
                .header("If-Match", etag)
                .contentType(ContentType.JSON)
                .body("{\"status\":\"DESTROYED\",\"reason\":\"Public destruction ceremony\"}")
                .post(path)
                .then()
                .statusCode(200)
                .extract()
                .header("ETag");
        given().auth()
                .oauth2(Users.BF_FIREARMS)
                .header("If-Match", etag)
                .contentType(ContentType.JSON)
                .body("{\"status\":\"STOLEN\",\"reason\":\"?\"}")
                .post(path)
                .then()
                .statusCode(409)
                .body("type", equalTo(Api.PROBLEMS + "conflict"));
        given().auth()
                .oauth2(Users.BF_FIREARMS)
                .header("If-Match", etag)
                .contentType(ContentType.JSON)
                .body("{\"status\":\"LOST\"}")
                .post(path)
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("reason"));

        given().auth()
                .oauth2(Users.NE_FIREARMS)
                .get(path)
                .then()
                .statusCode(200)
                .body("toStatus", contains("REGISTERED_LICIT", "STOLEN", "FOUND", "DESTROYED"))
                .body("[1].place", equalTo("Dori"))
                .body("[1].changedBy", equalTo("bf-firearms"))
                .body("[1].occurredOn", equalTo(LocalDate.now().minusDays(2).toString()))
                .body("[2].changedByAgency", equalTo("BF-UNC"));
        assertThat(Api.eventsAbout(id))
                .containsExactly(
                        "firearms.identifiers.published",
                        "firearms.record.reported-stolen",
                        "firearms.record.status-changed",
                        "firearms.record.status-changed");
    }

    @Test
    void aFirearmRegisteredAsLostIsReportedAtOnce() {
        String id = Api.registerId(
                Users.BF_FIREARMS,
                Api.firearm(Api.uniqueSerial("lost"), "NATIONAL")
                        .replace("\"sharing\"", "\"status\":\"LOST\",\"sharing\""));
        assertThat(Api.eventsAbout(id))
                .containsExactly("firearms.record.reported-lost", "firearms.identifiers.published");
    }

    @Test
    void theStatusHistoryCannotBeRewrittenEvenInTheDatabase() {
        String id = Api.registerId(Users.BF_FIREARMS, Api.firearm(Api.uniqueSerial("ao"), "NATIONAL"));
        Throwable refused = org.assertj.core.api.Assertions.catchThrowable(() ->
                io.quarkus.narayana.jta.QuarkusTransaction.requiringNew()
                        .run(() -> io.quarkus.hibernate.orm.panache.Panache.getEntityManager()
                                .createNativeQuery(
                                        "update firearm_status_change set reason = 'forged' where firearm_id = :id")
                                .setParameter("id", java.util.UUID.fromString(id))
                                .executeUpdate()));
        assertThat(refused).isNotNull();
        Throwable deleted = org.assertj.core.api.Assertions.catchThrowable(() ->
                io.quarkus.narayana.jta.QuarkusTransaction.requiringNew()
                        .run(() -> io.quarkus.hibernate.orm.panache.Panache.getEntityManager()
                                .createNativeQuery("delete from firearm where id = :id")
                                .setParameter("id", java.util.UUID.fromString(id))
                                .executeUpdate()));
        assertThat(deleted).isNotNull();
        given().auth()
                .oauth2(Users.BF_FIREARMS)
                .get(Api.FIREARMS + "/" + id + "/status")
                .then()
                .statusCode(200)
                .body("$", hasSize(1))
                .body("[0].reason", equalTo("registered"));
    }

    @Test
    void creationHonoursIdempotencyKeys() {
        String body = Api.firearm(Api.uniqueSerial("idem"), "NATIONAL");
        String first = given().auth()
                .oauth2(Users.BF_FIREARMS)
                .header("Idempotency-Key", "idem-" + body.hashCode())
                .contentType(ContentType.JSON)
                .body(body)
                .post(Api.FIREARMS)
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        given().auth()
                .oauth2(Users.BF_FIREARMS)
                .header("Idempotency-Key", "idem-" + body.hashCode())
                .contentType(ContentType.JSON)
                .body(body)
                .post(Api.FIREARMS)
                .then()
                .statusCode(201)
                .header("Idempotent-Replayed", "true")
                .body("id", equalTo(first));
    }

    @Test
    void unknownFilterValuesAreProblemsAndListsPageWithCursors() {
        given().auth()
                .oauth2(Users.BF_FIREARMS)
                .queryParam("type", "BAZOOKA")
                .get(Api.FIREARMS)
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("type"));
        given().auth()
                .oauth2(Users.BF_FIREARMS)
                .queryParam("cursor", "not-a-cursor")
                .get(Api.FIREARMS)
                .then()
                .statusCode(400);
        given().auth()
                .oauth2(Users.BF_FIREARMS)
                .queryParam("limit", 500)
                .get(Api.FIREARMS)
                .then()
                .statusCode(400);
        String make = "Pagemaker " + Api.uniqueSerial("m");
        for (int i = 0; i < 3; i++) {
            Api.register(Users.BF_FIREARMS, Api.firearm("PISTOL", make, Api.uniqueSerial("p"), "AGENCY"));
        }
        ExtractableResponse<Response> page1 = given().auth()
                .oauth2(Users.BF_FIREARMS)
                .queryParam("make", make)
                .queryParam("limit", 2)
                .get(Api.FIREARMS)
                .then()
                .statusCode(200)
                .body("items", hasSize(2))
                .body("next", notNullValue())
                .extract();
        given().auth()
                .oauth2(Users.BF_FIREARMS)
                .queryParam("make", make)
                .queryParam("limit", 2)
                .queryParam("cursor", page1.path("next").toString())
                .get(Api.FIREARMS)
                .then()
                .statusCode(200)
                .body("items", hasSize(1))
                .body("items.id", not(hasItem(page1.path("items[0].id").toString())))
                .body("next", equalTo(null));
        given().auth()
                .oauth2(Users.BF_INVESTIGATOR)
                .queryParam("make", make)
                .get(Api.FIREARMS)
                .then()
                .statusCode(200)
                .body("items", empty());
    }
}

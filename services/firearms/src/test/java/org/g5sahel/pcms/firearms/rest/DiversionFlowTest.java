package org.g5sahel.pcms.firearms.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Niger seizes a firearm that Burkina Faso registered as licit: BF is told, the seizure stays Niger's. */
@QuarkusTest
class DiversionFlowTest {

    @Test
    void aFirearmOfABurkinabeStockpileSeizedInNigerIsADiversionNotifiedToBurkinaFasoOnly() {
        String serial = Api.uniqueSerial("DV");
        String bfRecord = Api.registerId(Users.BF_FIREARMS, Api.firearm(serial, "NATIONAL"));

        JsonPath seizure = given().auth()
                .oauth2(Users.NE_FIREARMS)
                .header("Idempotency-Key", UUID.randomUUID().toString())
                .contentType(ContentType.JSON)
                .body(seizure(
                        "Checkpoint of Téra",
                        "NE-CASE-2026-000042",
                        item("KALASHNIKOV", serial.toLowerCase().replace('-', ' '))))
                .post(Api.SEIZURES)
                .then()
                .statusCode(201)
                .body("reference", org.hamcrest.Matchers.startsWith("NE-SZ-"))
                .body("firearms[0].newlyRegistered", equalTo(true))
                .body("firearms[0].diversionHit.ownerState", equalTo("BF"))
                .body("firearms[0].diversionHit.ownerAgency", equalTo("BF-GENDARMERIE"))
                .body("firearms[0].diversionHit.reference", equalTo(bfRecord))
                .extract()
                .jsonPath();
        String seizureId = seizure.getString("id");
        String seizedRecord = seizure.getString("firearms[0].firearmId");

        // BF lists the notice; it tells the firearm, when and who, not the case.
        JsonPath notices = given().auth()
                .oauth2(Users.BF_FIREARMS)
                .queryParam("concerning", "BF")
                .get(Api.DIVERSIONS)
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
        String noticeId = notices.getString("items.find { it.firearmId == '" + bfRecord + "' }.id");
        assertThat(noticeId).isNotNull();
        given().auth()
                .oauth2(Users.BF_FIREARMS)
                .get(Api.DIVERSIONS + "/" + noticeId)
                .then()
                .statusCode(200)
                .body("seizureId", equalTo(seizureId))
                .body("seizingState", equalTo("NE"))
                .body("seizingAgency", equalTo("NE-GENDARMERIE"))
                .body("firearmReference", org.hamcrest.Matchers.startsWith("BF-FA-"))
                .body("seizedOn", equalTo(LocalDate.now().minusDays(1).toString()))
                .body("$", not(org.hamcrest.Matchers.hasKey("place")))
                .body("$", not(org.hamcrest.Matchers.hasKey("caseReference")));
        given().auth()
                .oauth2(Users.BF_COORDINATOR)
                .get(Api.DIVERSIONS + "/" + noticeId)
                .then()
                .statusCode(200);
        given().auth()
                .oauth2(Users.BF_FIREARMS)
                .get(Api.SEIZURES + "/" + seizureId)
                .then()
                .statusCode(404);
        given().auth()
                .oauth2(Users.ML_FIREARMS)
                .get(Api.DIVERSIONS + "/" + noticeId)
                .then()
                .statusCode(404);
        given().auth()
                .oauth2(Users.ML_FIREARMS)
                .get(Api.DIVERSIONS)
                .then()
                .statusCode(200)
                .body("items.id", not(hasItem(noticeId)));
        given().auth()
                .oauth2(Users.G5_COORDINATOR)
                .get(Api.DIVERSIONS + "/" + noticeId)
                .then()
                .statusCode(404);

        // The event the alerts service turns into BF's alert: shared with BF alone, without the case.
        assertThat(Api.eventsAbout(noticeId)).containsExactly("firearms.seizure.diversion-detected");
        JsonPath event = JsonPath.from(Api.eventPayload(noticeId, "firearms.seizure.diversion-detected"));
        assertThat(event.getString("type")).isEqualTo("pcms.firearms.seizure.diversion-detected.v1");
        assertThat(event.getString("ownerstate")).isEqualTo("NE");
        assertThat(event.getString("distribution")).isEqualTo("SELECTED");
        assertThat(event.getList("data.sharedWith")).containsExactly("BF");
        assertThat(event.getString("data.firearmId")).isEqualTo(bfRecord);
        assertThat(event.getString("data.firearmOwnerAgency")).isEqualTo("BF-GENDARMERIE");
        assertThat(event.getString("data.seizureId")).isEqualTo(seizureId);
        assertThat(event.prettify()).doesNotContain("Téra").doesNotContain("NE-CASE-2026-000042");
        assertThat(Api.eventsAbout(seizureId)).containsExactly("firearms.seizure.recorded");

        // Niger's new record is seized; Burkina Faso's record is left to its keeper.
        given().auth()
                .oauth2(Users.NE_FIREARMS)
                .get(Api.FIREARMS + "/" + seizedRecord)
                .then()
                .statusCode(200)
                .body("status", equalTo("SEIZED"))
                .body("holderCategory", equalTo("UNKNOWN"));
        given().auth()
                .oauth2(Users.BF_FIREARMS)
                .get(Api.FIREARMS + "/" + bfRecord)
                .then()
                .body("status", equalTo("REGISTERED_LICIT"));
        given().auth()
                .oauth2(Users.BF_COORDINATOR)
                .queryParam("recordId", noticeId)
                .get("/api/firearms/v1/audit/accesses")
                .then()
                .statusCode(200);
    }

    @Test
    void aNonDiscoverableRecordIsStillNotifiedToItsOwnerButNotRevealedToTheSeizer() {
        String serial = Api.uniqueSerial("ND");
        String bfRecord = Api.registerId(
                Users.BF_FIREARMS,
                Api.firearm(serial, "NATIONAL")
                        .replace(
                                "\"distribution\":\"NATIONAL\"",
                                "\"distribution\":\"NATIONAL\",\"discoverable\":false"));
        given().auth()
                .oauth2(Users.NE_INVESTIGATOR)
                .contentType(ContentType.JSON)
                .body(seizure("Niamey", null, item("Kalashnikov", serial)))
                .post(Api.SEIZURES)
                .then()
                .statusCode(201)
                .body("firearms[0].diversionHit", nullValue());
        given().auth()
                .oauth2(Users.BF_INVESTIGATOR)
                .queryParam("concerning", "BF")
                .get(Api.DIVERSIONS)
                .then()
                .statusCode(200)
                .body("items.firearmId", hasItem(bfRecord));
    }

    @Test
    void seizingOwnRecordsMarksThemSeizedAndSameStateRecordsAreNoDiversion() {
        String serial = Api.uniqueSerial("OWN");
        String own = Api.registerId(Users.NE_FIREARMS, Api.firearm(serial, "NATIONAL"));
        Api.register(Users.NE_INVESTIGATOR, Api.firearm(serial, "NATIONAL"));
        given().auth()
                .oauth2(Users.NE_FIREARMS)
                .contentType(ContentType.JSON)
                .body(seizure("Agadez", null, "{\"firearmId\":\"" + own + "\"}"))
                .post(Api.SEIZURES)
                .then()
                .statusCode(201)
                .body("firearms[0].firearmId", equalTo(own))
                .body("firearms[0].newlyRegistered", equalTo(false))
                .body("firearms[0].diversionHit", nullValue());
        given().auth()
                .oauth2(Users.NE_FIREARMS)
                .get(Api.FIREARMS + "/" + own + "/status")
                .then()
                .body("toStatus", contains("REGISTERED_LICIT", "SEIZED"))
                .body("[1].place", equalTo("Agadez"));
    }

    @Test
    void badSeizuresAreRefusedWholeAndWriteNothing() {
        String serial = Api.uniqueSerial("BAD");
        given().auth()
                .oauth2(Users.NE_FIREARMS)
                .contentType(ContentType.JSON)
                .body(seizure(
                        "Diffa",
                        null,
                        item("Kalashnikov", serial),
                        "{\"type\":\"PISTOL\",\"serialNumber\":\"--\"}",
                        "{\"firearmId\":\"" + UUID.randomUUID() + "\"}"))
                .post(Api.SEIZURES)
                .then()
                .statusCode(400)
                .body(
                        "errors.field",
                        org.hamcrest.Matchers.containsInAnyOrder(
                                "firearms[1].make", "firearms[1].serialNumber", "firearms[2].firearmId"));
        given().auth()
                .oauth2(Users.NE_FIREARMS)
                .queryParam("serial", serial)
                .queryParam("purpose", "check")
                .get(Api.FIREARMS + "/search")
                .then()
                .body("matches", org.hamcrest.Matchers.empty());
        given().auth()
                .oauth2(Users.NE_FIREARMS)
                .contentType(ContentType.JSON)
                .body("{\"seizedOn\":\"" + LocalDate.now().plusDays(2) + "\",\"place\":\"Diffa\",\"firearms\":[]}")
                .post(Api.SEIZURES)
                .then()
                .statusCode(400)
                .body("errors.field", hasItem("firearms"));
        given().auth()
                .oauth2(Users.NE_FIREARMS)
                .contentType(ContentType.JSON)
                .body(seizure("Diffa", null, item("Kalashnikov", serial))
                        .replace(
                                LocalDate.now().minusDays(1).toString(),
                                LocalDate.now().plusDays(3).toString()))
                .post(Api.SEIZURES)
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("seizedOn"));
        given().auth()
                .oauth2(Users.ML_ANALYST)
                .contentType(ContentType.JSON)
                .body(seizure("Gao", null, item("Kalashnikov", serial)))
                .post(Api.SEIZURES)
                .then()
                .statusCode(403);
    }

    static String item(String make, String serial) {
        return "{\"type\":\"ASSAULT_RIFLE\",\"make\":\"" + make + "\",\"calibre\":\"7.62x39\",\"serialNumber\":\""
                + serial + "\"}";
    }

    static String seizure(String place, String caseReference, String... items) {
        return "{\"seizedOn\":\"" + LocalDate.now().minusDays(1) + "\",\"place\":\"" + place + "\","
                + (caseReference == null ? "" : "\"caseReference\":\"" + caseReference + "\",")
                + "\"circumstances\":\"Vehicle search at the checkpoint\",\"firearms\":[" + String.join(",", items)
                + "]}";
    }
}

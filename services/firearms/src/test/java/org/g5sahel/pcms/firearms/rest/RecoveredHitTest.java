package org.g5sahel.pcms.firearms.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.stream.IntStream;
import org.g5sahel.pcms.commons.testing.TestTokens;
import org.junit.jupiter.api.Test;

/**
 * A firearm one State reported stolen, come upon by another through a seizure, a search or a trace request: the owner
 * is told once per finding with where, when and why; the finder's hit says the status, since when and whom to call;
 * the owner records the outcome in the firearm's history.
 */
@QuarkusTest
class RecoveredHitTest {

    private static final LocalDate STOLEN_ON = LocalDate.now().minusDays(20);
    /** BF-GENDARMERIE's 24/7 desk as the directory stand-in gives it. */
    private static final String BF_DESK = "+22625000000, permanence@gendarmerie.bf, 24/7";
    /** A searcher of its own: the hidden-hit quota of the other tests' users is not this test's concern. */
    private static final String NE_SEARCHER = TestTokens.forUser("ne-recovery-searcher", "NE-OCRTIS", "investigator");

    @Test
    void aStolenBurkinabeRifleSeizedInNigerUnderAMistypedSerialIsToldToBothSidesAndItsOutcomeRecorded() {
        String digits = digits();
        String bfRecord = stolen(Users.BF_FIREARMS, "Kalashnikov", "K0-1158-" + digits, "NATIONAL");

        // Niger types what it reads on a worn marking, and the French spelling of the make.
        String typed = "KO-1I58 " + digits.replace('0', 'O').replace('1', 'I');
        JsonPath seizure = given().auth()
                .oauth2(Users.NE_FIREARMS)
                .header("Idempotency-Key", UUID.randomUUID().toString())
                .contentType(ContentType.JSON)
                .body(DiversionFlowTest.seizure(
                        "Poste de contrôle de Téra",
                        "NE-CASE-2026-000077",
                        DiversionFlowTest.item("Kalachnikov", typed)))
                .post(Api.SEIZURES)
                .then()
                .statusCode(201)
                .body("firearms[0].diversionHit.reference", equalTo(bfRecord))
                .body("firearms[0].diversionHit.status", equalTo("STOLEN"))
                .body("firearms[0].diversionHit.reportedOn", equalTo(STOLEN_ON.toString()))
                .body("firearms[0].diversionHit.ownerAgency", equalTo("BF-GENDARMERIE"))
                .body("firearms[0].diversionHit.contact.deskPhone", equalTo("+22625000000"))
                .body(
                        "firearms[0].diversionHit.message",
                        equalTo("Signalée volée par BF le " + STOLEN_ON
                                + " — contacter BF-GENDARMERIE (permanence 24/7 : " + BF_DESK + ")"))
                .body("firearms[0].diversionHit", not(org.hamcrest.Matchers.hasKey("serialNumber")))
                .extract()
                .jsonPath();
        String seizureId = seizure.getString("id");
        given().auth()
                .oauth2(Users.NE_FIREARMS)
                .header("Accept-Language", "en")
                .get(Api.SEIZURES + "/" + seizureId)
                .then()
                .statusCode(200)
                .body(
                        "firearms[0].diversionHit.message",
                        equalTo("Reported stolen by BF on " + STOLEN_ON + " — contact BF-GENDARMERIE (24/7 desk: "
                                + BF_DESK + ")"));

        // Burkina Faso lists the finding: who, where, when, how — not Niger's case or circumstances.
        JsonPath hit = findingOf(Users.BF_FIREARMS, bfRecord);
        assertThat(hit.getString("foundThrough")).isEqualTo("SEIZURE");
        assertThat(hit.getString("finderAgency")).isEqualTo("NE-GENDARMERIE");
        assertThat(hit.getString("place")).isEqualTo("Poste de contrôle de Téra");
        assertThat(hit.getString("foundOn"))
                .isEqualTo(LocalDate.now().minusDays(1).toString());
        assertThat(hit.getString("sourceReference")).isEqualTo(seizure.getString("reference"));
        assertThat(hit.getString("serialNumber")).isEqualTo(typed);
        assertThat(hit.getString("firearmStatus")).isEqualTo("STOLEN");
        assertThat(hit.getString("reportedOn")).isEqualTo(STOLEN_ON.toString());
        String hitId = hit.getString("id");
        JsonPath event = JsonPath.from(Api.eventPayload(hitId, "firearms.recovered.hit"));
        assertThat(event.getString("type")).isEqualTo("pcms.firearms.recovered.hit.v1");
        assertThat(event.getString("ownerstate")).isEqualTo("NE");
        assertThat(event.getString("distribution")).isEqualTo("SELECTED");
        assertThat(event.getList("data.sharedWith")).containsExactly("BF");
        assertThat(event.getString("data.firearmOwnerAgency")).isEqualTo("BF-GENDARMERIE");
        assertThat(event.getString("data.place")).isEqualTo("Poste de contrôle de Téra");
        assertThat(event.prettify()).doesNotContain("NE-CASE-2026-000077").doesNotContain("Vehicle search");
        // A stolen firearm is a recovered hit, not a diversion of a licit stockpile; other States learn nothing.
        given().auth()
                .oauth2(Users.BF_FIREARMS)
                .queryParam("concerning", "BF")
                .get(Api.DIVERSIONS)
                .then()
                .body("items.firearmId", not(hasItem(bfRecord)));
        given().auth()
                .oauth2(Users.ML_FIREARMS)
                .get(Api.RECOVERED_HITS + "/" + hitId)
                .then()
                .statusCode(404);
        given().auth()
                .oauth2(Users.NE_FIREARMS)
                .get(Api.RECOVERED_HITS + "/" + hitId)
                .then()
                .statusCode(200);
        given().auth()
                .oauth2(Users.BF_COORDINATOR)
                .queryParam("recordId", bfRecord)
                .get("/api/firearms/v1/audit/accesses")
                .then()
                .statusCode(200)
                .body("items.find { it.action == 'HIT' }.actorAgency", equalTo("NE-GENDARMERIE"))
                .body("items.find { it.action == 'HIT' }.outcome", equalTo("RECOVERED_HIT"));

        // The owner records the outcome, naming the finding, in the firearm's history.
        String path = Api.FIREARMS + "/" + bfRecord + "/status";
        given().auth()
                .oauth2(Users.BF_FIREARMS)
                .header("If-Match", "\"1\"")
                .contentType(ContentType.JSON)
                .body(outcome("RECOVERED", UUID.randomUUID().toString()))
                .post(path)
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("recoveredHitId"));
        String etag = given().auth()
                .oauth2(Users.BF_FIREARMS)
                .header("If-Match", "\"1\"")
                .contentType(ContentType.JSON)
                .body(outcome("RECOVERED", hitId))
                .post(path)
                .then()
                .statusCode(200)
                .body("status", equalTo("RECOVERED"))
                .extract()
                .header("ETag");
        given().auth()
                .oauth2(Users.BF_FIREARMS)
                .header("If-Match", etag)
                .contentType(ContentType.JSON)
                .body(outcome("RETURNED_TO_HOLDER", hitId))
                .post(path)
                .then()
                .statusCode(200)
                .body("status", equalTo("RETURNED_TO_HOLDER"));
        given().auth()
                .oauth2(Users.BF_FIREARMS)
                .get(path)
                .then()
                .statusCode(200)
                .body(
                        "toStatus",
                        org.hamcrest.Matchers.contains("REGISTERED_LICIT", "STOLEN", "RECOVERED", "RETURNED_TO_HOLDER"))
                .body("[2].recoveredHitId", equalTo(hitId))
                .body("[3].recoveredHitId", equalTo(hitId));
    }

    @Test
    void aSeizureNamingAnotherStatesStolenFirearmByItsIdNotifiesItsOwner() {
        String neRecord = stolen(Users.NE_FIREARMS, "FN Herstal", Api.uniqueSerial("FN"), "G5");
        given().auth()
                .oauth2(Users.ML_FIREARMS)
                .contentType(ContentType.JSON)
                .body(DiversionFlowTest.seizure("Gao", null, "{\"firearmId\":\"" + neRecord + "\"}"))
                .post(Api.SEIZURES)
                .then()
                .statusCode(201)
                .body("firearms[0].firearmId", equalTo(neRecord))
                .body("firearms[0].diversionHit.status", equalTo("STOLEN"));
        JsonPath hit = findingOf(Users.NE_FIREARMS, neRecord);
        assertThat(hit.getString("finderAgency")).isEqualTo("ML-GENDARMERIE");
        assertThat(hit.getString("place")).isEqualTo("Gao");
        // Niger's record is left to its keeper.
        given().auth()
                .oauth2(Users.NE_FIREARMS)
                .get(Api.FIREARMS + "/" + neRecord)
                .then()
                .body("status", equalTo("STOLEN"));
    }

    @Test
    void aSearchOfAStolenSerialTellsTheSearcherWhomToCallAndTheOwnerOncePerDay() {
        String digits = digits();
        String bfRecord = stolen(Users.BF_FIREARMS, "Beretta", "BER-01-" + digits, "NATIONAL");
        String typed = "8ER-OI-" + digits;
        for (int i = 0; i < 2; i++) {
            given().auth()
                    .oauth2(NE_SEARCHER)
                    .queryParam("serial", typed)
                    .queryParam("make", "Pietro Beretta")
                    .queryParam("purpose", "contrôle routier")
                    .queryParam("place", "Niamey, rond-point Kennedy")
                    .get(Api.FIREARMS + "/search")
                    .then()
                    .statusCode(200)
                    .body("matches", empty())
                    .body("hits.reference", org.hamcrest.Matchers.contains(bfRecord))
                    .body("hits[0].status", equalTo("STOLEN"))
                    .body("hits[0].contact.deskEmail", equalTo("permanence@gendarmerie.bf"))
                    .body("hits[0].message", containsString("Signalée volée par BF le " + STOLEN_ON));
        }
        given().auth()
                .oauth2(Users.BF_FIREARMS)
                .queryParam("concerning", "BF")
                .get(Api.RECOVERED_HITS)
                .then()
                .body("items.findAll { it.firearmId == '" + bfRecord + "' }", hasSize(1))
                .body("items.find { it.firearmId == '" + bfRecord + "' }.purpose", equalTo("contrôle routier"))
                .body("items.find { it.firearmId == '" + bfRecord + "' }.place", equalTo("Niamey, rond-point Kennedy"))
                .body("items.find { it.firearmId == '" + bfRecord + "' }.foundThrough", equalTo("SEARCH"));
        // Exact comparison, when asked for, does not forgive the typing.
        given().auth()
                .oauth2(NE_SEARCHER)
                .queryParam("serial", typed)
                .queryParam("fold", false)
                .queryParam("purpose", "contrôle routier")
                .get(Api.FIREARMS + "/search")
                .then()
                .statusCode(200)
                .body("hits", empty());
    }

    @Test
    void theSameSearchSentSeveralTimesAtOnceRecordsOneFindingAndFailsNone() {
        String digits = digits();
        String bfRecord = stolen(Users.BF_FIREARMS, "Beretta", "BER-02-" + digits, "NATIONAL");
        List<Integer> statuses = IntStream.range(0, 6)
                .parallel()
                .mapToObj(i -> given().auth()
                        .oauth2(NE_SEARCHER)
                        .queryParam("serial", "BER-O2-" + digits)
                        .queryParam("make", "Beretta")
                        .queryParam("purpose", "contrôle routier")
                        .get(Api.FIREARMS + "/search")
                        .statusCode())
                .toList();
        assertThat(statuses).containsOnly(200);
        given().auth()
                .oauth2(Users.BF_FIREARMS)
                .queryParam("concerning", "BF")
                .get(Api.RECOVERED_HITS)
                .then()
                .body("items.findAll { it.firearmId == '" + bfRecord + "' }", hasSize(1));
    }

    @Test
    void aTraceRequestWhoseMarkingsMatchAStolenFirearmNotifiesItsOwner() {
        String serial = Api.uniqueSerial("TS");
        String bfRecord = stolen(Users.BF_FIREARMS, "Kalashnikov", serial, "NATIONAL");
        given().auth()
                .oauth2(Users.NE_FIREARMS)
                .header("Idempotency-Key", UUID.randomUUID().toString())
                .contentType(ContentType.JSON)
                .body("{\"addressedTo\":\"BF\",\"addresseeBasis\":\"LAST_IMPORT\",\"type\":\"ASSAULT_RIFLE\","
                        + "\"make\":\"AK-47\",\"serialNumber\":\"" + serial.toLowerCase()
                        + "\",\"importCountry\":\"BF\","
                        + "\"circumstances\":\"Recovered after an attack near Ayorou\"}")
                .post(Api.TRACE_REQUESTS)
                .then()
                .statusCode(201)
                .body("reportedMissingHits.reference", org.hamcrest.Matchers.contains(bfRecord))
                .body("reportedMissingHits[0].status", equalTo("STOLEN"));
        JsonPath hit = findingOf(Users.BF_COORDINATOR, bfRecord);
        assertThat(hit.getString("foundThrough")).isEqualTo("TRACE_REQUEST");
        assertThat(hit.getString("sourceReference")).startsWith("NE-");
        assertThat(hit.prettify()).doesNotContain("Ayorou");
    }

    @Test
    void makesMeetByTheirNamesAndSerialsByTheirLookAlikesButDistinctFirearmsDoNot() {
        String digits = digits();
        String licit = Api.registerId(
                Users.BF_FIREARMS, Api.firearm("PISTOL", "Fabrique Nationale", "FN-S0-" + digits, "NATIONAL"));
        given().auth()
                .oauth2(Users.NE_FIREARMS)
                .contentType(ContentType.JSON)
                .body(DiversionFlowTest.seizure(
                        "Diffa",
                        null,
                        DiversionFlowTest.item("FN Herstal", "fn 5o " + digits),
                        DiversionFlowTest.item("Norinco", "FN-S0-" + digits),
                        DiversionFlowTest.item("FN", "FN-S0-" + digits + "1")))
                .post(Api.SEIZURES)
                .then()
                .statusCode(201)
                .body("firearms[0].diversionHit.reference", equalTo(licit))
                .body("firearms[0].diversionHit.status", nullValue())
                .body(
                        "firearms[0].diversionHit.message",
                        equalTo("Fiche détenue par BF-GENDARMERIE — contacter" + " BF-GENDARMERIE (permanence 24/7 : "
                                + BF_DESK + ")"))
                .body("firearms[1].diversionHit", nullValue())
                .body("firearms[2].diversionHit", nullValue());
        given().auth()
                .oauth2(Users.BF_FIREARMS)
                .queryParam("concerning", "BF")
                .get(Api.DIVERSIONS)
                .then()
                .body("items.firearmId", hasItem(licit));
    }

    /** A record registered by {@code token}'s agency and reported stolen on {@link #STOLEN_ON}. */
    private static String stolen(String token, String make, String serial, String distribution) {
        String id = Api.registerId(token, Api.firearm("ASSAULT_RIFLE", make, serial, distribution));
        given().auth()
                .oauth2(token)
                .header("If-Match", "\"0\"")
                .contentType(ContentType.JSON)
                .body("{\"status\":\"STOLEN\",\"occurredOn\":\"" + STOLEN_ON + "\",\"place\":\"Dori\","
                        + "\"reason\":\"Armoury broken into\"}")
                .post(Api.FIREARMS + "/" + id + "/status")
                .then()
                .statusCode(200);
        return id;
    }

    /** The single finding of {@code firearmId} that {@code token} lists. */
    private static JsonPath findingOf(String token, String firearmId) {
        List<String> ids = given().auth()
                .oauth2(token)
                .queryParam("limit", 100)
                .get(Api.RECOVERED_HITS)
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getList("items.findAll { it.firearmId == '" + firearmId + "' }.id");
        assertThat(ids).hasSize(1);
        return given().auth()
                .oauth2(token)
                .get(Api.RECOVERED_HITS + "/" + ids.get(0))
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
    }

    private static String outcome(String status, String recoveredHitId) {
        return "{\"status\":\"" + status + "\",\"place\":\"Niamey\",\"reason\":\"Handed over by NE-GENDARMERIE\","
                + "\"recoveredHitId\":\"" + recoveredHitId + "\"}";
    }

    /** Digits no other test uses, with 0, 1 and 5 among them to be mistyped. */
    private static String digits() {
        return "015" + String.format("%09d", ThreadLocalRandom.current().nextInt(1_000_000_000));
    }
}

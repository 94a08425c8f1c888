package org.g5sahel.pcms.systemtests;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;

import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * iARMS through the gateway with real Keycloak tokens: Burkina Faso reports a rifle stolen; Niger seizes it, typing a
 * worn serial and the French spelling of its make. Niger's seizure says whom to call; both gendarmeries find the
 * finding in their inbox; Burkina Faso records the rifle recovered in its history, naming the finding.
 */
class StolenFirearmRecoveredIT {

    private static final String FIREARMS = Platform.GATEWAY + "/api/firearms/v1";
    private static final String INBOX = Platform.GATEWAY + "/api/alerts/v1/inbox";

    @BeforeAll
    static void platform() {
        Platform.get();
        // The hit names the owner's 24/7 desk, from the directory: Burkina Faso's coordinator gives the gendarmerie's.
        Desks.ensure("bf-coordinator", "BF-GENDARMERIE", "+226 25 00 00 17");
    }

    @Test
    void aBurkinabeRifleReportedStolenAndSeizedInNigerIsToldToBothSidesAndRecordedRecovered() {
        String bf = Tokens.of("bf-firearms");
        String ne = Tokens.of("ne-firearms");
        String digits =
                "015" + String.format("%09d", ThreadLocalRandom.current().nextInt(1_000_000_000));
        LocalDate stolenOn = LocalDate.now().minusDays(12);

        String record = given().auth()
                .oauth2(bf)
                .header("Idempotency-Key", UUID.randomUUID().toString())
                .contentType(ContentType.JSON)
                .body("{\"type\":\"ASSAULT_RIFLE\",\"make\":\"Kalashnikov\",\"model\":\"AKM\","
                        + "\"calibre\":\"7,62 x 39 mm\",\"serialNumber\":\"K0-1158 " + digits + "\","
                        + "\"holderCategory\":\"STATE_GENDARMERIE\","
                        + "\"custodyAgency\":\"BF-GENDARMERIE\",\"sharing\":{\"distribution\":\"NATIONAL\"}}")
                .post(FIREARMS + "/firearms")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        given().auth()
                .oauth2(bf)
                .header("If-Match", "\"0\"")
                .contentType(ContentType.JSON)
                .body("{\"status\":\"STOLEN\",\"occurredOn\":\"" + stolenOn + "\",\"place\":\"Brigade de Dori\","
                        + "\"reason\":\"Armoury broken into during the night\"}")
                .post(FIREARMS + "/firearms/" + record + "/status")
                .then()
                .statusCode(200);

        String typed = "KO-1I58 " + digits.replace('0', 'O').replace('1', 'I').replace('5', 'S');
        JsonPath seizure = given().auth()
                .oauth2(ne)
                .header("Idempotency-Key", UUID.randomUUID().toString())
                .contentType(ContentType.JSON)
                .body("{\"seizedOn\":\"" + LocalDate.now().minusDays(1) + "\","
                        + "\"place\":\"Poste de contrôle de Makalondi\",\"caseReference\":\"NE-CASE-SYSTEST-RH\","
                        + "\"firearms\":[{\"type\":\"ASSAULT_RIFLE\","
                        + "\"make\":\"Kalachnikov\",\"serialNumber\":\"" + typed + "\"}]}")
                .post(FIREARMS + "/seizures")
                .then()
                .statusCode(201)
                .body("firearms[0].diversionHit.reference", equalTo(record))
                .body("firearms[0].diversionHit.status", equalTo("STOLEN"))
                .body(
                        "firearms[0].diversionHit.message",
                        startsWith("Signalée volée par BF le " + stolenOn
                                + " — contacter BF-GENDARMERIE (permanence 24/7 : +226"))
                .extract()
                .jsonPath();

        // Burkina Faso's finding: by whom, where, when — not Niger's case.
        String hitId = given().auth()
                .oauth2(bf)
                .queryParam("concerning", "BF")
                .queryParam("limit", 100)
                .get(FIREARMS + "/recovered-hits")
                .then()
                .statusCode(200)
                .body("items.find { it.firearmId == '" + record + "' }.finderAgency", equalTo("NE-GENDARMERIE"))
                .body(
                        "items.find { it.firearmId == '" + record + "' }.place",
                        equalTo("Poste de contrôle de Makalondi"))
                .body(
                        "items.find { it.firearmId == '" + record + "' }.sourceReference",
                        equalTo(seizure.getString("reference")))
                .extract()
                .path("items.find { it.firearmId == '" + record + "' }.id");
        given().auth()
                .oauth2(bf)
                .get(FIREARMS + "/recovered-hits/" + hitId)
                .then()
                .statusCode(200)
                .body("$", org.hamcrest.Matchers.not(org.hamcrest.Matchers.hasKey("caseReference")));
        given().auth()
                .oauth2(Tokens.of("ml-firearms"))
                .get(FIREARMS + "/recovered-hits/" + hitId)
                .then()
                .statusCode(404);

        // Both inboxes, through the broker and the alerts service.
        await().atMost(Duration.ofMinutes(1))
                .pollInterval(Duration.ofSeconds(1))
                .until(() -> !inboxItems(bf, hitId).isEmpty()
                        && !inboxItems(ne, hitId).isEmpty());
        assertThat(inboxItems(bf, hitId)).singleElement().satisfies(item -> {
            assertThat(item.get("kind")).isEqualTo("FIREARM_RECOVERED");
            assertThat((String) item.get("title"))
                    .startsWith("Arme volée retrouvée")
                    .contains("NE-GENDARMERIE")
                    .contains("Makalondi");
        });
        assertThat(inboxItems(ne, hitId))
                .singleElement()
                .satisfies(item -> assertThat((String) item.get("title"))
                        .startsWith("Arme signalée volée par BF le " + stolenOn)
                        .contains("contacter BF-GENDARMERIE"));
        assertThat(inboxItems(Tokens.of("ml-firearms"), hitId)).isEmpty();

        // Burkina Faso records the outcome in the rifle's history.
        given().auth()
                .oauth2(bf)
                .header("If-Match", "\"1\"")
                .contentType(ContentType.JSON)
                .body("{\"status\":\"RECOVERED\",\"place\":\"Makalondi\","
                        + "\"reason\":\"Held by NE-GENDARMERIE, return requested\","
                        + "\"recoveredHitId\":\"" + hitId + "\"}")
                .post(FIREARMS + "/firearms/" + record + "/status")
                .then()
                .statusCode(200)
                .body("status", equalTo("RECOVERED"));
        given().auth()
                .oauth2(bf)
                .get(FIREARMS + "/firearms/" + record + "/status")
                .then()
                .statusCode(200)
                .body("toStatus", contains("REGISTERED_LICIT", "STOLEN", "RECOVERED"))
                .body("[2].recoveredHitId", equalTo(hitId));
    }

    private static List<Map<String, Object>> inboxItems(String token, String hitId) {
        List<Map<String, Object>> items = given().auth()
                .oauth2(token)
                .queryParam("limit", 200)
                .get(INBOX)
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getList("items");
        return items.stream().filter(item -> hitId.equals(item.get("sourceId"))).toList();
    }
}

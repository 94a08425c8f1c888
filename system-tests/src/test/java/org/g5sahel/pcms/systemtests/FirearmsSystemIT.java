package org.g5sahel.pcms.systemtests;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;

import io.restassured.http.ContentType;
import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The firearms registry through the gateway with real Keycloak tokens: Burkina Faso registers a rifle, Niger seizes it,
 * Burkina Faso is told of the diversion while Niger's seizure stays Niger's.
 */
class FirearmsSystemIT {

    private static final String API = Platform.GATEWAY + "/api/firearms/v1";

    @BeforeAll
    static void platform() {
        Platform.get();
    }

    @Test
    void aBurkinabeRifleSeizedInNigerIsADiversionBurkinaFasoSees() {
        String bf = Tokens.of("bf-firearms");
        String ne = Tokens.of("ne-firearms");
        String serial = "SYS-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();

        String record = given().auth()
                .oauth2(bf)
                .header("Idempotency-Key", UUID.randomUUID().toString())
                .contentType(ContentType.JSON)
                .body(
                        "{\"type\":\"ASSAULT_RIFLE\",\"make\":\"Kalashnikov\",\"model\":\"AKM\",\"calibre\":\"7,62 x 39 mm\","
                                + "\"serialNumber\":\"" + serial
                                + "\",\"manufactureCountry\":\"RU\",\"manufactureYear\":1978,"
                                + "\"importCountry\":\"BF\",\"importYear\":2004,\"holderCategory\":\"STATE_GENDARMERIE\","
                                + "\"custodyAgency\":\"BF-GENDARMERIE\",\"sharing\":{\"distribution\":\"NATIONAL\"}}")
                .post(API + "/firearms")
                .then()
                .statusCode(201)
                .body("sharing.ownerAgency", equalTo("BF-GENDARMERIE"))
                .extract()
                .path("id");

        // Niger cannot read the NATIONAL record; its search answers a hit.
        given().auth().oauth2(ne).get(API + "/firearms/" + record).then().statusCode(404);
        given().auth()
                .oauth2(ne)
                .queryParam("serial", serial.toLowerCase().replace('-', ' '))
                .queryParam("purpose", "system test")
                .get(API + "/firearms/search")
                .then()
                .statusCode(200)
                .body("hits.ownerState", hasItem("BF"));

        String seizure = given().auth()
                .oauth2(ne)
                .header("Idempotency-Key", UUID.randomUUID().toString())
                .contentType(ContentType.JSON)
                .body("{\"seizedOn\":\"" + LocalDate.now().minusDays(1) + "\",\"place\":\"Poste de contrôle de Téra\","
                        + "\"caseReference\":\"NE-CASE-SYSTEST\",\"firearms\":[{\"type\":\"ASSAULT_RIFLE\","
                        + "\"make\":\"KALASHNIKOV\",\"serialNumber\":\"" + serial.replace("-", " ") + "\"}]}")
                .post(API + "/seizures")
                .then()
                .statusCode(201)
                .body("firearms[0].diversionHit.ownerState", equalTo("BF"))
                .extract()
                .path("id");

        given().auth()
                .oauth2(bf)
                .queryParam("concerning", "BF")
                .get(API + "/diversions")
                .then()
                .statusCode(200)
                .body("items.find { it.firearmId == '" + record + "' }.seizingState", equalTo("NE"))
                .body("items.find { it.firearmId == '" + record + "' }.seizureId", equalTo(seizure))
                .body("items.find { it.firearmId == '" + record + "' }.id", notNullValue());
        given().auth().oauth2(bf).get(API + "/seizures/" + seizure).then().statusCode(404);
        given().auth()
                .oauth2(Tokens.of("ml-firearms"))
                .get(API + "/diversions")
                .then()
                .statusCode(200)
                .body("items.firearmId", not(hasItem(record)));
        given().get(API + "/diversions").then().statusCode(401);
    }
}

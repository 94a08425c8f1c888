package org.g5sahel.pcms.firearms.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;

import io.quarkus.test.junit.QuarkusTest;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Stockpile CSV import: a row report where nothing is silently dropped, and an idempotent re-import. */
@QuarkusTest
class ImportTest {

    @Test
    void goodRowsAreImportedBadRowsReportedAndAReimportFindsEverythingPresent() {
        String lot = UUID.randomUUID().toString().substring(0, 8).toUpperCase();
        String csv = "type;make;model;calibre;serialNumber;manufactureCountry;manufactureYear;holderCategory;status\r\n"
                + "ASSAULT_RIFLE;Kalashnikov;AKM;7,62x39;\"GD-" + lot + "-001\";RU;1978;STATE_GENDARMERIE;\r\n"
                + "pistol;Beretta;92;9 mm;GD-" + lot + "-002;IT;1995;state gendarmerie;LOST\r\n"
                + "BAZOOKA;Kalashnikov;AKM;7,62x39;GD-" + lot + "-003;RU;1978;STATE_GENDARMERIE;\r\n"
                + "RIFLE;MAS;36;7,5 mm;\" - \";FR;1950;STATE_GENDARMERIE;\r\n"
                + "RIFLE;MAS;36;7,5 mm;GD-" + lot + "-005;FR;3050;STATE_GENDARMERIE;\r\n"
                + "RIFLE;MAS;36\r\n"
                + "\r\n"
                + "ASSAULT_RIFLE;KALASHNIKOV;AKM;7,62x39;gd " + lot + " 001;RU;1978;STATE_GENDARMERIE;\r\n"
                + "RIFLE;MAS;36;7,5 mm;GD-" + lot + "-009;FR;1950;STATE_GENDARMERIE;SEIZED\r\n";
        String path = given().auth()
                .oauth2(Users.BF_FIREARMS)
                .contentType("text/csv")
                .header("Accept-Language", "en")
                .queryParam("fileName", "stock-" + lot + ".csv")
                .body(csv)
                .post(Api.IMPORTS)
                .then()
                .statusCode(201)
                .body("totalRows", equalTo(8))
                .body("imported", equalTo(2))
                .body("alreadyPresent", equalTo(1))
                .body("rejected", equalTo(5))
                .body("rows.line", contains(2, 3, 4, 5, 6, 7, 9, 10))
                .body(
                        "rows.outcome",
                        contains(
                                "IMPORTED",
                                "IMPORTED",
                                "REJECTED",
                                "REJECTED",
                                "REJECTED",
                                "REJECTED",
                                "ALREADY_PRESENT",
                                "REJECTED"))
                .body("rows[2].errors[0].field", equalTo("type"))
                .body("rows[2].errors[0].message", equalTo("Unknown value."))
                .body("rows[3].errors[0].field", equalTo("serialNumber"))
                .body("rows[4].errors[0].field", equalTo("manufactureYear"))
                .body("rows[5].errors[0].field", equalTo("row"))
                .body("rows[7].errors[0].field", equalTo("status"))
                .extract()
                .header("Location");
        given().auth()
                .oauth2(Users.BF_FIREARMS)
                .queryParam("serial", "GD-" + lot + "*")
                .queryParam("purpose", "import check")
                .get(Api.FIREARMS + "/search")
                .then()
                .body("matches", hasSize(2))
                .body("matches.status", hasItem("LOST"))
                .body("matches.holderCategory", hasItem("STATE_GENDARMERIE"));

        given().auth()
                .oauth2(Users.BF_FIREARMS)
                .contentType("text/csv")
                .body(csv)
                .post(Api.IMPORTS)
                .then()
                .statusCode(201)
                .body("imported", equalTo(0))
                .body("alreadyPresent", equalTo(3))
                .body("rejected", equalTo(5));
        given().auth()
                .oauth2(Users.BF_FIREARMS)
                .get(path.substring(path.indexOf("/api/")))
                .then()
                .statusCode(200)
                .body("fileName", equalTo("stock-" + lot + ".csv"));
        given().auth()
                .oauth2(Users.BF_INVESTIGATOR)
                .get(path.substring(path.indexOf("/api/")))
                .then()
                .statusCode(403);
        given().auth()
                .oauth2(Users.BF_COORDINATOR)
                .get(path.substring(path.indexOf("/api/")))
                .then()
                .statusCode(404);
    }

    @Test
    void anUnreadableFileIsRefusedWholeAndWritesNothing() {
        String lot = UUID.randomUUID().toString().substring(0, 8).toUpperCase();
        given().auth()
                .oauth2(Users.BF_FIREARMS)
                .contentType("text/csv")
                .body("type,make,serialNumber,holderCategory\nPISTOL,Beretta,UNR-" + lot
                        + ",UNKNOWN\nPISTOL,\"Beretta,UNR2,UNKNOWN\n")
                .post(Api.IMPORTS)
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("file"))
                .body("detail", org.hamcrest.Matchers.containsString("3"));
        given().auth()
                .oauth2(Users.BF_FIREARMS)
                .queryParam("serial", "UNR-" + lot)
                .queryParam("purpose", "check")
                .get(Api.FIREARMS + "/search")
                .then()
                .body("matches", hasSize(0));
        given().auth()
                .oauth2(Users.BF_FIREARMS)
                .contentType("text/csv")
                .body("type,make,colour\nPISTOL,Beretta,red\n")
                .post(Api.IMPORTS)
                .then()
                .statusCode(400)
                .body("errors.field", hasItem("header[2]"))
                .body("errors.field", hasItem("header"));
        given().auth()
                .oauth2(Users.BF_FIREARMS)
                .contentType("text/csv")
                .body("type,make,serialNumber,holderCategory\n")
                .post(Api.IMPORTS)
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("file"));
        given().auth()
                .oauth2(Users.BF_FIREARMS)
                .contentType("text/csv")
                .body("")
                .post(Api.IMPORTS)
                .then()
                .statusCode(400);
        given().auth()
                .oauth2(Users.BF_FIREARMS)
                .contentType("text/csv")
                .queryParam("distribution", "SELECTED")
                .body("type,make,serialNumber,holderCategory\nPISTOL,Beretta,SEL-" + lot + ",UNKNOWN\n")
                .post(Api.IMPORTS)
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("sharedWith"));
        given().auth()
                .oauth2(Users.BF_INVESTIGATOR)
                .contentType("text/csv")
                .body("type,make,serialNumber,holderCategory\nPISTOL,Beretta,INV-" + lot + ",UNKNOWN\n")
                .post(Api.IMPORTS)
                .then()
                .statusCode(403);
    }
}

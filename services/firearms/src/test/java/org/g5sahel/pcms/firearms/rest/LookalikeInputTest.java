package org.g5sahel.pcms.firearms.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Text that looks the same but is not: a make with a zero-width space, serials with Greek or Cyrillic letters drawn
 * like Latin ones. They are the same firearm for duplicate detection, search and diversion matching.
 */
@QuarkusTest
class LookalikeInputTest {

    /** A serial holding K and O, so that Greek Kappa and Omicron can stand in for them. */
    private static String serialWithKO() {
        return "KO-"
                + UUID.randomUUID().toString().replace("-", "").substring(0, 10).toUpperCase();
    }

    private static String greek(String serial) {
        return serial.replace('K', '\u039A').replace('O', '\u039F');
    }

    @Test
    void aMakeWithAZeroWidthSpaceIsTheSameFirearmAndIsStoredWithoutIt() {
        String serial = Api.uniqueSerial("ZW");
        Api.register(Users.BF_FIREARMS, Api.firearm("PISTOL", "Glock", serial, "NATIONAL"));
        for (String make : new String[] {"Gl\u200Bock", "\u202AGlock\u202C", "Gl\u03BFck", "GL\u041ECK"}) {
            given().auth()
                    .oauth2(Users.BF_FIREARMS)
                    .contentType(ContentType.JSON)
                    .body(Api.firearm("PISTOL", make, serial, "NATIONAL"))
                    .post(Api.FIREARMS)
                    .then()
                    .statusCode(409)
                    .body("type", equalTo(Api.PROBLEMS + "conflict"));
        }
        String other = Api.registerId(Users.NE_FIREARMS, Api.firearm("PISTOL", "Gl\u200Bock", serial, "NATIONAL"));
        given().auth()
                .oauth2(Users.NE_FIREARMS)
                .get(Api.FIREARMS + "/" + other)
                .then()
                .statusCode(200)
                .body("make", equalTo("Glock"));
    }

    @Test
    void aSerialWithGreekLettersOrAZeroWidthSpaceIsFoundByAnExactSearch() {
        String serial = serialWithKO();
        String id = Api.registerId(Users.BF_FIREARMS, Api.firearm(serial, "NATIONAL"));
        for (String typed : new String[] {
            greek(serial),
            serial.replace("-", "-\u200B"),
            "\u202E" + serial.toLowerCase().replace('k', '\u043A')
        }) {
            given().auth()
                    .oauth2(Users.BF_FIREARMS)
                    .queryParam("serial", typed)
                    .queryParam("purpose", "look-alikes")
                    .get(Api.FIREARMS + "/search")
                    .then()
                    .statusCode(200)
                    .body("matches.id", contains(id))
                    .body("hits", empty());
        }
        String greekRecord = Api.registerId(Users.ML_FIREARMS, Api.firearm(greek(serial), "NATIONAL"));
        given().auth()
                .oauth2(Users.ML_FIREARMS)
                .get(Api.FIREARMS + "/" + greekRecord)
                .then()
                .body("serialNumber", equalTo(greek(serial)))
                .body("serialNormalised", equalTo(serial.replace("-", "")));
    }

    @Test
    void aSeizedFirearmWhoseSerialHasAGreekOmicronIsADiversionOfTheLatinRecord() {
        String serial = serialWithKO();
        String bfRecord = Api.registerId(Users.BF_FIREARMS, Api.firearm(serial, "NATIONAL"));
        given().auth()
                .oauth2(Users.NE_FIREARMS)
                .header("Idempotency-Key", UUID.randomUUID().toString())
                .contentType(ContentType.JSON)
                .body(DiversionFlowTest.seizure(
                        "Checkpoint of Téra", null, DiversionFlowTest.item("Kal\u200Bashnikov", greek(serial))))
                .post(Api.SEIZURES)
                .then()
                .statusCode(201)
                .body("firearms[0].newlyRegistered", equalTo(true))
                .body("firearms[0].diversionHit.ownerState", equalTo("BF"))
                .body("firearms[0].diversionHit.reference", equalTo(bfRecord));
    }
}

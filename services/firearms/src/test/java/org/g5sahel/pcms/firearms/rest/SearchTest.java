package org.g5sahel.pcms.firearms.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;
import java.util.Map;
import java.util.UUID;
import org.g5sahel.pcms.commons.testing.TestTokens;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Serial search truth table (exact, confusables, wildcards) and hit / no-hit: BF's gendarmerie holds three records of
 * a fresh family of serials; what each query finds is fixed below.
 */
@QuarkusTest
class SearchTest {

    /** A fresh prefix without O, I, S or B, so that folding leaves it as it is. */
    private String family;

    private Map<String, String> ids;

    @BeforeEach
    void registerAFamilyOfSerials() {
        family = "Z"
                + UUID.randomUUID()
                        .toString()
                        .replace("-", "")
                        .toUpperCase()
                        .substring(0, 12)
                        .replace('B', 'C');
        ids = Map.of(
                "exact", Api.registerId(Users.BF_FIREARMS, Api.firearm(family + "-77O5 12", "NATIONAL")),
                "other",
                        Api.registerId(
                                Users.BF_FIREARMS,
                                Api.firearm("ASSAULT_RIFLE", "Norinco", family + "-7735 99", "NATIONAL")),
                "pistol",
                        Api.registerId(
                                Users.BF_FIREARMS, Api.firearm("PISTOL", "Beretta", family + "-1S8", "NATIONAL")));
    }

    @ParameterizedTest(name = "{0} fold={1} make={2} → {3}")
    @CsvSource(
            delimiter = '|',
            value = {
                // exact on the normalised form: separators and case do not matter, look-alikes do
                "-77o5-12      | false |           | exact",
                " 77O5 12      | false |           | exact",
                "-7705 12      | false |           | ''",
                // confusable folding: O/0, I/1, S/5, B/8 meet
                "-7705 12      | true  |           | exact",
                "-I58          | true  |           | pistol",
                "-158          | false |           | ''",
                // wildcards for obliterated characters
                "-77?51*       | false |           | exact",
                "-77*          | false |           | exact other",
                "*             | false |           | exact other pistol",
                "-77*          | false | NORINCO   | other",
                "-77*          | false | norinco   | other",
                "-7??5*        | true  |           | exact other"
            })
    void truthTable(String suffix, boolean fold, String make, String expected) {
        RequestSpecification request = given().auth()
                .oauth2(Users.BF_FIREARMS)
                .queryParam("serial", family + suffix)
                .queryParam("fold", fold)
                .queryParam("purpose", "truth table");
        if (make != null) {
            request.queryParam("make", make);
        }
        String[] keys = expected.isEmpty() ? new String[0] : expected.split(" ");
        request.get(Api.FIREARMS + "/search")
                .then()
                .statusCode(200)
                .body(
                        "matches.id",
                        containsInAnyOrder(
                                java.util.Arrays.stream(keys).map(ids::get).toArray()))
                .body("hits", empty());
    }

    @Test
    void typeAndCalibreFilterTheSearch() {
        given().auth()
                .oauth2(Users.BF_FIREARMS)
                .queryParam("serial", family + "*")
                .queryParam("type", "PISTOL")
                .queryParam("purpose", "filters")
                .get(Api.FIREARMS + "/search")
                .then()
                .statusCode(200)
                .body("matches.id", contains(ids.get("pistol")));
        given().auth()
                .oauth2(Users.BF_FIREARMS)
                .queryParam("serial", family + "*")
                .queryParam("calibre", "7.62x39")
                .queryParam("purpose", "filters")
                .get(Api.FIREARMS + "/search")
                .then()
                .statusCode(200)
                .body("matches.id", containsInAnyOrder(ids.get("exact"), ids.get("other"), ids.get("pistol")));
        given().auth()
                .oauth2(Users.BF_FIREARMS)
                .queryParam("serial", family + "*")
                .queryParam("calibre", "9 mm")
                .queryParam("purpose", "filters")
                .get(Api.FIREARMS + "/search")
                .then()
                .statusCode(200)
                .body("matches", empty());
    }

    @Test
    void anotherStateGetsOnlyAHitAndTheOwnerSeesWhoSearchedAndWhy() {
        given().auth()
                .oauth2(Users.NE_FIREARMS)
                .queryParam("serial", family + "7705-12")
                .queryParam("fold", true)
                .queryParam("purpose", "NE-CASE-2026-000042")
                .get(Api.FIREARMS + "/search")
                .then()
                .statusCode(200)
                .body("matches", empty())
                .body("hits.reference", contains(ids.get("exact")))
                .body("hits[0].ownerState", equalTo("BF"))
                .body("hits[0].ownerAgency", equalTo("BF-GENDARMERIE"))
                .body("hits[0].recordType", equalTo("firearm"))
                .body("hits[0]", not(hasKey("serialNumber")));
        given().auth()
                .oauth2(Users.BF_COORDINATOR)
                .queryParam("recordId", ids.get("exact"))
                .get("/api/firearms/v1/audit/accesses")
                .then()
                .statusCode(200)
                .body("items.actorAgency", hasItem("NE-GENDARMERIE"))
                .body("items.action", hasItem("HIT"))
                .body("items.purpose", hasItem("NE-CASE-2026-000042"));
    }

    @Test
    void aWildcardSearchRevealsNoRecordTheCallerCannotRead() {
        for (String pattern : new String[] {family + "*", family.substring(0, 6) + "*", family + "-77?5*"}) {
            search(Users.NE_FIREARMS, pattern, false)
                    .then()
                    .statusCode(200)
                    .body("matches", empty())
                    .body("hits", empty());
        }
        search(Users.NE_FIREARMS, family + "-77O5 12", false)
                .then()
                .statusCode(200)
                .body("hits.reference", contains(ids.get("exact")));
    }

    @Test
    void aPartnerSystemGetsNoHiddenHitEvenForACompleteSerial() {
        search(Users.INTERPOL, family + "-77O5 12", false)
                .then()
                .statusCode(200)
                .body("matches", empty())
                .body("hits", empty())
                .body("hiddenHitQuotaExhausted", equalTo(false));
        search(Users.INTERPOL, family.substring(0, 4) + "*", true)
                .then()
                .statusCode(200)
                .body("hits", empty());
    }

    @Test
    void pastTheDailyQuotaHiddenHitsAreWithheldAndTheOwnerIsWarnedOnce() {
        String prober = TestTokens.forUser("quota-prober-" + family, "TD-POLICE", "analyst");
        for (int attempt = 0; attempt < 50; attempt++) {
            search(prober, family + "-77O5 12", false)
                    .then()
                    .statusCode(200)
                    .body("hits.reference", contains(ids.get("exact")))
                    .body("hiddenHitQuotaExhausted", equalTo(attempt == 49));
        }
        for (int attempt = 0; attempt < 3; attempt++) {
            search(prober, family + "-7735 99", false)
                    .then()
                    .statusCode(200)
                    .body("hits", empty())
                    .body("hiddenHitQuotaExhausted", equalTo(true));
        }
        search(prober, "NOTHING" + family, false).then().statusCode(200).body("hiddenHitQuotaExhausted", equalTo(true));
        assertThat(Api.eventsAbout("quota-prober-" + family + "/" + java.time.LocalDate.now(java.time.ZoneOffset.UTC)))
                .containsExactly("firearms.search.enumeration-suspected");
        given().auth()
                .oauth2(Users.BF_COORDINATOR)
                .queryParam("recordId", ids.get("other"))
                .get("/api/firearms/v1/audit/accesses")
                .then()
                .statusCode(200)
                .body("items.outcome", hasItem("WITHHELD"));
    }

    private static io.restassured.response.Response search(String token, String serial, boolean fold) {
        return given().auth()
                .oauth2(token)
                .queryParam("serial", serial)
                .queryParam("fold", fold)
                .queryParam("purpose", "contrôle")
                .get(Api.FIREARMS + "/search");
    }

    @Test
    void aNonDiscoverableRecordAnswersNoHit() {
        String serial = family + "-ND";
        Api.register(
                Users.BF_FIREARMS,
                Api.firearm(serial, "NATIONAL")
                        .replace(
                                "\"distribution\":\"NATIONAL\"",
                                "\"distribution\":\"NATIONAL\",\"discoverable\":false"));
        given().auth()
                .oauth2(Users.NE_FIREARMS)
                .queryParam("serial", serial)
                .queryParam("purpose", "screening")
                .get(Api.FIREARMS + "/search")
                .then()
                .statusCode(200)
                .body("matches", empty())
                .body("hits", empty());
    }

    @Test
    void aBorderOfficerScreensAndNeverSeesTheFile() {
        given().auth()
                .oauth2(Users.BF_BORDER)
                .queryParam("serial", family + "-77O512")
                .queryParam("purpose", "AIRCOP screening")
                .get(Api.FIREARMS + "/search")
                .then()
                .statusCode(200)
                .body("matches", empty())
                .body("hits.reference", contains(ids.get("exact")));
        given().auth()
                .oauth2(Users.BF_BORDER)
                .get(Api.FIREARMS + "/" + ids.get("exact"))
                .then()
                .statusCode(403);
    }

    @Test
    void aSearchNeedsAPurposeAndAUsableSerial() {
        given().auth()
                .oauth2(Users.BF_FIREARMS)
                .queryParam("serial", family)
                .get(Api.FIREARMS + "/search")
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("purpose"));
        given().auth()
                .oauth2(Users.BF_FIREARMS)
                .queryParam("serial", "A*")
                .queryParam("purpose", "x")
                .header("Accept-Language", "en")
                .get(Api.FIREARMS + "/search")
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("serial"))
                .body("errors[0].message", equalTo("A wildcard search must keep at least 3 known characters."));
        given().auth()
                .oauth2(Users.BF_FIREARMS)
                .queryParam("purpose", "x")
                .get(Api.FIREARMS + "/search")
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("serial"));
        given().auth()
                .oauth2(Users.BF_FIREARMS)
                .queryParam("serial", family)
                .queryParam("purpose", "x")
                .queryParam("fold", "maybe")
                .get(Api.FIREARMS + "/search")
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("fold"));
        given().auth()
                .oauth2(Users.BF_TRAINING)
                .queryParam("serial", family)
                .queryParam("purpose", "x")
                .get(Api.FIREARMS + "/search")
                .then()
                .statusCode(403);
        given().queryParam("serial", family)
                .queryParam("purpose", "x")
                .get(Api.FIREARMS + "/search")
                .then()
                .statusCode(401);
    }
}

package org.g5sahel.pcms.firearms.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Who sees a firearm record of BF's gendarmerie, for each distribution: owner agency, another agency of the same State,
 * another State, a State the record is SELECTED for, the regional coordinator, a partner, anonymous. Checked on get,
 * list, count (statistics) and serial search (a match for those who see it, a hit for the other members; partner
 * systems get no hit on what they may not see).
 */
@QuarkusTest
class SovereigntyMatrixTest {

    private static final Map<String, String> CALLERS = Map.of(
            "owner agency", Users.BF_FIREARMS,
            "same State, other agency", Users.BF_INVESTIGATOR,
            "other State", Users.NE_FIREARMS,
            "selected State", Users.ML_FIREARMS,
            "regional coordinator", Users.G5_COORDINATOR,
            "partner", Users.INTERPOL);

    private static final Map<String, Set<String>> SEEN_BY = Map.of(
            "AGENCY", Set.of("owner agency"),
            "NATIONAL", Set.of("owner agency", "same State, other agency"),
            "SELECTED", Set.of("owner agency", "same State, other agency", "selected State"),
            "G5",
                    Set.of(
                            "owner agency",
                            "same State, other agency",
                            "other State",
                            "selected State",
                            "regional coordinator"),
            "PARTNERS", CALLERS.keySet());

    static Stream<Arguments> matrix() {
        List<Arguments> cases = new ArrayList<>();
        for (String distribution : SEEN_BY.keySet()) {
            for (String caller : CALLERS.keySet()) {
                cases.add(Arguments.of(
                        distribution, caller, SEEN_BY.get(distribution).contains(caller)));
            }
            cases.add(Arguments.of(distribution, "anonymous", false));
        }
        return cases.stream();
    }

    @ParameterizedTest(name = "{0} record, {1}: sees it = {2}")
    @MethodSource("matrix")
    void firearmRecords(String distribution, String caller, boolean sees) {
        String make = "Matrix " + UUID.randomUUID();
        String serial = Api.uniqueSerial("MX");
        String sharedWith = distribution.equals("SELECTED") ? ",\"sharedWith\":[\"ML\"]" : "";
        String id = Api.registerId(
                Users.BF_FIREARMS,
                Api.firearm("RIFLE", make, serial, distribution)
                        .replace(
                                "\"distribution\":\"" + distribution + "\"",
                                "\"distribution\":\"" + distribution + "\"" + sharedWith));

        if (caller.equals("anonymous")) {
            given().get(Api.FIREARMS + "/" + id).then().statusCode(401);
            given().queryParam("make", make).get(Api.FIREARMS).then().statusCode(401);
            given().queryParam("serial", serial)
                    .queryParam("purpose", "matrix")
                    .get(Api.FIREARMS + "/search")
                    .then()
                    .statusCode(401);
            given().get(Api.STATISTICS).then().statusCode(401);
            return;
        }
        String token = CALLERS.get(caller);
        given().auth().oauth2(token).get(Api.FIREARMS + "/" + id).then().statusCode(sees ? 200 : 404);
        given().auth()
                .oauth2(token)
                .get(Api.FIREARMS + "/" + id + "/status")
                .then()
                .statusCode(sees ? 200 : 404);
        given().auth()
                .oauth2(token)
                .queryParam("make", make)
                .get(Api.FIREARMS)
                .then()
                .statusCode(200)
                .body("items.id", sees ? contains(id) : empty());
        given().auth()
                .oauth2(token)
                .queryParam("make", make)
                .get(Api.STATISTICS)
                .then()
                .statusCode(200)
                .body("records.total", equalTo(sees ? 1 : 0));
        RequestSpecification search =
                given().auth().oauth2(token).queryParam("serial", serial).queryParam("purpose", "sovereignty matrix");
        search.get(Api.FIREARMS + "/search")
                .then()
                .statusCode(200)
                .body("matches.id", sees ? contains(id) : empty())
                .body("hits.reference", sees || caller.equals("partner") ? empty() : contains(id));
    }
}

package org.g5sahel.pcms.cases.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.matchesPattern;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The sovereignty matrix of cases: for each distribution, who gets, lists, counts, searches and reads the subjects and
 * the timeline of a case. Invisible means 404 on a get and absent from lists — never 403, which would reveal it exists.
 */
@QuarkusTest
class CaseSovereigntyTest {

    /** Caller → token, in the order of the expectation strings below. */
    private static final Map<String, String> CALLERS = new LinkedHashMap<>();

    static {
        CALLERS.put("owner", Users.ML_INVESTIGATOR);
        CALLERS.put("sameState", Users.ML_ANALYST);
        CALLERS.put("selectedState", Users.NE_INVESTIGATOR);
        CALLERS.put("otherState", Users.BF_INVESTIGATOR);
        CALLERS.put("regional", Users.G5_COORDINATOR);
        CALLERS.put("partner", Users.INTERPOL);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = ';',
            value = {
                // sharing; owner, same State, selected State, other State, regional, partner (1 = sees it)
                "{\"distribution\":\"AGENCY\"};100000",
                "{\"distribution\":\"NATIONAL\"};110000",
                "{\"distribution\":\"SELECTED\",\"sharedWith\":[\"NE\"]};111000",
                "{\"distribution\":\"SELECTED\",\"sharedWith\":[\"NE-OCRTIS\"]};111000",
                "{\"distribution\":\"G5\"};111110",
                "{\"distribution\":\"PARTNERS\",\"sharedWith\":[\"INTERPOL\"]};111111"
            })
    void eachCallerSeesExactlyWhatTheDistributionAllows(String sharing, String expected) {
        String marker = UUID.randomUUID().toString().substring(0, 8);
        String id = Cases.open(Users.ML_INVESTIGATOR, marker, sharing).path("id");
        Cases.addSubject(Users.ML_INVESTIGATOR, id, """
                {"kind":"PHONE","role":"SUSPECT","phone":{"number":"+223 76 00 %s"}}""".formatted(Math.abs(marker.hashCode() % 10000)))
                .then()
                .statusCode(201);
        int column = 0;
        for (Map.Entry<String, String> caller : CALLERS.entrySet()) {
            boolean sees = expected.charAt(column++) == '1';
            String token = caller.getValue();
            String why = caller.getKey() + " with " + sharing;
            int get = given().auth().oauth2(token).get(Cases.CASES + "/" + id).statusCode();
            int subjects = given().auth()
                    .oauth2(token)
                    .get(Cases.CASES + "/" + id + "/subjects")
                    .statusCode();
            int timeline = given().auth()
                    .oauth2(token)
                    .get(Cases.CASES + "/" + id + "/timeline")
                    .statusCode();
            List<String> found = given().auth()
                    .oauth2(token)
                    .queryParam("q", marker)
                    .get(Cases.CASES)
                    .then()
                    .statusCode(200)
                    .extract()
                    .path("items.id");
            assertThat(get).as(why).isEqualTo(sees ? 200 : 404);
            assertThat(subjects).as(why).isEqualTo(sees ? 200 : 404);
            assertThat(timeline).as(why).isEqualTo(sees ? 200 : 404);
            assertThat(found).as(why).isEqualTo(sees ? List.of(id) : List.of());
        }
        given().get(Cases.CASES + "/" + id).then().statusCode(401);
        given().auth().oauth2(Users.AUDITOR).get(Cases.CASES + "/" + id).then().statusCode(403);
    }

    @Test
    void aCaseGetsAHumanReferenceAndStartsOpenAndAgencyOnly() {
        given().auth()
                .oauth2(Users.ML_INVESTIGATOR)
                .contentType(ContentType.JSON)
                .body("""
                {"title":"Enlèvement contre rançon, Ménaka","threats":["KIDNAPPING_FOR_RANSOM"]}""")
                .post(Cases.CASES)
                .then()
                .statusCode(201)
                .header("Location", matchesPattern(".*/api/cases/v1/cases/[0-9a-f-]{36}$"))
                .body("reference", matchesPattern("^ML-CASE-20[0-9]{2}-[0-9]{6}$"))
                .body("status", equalTo("OPEN"))
                .body("sharing.distribution", equalTo("AGENCY"))
                .body("sharing.ownerAgency", equalTo("ML-CT"));
    }

    @Test
    void onlyTheOwnerOrItsNationalCoordinatorChangesSharing() {
        String id = Cases.openCase(Users.ML_INVESTIGATOR, "{\"distribution\":\"G5\"}");
        String path = Cases.CASES + "/" + id + "/sharing";
        String etag = Cases.etag(Users.ML_INVESTIGATOR, Cases.CASES + "/" + id);
        for (String outsider : List.of(Users.NE_INVESTIGATOR, Users.G5_COORDINATOR, Users.ML_ANALYST)) {
            given().auth()
                    .oauth2(outsider)
                    .contentType(ContentType.JSON)
                    .header("If-Match", etag)
                    .body("{\"distribution\":\"PARTNERS\"}")
                    .put(path)
                    .then()
                    .statusCode(403);
        }
        given().auth()
                .oauth2(Users.ML_COORDINATOR)
                .contentType(ContentType.JSON)
                .header("If-Match", etag)
                .body("{\"distribution\":\"AGENCY\"}")
                .put(path)
                .then()
                .statusCode(200)
                .body("sharing.distribution", equalTo("AGENCY"));
        given().auth()
                .oauth2(Users.NE_INVESTIGATOR)
                .get(Cases.CASES + "/" + id)
                .then()
                .statusCode(404);
        given().auth()
                .oauth2(Users.ML_INVESTIGATOR)
                .get(Cases.CASES + "/" + id + "/timeline")
                .then()
                .statusCode(200)
                .body("kind", equalTo(List.of("CREATED", "SHARING_CHANGED")));
    }

    @Test
    void theStatusFollowsItsLifecycleWithWhoWhenWhy() {
        String id = Cases.openCase(Users.ML_INVESTIGATOR, null);
        String path = Cases.CASES + "/" + id + "/status";
        given().auth()
                .oauth2(Users.ML_INVESTIGATOR)
                .contentType(ContentType.JSON)
                .body("{\"status\":\"ACTIVE\",\"reason\":\"Surveillance autorisée\"}")
                .post(path)
                .then()
                .statusCode(428);
        String etag = Cases.etag(Users.ML_INVESTIGATOR, Cases.CASES + "/" + id);
        given().auth()
                .oauth2(Users.ML_INVESTIGATOR)
                .contentType(ContentType.JSON)
                .header("If-Match", etag)
                .body("{\"status\":\"ARCHIVED\",\"reason\":\"trop tôt\"}")
                .post(path)
                .then()
                .statusCode(409)
                .contentType("application/problem+json")
                .body("type", equalTo("https://pcms.g5sahel.org/problems/conflict"));
        given().auth()
                .oauth2(Users.ML_INVESTIGATOR)
                .contentType(ContentType.JSON)
                .header("If-Match", etag)
                .body("{\"status\":\"ACTIVE\"}")
                .post(path)
                .then()
                .statusCode(400);
        given().auth()
                .oauth2(Users.ML_INVESTIGATOR)
                .contentType(ContentType.JSON)
                .header("If-Match", etag)
                .body("{\"status\":\"ACTIVE\",\"reason\":\"Surveillance autorisée\"}")
                .post(path)
                .then()
                .statusCode(200)
                .body("status", equalTo("ACTIVE"))
                .body("statusReason", equalTo("Surveillance autorisée"))
                .body("statusChangedBy", equalTo("ml-investigator"));
        given().auth()
                .oauth2(Users.ML_INVESTIGATOR)
                .contentType(ContentType.JSON)
                .header("If-Match", etag)
                .body("{\"status\":\"CLOSED\",\"reason\":\"x\"}")
                .post(path)
                .then()
                .statusCode(412);
    }

    @Test
    void badInputIsAProblemInTheCallersLanguageAndWritesNothing() {
        String marker = UUID.randomUUID().toString();
        given().auth()
                .oauth2(Users.ML_INVESTIGATOR)
                .contentType(ContentType.JSON)
                .header("Accept-Language", "en")
                .body("{\"title\":\"" + marker + "\",\"threats\":[\"PIRACY\"]}")
                .post(Cases.CASES)
                .then()
                .statusCode(400)
                .contentType("application/problem+json");
        given().auth()
                .oauth2(Users.ML_INVESTIGATOR)
                .contentType(ContentType.JSON)
                .header("Accept-Language", "fr")
                .body("{\"title\":\"" + marker + "\",\"threats\":[]}")
                .post(Cases.CASES)
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", org.hamcrest.Matchers.hasItem(org.hamcrest.Matchers.containsString("threats")));
        given().auth()
                .oauth2(Users.ML_INVESTIGATOR)
                .contentType(ContentType.JSON)
                .body("{\"title\":")
                .post(Cases.CASES)
                .then()
                .statusCode(400)
                .contentType("application/problem+json");
        given().auth()
                .oauth2(Users.ML_INVESTIGATOR)
                .queryParam("q", marker)
                .get(Cases.CASES)
                .then()
                .statusCode(200)
                .body("items", org.hamcrest.Matchers.empty());
        given().auth()
                .oauth2(Users.ML_INVESTIGATOR)
                .queryParam("status", "LOST")
                .get(Cases.CASES)
                .then()
                .statusCode(400)
                .contentType("application/problem+json");
    }

    @Test
    void listsArePagedNewestFirstWithACursor() {
        String marker = UUID.randomUUID().toString().substring(0, 8);
        List<String> opened = new java.util.ArrayList<>();
        for (int i = 0; i < 3; i++) {
            opened.add(0, Cases.open(Users.ML_INVESTIGATOR, marker, null).path("id"));
        }
        var first = given().auth()
                .oauth2(Users.ML_INVESTIGATOR)
                .queryParam("q", marker)
                .queryParam("limit", 2)
                .get(Cases.CASES)
                .then()
                .statusCode(200)
                .extract();
        List<String> page = first.path("items.id");
        String next = first.path("next");
        assertThat(page).isEqualTo(opened.subList(0, 2));
        given().auth()
                .oauth2(Users.ML_INVESTIGATOR)
                .queryParam("q", marker)
                .queryParam("limit", 2)
                .queryParam("cursor", next)
                .get(Cases.CASES)
                .then()
                .statusCode(200)
                .body("items.id", equalTo(opened.subList(2, 3)))
                .body("next", org.hamcrest.Matchers.nullValue());
        given().auth()
                .oauth2(Users.ML_INVESTIGATOR)
                .queryParam("cursor", "not-ours")
                .get(Cases.CASES)
                .then()
                .statusCode(400)
                .contentType("application/problem+json");
    }

    @Test
    void theRegionalStatisticsCountOnlyCasesSharedWithTheWholeG5() {
        String threat = "CATTLE_RUSTLING";
        int nationalBefore = count(Users.ML_COORDINATOR, "national", "ML", threat);
        int regionalBefore = count(Users.NE_COORDINATOR, "regional", "ML", threat);
        for (String sharing : List.of("{\"distribution\":\"AGENCY\"}", "{\"distribution\":\"G5\"}")) {
            given().auth()
                    .oauth2(Users.ML_INVESTIGATOR)
                    .contentType(ContentType.JSON)
                    .body("{\"title\":\"Vol de bétail\",\"threats\":[\"" + threat + "\"],\"sharing\":" + sharing + "}")
                    .post(Cases.CASES)
                    .then()
                    .statusCode(201);
        }
        assertThat(count(Users.ML_COORDINATOR, "national", "ML", threat)).isEqualTo(nationalBefore + 2);
        assertThat(count(Users.NE_COORDINATOR, "regional", "ML", threat)).isEqualTo(regionalBefore + 1);
        assertThat(count(Users.NE_COORDINATOR, "national", "ML", threat)).isZero();
        given().auth()
                .oauth2(Users.ML_INVESTIGATOR)
                .get("/api/cases/v1/statistics")
                .then()
                .statusCode(403);
    }

    private static int count(String token, String scope, String state, String threat) {
        List<Integer> counts = given().auth()
                .oauth2(token)
                .get("/api/cases/v1/statistics")
                .then()
                .statusCode(200)
                .extract()
                .path(scope + ".findAll { it.state == '" + state + "' && it.threat == '" + threat + "' }.cases");
        return counts.stream().mapToInt(Integer::intValue).sum();
    }
}

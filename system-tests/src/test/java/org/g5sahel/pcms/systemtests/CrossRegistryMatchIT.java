package org.g5sahel.pcms.systemtests;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Cross-registry correlation through the gateway with real Keycloak tokens, the broker and three services: Niger puts a
 * passport on a case's suspect; Mali's police lists the same passport, written its own way, on its watch list, for
 * itself alone. The correlation index in the cases service matches them; both agencies find the match in their inbox
 * with its explanation and in their list of matches with whom to ask — and neither learns the other's names or
 * details, nor can read the other's record.
 */
class CrossRegistryMatchIT {

    private static final String CASES = Platform.GATEWAY + "/api/cases/v1";
    private static final String WATCHLIST = Platform.GATEWAY + "/api/alerts/v1/watchlist-entries";
    private static final String INBOX = Platform.GATEWAY + "/api/alerts/v1/inbox";

    @BeforeAll
    static void platform() {
        Platform.get();
        // The match names the other agency's 24/7 desk, from the directory: Mali's coordinator gives its police's.
        Desks.ensure("ml-coordinator", "ML-POLICE", "+223 20 22 31 31");
    }

    @Test
    void aPassportInANigerienCaseAndAMalianWatchListEntryAreToldToBothOwnersAndNothingElse() {
        String ne = Tokens.of("ne-investigator");
        String ml = Tokens.of("ml-analyst");
        String digits = String.valueOf(ThreadLocalRandom.current().nextInt(1_000_000, 10_000_000));
        String passport = "NE" + digits;

        String caseId = given().auth()
                .oauth2(ne)
                .header("Idempotency-Key", UUID.randomUUID().toString())
                .contentType(ContentType.JSON)
                .body(Map.of(
                        "title",
                        "Filière Agadez – Gao " + digits,
                        "summary",
                        "Convoyeurs de résine de cannabis",
                        "threats",
                        List.of("DRUG_TRAFFICKING")))
                .post(CASES + "/cases")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        String caseReference = given().auth()
                .oauth2(ne)
                .get(CASES + "/cases/" + caseId)
                .then()
                .statusCode(200)
                .extract()
                .path("reference");
        given().auth()
                .oauth2(ne)
                .contentType(ContentType.JSON)
                .body(Map.of(
                        "kind",
                        "PERSON",
                        "role",
                        "SUSPECT",
                        "person",
                        Map.of(
                                "nameLatin",
                                "Issa Moussa Garba",
                                "documents",
                                List.of(Map.of("type", "PASSPORT", "number", passport, "issuingCountry", "NE")))))
                .post(CASES + "/cases/" + caseId + "/subjects")
                .then()
                .statusCode(201);

        // Mali lists the passport lower case and spaced, for its own agency alone.
        JsonPath entry = given().auth()
                .oauth2(ml)
                .header("Idempotency-Key", UUID.randomUUID().toString())
                .contentType(ContentType.JSON)
                .body(Map.of(
                        "kind",
                        "PERSON",
                        "details",
                        Map.of(
                                "nameLatin",
                                "Abdoulaye Sidibé",
                                "documents",
                                List.of(Map.of(
                                        "type",
                                        "Passeport",
                                        "number",
                                        "ne " + digits.substring(0, 3) + " " + digits.substring(3)))),
                        "reason",
                        "Chauffeur d’un convoi armé à Ménaka",
                        "actionRequested",
                        "DISCREET_CHECK",
                        "sharing",
                        Map.of("distribution", "AGENCY")))
                .post(WATCHLIST)
                .then()
                .statusCode(201)
                .extract()
                .jsonPath();
        String entryId = entry.getString("id");
        String entryReference = entry.getString("reference");

        // Both inboxes, through the broker, the index in cases and the alerts service.
        await().atMost(Duration.ofMinutes(1))
                .pollInterval(Duration.ofSeconds(1))
                .until(() -> inboxItems(ne, caseId).size() == 1
                        && inboxItems(ml, entryId).size() == 1);
        String expectedNe = "Correspondance : passeport NE… de votre dossier " + caseReference
                + " et une entrée de liste de surveillance du Mali (ML-POLICE, " + entryReference + ")";
        String expectedMl = "Correspondance : passeport NE… de votre entrée de liste de surveillance " + entryReference
                + " et un dossier du Niger (NE-OCRTIS, " + caseReference + ")";
        assertThat(inboxItems(ne, caseId)).singleElement().satisfies(item -> {
            assertThat(item.get("kind")).isEqualTo("REGISTRY_MATCH");
            assertThat(item.get("title")).isEqualTo(expectedNe);
            assertThat(item.toString())
                    .doesNotContain("Sidibé")
                    .doesNotContain("Ménaka")
                    .doesNotContain(digits);
        });
        assertThat(inboxItems(ml, entryId)).singleElement().satisfies(item -> {
            assertThat(item.get("kind")).isEqualTo("REGISTRY_MATCH");
            assertThat(item.get("title")).isEqualTo(expectedMl);
            assertThat(item.toString())
                    .doesNotContain("Issa")
                    .doesNotContain("Garba")
                    .doesNotContain("cannabis")
                    .doesNotContain(digits);
        });

        // The list of matches: each side its own item, the other's holder, desk and where to ask for access.
        Map<String, Object> neMatch = match(ne, entryId);
        assertThat(at(neMatch, "own.reference")).isEqualTo(caseReference);
        assertThat(at(neMatch, "own.items[0].displayName")).isEqualTo("Issa Moussa Garba");
        assertThat(at(neMatch, "own.items[0].hint")).isEqualTo("NE…");
        assertThat(at(neMatch, "other.ownerAgency")).isEqualTo("ML-POLICE");
        assertThat(at(neMatch, "other.reference")).isEqualTo(entryReference);
        assertThat(at(neMatch, "other.desk.phone")).startsWith("+223");
        assertThat(at(neMatch, "other.accessRequest.href")).isEqualTo("/api/alerts/v1/access-requests");
        assertThat(neMatch.toString())
                .doesNotContain("Sidibé")
                .doesNotContain("Ménaka")
                .doesNotContain(digits);
        Map<String, Object> mlMatch = match(ml, caseId);
        assertThat(at(mlMatch, "id")).isEqualTo(at(neMatch, "id"));
        assertThat(at(mlMatch, "other.accessRequest.href")).isEqualTo("/api/cases/v1/access-requests");
        assertThat(mlMatch.toString())
                .doesNotContain("Issa")
                .doesNotContain("Garba")
                .doesNotContain(digits);

        // Neither reads the other's record; nobody else hears of the match.
        given().auth().oauth2(ne).get(WATCHLIST + "/" + entryId).then().statusCode(404);
        given().auth().oauth2(ml).get(CASES + "/cases/" + caseId).then().statusCode(404);
        for (String outsider : List.of("bf-investigator", "ne-analyst", "ml-investigator")) {
            String token = Tokens.of(outsider);
            assertThat(given().auth()
                            .oauth2(token)
                            .queryParam("limit", 200)
                            .get(CASES + "/registry-matches")
                            .then()
                            .statusCode(200)
                            .extract()
                            .asString())
                    .doesNotContain(at(neMatch, "id"));
            assertThat(inboxItems(token, caseId)).isEmpty();
            assertThat(inboxItems(token, entryId)).isEmpty();
        }
    }

    /** The caller's match whose other side is that record, alone in its list. */
    private static Map<String, Object> match(String token, String otherRecordId) {
        List<Map<String, Object>> found = given().auth()
                .oauth2(token)
                .queryParam("limit", 200)
                .get(CASES + "/registry-matches")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getList("items.findAll { it.other.recordId == '" + otherRecordId + "' }");
        assertThat(found).hasSize(1);
        return found.get(0);
    }

    /** The value at a dotted path of a view, such as {@code own.items[0].hint}. */
    private static String at(Map<String, Object> view, String path) {
        Object value = view;
        for (String step : path.split("\\.")) {
            int bracket = step.indexOf('[');
            value = ((Map<?, ?>) value).get(bracket < 0 ? step : step.substring(0, bracket));
            if (bracket >= 0) {
                value = ((List<?>) value).get(Integer.parseInt(step.substring(bracket + 1, step.length() - 1)));
            }
        }
        return value == null ? null : value.toString();
    }

    /** The caller's inbox items about a match of its record {@code ownRecordId}. */
    private static List<Map<String, Object>> inboxItems(String token, String ownRecordId) {
        List<Map<String, Object>> items = given().auth()
                .oauth2(token)
                .queryParam("limit", 200)
                .get(INBOX)
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getList("items");
        return items.stream()
                .filter(item -> "registry-match".equals(item.get("sourceType"))
                        && String.valueOf(item.get("sourceId")).endsWith("/" + ownRecordId))
                .toList();
    }
}

package org.g5sahel.pcms.systemtests;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

import io.restassured.http.ContentType;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Access requests through the gateway with real Keycloak tokens, from three kinds of hit: a firearm another State
 * holds, a watch-list entry met at a border, a name on a national list another FIU keeps to itself. The requester
 * quotes the hit, the owner decides, both inboxes hear of it, and a grant opens the record to the requesting agency
 * alone.
 */
class AccessRequestsIT {

    private static final String FIREARMS = Platform.GATEWAY + "/api/firearms/v1";
    private static final String ALERTS = Platform.GATEWAY + "/api/alerts/v1";
    private static final String AML = Platform.GATEWAY + "/api/aml/v1";
    private static final String INBOX = ALERTS + "/inbox";

    @BeforeAll
    static void platform() {
        Platform.get();
    }

    @Test
    void aFirearmHitLeadsToAGrantThatOpensTheRecordToTheFindersAgencyAlone() {
        String ml = Tokens.of("ml-firearms");
        String ne = Tokens.of("ne-firearms");
        String serial = "AR-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase(Locale.ROOT);
        String record = given().auth()
                .oauth2(ml)
                .header("Idempotency-Key", UUID.randomUUID().toString())
                .contentType(ContentType.JSON)
                .body("{\"type\":\"PISTOL\",\"make\":\"Beretta\",\"model\":\"92\",\"calibre\":\"9 mm\","
                        + "\"serialNumber\":\"" + serial + "\",\"holderCategory\":\"STATE_POLICE\","
                        + "\"sharing\":{\"distribution\":\"AGENCY\"}}")
                .post(FIREARMS + "/firearms")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        given().auth().oauth2(ne).get(FIREARMS + "/firearms/" + record).then().statusCode(404);

        String reference = given().auth()
                .oauth2(ne)
                .queryParam("serial", serial)
                .queryParam("purpose", "Arme trouvée lors d’une perquisition à Tillabéri")
                .get(FIREARMS + "/firearms/search")
                .then()
                .statusCode(200)
                .extract()
                .path("hits.find { it.ownerState == 'ML' }.reference");
        assertThat(reference).isEqualTo(record);

        String request = given().auth()
                .oauth2(ne)
                .contentType(ContentType.JSON)
                .body(Map.of(
                        "recordId",
                        reference,
                        "purpose",
                        "Arme trouvée lors d’une perquisition à Tillabéri",
                        "legalBasis",
                        "Protocole de la CEDEAO sur les armes légères, art. 20"))
                .post(FIREARMS + "/access-requests")
                .then()
                .statusCode(201)
                .body("status", equalTo("PENDING"))
                .extract()
                .path("id");
        given().auth()
                .oauth2(Tokens.of("bf-firearms"))
                .get(FIREARMS + "/access-requests/" + request)
                .then()
                .statusCode(404);
        awaitInbox(ml, "firearms/" + request + "/submitted", "ACCESS_REQUESTED", "motif : Arme trouvée");

        given().auth()
                .oauth2(ml)
                .contentType(ContentType.JSON)
                .body(Map.of(
                        "grant",
                        true,
                        "scope",
                        "EVIDENCE",
                        "until",
                        LocalDate.now(ZoneOffset.UTC).plusMonths(2).toString(),
                        "conditions",
                        "Pas de transmission à un État tiers"))
                .post(FIREARMS + "/access-requests/" + request + "/decision")
                .then()
                .statusCode(200)
                .body("status", equalTo("GRANTED"));
        given().auth()
                .oauth2(ne)
                .get(FIREARMS + "/firearms/" + record)
                .then()
                .statusCode(200)
                .body("serialNumber", equalTo(serial))
                .body("sharing.distribution", equalTo("AGENCY"))
                .body("sharing.grantedTo", hasItem("NE-GENDARMERIE"));
        given().auth()
                .oauth2(Tokens.of("bf-firearms"))
                .get(FIREARMS + "/firearms/" + record)
                .then()
                .statusCode(404);
        awaitInbox(ne, "firearms/" + request + "/granted", "ACCESS_GRANTED", "renseignement et preuve");

        given().auth()
                .oauth2(ml)
                .contentType(ContentType.JSON)
                .body(Map.of("reason", "Arme restituée"))
                .post(FIREARMS + "/access-requests/" + request + "/revocation")
                .then()
                .statusCode(200);
        given().auth().oauth2(ne).get(FIREARMS + "/firearms/" + record).then().statusCode(404);
        awaitInbox(ne, "firearms/" + request + "/revoked", "ACCESS_ENDED", "Arme restituée");
    }

    @Test
    void aWatchListHitAtABorderLeadsToARequestTheOwnerRefusesWithAReason() {
        String owner = Tokens.of("ml-investigator");
        String border = Tokens.of("ne-border");
        String passport = "AR" + UUID.randomUUID().toString().substring(0, 7).toUpperCase(Locale.ROOT);
        given().auth()
                .oauth2(owner)
                .header("Idempotency-Key", UUID.randomUUID().toString())
                .contentType(ContentType.JSON)
                .body(Map.of(
                        "kind",
                        "PERSON",
                        "details",
                        Map.of(
                                "nameLatin",
                                "Alhousseini Ag Mohamed",
                                "dateOfBirth",
                                "1983-02-14",
                                "documents",
                                List.of(Map.of("type", "PASSPORT", "number", passport))),
                        "reason",
                        "Logisticien présumé",
                        "actionRequested",
                        "REPORT",
                        "sharing",
                        Map.of("distribution", "AGENCY")))
                .post(ALERTS + "/watchlist-entries")
                .then()
                .statusCode(201);

        String entry = given().auth()
                .oauth2(border)
                .contentType(ContentType.JSON)
                .body(Map.of(
                        "purpose",
                        "Contrôle du car Gao–Niamey",
                        "location",
                        "Poste de Labbezanga",
                        "travellers",
                        List.of(Map.of(
                                "ref",
                                "siège-12",
                                "name",
                                "Alhousseyni Ag Mohamed",
                                "documentNumbers",
                                List.of(passport.toLowerCase(Locale.ROOT))))))
                .post(ALERTS + "/screenings")
                .then()
                .statusCode(200)
                .body("hits[0].visible", equalTo(false))
                .body("hits[0].label", nullValue())
                .body("hits[0].actionRequested", equalTo("REPORT"))
                .extract()
                .path("hits[0].entryId");

        String request = given().auth()
                .oauth2(border)
                .contentType(ContentType.JSON)
                .body(Map.of("recordId", entry, "purpose", "Voyageur contrôlé à Labbezanga"))
                .post(ALERTS + "/access-requests")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        awaitInbox(owner, "alerts/" + request + "/submitted", "ACCESS_REQUESTED", "Voyageur contrôlé");
        given().auth()
                .oauth2(owner)
                .contentType(ContentType.JSON)
                .body(Map.of("grant", false, "reason", "Source humaine à protéger"))
                .post(ALERTS + "/access-requests/" + request + "/decision")
                .then()
                .statusCode(200)
                .body("status", equalTo("DECLINED"));
        awaitInbox(border, "alerts/" + request + "/declined", "ACCESS_DECLINED", "Source humaine à protéger");
        // The refusal opened nothing.
        given().auth()
                .oauth2(Tokens.of("ne-analyst"))
                .get(ALERTS + "/watchlist-entries/" + entry)
                .then()
                .statusCode(404);
    }

    @Test
    void aNameOnANationalListAnotherFiuKeepsLeadsToAGrant() {
        String owner = Tokens.of("ml-fiu");
        String requester = Tokens.of("ne-fiu");
        String code = "ML-ARIT-" + UUID.randomUUID().toString().substring(0, 6).toUpperCase(Locale.ROOT);
        String file = "{\"entries\":[{\"referenceNumber\":\"" + code + "-001\",\"kind\":\"INDIVIDUAL\","
                + "\"name\":\"Ousmane Ould Sidi Ahmed\",\"aliases\":[],\"birthDates\":[\"1979\"],"
                + "\"nationalities\":[\"ML\"],\"documents\":[]}]}";
        given().auth()
                .oauth2(owner)
                .contentType(ContentType.JSON)
                .body(file)
                .queryParam("name", "Gel provisoire")
                .queryParam("distribution", "NATIONAL")
                .post(AML + "/sanctions-lists/" + code + "/imports")
                .then()
                .statusCode(201);

        String list = given().auth()
                .oauth2(requester)
                .contentType(ContentType.JSON)
                .body(Map.of("purpose", "Déclaration de soupçon", "name", "Ousmane Ould Sidi Ahmed"))
                .post(AML + "/screenings")
                .then()
                .statusCode(200)
                .body("results[0].candidates.referenceNumber", not(hasItem(code + "-001")))
                .body("results[0].hiddenHits[0].status", equalTo("LISTED"))
                .extract()
                .path("results[0].hiddenHits[0].reference");
        given().auth()
                .oauth2(requester)
                .get(AML + "/sanctions-lists/" + code + "/entries")
                .then()
                .statusCode(404);

        String request = given().auth()
                .oauth2(requester)
                .contentType(ContentType.JSON)
                .body(Map.of(
                        "recordId",
                        list,
                        "purpose",
                        "Même nom dans une déclaration de soupçon",
                        "legalBasis",
                        "Directive UEMOA LBC/FT, art. 78"))
                .post(AML + "/access-requests")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        given().auth()
                .oauth2(owner)
                .contentType(ContentType.JSON)
                .body(Map.of(
                        "grant",
                        true,
                        "until",
                        LocalDate.now(ZoneOffset.UTC).plusDays(30).toString()))
                .post(AML + "/access-requests/" + request + "/decision")
                .then()
                .statusCode(200);
        given().auth()
                .oauth2(requester)
                .get(AML + "/sanctions-lists/" + code + "/entries")
                .then()
                .statusCode(200)
                .body("items.referenceNumber", hasItem(code + "-001"));
        awaitInbox(requester, "aml/" + request + "/granted", "ACCESS_GRANTED", "renseignement seulement");
    }

    private static void awaitInbox(String token, String sourceId, String kind, String summaryPart) {
        await().atMost(Duration.ofSeconds(30))
                .pollInterval(Duration.ofMillis(500))
                .until(() -> !inboxItems(token, sourceId).isEmpty());
        assertThat(inboxItems(token, sourceId)).singleElement().satisfies(item -> {
            assertThat(item.get("kind")).isEqualTo(kind);
            assertThat((String) item.get("summary")).contains(summaryPart);
        });
    }

    private static List<Map<String, Object>> inboxItems(String token, String sourceId) {
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
                .filter(item -> sourceId.equals(item.get("sourceId")))
                .toList();
    }
}

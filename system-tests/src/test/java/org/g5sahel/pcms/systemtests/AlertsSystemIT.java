package org.g5sahel.pcms.systemtests;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import io.restassured.http.ContentType;

/**
 * The alerts service through the gateway with real Keycloak tokens: Niger drafts and approves an alert (four-eyes),
 * a subscribed Malian agency finds it in its inbox; a Nigerien border officer screens a manifest and gets a hit; a
 * notice is published after review and a diffusion reaches the chosen State's national unit at once.
 */
class AlertsSystemIT {

    private static final String API = Platform.GATEWAY + "/api/alerts/v1";

    @BeforeAll
    static void platform() {
        Platform.get();
    }

    @Test
    void anApprovedNigerienAlertReachesASubscribedMalianAgency() {
        String investigator = Tokens.of("ne-investigator");
        String coordinator = Tokens.of("ne-coordinator");
        String malian = Tokens.of("ml-investigator");
        String event = "System test threat " + UUID.randomUUID();

        given().auth().oauth2(malian).header("Idempotency-Key", UUID.randomUUID().toString()).contentType(ContentType.JSON)
                .body(Map.of("name", "System test", "events", List.of(event))).post(API + "/subscriptions").then()
                .statusCode(201);

        String id = given().auth().oauth2(investigator).header("Idempotency-Key", UUID.randomUUID().toString())
                .contentType(ContentType.JSON)
                .body(Map.of("categories", List.of("SECURITY"), "event", event, "urgency", "IMMEDIATE",
                        "severity", "SEVERE", "certainty", "LIKELY",
                        "infos", List.of(Map.of("language", "fr", "headline", "Menace signalée"),
                                Map.of("language", "en", "headline", "Reported threat")),
                        "areas", List.of(Map.of("description", "Tillabéri",
                                "polygons", List.of("15.9,0.2 15.9,2.5 14.2,2.5 14.2,0.2 15.9,0.2"))),
                        "sharing", Map.of("distribution", "G5")))
                .post(API + "/alerts").then().statusCode(201).body("status", equalTo("DRAFT")).extract().path("id");
        String etag = given().auth().oauth2(investigator).get(API + "/alerts/" + id).then().statusCode(200).extract()
                .header("ETag");
        etag = given().auth().oauth2(investigator).header("If-Match", etag).post(API + "/alerts/" + id + "/submission")
                .then().statusCode(200).extract().header("ETag");
        // The author may not approve; the national coordinator does.
        given().auth().oauth2(investigator).header("If-Match", etag).contentType(ContentType.JSON)
                .body(Map.of("approve", true)).post(API + "/alerts/" + id + "/approval").then().statusCode(403);
        given().auth().oauth2(coordinator).header("If-Match", etag).contentType(ContentType.JSON)
                .body(Map.of("approve", true)).post(API + "/alerts/" + id + "/approval").then().statusCode(200)
                .body("status", equalTo("ISSUED"));

        given().auth().oauth2(malian).queryParam("limit", 200).get(API + "/inbox").then().statusCode(200)
                .body("items.sourceId", hasItem(id));
        given().auth().oauth2(malian).accept("application/cap+xml").get(API + "/alerts/" + id).then().statusCode(200);
    }

    @Test
    void aBorderOfficerScreeningAManifestGetsAHit() {
        String investigator = Tokens.of("ne-investigator");
        String border = Tokens.of("ne-border");
        String passport = "SYS" + UUID.randomUUID().toString().substring(0, 6).toUpperCase();
        given().auth().oauth2(investigator).header("Idempotency-Key", UUID.randomUUID().toString())
                .contentType(ContentType.JSON)
                .body(Map.of("kind", "PERSON", "details", Map.of("nameLatin", "Mohamed ould Abdallahi",
                        "dateOfBirth", "1980-03-12", "documents", List.of(Map.of("type", "PASSPORT", "number", passport))),
                        "reason", "System test", "actionRequested", "DISCREET_CHECK"))
                .post(API + "/watchlist-entries").then().statusCode(201);
        given().auth().oauth2(border).contentType(ContentType.JSON)
                .body(Map.of("purpose", "System test flight", "location", "Niamey airport",
                        "travellers", List.of(Map.of("ref", "1A", "name", "Muhammad Abdallahi", "documentNumbers",
                                List.of(passport)), Map.of("ref", "2B", "name", "Aïssata Maïga"))))
                .post(API + "/screenings").then().statusCode(200).body("hits.itemRef", hasItem("1A"))
                .body("hits.find { it.itemRef == '1A' }.explanation.feature", hasItem("document"));
    }

    @Test
    void aReviewedNoticeAndADiffusionReachTheMalianNationalUnit() {
        String investigator = Tokens.of("ne-investigator");
        String coordinator = Tokens.of("ne-coordinator");
        String malianUnit = Tokens.of("ml-coordinator");
        String chadian = Tokens.of("td-analyst");

        String notice = given().auth().oauth2(investigator).header("Idempotency-Key", UUID.randomUUID().toString())
                .contentType(ContentType.JSON)
                .body(Map.of("kind", "WANTED", "title", "System test wanted " + UUID.randomUUID(), "summary",
                        "Chef de cellule recherché.", "sharing", Map.of("distribution", "G5")))
                .post(API + "/notices").then().statusCode(201).body("status", equalTo("PENDING_REVIEW")).extract()
                .path("id");
        given().auth().oauth2(malianUnit).get(API + "/notices/" + notice).then().statusCode(404);
        String etag = given().auth().oauth2(coordinator).get(API + "/notices/" + notice).then().statusCode(200)
                .extract().header("ETag");
        given().auth().oauth2(coordinator).header("If-Match", etag).contentType(ContentType.JSON)
                .body(Map.of("approve", true)).post(API + "/notices/" + notice + "/review").then().statusCode(200)
                .body("status", equalTo("PUBLISHED"));
        given().auth().oauth2(malianUnit).queryParam("limit", 200).get(API + "/inbox").then().statusCode(200)
                .body("items.sourceId", hasItem(notice));

        String diffusion = given().auth().oauth2(investigator).header("Idempotency-Key", UUID.randomUUID().toString())
                .contentType(ContentType.JSON)
                .body(Map.of("kind", "MODUS_OPERANDI", "title", "System test diffusion", "summary", "Faux convois.",
                        "recipientStates", List.of("ML")))
                .post(API + "/diffusions").then().statusCode(201).body("status", equalTo("PUBLISHED")).extract()
                .path("id");
        given().auth().oauth2(malianUnit).queryParam("limit", 200).get(API + "/inbox").then().statusCode(200)
                .body("items.sourceId", hasItem(diffusion));
        given().auth().oauth2(chadian).get(API + "/diffusions/" + diffusion).then().statusCode(404);
    }
}

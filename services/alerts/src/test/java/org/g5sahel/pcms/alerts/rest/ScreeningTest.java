package org.g5sahel.pcms.alerts.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.g5sahel.pcms.alerts.AlertsTestResources;
import org.g5sahel.pcms.alerts.screening.ScreeningRequests;
import org.junit.jupiter.api.Test;

@QuarkusTest
class ScreeningTest extends AlertsTestResources {

    private static final String WATCHLIST = "/api/alerts/v1/watchlist-entries";

    private static String person(String token, String name, String dob, String passport, Map<String, Object> sharing) {
        return given().auth()
                .oauth2(token)
                .contentType(ContentType.JSON)
                .body(Map.of(
                        "kind",
                        "PERSON",
                        "details",
                        Map.of(
                                "nameLatin",
                                name,
                                "dateOfBirth",
                                dob,
                                "nationality",
                                "MR",
                                "documents",
                                List.of(Map.of("type", "PASSPORT", "number", passport))),
                        "reason",
                        "Financier of an armed group",
                        "actionRequested",
                        "DISCREET_CHECK",
                        "sharing",
                        sharing))
                .post(WATCHLIST)
                .then()
                .statusCode(201)
                .extract()
                .path("id");
    }

    @Test
    void visibleHitsAreExplainedAndHiddenOnesSayWhoToContact() {
        person(Users.NE_INVESTIGATOR, "Mohamed ould Abdallahi", "1980-03-12", "B1234567", Map.of("distribution", "G5"));
        person(
                Users.ML_INVESTIGATOR,
                "Sidi Mohamed ag Intalla",
                "1975-01-01",
                "ML998877",
                Map.of("distribution", "AGENCY"));
        List<Map<String, Object>> travellers = new ArrayList<>(List.of(
                Map.of("ref", "seat-1A", "name", "Muhammad Abdallahi", "dateOfBirth", "1980-03-12"),
                Map.of("ref", "seat-2B", "name", "Unrelated Traveller", "documentNumbers", List.of("ML-998877")),
                Map.of("ref", "seat-3C", "name", "Aminata Diallo", "dateOfBirth", "1990-06-01")));
        String hiddenEntry = given().auth()
                .oauth2(Users.NE_BORDER)
                .contentType(ContentType.JSON)
                .body(Map.of("purpose", "Flight AT571 control", "location", "Niamey airport", "travellers", travellers))
                .post("/api/alerts/v1/screenings")
                .then()
                .statusCode(200)
                .body("screened", equalTo(3))
                .body("hits", hasSize(2))
                .body("hits.find { it.itemRef == 'seat-1A' }.visible", equalTo(true))
                .body("hits.find { it.itemRef == 'seat-1A' }.explanation.feature", hasItem("name"))
                .body("hits.find { it.itemRef == 'seat-1A' }.explanation.feature", hasItem("dateOfBirth"))
                // The engine's sentences, in French by default: word by word, then the date of birth and the decision.
                .body(
                        "hits.find { it.itemRef == 'seat-1A' }.explanation.find { it.feature == 'name' }.because",
                        hasItem(org.hamcrest.Matchers.containsString("« Abdallahi » ~ « Abdallahi »")))
                .body("hits.find { it.itemRef == 'seat-1A' }.reason", nullValue())
                .body("hits.find { it.itemRef == 'seat-2B' }.visible", equalTo(false))
                .body("hits.find { it.itemRef == 'seat-2B' }.entryReference", nullValue())
                .body("hits.find { it.itemRef == 'seat-2B' }.label", nullValue())
                .body("hits.find { it.itemRef == 'seat-2B' }.explanation", hasSize(0))
                .body("hits.find { it.itemRef == 'seat-2B' }.kind", equalTo("PERSON"))
                .body("hits.find { it.itemRef == 'seat-2B' }.contact.agency", equalTo("ML-CT"))
                .body("hits.find { it.itemRef == 'seat-2B' }.contact.deskPhone", equalTo("+22320000000"))
                .extract()
                .path("hits.find { it.itemRef == 'seat-2B' }.entryId");
        // Both owners are told where, when and by whom.
        List<String> titles = given().auth()
                .oauth2(Users.ML_INVESTIGATOR)
                .get("/api/alerts/v1/inbox")
                .then()
                .statusCode(200)
                .extract()
                .path("items.findAll { it.kind == 'WATCHLIST_HIT' }.summary");
        assertThat(titles).anyMatch(summary -> summary.contains("ne-border") && summary.contains("Niamey airport"));
        List<String> neTitles = given().auth()
                .oauth2(Users.NE_INVESTIGATOR)
                .get("/api/alerts/v1/inbox")
                .then()
                .statusCode(200)
                .extract()
                .path("items.kind");
        assertThat(neTitles).contains("WATCHLIST_HIT");
        // A name alone never reveals a hidden entry.
        given().auth()
                .oauth2(Users.NE_BORDER)
                .contentType(ContentType.JSON)
                .body(Map.of("purpose", "check", "travellers", List.of(Map.of("name", "Sidi Mohamed ag Intalla"))))
                .post("/api/alerts/v1/screenings")
                .then()
                .statusCode(200)
                .body("hits", hasSize(0));
        // The hidden hit's id is what an access request quotes: Mali grants Niger's border police, and only it.
        given().auth()
                .oauth2(Users.NE_ANALYST)
                .get("/api/alerts/v1/watchlist-entries/" + hiddenEntry)
                .then()
                .statusCode(404);
        String request = given().auth()
                .oauth2(Users.NE_BORDER)
                .contentType(ContentType.JSON)
                .body(Map.of("recordId", hiddenEntry, "purpose", "Passager du vol AT571 retenu à Niamey"))
                .post("/api/alerts/v1/access-requests")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        given().auth()
                .oauth2(Users.ML_INVESTIGATOR)
                .contentType(ContentType.JSON)
                .body(Map.of(
                        "grant",
                        true,
                        "until",
                        java.time.LocalDate.now(java.time.ZoneOffset.UTC)
                                .plusDays(7)
                                .toString()))
                .post("/api/alerts/v1/access-requests/" + request + "/decision")
                .then()
                .statusCode(200);
        given().auth()
                .oauth2(Users.NE_ANALYST)
                .get("/api/alerts/v1/watchlist-entries/" + hiddenEntry)
                .then()
                .statusCode(200)
                .body("label", equalTo("Sidi Mohamed ag Intalla"));
        given().auth()
                .oauth2(Users.NE_INVESTIGATOR)
                .get("/api/alerts/v1/watchlist-entries/" + hiddenEntry)
                .then()
                .statusCode(404);
    }

    @Test
    void theNameIsExplainedInTheOfficersLanguage() {
        person(
                Users.NE_INVESTIGATOR,
                "Oumar Ould Mohamed Lemine",
                "1979-02-14",
                "MR4455667",
                Map.of("distribution", "G5"));
        Map<String, Object> manifest = Map.of(
                "purpose",
                "Flight AT571 control",
                "travellers",
                List.of(Map.of("ref", "seat-4D", "name", "Umar Ould Muhammad Lamine", "dateOfBirth", "1979-02-14")));
        given().auth()
                .oauth2(Users.NE_BORDER)
                .contentType(ContentType.JSON)
                .header("Accept-Language", "en-GB,fr;q=0.5")
                .body(manifest)
                .post("/api/alerts/v1/screenings")
                .then()
                .statusCode(200)
                .body("hits.find { it.itemRef == 'seat-4D' }.visible", equalTo(true))
                .body(
                        "hits.find { it.itemRef == 'seat-4D' }.explanation.find { it.feature == 'name' }.because",
                        hasItem("same date of birth"));
        given().auth()
                .oauth2(Users.NE_BORDER)
                .contentType(ContentType.JSON)
                .header("Accept-Language", "ar")
                .body(manifest)
                .post("/api/alerts/v1/screenings")
                .then()
                .statusCode(200)
                .body(
                        "hits.find { it.itemRef == 'seat-4D' }.explanation.find { it.feature == 'name' }.because",
                        hasItem("تاريخ الميلاد نفسه"));
    }

    @Test
    void aWatchedDocumentNumberWithACyrillicLetterIsAHitForTheLatinNumber() {
        String digits = String.valueOf(1000000 + (int) (Math.random() * 8000000));
        // Cyrillic capital Ve and A, and a zero-width space: read off a Russian-made scan.
        person(
                Users.NE_INVESTIGATOR,
                "Hamadou Ag Lookalike",
                "1979-07-07",
                "\u0412\u0410\u200B" + digits,
                Map.of("distribution", "G5"));
        given().auth()
                .oauth2(Users.NE_BORDER)
                .contentType(ContentType.JSON)
                .body(Map.of(
                        "purpose",
                        "Flight AT571 control",
                        "travellers",
                        List.of(Map.of(
                                "ref", "seat-9F", "name", "Someone Else", "documentNumbers", List.of("BA-" + digits)))))
                .post("/api/alerts/v1/screenings")
                .then()
                .statusCode(200)
                .body("hits", hasSize(1))
                .body("hits[0].itemRef", equalTo("seat-9F"))
                .body("hits[0].explanation.feature", hasItem("document"));
        // A Greek look-alike in the traveller's name splits no word and finds the watched name.
        given().auth()
                .oauth2(Users.NE_BORDER)
                .contentType(ContentType.JSON)
                .body(Map.of(
                        "purpose",
                        "Flight AT571 control",
                        "travellers",
                        List.of(Map.of(
                                "ref",
                                "seat-9G",
                                "name",
                                "Hamad\u03BFu Ag Lo\u200Bokalike",
                                "dateOfBirth",
                                "1979-07-07"))))
                .post("/api/alerts/v1/screenings")
                .then()
                .statusCode(200)
                .body("hits.itemRef", hasItem("seat-9G"));
    }

    @Test
    void aManifestOverTheLimitTheOpenApiPublishesIsRefusedNamingIt() {
        List<Map<String, Object>> passengers = new ArrayList<>();
        for (int i = 0; i < 300; i++) {
            passengers.add(Map.of("ref", "seat-" + i, "name", "Passager Ordinaire " + i));
        }
        // A wide-body aircraft's manifest is screened in one request.
        given().auth()
                .oauth2(Users.NE_BORDER)
                .contentType(ContentType.JSON)
                .body(Map.of("purpose", "Flight AT571 control", "travellers", passengers))
                .post("/api/alerts/v1/screenings")
                .then()
                .statusCode(200)
                .body("screened", equalTo(300));
        List<Map<String, Object>> tooMany = new ArrayList<>();
        for (int i = 0; i <= ScreeningRequests.MAX_BATCH; i++) {
            tooMany.add(Map.of("name", "Traveller " + i));
        }
        given().auth()
                .oauth2(Users.NE_BORDER)
                .contentType(ContentType.JSON)
                .header("Accept-Language", "en")
                .body(Map.of("purpose", "check", "travellers", tooMany))
                .post("/api/alerts/v1/screenings")
                .then()
                .statusCode(413)
                .contentType("application/problem+json")
                .body(
                        "detail",
                        equalTo((ScreeningRequests.MAX_BATCH + 1) + " items in one manifest: at most "
                                + ScreeningRequests.MAX_BATCH + "."));
        List<String> tooManyContainers = new ArrayList<>();
        for (int i = 0; i <= ScreeningRequests.MAX_BATCH; i++) {
            tooManyContainers.add("CSQU3054383");
        }
        given().auth()
                .oauth2(Users.NE_BORDER)
                .contentType(ContentType.JSON)
                .body(Map.of("purpose", "check", "containers", tooManyContainers))
                .post("/api/alerts/v1/cargo-screenings")
                .then()
                .statusCode(413);
        given().get("/q/openapi?format=json")
                .then()
                .statusCode(200)
                .body(
                        "components.schemas.TravellerScreening.properties.travellers.maxItems",
                        equalTo(ScreeningRequests.MAX_BATCH))
                .body(
                        "components.schemas.CargoScreening.properties.containers.maxItems",
                        equalTo(ScreeningRequests.MAX_BATCH));
    }

    @Test
    void badManifestsAreProblems() {
        given().auth()
                .oauth2(Users.NE_BORDER)
                .contentType(ContentType.JSON)
                .body(Map.of("travellers", List.of(Map.of("name", "A"))))
                .post("/api/alerts/v1/screenings")
                .then()
                .statusCode(400)
                .body("errors.field", hasItem(org.hamcrest.Matchers.containsString("purpose")));
        given().auth()
                .oauth2(Users.INTERPOL)
                .contentType(ContentType.JSON)
                .body(Map.of("purpose", "p", "travellers", List.of(Map.of("name", "A"))))
                .post("/api/alerts/v1/screenings")
                .then()
                .statusCode(403);
        given().auth()
                .oauth2(Users.NE_BORDER)
                .contentType(ContentType.JSON)
                .body(Map.of("purpose", "p", "containers", List.of("CSQU3054384")))
                .post("/api/alerts/v1/cargo-screenings")
                .then()
                .statusCode(400)
                .body("errors.field", hasItem("containers[0]"));
    }

    @Test
    void cargoIsScreenedByContainerVesselAndCompany() {
        given().auth()
                .oauth2(Users.NE_INVESTIGATOR)
                .contentType(ContentType.JSON)
                .body(Map.of(
                        "kind",
                        "CONTAINER",
                        "details",
                        Map.of("containerNumber", "CSQU 305438-3"),
                        "reason",
                        "Cocaine transhipment",
                        "actionRequested",
                        "INSPECT"))
                .post(WATCHLIST)
                .then()
                .statusCode(201);
        given().auth()
                .oauth2(Users.NE_INVESTIGATOR)
                .contentType(ContentType.JSON)
                .body(Map.of(
                        "kind",
                        "VESSEL",
                        "details",
                        Map.of("imoNumber", "IMO 9074728"),
                        "reason",
                        "x",
                        "actionRequested",
                        "INSPECT"))
                .post(WATCHLIST)
                .then()
                .statusCode(400)
                .body("errors.field", hasItem("details.imoNumber"));
        given().auth()
                .oauth2(Users.NE_INVESTIGATOR)
                .contentType(ContentType.JSON)
                .body(Map.of(
                        "kind",
                        "COMPANY",
                        "details",
                        Map.of("companyName", "Sahel Trans Négoce SARL"),
                        "reason",
                        "Front company",
                        "actionRequested",
                        "REPORT"))
                .post(WATCHLIST)
                .then()
                .statusCode(201);
        given().auth()
                .oauth2(Users.NE_BORDER)
                .contentType(ContentType.JSON)
                .body(Map.of(
                        "purpose",
                        "Port of Lomé transit",
                        "containers",
                        List.of("CSQU3054383", "MSKU9070323"),
                        "consignee",
                        "Sahel Trans Negoce SARL"))
                .post("/api/alerts/v1/cargo-screenings")
                .then()
                .statusCode(200)
                .body("hits", hasSize(2))
                .body("hits.kind", hasItem("CONTAINER"))
                .body("hits.kind", hasItem("COMPANY"));
    }
}

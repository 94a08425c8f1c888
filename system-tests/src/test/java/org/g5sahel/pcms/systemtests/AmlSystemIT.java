package org.g5sahel.pcms.systemtests;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import io.restassured.http.ContentType;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Financial intelligence through the gateway with real Keycloak tokens: the regional coordinator imports the UN list,
 * Mali's FIU imports a goAML report whose beneficiary is a listed person under another spelling, the subject is
 * screened at once and the FIU sees the hit with its explanation; Niger's FIU and Mali's own investigators cannot see
 * the report (distribution AGENCY). An FIU-to-FIU request goes on to law enforcement only with the answering FIU's
 * consent and is seen by the two FIUs only; an asset measure is the FIU's own; the link graph walks visible reports.
 */
class AmlSystemIT {

    private static final String API = Platform.GATEWAY + "/api/aml/v1";
    private static final Path UN_LIST = Path.of(System.getProperty("pcms.root", ".."))
            .resolve("services/aml/src/test/resources/sanctions/un-consolidated-2026-01-28.xml");

    @BeforeAll
    static void platform() {
        Platform.get();
    }

    @Test
    void anFiuImportsAGoamlReportAndSeesTheScreeningHitThatOtherStatesCannotSee() throws IOException {
        given().auth()
                .oauth2(Tokens.of("g5-coordinator"))
                .contentType(ContentType.XML)
                .body(Files.readAllBytes(UN_LIST))
                .post(API + "/sanctions-lists/un/imports")
                .then()
                .statusCode(201)
                .body("individuals", equalTo(726))
                .body("entities", equalTo(273));

        String fiu = Tokens.of("ml-fiu");
        String marker = UUID.randomUUID().toString().substring(0, 8).toUpperCase();
        String report = "<?xml version=\"1.0\" encoding=\"UTF-8\"?><report><rentity_id>ORANGE-MONEY-ML</rentity_id>"
                + "<report_code>STR</report_code><entity_reference>SYS-" + marker + "</entity_reference>"
                + "<submission_date>2026-04-14T08:30:00</submission_date><currency_code_local>XOF</currency_code_local>"
                + "<reason>Transferts fractionnés vers Kidal</reason><transaction><transactionnumber>T-" + marker
                + "</transactionnumber><transaction_description>Transfert mobile money</transaction_description>"
                + "<date_transaction>2026-04-11T19:02:00</date_transaction>"
                + "<transmode_code>MB</transmode_code><amount_local>1980000.00</amount_local>"
                + "<t_from><from_funds_code>CASH</from_funds_code><from_account><institution_code>OMML</institution_code>"
                + "<account>+223 66 40 12 19</account></from_account></t_from>"
                + "<t_to><to_funds_code>MOBMN</to_funds_code><to_person>"
                + "<first_name>Iyad</first_name><last_name>Ag Ghaly</last_name><birthdate>1958-01-01T00:00:00</birthdate>"
                + "<nationality1>ML</nationality1></to_person></t_to></transaction>"
                + "<report_indicators><indicator>STRUC</indicator></report_indicators></report>";
        // The bytes of the UTF-8 document as declared (a String body would be sent in REST Assured's ISO-8859-1).
        String id = given().auth()
                .oauth2(fiu)
                .contentType("application/xml")
                .header("Idempotency-Key", "systest-" + marker)
                .body(report.getBytes(StandardCharsets.UTF_8))
                .post(API + "/reports/imports")
                .then()
                .statusCode(201)
                .body("sharing.distribution", equalTo("AGENCY"))
                .body("sharing.ownerAgency", equalTo("ML-FIU"))
                .extract()
                .path("id");

        given().auth()
                .oauth2(fiu)
                .get(API + "/reports/" + id)
                .then()
                .statusCode(200)
                .body("screeningHits[0].explanation.matchedName", equalTo("IYAD AG GHALI"))
                .body("screeningHits[0].explanation.features.feature", hasItem("DATE_OF_BIRTH"));

        for (String outsider : new String[] {"ne-fiu", "ml-investigator", "g5-coordinator"}) {
            String token = Tokens.of(outsider);
            given().auth()
                    .oauth2(token)
                    .get(API + "/reports/" + id)
                    .then()
                    .statusCode(404)
                    .contentType("application/problem+json");
            given().auth()
                    .oauth2(token)
                    .queryParam("limit", 200)
                    .get(API + "/reports")
                    .then()
                    .statusCode(200)
                    .body("items.id", not(hasItem(id)));
        }

        given().auth()
                .oauth2(Tokens.of("ne-border"))
                .contentType(ContentType.JSON)
                .body("{\"purpose\":\"Contrôle frontière\",\"name\":\"Ghaly Ould Iyad\",\"birthDate\":\"1958\"}")
                .post(API + "/screenings")
                .then()
                .statusCode(200)
                .body("results[0].candidates[0].referenceNumber", equalTo("QDi.316"));
    }

    @Test
    void anFiuRequestReachesLawEnforcementOnlyWithTheAnsweringFiusConsent() {
        String ml = Tokens.of("ml-fiu");
        String ne = Tokens.of("ne-fiu");
        ExtractableResponse<Response> sent = given().auth()
                .oauth2(ml)
                .contentType(ContentType.JSON)
                .header("Idempotency-Key", "systest-rfi-" + UUID.randomUUID())
                .body("{\"answeringAgency\":\"NE-FIU\",\"purpose\":\"Flux hawala Gao–Agadez\","
                        + "\"foreseenUse\":\"Renseignement financier\",\"urgency\":\"URGENT\",\"dueDate\":\""
                        + LocalDate.now().plusDays(10) + "\",\"question\":\"Comptes connus ?\"}")
                .post(API + "/fiu-requests")
                .then()
                .statusCode(201)
                .extract();
        String path = API + "/fiu-requests/" + sent.path("id");
        given().auth().oauth2(Tokens.of("bf-fiu")).get(path).then().statusCode(404);
        given().auth().oauth2(Tokens.of("ml-investigator")).get(path).then().statusCode(403);
        String etag = given().auth()
                .oauth2(ne)
                .contentType(ContentType.JSON)
                .header("If-Match", sent.header("ETag"))
                .body("{\"reply\":\"Un compte à Agadez.\"}")
                .post(path + "/reply")
                .then()
                .statusCode(200)
                .extract()
                .header("ETag");
        given().auth()
                .oauth2(ml)
                .contentType(ContentType.JSON)
                .header("If-Match", etag)
                .body("{\"recipient\":\"ML-CT\",\"purpose\":\"Enquête\"}")
                .post(path + "/disseminations")
                .then()
                .statusCode(409)
                .contentType("application/problem+json");
        etag = given().auth()
                .oauth2(ml)
                .contentType(ContentType.JSON)
                .header("If-Match", etag)
                .body("{\"recipients\":[\"ML-CT\"],\"purpose\":\"Enquête\"}")
                .post(path + "/consent-request")
                .then()
                .statusCode(200)
                .extract()
                .header("ETag");
        etag = given().auth()
                .oauth2(ne)
                .contentType(ContentType.JSON)
                .header("If-Match", etag)
                .body("{\"granted\":true}")
                .post(path + "/consent")
                .then()
                .statusCode(200)
                .extract()
                .header("ETag");
        given().auth()
                .oauth2(ml)
                .contentType(ContentType.JSON)
                .header("If-Match", etag)
                .body("{\"recipient\":\"ML-CT\",\"purpose\":\"Enquête\"}")
                .post(path + "/disseminations")
                .then()
                .statusCode(200)
                .body("disseminations[0].recipient", equalTo("ML-CT"));
    }

    @Test
    void anAssetMeasureIsTheFiusOwnAndTheGraphWalksOnlyVisibleReports() {
        String ml = Tokens.of("ml-fiu");
        String marker = UUID.randomUUID().toString().substring(0, 8).toUpperCase();
        String report = given().auth()
                .oauth2(ml)
                .contentType(ContentType.JSON)
                .body("{\"kind\":\"STR\",\"reportingEntity\":\"Ecobank\",\"entityReference\":\"SYS-G-" + marker
                        + "\",\"submissionDate\":\"2026-03-01T10:00:00Z\",\"reason\":\"Virements répétés\","
                        + "\"subjects\":[{\"key\":\"h\",\"kind\":\"PERSON\",\"role\":\"ACCOUNT_HOLDER\","
                        + "\"fullName\":\"Issa Maïga\"}],\"accounts\":[{\"key\":\"a\",\"kind\":\"BANK\","
                        + "\"institution\":\"Ecobank\",\"number\":\"SYS" + marker + "\",\"holder\":\"h\"}],"
                        + "\"transactions\":[{\"occurredAt\":\"2026-02-20T08:00:00Z\",\"amount\":4000000,"
                        + "\"currency\":\"XOF\",\"channel\":\"WIRE\",\"fromAccount\":\"a\"}]}")
                .post(API + "/reports")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        String measure = given().auth()
                .oauth2(ml)
                .contentType(ContentType.JSON)
                .body("{\"kind\":\"FREEZE\",\"assetKind\":\"BANK_ACCOUNT\",\"assetDescription\":\"Compte SYS" + marker
                        + "\",\"value\":4000000,\"currency\":\"XOF\",\"legalBasis\":\"Loi LBC/FT, art. 100\","
                        + "\"orderingAuthority\":\"Pôle judiciaire spécialisé\",\"orderedOn\":\"2026-03-10\","
                        + "\"reportId\":\"" + report + "\"}")
                .post(API + "/asset-measures")
                .then()
                .statusCode(201)
                .body("status", equalTo("ORDERED"))
                .extract()
                .path("id");
        given().auth()
                .oauth2(Tokens.of("ne-fiu"))
                .get(API + "/asset-measures/" + measure)
                .then()
                .statusCode(404);
        given().auth()
                .oauth2(ml)
                .contentType(ContentType.JSON)
                .body("{\"kind\":\"FREEZE\",\"assetKind\":\"CASH\","
                        + "\"assetDescription\":\"x\",\"value\":-1,\"currency\":\"XOF\",\"legalBasis\":\"x\","
                        + "\"orderingAuthority\":\"x\",\"orderedOn\":\"2026-03-10\"}")
                .post(API + "/asset-measures")
                .then()
                .statusCode(400)
                .contentType("application/problem+json");

        given().auth()
                .oauth2(ml)
                .queryParam("reportId", report)
                .queryParam("depth", 2)
                .get(API + "/graph")
                .then()
                .statusCode(200)
                .body("nodes.reportId", everyItem(equalTo(report)))
                .body("edges.kind", hasItem("HOLDS"));
        given().auth()
                .oauth2(Tokens.of("ne-fiu"))
                .queryParam("reportId", report)
                .get(API + "/graph")
                .then()
                .statusCode(404);
    }
}

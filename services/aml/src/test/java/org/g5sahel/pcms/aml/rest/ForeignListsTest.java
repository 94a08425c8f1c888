package org.g5sahel.pcms.aml.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.startsWith;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Foreign lists imported as published (OFAC SDN and non-SDN, EU, UK, Canada) by the regional coordinator, held by the
 * regional unit for every member and partner; the media types accepted are named in the 415 problem; screening
 * candidates and report hits name the list, the entry's reference and its programme.
 */
@QuarkusTest
class ForeignListsTest {

    private static final String LISTS = "/api/aml/v1/sanctions-lists";

    private static void importExcerpt(String code, String file) {
        given().auth()
                .oauth2(Users.G5_COORDINATOR)
                .contentType(ContentType.XML)
                .body(Users.resource("/sanctions/" + file))
                .post(LISTS + "/" + code + "/imports")
                .then()
                .statusCode(201);
    }

    @Test
    void eachForeignListIsImportedInItsPublishedFormatAndReadByEveryMemberAndPartner() {
        given().auth()
                .oauth2(Users.G5_COORDINATOR)
                .contentType(ContentType.XML)
                .body(Users.resource("/sanctions/ofac-sdn-2018-12-19-excerpt.xml"))
                .post(LISTS + "/US-OFAC-SDN/imports")
                .then()
                .statusCode(201)
                .body("individuals", equalTo(1))
                .body("entities", equalTo(1))
                .body("generatedAt", equalTo("2018-12-19T00:00:00Z"));
        importExcerpt("EU-FSF", "eu-fsf-2018-12-21-excerpt.xml");
        importExcerpt("UK-SANCTIONS", "uk-sanctions-list-2026-03-26-excerpt.xml");
        importExcerpt("CA-SEMA", "ca-sema-excerpt.xml");

        for (String reader : new String[] {Users.NE_FIU, Users.ML_INVESTIGATOR, Users.NE_BORDER, Users.INTERPOL}) {
            given().auth()
                    .oauth2(reader)
                    .get(LISTS)
                    .then()
                    .statusCode(200)
                    .body("find { it.code == 'EU-FSF' }.kind", equalTo("FOREIGN"))
                    .body("find { it.code == 'EU-FSF' }.activeEntries", equalTo(2))
                    .body("find { it.code == 'UK-SANCTIONS' }.sharing.ownerAgency", equalTo("G5-URC"))
                    .body("find { it.code == 'CA-SEMA' }.sharing.distribution", equalTo("PARTNERS"));
        }
        given().auth()
                .oauth2(Users.NE_FIU)
                .get(LISTS + "/US-OFAC-SDN/entries/26235")
                .then()
                .statusCode(200)
                .body("entry.primaryName", equalTo("Alexander Aleksandrovich MALKEVICH"))
                .body("entry.content.regime", equalTo("CYBER2"))
                .body("entry.content.placesOfBirth", equalTo(List.of("Leningrad, Russia")))
                .body("entry.content.addresses[0].country", equalTo("Russia"))
                .body("entry.content.documents.number", hasItem("717637093"))
                .body("entry.content.birthDates[0].date", equalTo("1975-06-14"));
        given().auth()
                .oauth2(Users.NE_FIU)
                .get(LISTS + "/UK-SANCTIONS/entries/AFG0011")
                .then()
                .statusCode(200)
                .body("entry.listedOn", equalTo("2001-01-31"))
                .body("entry.content.nationalities", equalTo(List.of("Afghanistan")))
                .body("entry.content.names.quality", hasItem("ORIGINAL_SCRIPT"));
        given().auth()
                .oauth2(Users.NE_FIU)
                .get(LISTS + "/CA-SEMA/entries/Burma:2:4")
                .then()
                .statusCode(200)
                .body("entry.content.names.value", hasItem("Shwe Mann Ko Ko"));
    }

    @Test
    void aForeignFileOlderThanTheListInForceIsRefused() {
        importExcerpt("US-OFAC-NONSDN", "ofac-nonsdn-2026-01-08-excerpt.xml");
        given().auth()
                .oauth2(Users.G5_COORDINATOR)
                .contentType(ContentType.XML)
                .header("Accept-Language", "en")
                .body(Users.resource("/sanctions/ofac-sdn-2018-12-19-excerpt.xml"))
                .post(LISTS + "/US-OFAC-NONSDN/imports")
                .then()
                .statusCode(409)
                .body("detail", containsString("2018-12-19T00:00:00Z"))
                .body("detail", containsString("2026-01-08T00:00:00Z"));
    }

    @Test
    void aWrongMediaTypeIsA415NamingTheAcceptedOnesAndAFileOfAnotherFormatA400() {
        byte[] eu = Users.resource("/sanctions/eu-fsf-2018-12-21-excerpt.xml");
        given().auth()
                .oauth2(Users.G5_COORDINATOR)
                .contentType(ContentType.JSON)
                .header("Accept-Language", "en")
                .body(eu)
                .post(LISTS + "/EU-FSF/imports")
                .then()
                .statusCode(415)
                .contentType("application/problem+json")
                .body(
                        "detail",
                        equalTo(
                                "This list is imported as application/xml, text/xml; the request was application/json."));
        given().auth()
                .oauth2(Users.G5_COORDINATOR)
                .contentType("text/csv")
                .body(eu)
                .post(LISTS + "/un/imports")
                .then()
                .statusCode(415)
                .body("detail", containsString("application/xml, text/xml"));
        given().auth()
                .oauth2(Users.ML_FIU)
                .contentType(ContentType.XML)
                .header("Accept-Language", "en")
                .body(eu)
                .post(LISTS + "/ML-GEL/imports")
                .then()
                .statusCode(415)
                .body("detail", containsString("application/json, text/csv"));
        given().auth()
                .oauth2(Users.G5_COORDINATOR)
                .contentType(ContentType.XML)
                .body(Users.resource("/sanctions/ofac-sdn-2018-12-19-excerpt.xml"))
                .post(LISTS + "/EU-FSF/imports")
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("sdnList"));
        given().auth()
                .oauth2(Users.G5_COORDINATOR)
                .contentType(ContentType.XML)
                .body(eu)
                .post(LISTS + "/XX-LIST/imports")
                .then()
                .statusCode(400)
                .body("detail", containsString("US-OFAC-SDN"));
    }

    @Test
    void screeningCandidatesAndReportHitsNameTheListTheReferenceAndTheProgramme() {
        Users.ensureUnListImported();
        importExcerpt("US-OFAC-NONSDN", "ofac-nonsdn-2026-01-08-excerpt.xml");
        given().auth()
                .oauth2(Users.NE_BORDER)
                .contentType(ContentType.JSON)
                .body("{\"purpose\":\"Contrôle frontière\",\"name\":\"Mahmoud Khaled Zahhar\",\"birthDate\":\"1945\"}")
                .post("/api/aml/v1/screenings")
                .then()
                .statusCode(200)
                .body("results[0].candidates[0].listCode", equalTo("US-OFAC-NONSDN"))
                .body("results[0].candidates[0].listName", startsWith("OFAC"))
                .body("results[0].candidates[0].referenceNumber", equalTo("9647"))
                .body("results[0].candidates[0].programme", equalTo("NS-PLC; SDGT"));

        String report = ReportResourceTest.report("XOF", "1500000", "s1")
                .replace(
                        "\"fullName\":\"Moussa Ag Assarid\"",
                        "\"fullName\":\"Iyad Ag Ghaly\",\"birthDate\":\"1958-01-01\"")
                .replace("NE-REF", "NE-REF-" + UUID.randomUUID());
        String id = given().auth()
                .oauth2(Users.NE_FIU)
                .contentType(ContentType.JSON)
                .body(report)
                .post("/api/aml/v1/reports")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        given().auth()
                .oauth2(Users.NE_FIU)
                .get("/api/aml/v1/reports/" + id)
                .then()
                .statusCode(200)
                .body("screeningHits[0].listCode", equalTo("UN"))
                .body(
                        "screeningHits[0].listName",
                        equalTo("Liste récapitulative du Conseil de sécurité des Nations Unies"))
                .body("screeningHits[0].referenceNumber", equalTo("QDi.316"))
                .body("screeningHits[0].programme", equalTo("Al-Qaida"))
                .body("screeningHits[0].listedName", equalTo("IYAD AG GHALI"))
                .body("screeningHits[0].because", hasItem(startsWith("Correspondance possible")));
        // A hit is stored once and read by officers of any language: each reads the engine's sentences in theirs.
        given().auth()
                .oauth2(Users.NE_FIU)
                .header("Accept-Language", "en")
                .get("/api/aml/v1/reports/" + id)
                .then()
                .statusCode(200)
                .body("screeningHits[0].because", hasItem(startsWith("Possible match")));
        given().auth()
                .oauth2(Users.NE_FIU)
                .header("Accept-Language", "ar")
                .get("/api/aml/v1/reports/" + id)
                .then()
                .statusCode(200)
                .body("screeningHits[0].because", hasItem(startsWith("تطابق محتمل")));
    }
}

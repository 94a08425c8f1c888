package org.g5sahel.pcms.aml.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** goAML reports of every family through the import endpoint: what is kept, shown and screened; what is refused. */
@QuarkusTest
class GoamlImportResourceTest {

    private static final String IMPORTS = "/api/aml/v1/reports/imports";

    @BeforeEach
    void unList() {
        Users.ensureUnListImported();
    }

    @ParameterizedTest
    @CsvSource({
        "aif.xml, AIF, 2",
        "aift.xml, AIFT, 6",
        "ecdd.xml, ECDD, 3",
        "ecddt.xml, ECDDT, 2",
        "prefixed-namespace.xml, STR, 2",
        "reason-in-party.xml, SAR, 2"
    })
    void everyReportFamilyIsImported(String fixture, String kind, int subjects) {
        imported(Users.BF_FIU, fixture)
                .body("kind", equalTo(kind))
                .body("source", equalTo("GOAML"))
                .body("reference", matchesPattern("^BF-" + kind + "-\\d{4}-\\d{6}$"))
                .body("subjects", hasSize(subjects));
    }

    @Test
    void aDealersReportShowsItsGoodsAndItsDirectorsAreScreenedLikeAnySubject() {
        ValidatableResponse report = imported(Users.ML_FIU, "dpmsr-gold.xml")
                .body("kind", equalTo("DPMSR"))
                .body("subjects.find { it.fullName == 'Iyad Ag Ghaly' }.role", equalTo("DIRECTOR"))
                .body("subjects.find { it.fullName == 'Iyad Ag Ghaly' }.roleCode", equalTo("DIR"))
                .body("subjects.find { it.fullName == 'Aminata Coulibaly' }.roleCode", equalTo("SHRHL"))
                .body("goods", hasSize(2))
                .body("goods[0].itemType", equalTo("GOLD"))
                .body("goods[0].size", equalTo(1250))
                .body("goods[0].sizeUnit", equalTo("g"))
                .body("goods[0].estimatedValue", equalTo(41500000.00f))
                .body("goods[0].disposedValue", equalTo(41250000.00f))
                .body("goods[0].currency", equalTo("XOF"))
                .body("goods[0].statusCode", equalTo("SOLD"))
                .body("goods[1].itemType", equalTo("DIMND"))
                .body("goods[1].sizeUnit", equalTo("ct"))
                .body("goods[1].comments", equalTo("Aucun certificat d'origine présenté"))
                .body("screeningHits", hasSize(1))
                .body("screeningHits[0].explanation.matchedName", equalTo("IYAD AG GHALI"));
        String director = report.extract().path("subjects.find { it.fullName == 'Iyad Ag Ghaly' }.id");
        String transaction = report.extract().path("transactions[0].id");
        report.body("screeningHits[0].subjectId", equalTo(director))
                .body("goods.transactionId", hasItems(transaction, transaction));
    }

    @Test
    void aReasonGivenForEachReportedPartyIsEnough() {
        imported(Users.NE_FIU, "reason-in-party.xml")
                .body("reason", nullValue())
                .body(
                        "subjects.reason",
                        hasItems(
                                "Dépôts fractionnés répétés sans activité déclarée",
                                "Bénéficiaire des fonds, sans lien commercial apparent"));
    }

    @Test
    void aMultiPartyTransactionKeepsItsOtherPartiesAndItsForeignAmount() {
        ValidatableResponse report = imported(Users.NE_FIU, "aift.xml");
        String witness = report.extract().path("subjects.find { it.fullName == 'Mariama Souley' }.id");
        report.body("subjects.find { it.fullName == 'Mariama Souley' }.role", equalTo("TRANSACTION_PARTY"))
                .body("subjects.find { it.fullName == 'Issoufou Garba' }.role", equalTo("CONDUCTOR"))
                .body("transactions[1].currency", equalTo("EUR"))
                .body("transactions[1].amount", equalTo(5000.00f))
                .body("transactions[1].otherSubjectIds", equalTo(List.of(witness)));
    }

    @Test
    void anUnknownReportCodeIsRefusedNamingTheElementAndItsLine() {
        given().auth()
                .oauth2(Users.NE_FIU)
                .contentType(ContentType.XML)
                .body(edited("reason-in-party.xml", "<report_code>SAR</report_code>", "<report_code>ABC</report_code>"))
                .post(IMPORTS)
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("errors[0].field", equalTo("report/report_code"))
                .body("detail", containsString("ligne 5"))
                .body("errors[0].message", containsString("DPMSR"));
        given().auth()
                .oauth2(Users.NE_FIU)
                .contentType(ContentType.XML)
                .header("Accept-Language", "en")
                .body(edited(
                        "reason-in-party.xml",
                        "<reason>Bénéficiaire des fonds, sans lien commercial apparent</reason>",
                        ""))
                .post(IMPORTS)
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("report/activity/report_parties/report_party[2]/reason"))
                .body("detail", containsString("line 23"));
    }

    @Test
    void jsonGoodsAreCheckedForValueCurrencyAndTransaction() {
        String body = ReportResourceTest.report("XOF", "100", "s1")
                .replace("NE-REF", "NE-GOODS-" + UUID.randomUUID())
                .replace(
                        "}]}",
                        "}],\"goods\":[{\"itemType\":\"GOLD\",\"estimatedValue\":-1},"
                                + "{\"itemType\":\"DIMND\",\"estimatedValue\":10,\"currency\":\"XOF\","
                                + "\"transactionNumber\":\"T9\"},"
                                + "{\"itemType\":\"GEM\",\"disposedValue\":10}]}");
        given().auth()
                .oauth2(Users.NE_FIU)
                .contentType(ContentType.JSON)
                .body(body)
                .post("/api/aml/v1/reports")
                .then()
                .statusCode(400)
                .body(
                        "errors.field",
                        hasItems(
                                "goods[0].estimatedValue",
                                "goods[0].currency",
                                "goods[1].transactionNumber",
                                "goods[2].currency"));
    }

    /** The fixture imported under an entity reference of its own, so that each test's report is new. */
    private static ValidatableResponse imported(String token, String fixture) {
        String file = new String(Users.resource("/goaml/" + fixture), StandardCharsets.UTF_8)
                .replaceFirst("entity_reference>([^<]*)<", "entity_reference>$1-" + UUID.randomUUID() + "<");
        return given().auth()
                .oauth2(token)
                .contentType(ContentType.XML)
                .body(file.getBytes(StandardCharsets.UTF_8))
                .post(IMPORTS)
                .then()
                .log()
                .ifValidationFails()
                .statusCode(201);
    }

    private static byte[] edited(String fixture, String from, String to) {
        return new String(Users.resource("/goaml/" + fixture), StandardCharsets.UTF_8)
                .replace(from, to)
                .getBytes(StandardCharsets.UTF_8);
    }
}

package org.g5sahel.pcms.aml.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.UUID;
import org.g5sahel.pcms.commons.correlation.IdentifierKeys;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** goAML import, automatic screening, refusal of broken files, and the sovereignty of reports. */
@QuarkusTest
class ReportResourceTest {

    private static final String REPORTS = "/api/aml/v1/reports";

    @Inject
    EntityManager entityManager;

    @Inject
    IdentifierKeys keys;

    @BeforeEach
    void unList() {
        Users.ensureUnListImported();
    }

    @Test
    void aGoamlReportBecomesSubjectsAccountsAndTransactionsAndItsSanctionedSubjectIsAHit() {
        ExtractableResponse<Response> created =
                importGoaml(Users.ML_FIU, Users.resource("/goaml/str-mobile-money.xml"));
        String id = created.path("id");
        created.response()
                .then()
                .body("reference", org.hamcrest.Matchers.matchesPattern("^ML-STR-\\d{4}-\\d{6}$"))
                .body("source", equalTo("GOAML"))
                .body("reportingEntity", equalTo("ORANGE-MONEY-ML"))
                .body("sharing.distribution", equalTo("AGENCY"))
                .body("sharing.ownerAgency", equalTo("ML-FIU"))
                .body(
                        "subjects.fullName",
                        hasItems("Boubacar Traoré", "Iyad Ag Ghaly", "Comptoir Al Baraka Transferts"))
                .body("subjects", hasSize(3))
                .body("accounts[0].kind", equalTo("MOBILE_MONEY"))
                .body("accounts[0].number", equalTo("22376112233"))
                .body("transactions.channel", equalTo(List.of("MOBILE_MONEY", "HAWALA")))
                .body("transactions[0].amount", equalTo(1950000.00f))
                .body("transactions[0].currency", equalTo("XOF"))
                .body("indicators", equalTo(List.of("STRUC", "TF-SAHEL")))
                .body("screeningHits", hasSize(1))
                .body("screeningHits[0].explanation.matchedName", equalTo("IYAD AG GHALI"))
                .body("screeningHits[0].explanation.features.feature", hasItem("DATE_OF_BIRTH"));

        String subject = created.path("subjects.find { it.fullName == 'Iyad Ag Ghaly' }.id");
        created.response().then().body("screeningHits[0].subjectId", equalTo(subject));
        List<?> events = QuarkusTransaction.requiringNew()
                .call(() -> entityManager
                        .createNativeQuery(
                                "select payload::text from outbox_event where routing_key = 'aml.screening.hit' and payload::text like :id")
                        .setParameter("id", "%" + id + "%")
                        .getResultList());
        assertThat(events).hasSize(1);
        assertThat(events.get(0).toString())
                .contains("\"distribution\": \"AGENCY\"", "\"owneragency\": \"ML-FIU\"", "QDi.316");

        // Its identity document and wallet go to the correlation index, keyed, addressed to the FIU alone.
        List<?> published = QuarkusTransaction.requiringNew()
                .call(() -> entityManager
                        .createNativeQuery(
                                "select payload::text from outbox_event where routing_key = 'aml.identifiers.published'"
                                        + " and payload->>'subject' = :id")
                        .setParameter("id", id)
                        .getResultList());
        assertThat(published)
                .singleElement()
                .asString()
                .contains(
                        "\"distribution\": \"AGENCY\"",
                        "\"owneragency\": \"ML-FIU\"",
                        "\"recordType\": \"aml-report\"",
                        keys.document(null, "ML-NINA-1984110512").orElseThrow().keyedHash(),
                        keys.phone("+223 76 11 22 33", "ML").orElseThrow().keyedHash())
                .doesNotContain("1984110512")
                .doesNotContain("76112233")
                .doesNotContain("Traor");

        // The same file again is the same report: refused, not doubled.
        given().auth()
                .oauth2(Users.ML_FIU)
                .contentType(ContentType.XML)
                .body(Users.resource("/goaml/str-mobile-money.xml"))
                .post(REPORTS + "/imports")
                .then()
                .statusCode(409);
    }

    @Test
    void brokenOrHostileGoamlFilesAreRefusedWholeNamingNodeAndReason() {
        long before = reportCount();
        given().auth()
                .oauth2(Users.NE_FIU)
                .contentType(ContentType.XML)
                .header("Accept-Language", "en")
                .body(Users.resource("/goaml/bad-currency.xml"))
                .post(REPORTS + "/imports")
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("report/currency_code_local"))
                .body("errors[0].message", equalTo("Unknown ISO 4217 currency code."));
        given().auth()
                .oauth2(Users.NE_FIU)
                .contentType(ContentType.XML)
                .body(Users.resource("/goaml/negative-amount.xml"))
                .post(REPORTS + "/imports")
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("report/transaction[2]/amount_local"))
                .body("errors[0].message", equalTo("Un montant ne peut pas être négatif."));
        given().auth()
                .oauth2(Users.NE_FIU)
                .contentType(ContentType.XML)
                .body(Users.resource("/goaml/truncated.xml"))
                .post(REPORTS + "/imports")
                .then()
                .statusCode(400)
                .contentType("application/problem+json");
        given().auth()
                .oauth2(Users.NE_FIU)
                .contentType(ContentType.XML)
                .body(Users.resource("/goaml/xxe.xml"))
                .post(REPORTS + "/imports")
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("!DOCTYPE"));
        given().auth()
                .oauth2(Users.NE_FIU)
                .contentType(ContentType.XML)
                .body("pas du xml")
                .post(REPORTS + "/imports")
                .then()
                .statusCode(400);
        assertThat(reportCount()).isEqualTo(before);
    }

    @Test
    void jsonReportsAreCheckedForCurrencyAmountAndKeys() {
        String body = report("XYZ", "-10", "s9");
        given().auth()
                .oauth2(Users.NE_FIU)
                .contentType(ContentType.JSON)
                .body(body)
                .post(REPORTS)
                .then()
                .statusCode(400)
                .body(
                        "errors.field",
                        hasItems("transactions[0].currency", "transactions[0].amount", "transactions[0].toSubject"));
        given().auth()
                .oauth2(Users.NE_FIU)
                .contentType(ContentType.JSON)
                .body(report("XAF", "12.5", "s1"))
                .header("Idempotency-Key", UUID.randomUUID().toString())
                .post(REPORTS)
                .then()
                .statusCode(201)
                .body("transactions[0].amount", equalTo(12.5f))
                .body("screeningHits", hasSize(0));
        given().auth()
                .oauth2(Users.ML_INVESTIGATOR)
                .contentType(ContentType.JSON)
                .body(report("XAF", "1", "s1"))
                .post(REPORTS)
                .then()
                .statusCode(403);
    }

    @Test
    void aReportIsSeenByItsFiuOnlyUntilDisseminatedExplicitly() {
        String body = report("XOF", "750000", "s1").replace("NE-REF", "ML-REF-" + UUID.randomUUID());
        ExtractableResponse<Response> created = given().auth()
                .oauth2(Users.ML_FIU)
                .contentType(ContentType.JSON)
                .body(body)
                .post(REPORTS)
                .then()
                .statusCode(201)
                .extract();
        String id = created.path("id");
        String path = REPORTS + "/" + id;

        given().auth().oauth2(Users.ML_FIU).get(path).then().statusCode(200);
        given().auth()
                .oauth2(Users.ML_FIU)
                .queryParam("limit", 200)
                .get(REPORTS)
                .then()
                .statusCode(200)
                .body("items.id", hasItem(id));
        for (String outsider : new String[] {
            Users.ML_INVESTIGATOR,
            Users.ML_ANALYST,
            Users.ML_COORDINATOR,
            Users.NE_FIU,
            Users.G5_COORDINATOR,
            Users.INTERPOL
        }) {
            given().auth().oauth2(outsider).get(path).then().statusCode(404);
            given().auth()
                    .oauth2(outsider)
                    .queryParam("limit", 200)
                    .get(REPORTS)
                    .then()
                    .statusCode(200)
                    .body("items.id", not(hasItem(id)));
            given().auth()
                    .oauth2(outsider)
                    .queryParam("subject", "Moussa Ag Assarid")
                    .get(REPORTS)
                    .then()
                    .statusCode(200)
                    .body("items.id", not(hasItem(id)));
        }
        given().get(path).then().statusCode(401);
        given().auth().oauth2(Users.NE_BORDER).get(path).then().statusCode(403);

        String dissemination =
                "{\"recipients\":[\"ML-CT\"],\"purpose\":\"Enquête financement du terrorisme ML-CASE-2026-000007\"}";
        given().auth()
                .oauth2(Users.ML_FIU)
                .contentType(ContentType.JSON)
                .body(dissemination)
                .post(path + "/disseminations")
                .then()
                .statusCode(428);
        given().auth()
                .oauth2(Users.NE_FIU)
                .contentType(ContentType.JSON)
                .header("If-Match", created.header("ETag"))
                .body(dissemination)
                .post(path + "/disseminations")
                .then()
                .statusCode(404);
        given().auth()
                .oauth2(Users.ML_FIU)
                .contentType(ContentType.JSON)
                .header("If-Match", created.header("ETag"))
                .body("{\"recipients\":[\"INTERPOL\"],\"purpose\":\"x\"}")
                .post(path + "/disseminations")
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("recipients[0]"));
        given().auth()
                .oauth2(Users.ML_FIU)
                .contentType(ContentType.JSON)
                .header("If-Match", created.header("ETag"))
                .body(dissemination)
                .post(path + "/disseminations")
                .then()
                .statusCode(200)
                .body("sharing.distribution", equalTo("SELECTED"))
                .body("sharing.sharedWith", equalTo(List.of("ML-CT")))
                .body("disseminations[0].recipients", equalTo(List.of("ML-CT")));

        given().auth()
                .oauth2(Users.ML_INVESTIGATOR)
                .get(path)
                .then()
                .statusCode(200)
                .body("subjects[0].fullName", equalTo("Moussa Ag Assarid"));
        // SELECTED also opens the record to the owning State's other agencies (commons Visibility): see the README.
        given().auth().oauth2(Users.ML_ANALYST).get(path).then().statusCode(200);
        given().auth().oauth2(Users.NE_FIU).get(path).then().statusCode(404);
        given().auth().oauth2(Users.G5_COORDINATOR).get(path).then().statusCode(404);
        // the owning FIU reads who accessed its own report
        given().auth()
                .oauth2(Users.ML_FIU)
                .queryParam("recordId", id)
                .get("/api/aml/v1/audit/accesses")
                .then()
                .statusCode(200)
                .body("items.actorAgency", hasItems("ML-CT", "ML-POLICE"));
        given().auth()
                .oauth2(Users.ML_COORDINATOR)
                .queryParam("recordId", id)
                .get("/api/aml/v1/audit/accesses")
                .then()
                .statusCode(200)
                .body("items.actorAgency", hasItems("ML-CT", "ML-POLICE"))
                .body("items.action", hasItem("READ"));
        // The dissemination itself is in the hash-chained audit log with its purpose.
        List<Object> purposes = QuarkusTransaction.requiringNew()
                .call(() -> entityManager
                        .createNativeQuery(
                                "select purpose from audit_log where record_id = :id and action = 'SHARING_CHANGE'")
                        .setParameter("id", id)
                        .getResultList()
                        .stream()
                        .map(Object.class::cast)
                        .toList());
        assertThat(purposes).containsExactly("Enquête financement du terrorisme ML-CASE-2026-000007");
    }

    private long reportCount() {
        return QuarkusTransaction.requiringNew()
                .call(() -> ((Number) entityManager
                                .createNativeQuery("select count(*) from report")
                                .getSingleResult())
                        .longValue());
    }

    private static ExtractableResponse<Response> importGoaml(String token, byte[] file) {
        return given().auth()
                .oauth2(token)
                .contentType(ContentType.XML)
                .body(file)
                .post(REPORTS + "/imports")
                .then()
                .statusCode(201)
                .extract();
    }

    static String report(String currency, String amount, String toSubject) {
        return "{\"kind\":\"STR\",\"reportingEntity\":\"Banque Atlantique\",\"entityReference\":\"NE-REF\","
                + "\"submissionDate\":\"2026-03-01T10:00:00Z\",\"reason\":\"Dépôts en espèces fractionnés\","
                + "\"subjects\":[{\"key\":\"s1\",\"kind\":\"PERSON\",\"role\":\"REPORTED_PARTY\","
                + "\"fullName\":\"Moussa Ag Assarid\",\"nationality\":\"ML\"}],"
                + "\"accounts\":[{\"key\":\"a1\",\"kind\":\"BANK\",\"institution\":\"Banque Atlantique\","
                + "\"number\":\"ML 021 01001 000123456789\",\"holder\":\"s1\"}],"
                + "\"transactions\":[{\"occurredAt\":\"2026-02-20T08:00:00Z\",\"amount\":" + amount + ","
                + "\"currency\":\"" + currency + "\",\"channel\":\"CASH\",\"toAccount\":\"a1\",\"toSubject\":\""
                + toSubject + "\"}]}";
    }
}

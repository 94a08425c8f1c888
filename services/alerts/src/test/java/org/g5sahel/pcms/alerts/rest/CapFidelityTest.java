package org.g5sahel.pcms.alerts.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.g5sahel.pcms.alerts.AlertsTestResources;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;

/** CAP's own status, message types and rules: what a sender wrote stays what it was, and valid CAP is never refused. */
@QuarkusTest
class CapFidelityTest extends AlertsTestResources {

    @Test
    void anExerciseStaysAnExerciseInTheViewTheEventAndEveryExport() {
        Map<String, Object> drill = Alerts.request("Exercise convoy " + UUID.randomUUID());
        drill.put("capStatus", "Exercise");
        String id = Alerts.issued(Users.NE_INVESTIGATOR, Users.NE_COORDINATOR, drill);
        given().auth()
                .oauth2(Users.ML_INVESTIGATOR)
                .get(Alerts.BASE + "/" + id)
                .then()
                .statusCode(200)
                .body("capStatus", equalTo("Exercise"))
                .body("status", equalTo("ISSUED"));
        String export = CapRoundTripTest.export(Users.ML_INVESTIGATOR, id);
        CapMessages.assertSchemaValid(export);
        assertThat(export).contains("<status>Exercise</status>").doesNotContain("<status>Actual</status>");

        // Mali imports Niger's exercise: still an exercise there, and in what Mali sends on.
        String imported = CapRoundTripTest.importAs(Users.ML_INVESTIGATOR, export.getBytes(StandardCharsets.UTF_8));
        Alerts.submit(Users.ML_INVESTIGATOR, imported).then().statusCode(200);
        Alerts.approve(Users.ML_COORDINATOR, imported).then().statusCode(200).body("capStatus", equalTo("Exercise"));
        assertThat(CapRoundTripTest.export(Users.ML_INVESTIGATOR, imported)).contains("<status>Exercise</status>");
    }

    @Test
    void eachMessageThePlatformIssuesHasItsOwnIdentifierAndReferencesTheOnesBefore() {
        String id = Alerts.issued(
                Users.NE_INVESTIGATOR, Users.NE_COORDINATOR, Alerts.request("Convoy " + UUID.randomUUID()));
        String reference = given().auth()
                .oauth2(Users.NE_INVESTIGATOR)
                .get(Alerts.BASE + "/" + id)
                .then()
                .extract()
                .path("reference");
        Map<String, List<String>> first = envelope(id);
        assertThat(first.get("identifier")).containsExactly(reference);
        assertThat(first).doesNotContainKey("references");

        Map<String, Object> changed = Alerts.request("Convoy, now heading south");
        changed.remove("sharing");
        given().auth()
                .oauth2(Users.NE_COORDINATOR_2)
                .header("If-Match", Alerts.etag(Users.NE_COORDINATOR_2, id))
                .contentType(ContentType.JSON)
                .body(changed)
                .put(Alerts.BASE + "/" + id)
                .then()
                .statusCode(200);
        Map<String, List<String>> update = envelope(id);
        assertThat(update.get("msgType")).containsExactly("Update");
        assertThat(update.get("identifier")).containsExactly(reference + ".2");
        assertThat(update.get("references").get(0)).startsWith("ne-ocrtis@pcms.g5sahel.org," + reference + ",");

        given().auth()
                .oauth2(Users.NE_COORDINATOR)
                .header("If-Match", Alerts.etag(Users.NE_COORDINATOR, id))
                .contentType(ContentType.JSON)
                .body(Map.of("reason", "Convoy stopped at Ayorou"))
                .post(Alerts.BASE + "/" + id + "/cancellation")
                .then()
                .statusCode(200);
        Map<String, List<String>> cancel = envelope(id);
        assertThat(cancel.get("msgType")).containsExactly("Cancel");
        assertThat(cancel.get("identifier")).containsExactly(reference + ".3");
        assertThat(cancel.get("references").get(0).split(" "))
                .hasSize(2)
                .anySatisfy(ref -> assertThat(ref).contains("," + reference + ","))
                .anySatisfy(ref -> assertThat(ref).contains("," + reference + ".2,"));
        assertThat(cancel.get("note")).containsExactly("Convoy stopped at Ayorou");
    }

    @Test
    void aCancelWithoutInfoIsValidAndReadsAsTheAlertItCancels() {
        String identifier = "NE-DGPC-" + UUID.randomUUID();
        CapRoundTripTest.importAs(Users.TD_ANALYST, CapMessages.generated(identifier, "Actual", "Alert", null, 1));
        String cancel = """
                <?xml version="1.0" encoding="UTF-8"?>
                <alert xmlns="urn:oasis:names:tc:emergency:cap:1.2">
                  <identifier>%s-cancel</identifier>
                  <sender>dgpc@protection-civile.example.ne</sender>
                  <sent>2026-12-01T10:00:00+01:00</sent>
                  <status>Actual</status>
                  <msgType>Cancel</msgType>
                  <scope>Public</scope>
                  <references>dgpc@protection-civile.example.ne,%s,2026-11-30T24:00:00+01:00</references>
                </alert>
                """.formatted(identifier, identifier);
        given().auth()
                .oauth2(Users.TD_ANALYST)
                .contentType(CapMessages.MEDIA_TYPE)
                .body(cancel.getBytes(StandardCharsets.UTF_8))
                .post(Alerts.BASE)
                .then()
                .statusCode(201)
                .body("msgType", equalTo("Cancel"))
                .body("event", equalTo("Événement 0 — crue du fleuve"))
                .body("capReceived.infos.size()", equalTo(0))
                .body(
                        "capReceived.references[0]",
                        equalTo("dgpc@protection-civile.example.ne," + identifier + ",2026-11-30T24:00:00+01:00"));
    }

    @Test
    void twoAreasWithTheSameDescriptionAreTwoAreas() {
        byte[] message = CapMessages.generated("NE-DGPC-" + UUID.randomUUID(), "Test", "Alert", null, 1);
        given().auth()
                .oauth2(Users.TD_ANALYST)
                .contentType(CapMessages.MEDIA_TYPE)
                .body(message)
                .post(Alerts.BASE)
                .then()
                .statusCode(201)
                .body("areas.size()", equalTo(2))
                .body("areas[1].description", equalTo("Berges"))
                .body("capStatus", equalTo("Test"));
    }

    @Test
    void aBlankEventOrACharacterXml10ForbidsIsAProblemNeverA500() {
        String blank = new String(
                        CapMessages.generated("NE-DGPC-" + UUID.randomUUID(), "Actual", "Alert", null, 1),
                        StandardCharsets.UTF_8)
                .replaceFirst("<event>[^<]*</event>", "<event>  </event>");
        given().auth()
                .oauth2(Users.TD_ANALYST)
                .header("Accept-Language", "en")
                .contentType(CapMessages.MEDIA_TYPE)
                .body(blank.getBytes(StandardCharsets.UTF_8))
                .post(Alerts.BASE)
                .then()
                .statusCode(400)
                .body("errors.message", hasItem("Each info block names its event: it is empty here."));

        String xml11 = new String(
                        CapMessages.generated("NE-DGPC-" + UUID.randomUUID(), "Actual", "Alert", null, 1),
                        StandardCharsets.UTF_8)
                .replace("<?xml version=\"1.0\"", "<?xml version=\"1.1\"")
                .replace("Montée des eaux", "Montée&#x1; des eaux");
        given().auth()
                .oauth2(Users.TD_ANALYST)
                .header("Accept-Language", "en")
                .contentType(CapMessages.MEDIA_TYPE)
                .body(xml11.getBytes(StandardCharsets.UTF_8))
                .post(Alerts.BASE)
                .then()
                .statusCode(400)
                .body(
                        "errors.message",
                        hasItem(org.hamcrest.Matchers.startsWith("The message holds a control character")));
    }

    @Test
    void anImportedAlertIsPassedOnAsWrittenNotEditedHere() {
        String id = CapRoundTripTest.importAs(
                Users.TD_ANALYST, CapMessages.generated("NE-DGPC-" + UUID.randomUUID(), "Actual", "Alert", null, 1));
        given().auth()
                .oauth2(Users.TD_ANALYST)
                .header("If-Match", Alerts.etag(Users.TD_ANALYST, id))
                .contentType(ContentType.JSON)
                .body(Alerts.request("Rewritten"))
                .put(Alerts.BASE + "/" + id)
                .then()
                .statusCode(409);
    }

    private static Map<String, List<String>> envelope(String id) {
        Document export = CapMessages.parse(
                CapRoundTripTest.export(Users.NE_INVESTIGATOR, id).getBytes(StandardCharsets.UTF_8));
        return CapMessages.envelope(export);
    }
}

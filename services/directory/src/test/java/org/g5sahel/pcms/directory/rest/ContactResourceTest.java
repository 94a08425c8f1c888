package org.g5sahel.pcms.directory.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import java.util.UUID;
import org.g5sahel.pcms.commons.testing.AudienceContract;
import org.junit.jupiter.api.Test;

/** Sovereignty of points of contact: what another State cannot read, list or change, and the audit the owner reads. */
@QuarkusTest
class ContactResourceTest {

    private static final String CONTACTS = "/api/directory/v1/contacts";

    @Test
    void aNationalContactIsInvisibleToAnotherStateInListsAndGets() {
        String name = "Adamou Issoufou " + UUID.randomUUID();
        String id = create(Users.NE_COORDINATOR, contact("NE-OCRTIS", name, "NATIONAL"))
                .path("id");

        given().auth()
                .oauth2(Users.NE_INVESTIGATOR)
                .queryParam("q", name)
                .get(CONTACTS)
                .then()
                .statusCode(200)
                .body("items.id", hasItem(id));
        given().auth()
                .oauth2(Users.ML_INVESTIGATOR)
                .queryParam("q", name)
                .get(CONTACTS)
                .then()
                .statusCode(200)
                .body("items", empty());
        given().auth()
                .oauth2(Users.ML_INVESTIGATOR)
                .queryParam("agency", "NE-OCRTIS")
                .queryParam("limit", 200)
                .get(CONTACTS)
                .then()
                .statusCode(200)
                .body("items.id", not(hasItem(id)));
        given().auth()
                .oauth2(Users.G5_COORDINATOR)
                .get(CONTACTS + "/" + id)
                .then()
                .statusCode(404);
        given().auth()
                .oauth2(Users.ML_INVESTIGATOR)
                .get(CONTACTS + "/" + id)
                .then()
                .statusCode(404)
                .body("type", equalTo("https://pcms.g5sahel.org/problems/not-found"));
        given().auth()
                .oauth2(Users.NE_INVESTIGATOR)
                .queryParam("state", "NE")
                .queryParam("competence", "FIREARMS_TRAFFICKING")
                .get("/api/directory/v1/routing")
                .then()
                .statusCode(200);
        given().auth()
                .oauth2(Users.ML_INVESTIGATOR)
                .queryParam("state", "NE")
                .queryParam("competence", "DRUG_TRAFFICKING")
                .get("/api/directory/v1/routing")
                .then()
                .statusCode(200)
                .body("find { it.agency.code == 'NE-OCRTIS' }.contacts.id", not(hasItem(id)));
    }

    @Test
    void aG5ContactIsRoutedToAndItsReadsAreAuditedForTheOwner() {
        String name = "Mariama Sanda " + UUID.randomUUID();
        String id =
                create(Users.NE_COORDINATOR, contact("NE-OCRTIS", name, "G5")).path("id");

        given().auth()
                .oauth2(Users.ML_INVESTIGATOR)
                .queryParam("state", "NE")
                .queryParam("competence", "DRUG_TRAFFICKING")
                .get("/api/directory/v1/routing")
                .then()
                .statusCode(200)
                .body("find { it.agency.code == 'NE-OCRTIS' }.contacts.id", hasItem(id))
                .body("find { it.agency.code == 'NE-OCRTIS' }.agency.deskHours", equalTo(null));
        given().auth()
                .oauth2(Users.ML_INVESTIGATOR)
                .get(CONTACTS + "/" + id)
                .then()
                .statusCode(200)
                .body("fullName", equalTo(name))
                .body("sharing.distribution", equalTo("G5"))
                .body("sharing.ownerState", equalTo("NE"));

        given().auth()
                .oauth2(Users.NE_COORDINATOR)
                .queryParam("recordId", id)
                .get("/api/directory/v1/audit/accesses")
                .then()
                .statusCode(200)
                .body("items.actorAgency", hasItem("ML-CT"))
                .body("items.action", hasItem("READ"))
                .body("items.action", hasItem("LIST"));
        given().auth()
                .oauth2(Users.ML_COORDINATOR)
                .queryParam("recordId", id)
                .get("/api/directory/v1/audit/accesses")
                .then()
                .statusCode(200)
                .body("items", empty());
        // an officer reads the access log of his own agency's records only
        given().auth()
                .oauth2(Users.ML_INVESTIGATOR)
                .queryParam("recordId", id)
                .get("/api/directory/v1/audit/accesses")
                .then()
                .statusCode(200)
                .body("items", empty());
    }

    @Test
    void onlyTheOwnerOrItsNationalCoordinatorChangesSharing() {
        ExtractableResponse<Response> created =
                create(Users.NE_COORDINATOR, contact("NE-OCRTIS", "Ibrahim Kané " + UUID.randomUUID(), "NATIONAL"));
        String path = CONTACTS + "/" + created.path("id");
        String etag = created.header("ETag");
        String wider = "{\"distribution\":\"SELECTED\",\"sharedWith\":[\"ML\"]}";

        // Same State, other agency: sees the contact, may not widen it.
        given().auth()
                .oauth2(Users.NE_INVESTIGATOR)
                .header("If-Match", etag)
                .contentType(ContentType.JSON)
                .body(wider)
                .put(path + "/sharing")
                .then()
                .statusCode(403)
                .body("type", equalTo("https://pcms.g5sahel.org/problems/sharing-change-forbidden"));
        given().auth()
                .oauth2(Users.NE_COORDINATOR)
                .header("If-Match", etag)
                .contentType(ContentType.JSON)
                .body(wider)
                .put(path + "/sharing")
                .then()
                .statusCode(200)
                .body("sharing.distribution", equalTo("SELECTED"));
        given().auth().oauth2(Users.ML_INVESTIGATOR).get(path).then().statusCode(200);
        given().auth().oauth2(Users.G5_COORDINATOR).get(path).then().statusCode(404);
    }

    @Test
    void aCoordinatorAddsContactsToItsOwnStateOnly() {
        given().auth()
                .oauth2(Users.ML_COORDINATOR)
                .contentType(ContentType.JSON)
                .body(contact("NE-OCRTIS", "Intrus", "G5"))
                .post(CONTACTS)
                .then()
                .statusCode(403);
        given().auth()
                .oauth2(Users.NE_INVESTIGATOR)
                .contentType(ContentType.JSON)
                .body(contact("NE-OCRTIS", "Intrus", "G5"))
                .post(CONTACTS)
                .then()
                .statusCode(403);
        given().auth()
                .oauth2(Users.NE_COORDINATOR)
                .contentType(ContentType.JSON)
                .body(contact("NE-NOPE", "Personne", "G5"))
                .post(CONTACTS)
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("agencyCode"));
        given().auth()
                .oauth2(Users.NE_COORDINATOR)
                .contentType(ContentType.JSON)
                .body(contact("NE-OCRTIS", "Personne", "G5").replace("+22790000000", "0790"))
                .post(CONTACTS)
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("phones[0]"));
    }

    @Test
    void contactSearchIgnoresAccentsAndCase() {
        String marker = UUID.randomUUID().toString().substring(0, 8);
        create(Users.NE_COORDINATOR, contact("NE-OCRTIS", "Aïssata Touré " + marker, "G5"));
        given().auth()
                .oauth2(Users.ML_INVESTIGATOR)
                .queryParam("q", "AISSATA TOURE " + marker)
                .get(CONTACTS)
                .then()
                .statusCode(200)
                .body("items.fullName", hasItem("Aïssata Touré " + marker));
    }

    @Test
    void theAudienceAndThePreviewFollowTheContactsSharing() {
        String id = create(Users.NE_COORDINATOR, contact("NE-OCRTIS", "Halima Moussa " + UUID.randomUUID(), "NATIONAL"))
                .path("id");
        AudienceContract.holds(
                CONTACTS + "/" + id, Users.NE_COORDINATOR, "NE-UNC", Users.NE_INVESTIGATOR, Users.ML_INVESTIGATOR);
    }

    private static ExtractableResponse<Response> create(String token, String body) {
        return given().auth()
                .oauth2(token)
                .header("Idempotency-Key", UUID.randomUUID().toString())
                .contentType(ContentType.JSON)
                .body(body)
                .post(CONTACTS)
                .then()
                .statusCode(201)
                .extract();
    }

    static String contact(String agency, String name, String distribution) {
        return "{\"agencyCode\":\"" + agency + "\",\"fullName\":\"" + name + "\",\"rank\":\"Commissaire\","
                + "\"function\":\"Permanence 24/7\",\"languages\":[\"fr\",\"ha\"],\"phones\":[\"+22790000000\"],"
                + "\"competences\":[\"DRUG_TRAFFICKING\"],\"liaisonOfficer\":true,"
                + "\"sharing\":{\"distribution\":\"" + distribution + "\"}}";
    }
}

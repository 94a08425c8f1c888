package org.g5sahel.pcms.systemtests;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasSize;

import io.restassured.http.ContentType;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The audit trail as an owner State and an auditor meet it: another agency's reads of a record are listed to the
 * owner State and to no one else, and a row changed or removed behind the application's back (a database
 * administrator bypassing the append-only triggers) is found by the verification.
 */
class AuditIT {

    private static final String FIREARMS = "/api/firearms/v1";
    private static final String DATABASE = "pcms_firearms_systest";

    @BeforeAll
    static void platform() {
        Platform.get();
    }

    @Test
    void theOwnerStateSeesWhoReadItsRecordAndATamperedTrailIsDetected() throws SQLException {
        String owner = Tokens.of("td-firearms");
        String record = given().auth()
                .oauth2(owner)
                .contentType(ContentType.JSON)
                .body("{\"type\":\"PISTOL\",\"make\":\"Browning\",\"model\":\"HP\",\"calibre\":\"9 x 19 mm\","
                        + "\"serialNumber\":\"AUD-"
                        + UUID.randomUUID().toString().substring(0, 8) + "\","
                        + "\"holderCategory\":\"STATE_GENDARMERIE\",\"custodyAgency\":\"TD-GENDARMERIE\","
                        + "\"sharing\":{\"distribution\":\"NATIONAL\"}}")
                .post(Platform.service("firearms") + FIREARMS + "/firearms")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        String reader = Tokens.of("td-analyst");
        for (int read = 0; read < 3; read++) {
            given().auth()
                    .oauth2(reader)
                    .get(Platform.service("firearms") + FIREARMS + "/firearms/" + record)
                    .then()
                    .statusCode(200);
        }
        given().auth()
                .oauth2(owner)
                .get(Platform.service("firearms") + FIREARMS + "/firearms/" + record)
                .then()
                .statusCode(200);

        // The owner State's coordinator sees the other agency's three reads (the owner's own read is not an access).
        given().auth()
                .oauth2(Tokens.of("td-coordinator"))
                .queryParam("recordId", record)
                .get(Platform.service("firearms") + FIREARMS + "/audit/accesses")
                .then()
                .statusCode(200)
                .body("items", hasSize(3))
                .body("items.actorUsername", everyItem(equalTo("td-analyst")))
                .body("items.actorAgency", everyItem(equalTo("TD-POLICE")));
        // Another State's coordinator learns nothing of them.
        given().auth()
                .oauth2(Tokens.of("ml-coordinator"))
                .queryParam("recordId", record)
                .get(Platform.service("firearms") + FIREARMS + "/audit/accesses")
                .then()
                .statusCode(200)
                .body("items", hasSize(0));

        String auditor = Tokens.of("g5-auditor");
        String verification = Platform.service("firearms") + FIREARMS + "/audit/verification";
        given().auth().oauth2(auditor).get(verification).then().statusCode(200).body("intact", equalTo(true));

        long[] seqs = readsOf(record);
        long middle = seqs[1];
        bypassingTriggers("update audit_log set actor_username = 'someone-else' where seq = " + middle);
        given().auth()
                .oauth2(auditor)
                .get(verification)
                .then()
                .statusCode(200)
                .body("intact", equalTo(false))
                .body("firstBadSeq", equalTo((int) middle));
        bypassingTriggers("update audit_log set actor_username = 'td-analyst' where seq = " + middle);
        given().auth().oauth2(auditor).get(verification).then().statusCode(200).body("intact", equalTo(true));

        bypassingTriggers("create table audit_removed as select * from audit_log where seq = " + middle + ";"
                + "delete from audit_log where seq = " + middle);
        given().auth().oauth2(auditor).get(verification).then().statusCode(200).body("intact", equalTo(false));
        bypassingTriggers("insert into audit_log select * from audit_removed; drop table audit_removed");
        given().auth().oauth2(auditor).get(verification).then().statusCode(200).body("intact", equalTo(true));
    }

    @Test
    void anAccessRequestAndTheOwnersDecisionAreInTheOwnersAuditTrail() throws SQLException {
        String cases = Platform.service("cases") + "/api/cases/v1";
        String passport = "AU" + UUID.randomUUID().toString().substring(0, 7).toUpperCase();
        String owner = Tokens.of("ml-investigator");
        String requester = Tokens.of("ne-investigator");
        String ownerCase = openCaseWithPassport(cases, owner, passport);
        String requesterCase = openCaseWithPassport(cases, requester, passport);
        String otherCase = given().auth()
                .oauth2(requester)
                .get(cases + "/correlations")
                .then()
                .statusCode(200)
                .extract()
                .path("find { it.caseId == '" + requesterCase + "' }.otherCaseId");

        String request = given().auth()
                .oauth2(requester)
                .contentType(ContentType.JSON)
                .body("{\"recordId\":\"" + otherCase + "\",\"purpose\":\"Même passeur à Agadez\"}")
                .post(cases + "/access-requests")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        given().auth()
                .oauth2(owner)
                .contentType(ContentType.JSON)
                .body("{\"grant\":true,\"until\":\""
                        + java.time.LocalDate.now(java.time.ZoneOffset.UTC).plusDays(30) + "\"}")
                .post(cases + "/access-requests/" + request + "/decision")
                .then()
                .statusCode(200);
        given().auth()
                .oauth2(requester)
                .get(cases + "/cases/" + ownerCase)
                .then()
                .statusCode(200);

        // Mali's coordinator sees who asked, why, and the read the grant allowed; Niger's sees none of it.
        given().auth()
                .oauth2(Tokens.of("ml-coordinator"))
                .queryParam("recordId", ownerCase)
                .get(cases + "/audit/accesses")
                .then()
                .statusCode(200)
                .body(
                        "items.findAll { it.action == 'ACCESS_REQUEST' }.purpose",
                        equalTo(java.util.List.of("Même passeur à Agadez")))
                .body(
                        "items.findAll { it.action == 'ACCESS_REQUEST' }.actorUsername",
                        equalTo(java.util.List.of("ne-investigator")))
                .body("items.findAll { it.action == 'READ' }.actorAgency", everyItem(equalTo("NE-OCRTIS")));
        given().auth()
                .oauth2(Tokens.of("ne-coordinator"))
                .queryParam("recordId", ownerCase)
                .get(cases + "/audit/accesses")
                .then()
                .statusCode(200)
                .body("items", hasSize(0));
        // The owner's own decision is in the trail too (the accesses list shows only other agencies').
        try (Connection connection = Platform.database("pcms_cases_systest");
                PreparedStatement statement = connection.prepareStatement(
                        "select actor_username, outcome from audit_log where record_id = ? and action = 'ACCESS_DECISION'")) {
            statement.setString(1, ownerCase);
            try (ResultSet rows = statement.executeQuery()) {
                assertThat(rows.next()).isTrue();
                assertThat(rows.getString(1)).isEqualTo("ml-investigator");
                assertThat(rows.getString(2)).contains("GRANTED");
                assertThat(rows.next()).isFalse();
            }
        }
    }

    private static String openCaseWithPassport(String cases, String token, String passport) {
        String id = given().auth()
                .oauth2(token)
                .contentType(ContentType.JSON)
                .body("{\"title\":\"Filière " + passport + "\",\"threats\":[\"MIGRANT_SMUGGLING\"]}")
                .post(cases + "/cases")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        given().auth()
                .oauth2(token)
                .contentType(ContentType.JSON)
                .body("{\"kind\":\"PERSON\",\"role\":\"SUSPECT\",\"person\":{\"nameLatin\":\"Ahmed Mohamed\","
                        + "\"documents\":[{\"type\":\"PASSPORT\",\"number\":\"" + passport + "\"}]}}")
                .post(cases + "/cases/" + id + "/subjects")
                .then()
                .statusCode(201);
        return id;
    }

    /** The sequence numbers of the audited reads of a record, oldest first. */
    private static long[] readsOf(String record) throws SQLException {
        try (Connection connection = connect();
                PreparedStatement statement = connection.prepareStatement(
                        "select seq from audit_log where record_id = ? and actor_username = 'td-analyst' order by seq")) {
            statement.setString(1, record);
            try (ResultSet rows = statement.executeQuery()) {
                long[] seqs = new long[3];
                for (int i = 0; i < 3; i++) {
                    assertThat(rows.next()).isTrue();
                    seqs[i] = rows.getLong(1);
                }
                return seqs;
            }
        }
    }

    /** What only a database administrator can do: replica mode skips the append-only triggers. */
    private static void bypassingTriggers(String sql) throws SQLException {
        try (Connection connection = connect();
                Statement statement = connection.createStatement()) {
            statement.execute("set session_replication_role = replica");
            statement.execute(sql);
        }
    }

    private static Connection connect() throws SQLException {
        return Platform.database(DATABASE);
    }
}

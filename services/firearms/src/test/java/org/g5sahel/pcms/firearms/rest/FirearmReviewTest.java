package org.g5sahel.pcms.firearms.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;

import io.quarkus.hibernate.orm.panache.Panache;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The retention review of the firearms registry: a firearm record is never deleted. Its owner's "no longer needed"
 * archives it: out of everyday lists and of the review, still found by serial for tracing, its audit trail kept.
 */
@QuarkusTest
class FirearmReviewTest {

    private static final String REVIEWS = "/api/firearms/v1/reviews";
    private static final LocalDate TODAY = LocalDate.now(ZoneOffset.UTC);

    @Test
    void aFirearmRecordAtTheEndOfItsReviewIsArchivedNotDeleted() {
        String serial = Api.uniqueSerial("RV");
        String id = Api.registerId(
                Users.BF_FIREARMS,
                Api.firearm(serial, "NATIONAL")
                        .replace(
                                "{\"distribution\":\"NATIONAL\"}",
                                "{\"distribution\":\"NATIONAL\",\"reviewBy\":\"" + TODAY.minusDays(1) + "\"}"));
        given().auth()
                .oauth2(Users.BF_FIREARMS)
                .queryParam("limit", 200)
                .get(REVIEWS)
                .then()
                .statusCode(200)
                .body("items.find { it.id == '" + id + "' }.endOfReview", equalTo("ARCHIVE"))
                .body("items.find { it.id == '" + id + "' }.overdue", equalTo(true));
        // A confirmation is bounded by the registry's ten years.
        given().auth()
                .oauth2(Users.BF_FIREARMS)
                .contentType(ContentType.JSON)
                .body(Map.of("reviewBy", TODAY.plusYears(11).toString(), "reason", "Arme toujours recherchée"))
                .post(REVIEWS + "/" + id + "/confirmation")
                .then()
                .statusCode(400);

        given().auth()
                .oauth2(Users.BF_FIREARMS)
                .contentType(ContentType.JSON)
                .body(Map.of("reason", "Arme détruite, dossier clos"))
                .post(REVIEWS + "/" + id + "/end")
                .then()
                .statusCode(200)
                .body("outcome", equalTo("ARCHIVED"));

        assertThat(QuarkusTransaction.requiringNew()
                        .call(() -> ((Number) Panache.getEntityManager()
                                        .createNativeQuery(
                                                "select count(*) from firearm where id = cast(:id as uuid) and archived_at is not null")
                                        .setParameter("id", id)
                                        .getSingleResult())
                                .longValue()))
                .isEqualTo(1);
        given().auth()
                .oauth2(Users.BF_FIREARMS)
                .get(Api.FIREARMS + "/" + id)
                .then()
                .statusCode(200)
                .body("archivedAt", notNullValue());
        given().auth()
                .oauth2(Users.BF_FIREARMS)
                .queryParam("limit", 200)
                .get(Api.FIREARMS)
                .then()
                .statusCode(200)
                .body("items.id", not(hasItem(id)));
        given().auth()
                .oauth2(Users.BF_FIREARMS)
                .queryParam("serial", serial)
                .queryParam("purpose", "traçage")
                .get(Api.FIREARMS + "/search")
                .then()
                .statusCode(200)
                .body("matches.id", contains(id));
        given().auth()
                .oauth2(Users.BF_FIREARMS)
                .queryParam("limit", 200)
                .get(REVIEWS)
                .then()
                .statusCode(200)
                .body("items.id", not(hasItem(id)));
        given().auth()
                .oauth2(Users.BF_FIREARMS)
                .contentType(ContentType.JSON)
                .body(Map.of("reason", "encore"))
                .post(REVIEWS + "/" + id + "/end")
                .then()
                .statusCode(409);
        assertThat(auditActions(id)).contains("ARCHIVE");
    }

    @Test
    void anotherStateNeitherListsNorArchivesTheRecord() {
        String id = Api.registerId(
                Users.BF_FIREARMS,
                Api.firearm(Api.uniqueSerial("RV"), "G5")
                        .replace(
                                "{\"distribution\":\"G5\"}",
                                "{\"distribution\":\"G5\",\"reviewBy\":\"" + TODAY.plusDays(9) + "\"}"));
        given().auth()
                .oauth2(Users.NE_COORDINATOR)
                .queryParam("limit", 200)
                .get(REVIEWS)
                .then()
                .statusCode(200)
                .body("items.id", not(hasItem(id)));
        given().auth()
                .oauth2(Users.NE_FIREARMS)
                .contentType(ContentType.JSON)
                .body(Map.of("reason", "Pas à nous"))
                .post(REVIEWS + "/" + id + "/end")
                .then()
                .statusCode(403);
        given().auth()
                .oauth2(Users.BF_COORDINATOR)
                .queryParam("limit", 200)
                .get(REVIEWS)
                .then()
                .statusCode(200)
                .body("items.id", hasItem(id));
    }

    @SuppressWarnings("unchecked")
    private static List<String> auditActions(String id) {
        return QuarkusTransaction.requiringNew().call(() -> (List<String>) Panache.getEntityManager()
                .createNativeQuery("select action from audit_log where record_id = :id order by seq")
                .setParameter("id", id)
                .getResultList());
    }
}

package org.g5sahel.pcms.systemtests;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.restassured.http.ContentType;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A thousand events with an effect in another service, produced while the broker is stopped for 30 s, then consumed
 * while the consuming service is killed ({@code kill -9}) and restarted: every effect is there exactly once, and no
 * event is left in an outbox. Firearms reported stolen become notices in alerts; agencies created in the directory
 * become organizations in Keycloak.
 */
class EventDeliveryIT {

    private static final int STOLEN_FIREARMS = 500;
    private static final int AGENCIES = 500;
    private static final Duration OUTAGE = Duration.ofSeconds(30);

    @BeforeAll
    static void platform() {
        Platform.get();
    }

    @Test
    void aThousandEventsSurviveABrokerOutageAndAConsumerCrashAndAreEachAppliedOnce() throws Exception {
        String run = UUID.randomUUID().toString().substring(0, 5).toUpperCase();
        String firearmsOfficer = Tokens.of("td-firearms");
        String coordinator = Tokens.of("td-coordinator");
        List<String> firearms = Collections.synchronizedList(new ArrayList<>());
        List<String> agencies = Collections.synchronizedList(new ArrayList<>());

        ExecutorService producers = Executors.newFixedThreadPool(4);
        List<Future<?>> produced = new ArrayList<>();
        for (int i = 0; i < STOLEN_FIREARMS; i++) {
            String serial = "EV" + run + "-" + i;
            produced.add(producers.submit(() -> firearms.add(reportStolen(firearmsOfficer, serial))));
        }
        for (int i = 0; i < AGENCIES; i++) {
            String code = "TD-EV" + run + i;
            produced.add(producers.submit(() -> {
                given().auth()
                        .oauth2(coordinator)
                        .contentType(ContentType.JSON)
                        .body("{\"code\":\"" + code + "\",\"state\":\"TD\",\"nameFr\":\"Unité " + code
                                + "\",\"type\":\"OTHER\"}")
                        .post(Platform.service("directory") + "/api/directory/v1/agencies")
                        .then()
                        .statusCode(201);
                agencies.add(code);
            }));
        }
        await().atMost(Duration.ofMinutes(5)).until(() -> firearms.size() + agencies.size() >= 200);
        Platform.rabbitmqctl("stop_app");
        long outageStarted = System.nanoTime();
        try {
            // The consumer dies during the outage: its durable queue keeps what the broker routes to it meanwhile.
            Platform.get().crash("alerts");
            int acceptedBefore = firearms.size() + agencies.size();
            // The outage lasts its full time, and the services go on accepting requests (into their outboxes).
            await().atMost(OUTAGE.plusMinutes(5))
                    .pollInterval(Duration.ofSeconds(1))
                    .until(() -> System.nanoTime() - outageStarted >= OUTAGE.toNanos()
                            && firearms.size() + agencies.size() > acceptedBefore);
        } finally {
            Platform.rabbitmqctl("start_app");
            Platform.rabbitmqctl("await_startup");
        }
        long outageMillis = (System.nanoTime() - outageStarted) / 1_000_000;
        for (Future<?> request : produced) {
            request.get();
        }
        producers.shutdown();
        long producedAt = System.nanoTime();
        await().atMost(Duration.ofMinutes(2)).until(() -> pendingOutbox("pcms_firearms_systest") == 0);

        // The consumer comes back to a full queue and is killed again (kill -9) while it works through it.
        Platform.get().startService("alerts");
        await().atMost(Duration.ofMinutes(5))
                .pollInterval(Duration.ofMillis(20))
                .until(() -> notices(firearms) > 0);
        long appliedBeforeCrash = notices(firearms);
        Platform.get().crash("alerts");
        Platform.get().startService("alerts");

        await().atMost(Duration.ofMinutes(5))
                .pollInterval(Duration.ofSeconds(1))
                .until(() -> notices(firearms) == STOLEN_FIREARMS && organizations(agencies) == AGENCIES);
        long drainedMillis = (System.nanoTime() - producedAt) / 1_000_000;

        assertThat(duplicateNotices(firearms)).as("notices applied twice").isZero();
        assertThat(inboxItemsOfOwner(firearms))
                .as("one inbox item per firearm for its owner")
                .isEqualTo(STOLEN_FIREARMS);
        await().atMost(Duration.ofMinutes(1)).untilAsserted(() -> {
            assertThat(pendingOutbox("pcms_firearms_systest"))
                    .as("firearms outbox")
                    .isZero();
            assertThat(pendingOutbox("pcms_directory_systest"))
                    .as("directory outbox")
                    .isZero();
        });
        System.out.printf(
                "Event delivery: %d stolen firearms + %d agencies produced, broker stopped %d ms during "
                        + "production; alerts killed (kill -9) during the outage, then again after %d of %d notices, and "
                        + "restarted; every effect applied once, %d ms after the last request; outboxes empty%n",
                STOLEN_FIREARMS, AGENCIES, outageMillis, appliedBeforeCrash, STOLEN_FIREARMS, drainedMillis);
    }

    private static String reportStolen(String token, String serial) {
        String id = given().auth()
                .oauth2(token)
                .contentType(ContentType.JSON)
                .body("{\"type\":\"PISTOL\",\"make\":\"Makarov\",\"model\":\"PM\",\"calibre\":\"9 x 18 mm\","
                        + "\"serialNumber\":\"" + serial + "\",\"manufactureCountry\":\"RU\",\"manufactureYear\":1980,"
                        + "\"holderCategory\":\"STATE_GENDARMERIE\",\"custodyAgency\":\"TD-GENDARMERIE\","
                        + "\"sharing\":{\"distribution\":\"NATIONAL\"}}")
                .post(Platform.service("firearms") + "/api/firearms/v1/firearms")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        given().auth()
                .oauth2(token)
                .header("If-Match", "\"0\"")
                .contentType(ContentType.JSON)
                .body("{\"status\":\"STOLEN\",\"place\":\"Armurerie de N'Djamena\",\"reason\":\"Vol avec effraction\"}")
                .post(Platform.service("firearms") + "/api/firearms/v1/firearms/" + id + "/status")
                .then()
                .statusCode(200);
        return id;
    }

    private static long notices(List<String> firearms) throws SQLException {
        return count(
                "pcms_alerts_systest",
                "select count(*) from notice where source_type = 'firearm' and source_id = any(?)",
                firearms);
    }

    private static long duplicateNotices(List<String> firearms) throws SQLException {
        return count(
                "pcms_alerts_systest",
                "select count(*) - count(distinct source_id) from notice "
                        + "where source_type = 'firearm' and source_id = any(?)",
                firearms);
    }

    private static long inboxItemsOfOwner(List<String> firearms) throws SQLException {
        return count(
                "pcms_alerts_systest",
                "select count(*) from inbox_item where source_type = 'firearm' "
                        + "and recipient_agency = 'TD-GENDARMERIE' and kind = 'FIREARM_STOLEN' and source_id = any(?)",
                firearms);
    }

    private static long pendingOutbox(String database) throws SQLException {
        return count(database, "select count(*) from outbox_event where sent_at is null", null);
    }

    private static long organizations(List<String> agencies) {
        List<Object> missing = given().auth()
                .oauth2(Tokens.of("platform-admin"))
                .get(Platform.service("directory") + "/api/directory/v1/identity/drift")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getList("findAll { it.kind == 'MISSING_ORGANIZATION' }.agency");
        return agencies.stream().filter(code -> !missing.contains(code)).count();
    }

    private static long count(String database, String sql, List<String> ids) throws SQLException {
        try (Connection connection = Platform.database(database);
                PreparedStatement statement = connection.prepareStatement(sql)) {
            if (ids != null) {
                Array array = connection.createArrayOf("text", ids.toArray());
                statement.setArray(1, array);
            }
            try (ResultSet result = statement.executeQuery()) {
                result.next();
                return result.getLong(1);
            }
        }
    }
}

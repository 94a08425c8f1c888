package org.g5sahel.pcms.alerts.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.rabbitmq.client.AMQP;
import com.rabbitmq.client.Channel;
import com.rabbitmq.client.Connection;
import io.quarkus.test.junit.QuarkusTest;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.g5sahel.pcms.alerts.AlertsTestResources;
import org.g5sahel.pcms.commons.testing.RabbitTestResource;
import org.g5sahel.pcms.commons.testing.TestTokens;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Other services' events, published on the test exchange as their outboxes would, become notifications for the agency
 * concerned — with the source's distribution — and a stolen firearm also a notice awaiting review.
 */
@QuarkusTest
class EventNotificationsTest extends AlertsTestResources {

    static final String QUEUE = RabbitTestResource.queueName("alerts", "notifications");
    static final String NE_FIREARMS = TestTokens.forUser("ne-firearms", "NE-GENDARMERIE", "firearms-officer");
    static final String ML_FIREARMS = TestTokens.forUser("ml-firearms", "ML-GENDARMERIE", "firearms-officer");
    static final String NE_FIU = TestTokens.forUser("ne-fiu", "NE-FIU", "fiu-analyst");
    static final String TD_FIREARMS = TestTokens.forUser("td-firearms", "TD-GENDARMERIE", "firearms-officer");

    private static final ObjectMapper JSON = new ObjectMapper().findAndRegisterModules();

    @BeforeAll
    static void consumerIsListening() {
        // The consumer declares and binds its queue when the service starts; events sent before that would be lost.
        await().atMost(Duration.ofSeconds(30)).ignoreExceptions().until(() -> {
            try (Connection connection = RabbitTestResource.factory().newConnection("alerts-test-check");
                    Channel channel = connection.createChannel()) {
                return channel.queueDeclarePassive(QUEUE).getConsumerCount() > 0;
            }
        });
    }

    @Test
    void aStolenFirearmNotifiesItsOwnerOnceAndDraftsANoticeForReview() throws Exception {
        String firearmId = UUID.randomUUID().toString();
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("id", firearmId);
        data.put("reference", "NE-FA-2026-000017");
        data.put("type", "RIFLE");
        data.put("make", "Kalashnikov");
        data.put("model", "AKM");
        data.put("calibre", "7.62x39");
        data.put("serialNumber", "KA-4471");
        data.put("status", "STOLEN");
        data.put("occurredOn", "2026-11-02");
        data.put("place", "Armurerie de Tillabéri");
        data.put("sharedWith", List.of());
        String eventId = UUID.randomUUID().toString();
        byte[] event =
                event(eventId, "firearms", "record", "reported-stolen", firearmId, "NE", "NE-GENDARMERIE", "G5", data);
        publish("firearms.record.reported-stolen", event);
        // The broker delivers at least once: the same event again changes nothing.
        publish("firearms.record.reported-stolen", event);

        await().atMost(Duration.ofSeconds(30))
                .until(() -> !DeliveryTest.copies(NE_FIREARMS, firearmId).isEmpty());
        await().atMost(Duration.ofSeconds(30))
                .until(() -> pendingNoticesAbout(firearmId).size() == 1);
        // A second event for the same firearm (another id: reported again) still makes one notice and one notification.
        publish(
                "firearms.record.reported-stolen",
                event(
                        UUID.randomUUID().toString(),
                        "firearms",
                        "record",
                        "reported-stolen",
                        firearmId,
                        "NE",
                        "NE-GENDARMERIE",
                        "G5",
                        data));
        String marker = UUID.randomUUID().toString();
        publishSanctionsHit(marker);
        await().atMost(Duration.ofSeconds(30))
                .until(() -> !DeliveryTest.copies(NE_FIU, marker).isEmpty());

        assertThat(DeliveryTest.copies(NE_FIREARMS, firearmId)).singleElement().satisfies(item -> {
            assertThat(item.get("kind")).isEqualTo("FIREARM_STOLEN");
            assertThat((String) item.get("title")).contains("Kalashnikov").contains("KA-4471");
            assertThat(item.get("sharing"))
                    .asString()
                    .contains("distribution=G5")
                    .contains("ownerAgency=NE-GENDARMERIE");
        });
        List<Map<String, Object>> notices = pendingNoticesAbout(firearmId);
        assertThat(notices).singleElement().satisfies(notice -> {
            assertThat(notice.get("status")).isEqualTo("PENDING_REVIEW");
            assertThat(notice.get("kind")).isEqualTo("INFORMATION");
            assertThat(notice.get("author")).isEqualTo("pcms-alerts");
        });
        // Not published yet: Mali does not see it; the owning State's coordinator publishes it.
        String noticeId = (String) notices.get(0).get("id");
        given().auth()
                .oauth2(ML_FIREARMS)
                .get(NoticeTest.NOTICES + "/" + noticeId)
                .then()
                .statusCode(404);
        NoticeTest.review(Users.NE_COORDINATOR, noticeId, true, null)
                .then()
                .statusCode(200)
                .body("status", equalTo("PUBLISHED"));
        given().auth()
                .oauth2(ML_FIREARMS)
                .get(NoticeTest.NOTICES + "/" + noticeId)
                .then()
                .statusCode(200);
        assertThat(DeliveryTest.copies(Users.ML_COORDINATOR, noticeId)).hasSize(1);
    }

    @Test
    void aDiversionNotifiesTheRecordOwnerWithinTheSeizureDistribution() throws Exception {
        String noticeId = UUID.randomUUID().toString();
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("noticeId", noticeId);
        data.put("seizureId", UUID.randomUUID().toString());
        data.put("seizedOn", "2026-11-20");
        data.put("seizingState", "ML");
        data.put("seizingAgency", "ML-GENDARMERIE");
        data.put("firearmId", UUID.randomUUID().toString());
        data.put("firearmReference", "NE-FA-2025-000301");
        data.put("firearmOwnerState", "NE");
        data.put("firearmOwnerAgency", "NE-GENDARMERIE");
        data.put("make", "FN Herstal");
        data.put("serialNormalised", "FN88231");
        data.put("sharedWith", List.of("NE"));
        publish(
                "firearms.seizure.diversion-detected",
                event(
                        UUID.randomUUID().toString(),
                        "firearms",
                        "seizure",
                        "diversion-detected",
                        noticeId,
                        "ML",
                        "ML-GENDARMERIE",
                        "SELECTED",
                        data));

        await().atMost(Duration.ofSeconds(30))
                .until(() -> !DeliveryTest.copies(NE_FIREARMS, noticeId).isEmpty());
        assertThat(DeliveryTest.copies(NE_FIREARMS, noticeId)).singleElement().satisfies(item -> {
            assertThat(item.get("kind")).isEqualTo("FIREARM_DIVERSION");
            assertThat(item.get("sharing"))
                    .asString()
                    .contains("distribution=SELECTED")
                    .contains("sharedWith=[NE]");
        });
        assertThat(DeliveryTest.copies(ML_FIREARMS, noticeId)).isEmpty();
        assertThat(DeliveryTest.copies(TD_FIREARMS, noticeId)).isEmpty();
    }

    @Test
    void aStolenFirearmFoundAbroadNotifiesItsOwnerAndTheFinderOnly() throws Exception {
        String hitId = UUID.randomUUID().toString();
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("hitId", hitId);
        data.put("firearmId", UUID.randomUUID().toString());
        data.put("firearmReference", "NE-FA-2026-000412");
        data.put("firearmOwnerState", "NE");
        data.put("firearmOwnerAgency", "NE-GENDARMERIE");
        data.put("firearmStatus", "STOLEN");
        data.put("reportedOn", "2026-10-03");
        data.put("foundThrough", "SEIZURE");
        data.put("sourceReference", "ML-SZ-2026-000031");
        data.put("foundOn", "2026-11-21");
        data.put("place", "Poste de Labbezanga");
        data.put("purpose", null);
        data.put("finderState", "ML");
        data.put("finderAgency", "ML-GENDARMERIE");
        data.put("make", "Kalachnikov");
        data.put("serialNumber", "KO-1I58 3S");
        data.put("sharedWith", List.of("NE"));
        byte[] event = event(
                UUID.randomUUID().toString(),
                "firearms",
                "recovered",
                "hit",
                hitId,
                "ML",
                "ML-GENDARMERIE",
                "SELECTED",
                data);
        publish("firearms.recovered.hit", event);
        publish("firearms.recovered.hit", event);

        await().atMost(Duration.ofSeconds(30))
                .until(() -> !DeliveryTest.copies(NE_FIREARMS, hitId).isEmpty()
                        && !DeliveryTest.copies(ML_FIREARMS, hitId).isEmpty());
        assertThat(DeliveryTest.copies(NE_FIREARMS, hitId)).singleElement().satisfies(item -> {
            assertThat(item.get("kind")).isEqualTo("FIREARM_RECOVERED");
            assertThat((String) item.get("title"))
                    .isEqualTo("Arme volée retrouvée : NE-FA-2026-000412 — saisie"
                            + " ML-SZ-2026-000031 par ML-GENDARMERIE le 2026-11-21 à Poste de Labbezanga");
            assertThat((String) item.get("summary"))
                    .contains("Kalachnikov n° KO-1I58 3S")
                    .contains("signalée le 2026-10-03");
            assertThat(item.get("sharing"))
                    .asString()
                    .contains("distribution=SELECTED")
                    .contains("sharedWith=[NE]");
        });
        assertThat(DeliveryTest.copies(ML_FIREARMS, hitId)).singleElement().satisfies(item -> {
            assertThat(item.get("kind")).isEqualTo("FIREARM_RECOVERED");
            assertThat((String) item.get("title"))
                    .isEqualTo("Arme signalée volée par NE le 2026-10-03"
                            + " (NE-FA-2026-000412) — contacter NE-GENDARMERIE");
        });
        assertThat(DeliveryTest.copies(TD_FIREARMS, hitId)).isEmpty();
    }

    @Test
    void sanctionsAndCorrelationHitsReachTheOwnersConcernedOnly() throws Exception {
        String hitId = UUID.randomUUID().toString();
        publishSanctionsHit(hitId);
        String correlationId = UUID.randomUUID().toString();
        publish(
                "cases.correlation.hit",
                event(
                        UUID.randomUUID().toString(),
                        "cases",
                        "correlation",
                        "hit",
                        correlationId,
                        "ML",
                        "ML-CT",
                        "NATIONAL",
                        Map.of(
                                "correlationId",
                                correlationId,
                                "identifierKinds",
                                List.of("PASSPORT", "PHONE"),
                                "caseReference",
                                "ML-CASE-2026-000042",
                                "otherState",
                                "NE",
                                "otherAgency",
                                "NE-OCRTIS",
                                "otherCaseReference",
                                "NE-CASE-2026-000007")));

        await().atMost(Duration.ofSeconds(30))
                .until(() -> !DeliveryTest.copies(NE_FIU, hitId).isEmpty()
                        && DeliveryTest.copies(Users.ML_INVESTIGATOR, correlationId + "/ML-CASE-2026-000042")
                                        .size()
                                == 1);
        assertThat(DeliveryTest.copies(NE_FIU, hitId)).singleElement().satisfies(item -> {
            assertThat(item.get("kind")).isEqualTo("SANCTIONS_HIT");
            assertThat((String) item.get("title")).contains("Hamid Ag Alhassane");
            assertThat(item.get("sharing")).asString().contains("distribution=NATIONAL");
        });
        assertThat(DeliveryTest.copies(Users.ML_INVESTIGATOR, correlationId + "/ML-CASE-2026-000042"))
                .singleElement()
                .satisfies(item -> assertThat((String) item.get("title"))
                        .contains("NE-CASE-2026-000007")
                        .contains("PASSPORT, PHONE"));
        assertThat(DeliveryTest.copies(Users.NE_ANALYST, hitId)).isEmpty();
        assertThat(DeliveryTest.copies(Users.NE_INVESTIGATOR, correlationId + "/ML-CASE-2026-000042"))
                .isEmpty();
    }

    @Test
    void anAccessRequestReachesTheOwnerAndItsDecisionTheRequesterOnly() throws Exception {
        String requestId = UUID.randomUUID().toString();
        Map<String, Object> data = new LinkedHashMap<>(Map.of(
                "accessRequestId",
                requestId,
                "recordType",
                "firearm",
                "recordId",
                UUID.randomUUID().toString(),
                "ownerState",
                "NE",
                "ownerAgency",
                "NE-GENDARMERIE",
                "requesterState",
                "ML",
                "requesterAgency",
                "ML-GENDARMERIE",
                "purpose",
                "Arme saisie à Labbezanga",
                "legalBasis",
                "Protocole de Kinshasa"));
        data.put("recordReference", "NE-FA-2026-000412");
        publish(
                "firearms.access-request.submitted",
                event(
                        UUID.randomUUID().toString(),
                        "firearms",
                        "access-request",
                        "submitted",
                        requestId,
                        "NE",
                        "NE-GENDARMERIE",
                        "AGENCY",
                        data));
        data.remove("recordReference");
        data.putAll(Map.of(
                "status",
                "GRANTED",
                "scope",
                "EVIDENCE",
                "grantedUntil",
                "2027-03-01",
                "conditions",
                "Pas de transmission à un tiers"));
        publish(
                "firearms.access-request.granted",
                event(
                        UUID.randomUUID().toString(),
                        "firearms",
                        "access-request",
                        "granted",
                        requestId,
                        "ML",
                        "ML-GENDARMERIE",
                        "AGENCY",
                        data));

        String submitted = "firearms/" + requestId + "/submitted";
        String granted = "firearms/" + requestId + "/granted";
        await().atMost(Duration.ofSeconds(30))
                .until(() -> !DeliveryTest.copies(NE_FIREARMS, submitted).isEmpty()
                        && !DeliveryTest.copies(ML_FIREARMS, granted).isEmpty());
        assertThat(DeliveryTest.copies(NE_FIREARMS, submitted)).singleElement().satisfies(item -> {
            assertThat(item.get("kind")).isEqualTo("ACCESS_REQUESTED");
            assertThat((String) item.get("title"))
                    .isEqualTo("Demande d’accès de ML-GENDARMERIE à votre firearm NE-FA-2026-000412");
            assertThat((String) item.get("summary"))
                    .contains("motif : Arme saisie à Labbezanga")
                    .contains("base légale : Protocole de Kinshasa");
        });
        assertThat(DeliveryTest.copies(ML_FIREARMS, granted)).singleElement().satisfies(item -> {
            assertThat(item.get("kind")).isEqualTo("ACCESS_GRANTED");
            assertThat((String) item.get("title"))
                    .isEqualTo("Accès accordé par NE-GENDARMERIE (firearm) jusqu’au 2027-03-01");
            assertThat((String) item.get("summary"))
                    .contains("renseignement et preuve")
                    .contains("Pas de transmission à un tiers");
        });
        // The requester never sees the owner's reference; nobody else hears of either.
        assertThat(DeliveryTest.copies(ML_FIREARMS, submitted)).isEmpty();
        assertThat(DeliveryTest.copies(NE_FIREARMS, granted)).isEmpty();
        assertThat(DeliveryTest.copies(TD_FIREARMS, submitted)).isEmpty();
        assertThat(DeliveryTest.copies(TD_FIREARMS, granted)).isEmpty();
    }

    @Test
    void aCrossRegistryMatchReachesEachOwnerWithItsOwnExplanationOnly() throws Exception {
        String matchId = UUID.randomUUID().toString();
        String caseId = UUID.randomUUID().toString();
        String entryId = UUID.randomUUID().toString();
        publish(
                "cases.registry-match.found",
                event(
                        UUID.randomUUID().toString(),
                        "cases",
                        "registry-match",
                        "found",
                        matchId,
                        "NE",
                        "NE-OCRTIS",
                        "AGENCY",
                        registryMatch(
                                matchId,
                                "case",
                                caseId,
                                "NE-CASE-2026-000012",
                                "passeport NE… de votre dossier NE-CASE-2026-000012 et une entrée de liste de surveillance du"
                                        + " Mali (ML-POLICE, ML-WL-2026-000003)",
                                "ML",
                                "ML-POLICE")));
        publish(
                "cases.registry-match.found",
                event(
                        UUID.randomUUID().toString(),
                        "cases",
                        "registry-match",
                        "found",
                        matchId,
                        "ML",
                        "ML-POLICE",
                        "AGENCY",
                        registryMatch(
                                matchId,
                                "watchlist-entry",
                                entryId,
                                "ML-WL-2026-000003",
                                "passeport NE… de votre entrée de liste de surveillance ML-WL-2026-000003"
                                        + " et un dossier du Niger (NE-OCRTIS, NE-CASE-2026-000012)",
                                "NE",
                                "NE-OCRTIS")));

        await().atMost(Duration.ofSeconds(30))
                .until(() -> DeliveryTest.copies(Users.NE_INVESTIGATOR, matchId + "/" + caseId)
                                        .size()
                                == 1
                        && DeliveryTest.copies(Users.ML_BORDER, matchId + "/" + entryId)
                                        .size()
                                == 1);
        assertThat(DeliveryTest.copies(Users.NE_INVESTIGATOR, matchId + "/" + caseId))
                .singleElement()
                .satisfies(item -> {
                    assertThat(item.get("kind")).isEqualTo("REGISTRY_MATCH");
                    assertThat(item.get("title"))
                            .isEqualTo("Correspondance : passeport NE… de votre dossier"
                                    + " NE-CASE-2026-000012 et une entrée de liste de surveillance du Mali (ML-POLICE,"
                                    + " ML-WL-2026-000003)");
                    assertThat((String) item.get("summary")).endsWith("contacter ML-POLICE");
                    assertThat(item.get("sharing"))
                            .asString()
                            .contains("distribution=AGENCY")
                            .contains("ownerAgency=NE-OCRTIS");
                });
        assertThat(DeliveryTest.copies(Users.ML_BORDER, matchId + "/" + entryId))
                .singleElement()
                .satisfies(item -> assertThat((String) item.get("summary"))
                        .contains("et un dossier du Niger")
                        .endsWith("contacter NE-OCRTIS"));
        // Neither side's item reaches the other, nor anyone else.
        assertThat(DeliveryTest.copies(Users.ML_BORDER, matchId + "/" + caseId)).isEmpty();
        assertThat(DeliveryTest.copies(Users.NE_INVESTIGATOR, matchId + "/" + entryId))
                .isEmpty();
        assertThat(DeliveryTest.copies(Users.ML_INVESTIGATOR, matchId + "/" + entryId))
                .isEmpty();
    }

    private static Map<String, Object> registryMatch(
            String matchId,
            String recordType,
            String recordId,
            String reference,
            String explanation,
            String otherState,
            String otherAgency) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("matchId", matchId);
        data.put("identifierKinds", List.of("DOCUMENT"));
        data.put("explanation", explanation);
        data.put("service", recordType.equals("case") ? "cases" : "alerts");
        data.put("recordType", recordType);
        data.put("recordId", recordId);
        data.put("reference", reference);
        data.put("otherState", otherState);
        data.put("otherAgency", otherAgency);
        data.put("otherService", recordType.equals("case") ? "alerts" : "cases");
        data.put("otherRecordType", recordType.equals("case") ? "watchlist-entry" : "case");
        data.put("otherReference", recordType.equals("case") ? "ML-WL-2026-000003" : "NE-CASE-2026-000012");
        return data;
    }

    private void publishSanctionsHit(String hitId) throws Exception {
        publish(
                "aml.screening.hit",
                event(
                        UUID.randomUUID().toString(),
                        "aml",
                        "screening",
                        "hit",
                        hitId,
                        "NE",
                        "NE-FIU",
                        "NATIONAL",
                        Map.of(
                                "reportId",
                                UUID.randomUUID().toString(),
                                "reportReference",
                                "NE-STR-2026-000311",
                                "subjectName",
                                "Hamid Ag Alhassane",
                                "list",
                                "UN-1267",
                                "listedName",
                                "Hamid Ag Alhassan",
                                "score",
                                0.93)));
    }

    private List<Map<String, Object>> pendingNoticesAbout(String firearmId) {
        List<Map<String, Object>> items = given().auth()
                .oauth2(Users.NE_COORDINATOR)
                .queryParam("limit", 200)
                .queryParam("status", "PENDING_REVIEW")
                .get(NoticeTest.NOTICES)
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getList("items");
        return items.stream()
                .filter(notice -> firearmId.equals(notice.get("sourceId")))
                .toList();
    }

    /** A CloudEvent as the producing service's outbox writes it. */
    static byte[] event(
            String id,
            String service,
            String entity,
            String name,
            String subject,
            String ownerState,
            String ownerAgency,
            String distribution,
            Map<String, Object> data)
            throws Exception {
        Map<String, Object> event = new LinkedHashMap<>();
        event.put("specversion", "1.0");
        event.put("id", id);
        event.put("source", "/pcms/" + service);
        event.put("type", "pcms." + service + "." + entity + "." + name + ".v1");
        event.put("subject", subject);
        event.put("time", OffsetDateTime.now(ZoneOffset.UTC).toString());
        event.put("datacontenttype", "application/json");
        event.put("ownerstate", ownerState);
        event.put("owneragency", ownerAgency);
        event.put("distribution", distribution);
        event.put("data", data);
        return JSON.writeValueAsString(event).getBytes(StandardCharsets.UTF_8);
    }

    static void publish(String routingKey, byte[] body) throws Exception {
        try (Connection connection = RabbitTestResource.factory().newConnection("alerts-test-publisher");
                Channel channel = connection.createChannel()) {
            channel.confirmSelect();
            channel.basicPublish(
                    RabbitTestResource.EXCHANGE,
                    routingKey,
                    new AMQP.BasicProperties.Builder()
                            .contentType("application/cloudevents+json")
                            .deliveryMode(2)
                            .build(),
                    body);
            channel.waitForConfirmsOrDie(5_000);
        }
    }
}

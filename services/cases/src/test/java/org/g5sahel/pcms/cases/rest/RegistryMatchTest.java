package org.g5sahel.pcms.cases.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.rabbitmq.client.AMQP;
import com.rabbitmq.client.Channel;
import com.rabbitmq.client.Connection;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.g5sahel.pcms.commons.correlation.IdentifierFeed;
import org.g5sahel.pcms.commons.correlation.IdentifierKeys;
import org.g5sahel.pcms.commons.correlation.PublishedIdentifiers;
import org.g5sahel.pcms.commons.testing.RabbitTestResource;
import org.g5sahel.pcms.commons.testing.TestTokens;
import org.g5sahel.pcms.matching.NameMatching;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The cross-registry correlation index: other services' {@code <service>.identifiers.published} events, published on
 * the test exchange as their outboxes would, meet this service's own subjects. One match per pair of records, whatever
 * the deliveries; none with a record that is not discoverable, withdrawn, of the same State, or of the same
 * self-matching service; each owner told alone, and nobody else able to list it.
 */
@QuarkusTest
class RegistryMatchTest {

    static final String QUEUE = RabbitTestResource.queueName("cases", "identifier-index");
    static final String MATCHES = "/api/cases/v1/registry-matches";
    static final String ML_POLICE = TestTokens.forUser("ml-police", "ML-POLICE", "border-officer");
    static final String ML_GENDARMERIE = TestTokens.forUser("ml-firearms", "ML-GENDARMERIE", "firearms-officer");
    static final String NE_POLICE = TestTokens.forUser("ne-analyst", "NE-POLICE", "analyst");
    private static final ObjectMapper JSON = new ObjectMapper().findAndRegisterModules();

    @Inject
    EntityManager entityManager;

    @Inject
    IdentifierKeys keys;

    @BeforeAll
    static void indexIsListening() {
        // The consumer declares and binds its queue when the service starts; events sent before that would be lost.
        await().atMost(Duration.ofSeconds(30)).ignoreExceptions().until(() -> {
            try (Connection connection = RabbitTestResource.factory().newConnection("cases-test-check");
                    Channel channel = connection.createChannel()) {
                return channel.queueDeclarePassive(QUEUE).getConsumerCount() > 0;
            }
        });
    }

    @Test
    void aPassportOfANigerienCaseMeetsAMalianWatchListEntryOnceAndBothOwnersAloneAreTold() throws Exception {
        String passport = "NE" + ThreadLocalRandom.current().nextInt(1_000_000, 10_000_000);
        // Shared with every State: whoever reads the case still learns nothing of its matches.
        String neCase = Cases.openCase(Users.NE_INVESTIGATOR, "{\"distribution\":\"G5\"}");
        String caseReference = given().auth()
                .oauth2(Users.NE_INVESTIGATOR)
                .get(Cases.CASES + "/" + neCase)
                .then()
                .statusCode(200)
                .extract()
                .path("reference");
        String subject = Cases.addSubject(Users.NE_INVESTIGATOR, neCase, person("Issa Moussa", passport))
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        awaitCaseIndexed(neCase);

        // Mali's border police lists the same passport, written its own way.
        UUID entry = UUID.randomUUID();
        String entryReference = "ML-WL-2026-" + entry.toString().substring(0, 6);
        String written = passport.toLowerCase().substring(0, 4) + " " + passport.substring(4);
        byte[] event = identifiersEvent(
                UUID.randomUUID(),
                "alerts",
                "ML",
                "ML-POLICE",
                OffsetDateTime.now(ZoneOffset.UTC),
                new PublishedIdentifiers(
                        "watchlist-entry",
                        entry,
                        entryReference,
                        true,
                        false,
                        List.of(identifier(entry, "watchlist-entry", keys.document("PASSPORT", written)))));
        publish("alerts.identifiers.published", event);
        await().atMost(Duration.ofSeconds(30))
                .until(() -> matchesOf(Users.NE_INVESTIGATOR, entry).size() == 1);

        Map<String, Object> neSide = matchesOf(Users.NE_INVESTIGATOR, entry).get(0);
        assertThat(neSide)
                .containsEntry("identifierKinds", List.of("DOCUMENT"))
                .containsEntry(
                        "explanation",
                        "passeport NE… de votre dossier " + caseReference
                                + " et une entrée de liste de surveillance du Mali (ML-POLICE, " + entryReference
                                + ")");
        assertThat(neSide.get("own"))
                .isEqualTo(Map.of(
                        "service",
                        "cases",
                        "recordType",
                        "case",
                        "recordId",
                        neCase,
                        "reference",
                        caseReference,
                        "ownerAgency",
                        "NE-OCRTIS",
                        "items",
                        List.of(Map.of(
                                "itemId",
                                subject,
                                "itemType",
                                "subject",
                                "kind",
                                "DOCUMENT",
                                "label",
                                "PASSPORT",
                                "hint",
                                "NE…",
                                "displayName",
                                "Issa Moussa"))));
        assertThat(neSide.get("other"))
                .isEqualTo(Map.of(
                        "service",
                        "alerts",
                        "recordType",
                        "watchlist-entry",
                        "recordId",
                        entry.toString(),
                        "reference",
                        entryReference,
                        "ownerState",
                        "ML",
                        "ownerAgency",
                        "ML-POLICE",
                        "desk",
                        Map.of("phone", "+223 20 22 00 00", "hours", "24/7"),
                        "accessRequest",
                        Map.of("service", "alerts", "href", "/api/alerts/v1/access-requests")));

        // Mali's side: its own entry, and of Niger's case what the hit reveals, nothing of the subject.
        Map<String, Object> mlSide =
                matchesOf(ML_POLICE, UUID.fromString(neCase)).get(0);
        assertThat(mlSide)
                .containsEntry("id", neSide.get("id"))
                .containsEntry(
                        "explanation",
                        "passeport NE… de votre entrée de liste de surveillance " + entryReference
                                + " et un dossier du Niger" + " (NE-OCRTIS, " + caseReference + ")");
        assertThat(mlSide.toString())
                .doesNotContain("Issa")
                .doesNotContain(subject)
                .doesNotContain(passport);
        assertThat(mlSide.get("other")).asString().contains("href=/api/cases/v1/access-requests");
        assertThat(given().auth()
                        .oauth2(ML_POLICE)
                        .header("Accept-Language", "en")
                        .queryParam("limit", 200)
                        .get(MATCHES)
                        .then()
                        .statusCode(200)
                        .extract()
                        .jsonPath()
                        .getList("items.explanation", String.class))
                .contains("passport NE… in your watch-list entry " + entryReference + " and a case of Niger"
                        + " (NE-OCRTIS, " + caseReference + ")");

        // Each owner alone is told, once; redelivered or published again, the pair stays one match.
        String matchId = (String) neSide.get("id");
        assertThat(matchEvents(matchId)).containsExactlyInAnyOrder("NE-OCRTIS AGENCY", "ML-POLICE AGENCY");
        publish("alerts.identifiers.published", event);
        UUID republished = UUID.randomUUID();
        publish(
                "alerts.identifiers.published",
                identifiersEvent(
                        republished,
                        "alerts",
                        "ML",
                        "ML-POLICE",
                        OffsetDateTime.now(ZoneOffset.UTC),
                        new PublishedIdentifiers(
                                "watchlist-entry",
                                entry,
                                entryReference,
                                true,
                                false,
                                List.of(identifier(entry, "watchlist-entry", keys.document("PASSEPORT", passport))))));
        awaitApplied(republished.toString());
        assertThat(matchEvents(matchId)).hasSize(2);
        assertThat(matchesOf(Users.NE_INVESTIGATOR, entry)).hasSize(1);
        assertThat(countMatches(neCase)).isEqualTo(1);

        // A national coordinator sees the State's matches, which kinds matched, but no item nor value of another
        // agency; other agencies and States see nothing of it.
        Map<String, Object> coordinatorSide =
                matchesOf(Users.NE_COORDINATOR, entry).get(0);
        assertThat(coordinatorSide).extractingByKey("own").asString().contains("items=[]");
        assertThat((String) coordinatorSide.get("explanation")).startsWith("passeport de votre dossier");
        assertThat(matchesOf(Users.ML_COORDINATOR, UUID.fromString(neCase))).hasSize(1);
        for (String outsider : List.of(Users.ML_INVESTIGATOR, Users.BF_INVESTIGATOR, Users.G5_COORDINATOR, NE_POLICE)) {
            given().auth()
                    .oauth2(outsider)
                    .get(Cases.CASES + "/" + neCase)
                    .then()
                    .statusCode(200);
            assertThat(given().auth()
                            .oauth2(outsider)
                            .queryParam("limit", 200)
                            .get(MATCHES)
                            .then()
                            .statusCode(200)
                            .extract()
                            .asString())
                    .doesNotContain(matchId)
                    .doesNotContain(entryReference)
                    .doesNotContain(caseReference);
        }
        given().auth().oauth2(Users.INTERPOL).get(MATCHES).then().statusCode(403);
        given().auth().oauth2(Users.AUDITOR).get(MATCHES).then().statusCode(403);
        given().get(MATCHES).then().statusCode(401);
    }

    @Test
    void noMatchWithTheSameStateANonDiscoverableOrWithdrawnRecordOrAnotherCase() throws Exception {
        String passport = "NE" + ThreadLocalRandom.current().nextInt(1_000_000, 10_000_000);
        String otherPassport = "NE" + ThreadLocalRandom.current().nextInt(1_000_000, 10_000_000);
        String neCase = Cases.openCase(Users.NE_INVESTIGATOR, null);
        Cases.addSubject(Users.NE_INVESTIGATOR, neCase, person("Amadou Harouna", passport))
                .then()
                .statusCode(201);
        // Another State's case with the same passport: the case-to-case correlation's business, not the index's.
        String mlCase = Cases.openCase(Users.ML_INVESTIGATOR, null);
        Cases.addSubject(Users.ML_INVESTIGATOR, mlCase, person("Amadou Harouna", passport))
                .then()
                .statusCode(201);
        awaitCaseIndexed(neCase);
        awaitCaseIndexed(mlCase);

        // Niger's own watch list, and a Malian entry its owner made non-discoverable.
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        UUID sameState = UUID.randomUUID();
        UUID hidden = UUID.randomUUID();
        publishEntry(sameState, "NE-POLICE", passport, true, false, now);
        publishEntry(hidden, "ML-POLICE", passport, false, false, now);
        assertThat(countMatches(neCase)).isZero();
        // Niger's entry meets the Malian case, which never meets the Nigerien case here.
        assertThat(countMatches(mlCase)).isEqualTo(1);

        // An older publication arriving late changes nothing.
        publishEntry(hidden, "ML-POLICE", passport, true, false, now.minusMinutes(5));
        assertThat(countMatches(neCase)).isZero();

        // A withdrawn entry (deactivated) matches nothing from then on.
        UUID withdrawn = UUID.randomUUID();
        publishEntry(withdrawn, "ML-POLICE", otherPassport, true, false, now);
        publishEntry(withdrawn, "ML-POLICE", otherPassport, true, true, now.plusSeconds(1));
        String laterCase = Cases.openCase(Users.NE_INVESTIGATOR, null);
        Cases.addSubject(Users.NE_INVESTIGATOR, laterCase, person("Harouna Amadou", otherPassport))
                .then()
                .statusCode(201);
        awaitCaseIndexed(laterCase);
        assertThat(countMatches(laterCase)).isZero();

        // Made discoverable, the hidden entry matches the Nigerien case, not the Malian one.
        publishEntry(hidden, "ML-POLICE", passport, true, false, now.plusSeconds(2));
        assertThat(countMatches(neCase)).isEqualTo(1);
        assertThat(countMatches(mlCase)).isEqualTo(1);
    }

    @Test
    void aNameWithTheSameDateOfBirthMeetsAWatchListPersonAsAPossibleMatchButOneCommonWordDoesNot() throws Exception {
        LocalDate born =
                LocalDate.of(1900, 1, 1).plusDays(ThreadLocalRandom.current().nextInt(0, 36_000));
        String neCase = Cases.openCase(Users.NE_INVESTIGATOR, null);
        String caseReference = given().auth()
                .oauth2(Users.NE_INVESTIGATOR)
                .get(Cases.CASES + "/" + neCase)
                .then()
                .statusCode(200)
                .extract()
                .path("reference");
        String subject = Cases.addSubject(Users.NE_INVESTIGATOR, neCase, """
                {"kind":"PERSON","role":"SUSPECT","person":{"nameLatin":"Mohamed Ould Ahmed","dateOfBirth":"%s"}}""".formatted(born))
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        awaitCaseIndexed(neCase);

        // Mali lists "Muhammad Ahmad", born the same day; and "Mohamed Traoré", who shares one word only.
        UUID listed = UUID.randomUUID();
        UUID namesake = UUID.randomUUID();
        UUID otherDay = UUID.randomUUID();
        publishPerson(listed, "Muhammad Ahmad", born);
        publishPerson(namesake, "Mohamed Traoré", born);
        publishPerson(otherDay, "Muhammad Ahmad", born.plusDays(1));
        await().atMost(Duration.ofSeconds(30))
                .until(() -> matchesOf(Users.NE_INVESTIGATOR, listed).size() == 1);
        Map<String, Object> neSide = matchesOf(Users.NE_INVESTIGATOR, listed).get(0);
        assertThat(neSide)
                .containsEntry("identifierKinds", List.of("NAME_AND_BIRTH_DATE"))
                .containsEntry(
                        "explanation",
                        "nom et date de naissance concordants — correspondance possible de votre dossier "
                                + caseReference + " et une entrée de liste de surveillance du Mali (ML-POLICE, WL-"
                                + listed
                                + ")");
        assertThat(neSide.get("own")).asString().contains("itemId=" + subject).contains("Mohamed Ould Ahmed");
        assertThat(((Map<?, ?>) neSide.get("own")).get("items")).asList().hasSize(1);
        Map<String, Object> mlSide = matchesOf(ML_POLICE, UUID.fromString(neCase)).stream()
                .filter(match -> ((Map<?, ?>) match.get("own")).get("recordId").equals(listed.toString()))
                .findFirst()
                .orElseThrow();
        assertThat(mlSide.toString())
                .doesNotContain("Mohamed")
                .doesNotContain("Ould")
                .doesNotContain(subject);
        assertThat(matchesOf(Users.NE_INVESTIGATOR, namesake)).isEmpty();
        assertThat(matchesOf(Users.NE_INVESTIGATOR, otherDay)).isEmpty();
    }

    /** A Malian watch-list person's names with date of birth as alerts publishes them, applied before this returns. */
    private void publishPerson(UUID entry, String name, LocalDate born) throws Exception {
        UUID id = UUID.randomUUID();
        NameMatching matching = NameMatching.standard();
        IdentifierFeed.Items items = new IdentifierFeed.Items()
                .addAll(
                        entry,
                        "watchlist-entry",
                        keys.nameAndBirthDate(List.of(name), born, matching.keysVersion(), matching::strictKeysByWord));
        publish(
                "alerts.identifiers.published",
                identifiersEvent(
                        id,
                        "alerts",
                        "ML",
                        "ML-POLICE",
                        OffsetDateTime.now(ZoneOffset.UTC),
                        new PublishedIdentifiers("watchlist-entry", entry, "WL-" + entry, true, false, items.list())));
        awaitApplied(id.toString());
    }

    /** A watch-list entry's passport as alerts publishes it, applied by the index before this returns. */
    private void publishEntry(
            UUID entry, String agency, String passport, boolean discoverable, boolean withdrawn, OffsetDateTime at)
            throws Exception {
        UUID id = UUID.randomUUID();
        publish(
                "alerts.identifiers.published",
                identifiersEvent(
                        id,
                        "alerts",
                        agency.substring(0, 2),
                        agency,
                        at,
                        new PublishedIdentifiers(
                                "watchlist-entry",
                                entry,
                                "WL-" + entry,
                                discoverable,
                                withdrawn,
                                withdrawn
                                        ? List.of()
                                        : List.of(identifier(
                                                entry, "watchlist-entry", keys.document("PASSPORT", passport))))));
        awaitApplied(id.toString());
    }

    @Test
    void aFirearmInACaseMeetsAnotherStatesRegistryRecordUnderAnotherSpellingOfItsMakeAndSerial() throws Exception {
        String digits = String.valueOf(ThreadLocalRandom.current().nextInt(1_000_000, 10_000_000));
        String neCase = Cases.openCase(Users.NE_INVESTIGATOR, null);
        Cases.addSubject(Users.NE_INVESTIGATOR, neCase, """
                {"kind":"FIREARM","role":"MEANS","firearm":{"serialNumber":"KO-1I58 %s","make":"Kalachnikov"}}""".formatted(digits))
                .then()
                .statusCode(201);
        awaitCaseIndexed(neCase);
        UUID firearm = UUID.randomUUID();
        UUID published = UUID.randomUUID();
        publish(
                "firearms.identifiers.published",
                identifiersEvent(
                        published,
                        "firearms",
                        "ML",
                        "ML-GENDARMERIE",
                        OffsetDateTime.now(ZoneOffset.UTC),
                        new PublishedIdentifiers(
                                "firearm",
                                firearm,
                                "ML-FA-2026-000" + 9,
                                true,
                                false,
                                List.of(identifier(firearm, "firearm", keys.firearm("AK-47", "K0-1158-" + digits))))));
        await().atMost(Duration.ofSeconds(30))
                .until(() -> matchesOf(ML_GENDARMERIE, UUID.fromString(neCase)).size() == 1);
        assertThat(matchesOf(ML_GENDARMERIE, UUID.fromString(neCase)).get(0))
                .containsEntry("identifierKinds", List.of("FIREARM"))
                .extractingByKey("explanation")
                .asString()
                .startsWith("arme AK-47 K0… de votre fiche d’arme ML-FA-2026-0009 et un dossier du Niger");
        assertThat(matchesOf(Users.NE_INVESTIGATOR, firearm).get(0))
                .extractingByKey("explanation")
                .asString()
                .startsWith("arme Kalachnikov K0… de votre dossier");
    }

    /** The matches the caller lists whose other side is that record. */
    private static List<Map<String, Object>> matchesOf(String token, UUID otherRecord) {
        List<Map<String, Object>> items = given().auth()
                .oauth2(token)
                .queryParam("limit", 200)
                .get(MATCHES)
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getList("items");
        return items.stream()
                .filter(item -> ((Map<?, ?>) item.get("other")).get("recordId").equals(otherRecord.toString()))
                .toList();
    }

    private long countMatches(String caseId) {
        return ((Number) entityManager
                        .createNativeQuery(
                                "select count(*) from registry_match where record_a = :id" + " or record_b = :id")
                        .setParameter("id", UUID.fromString(caseId))
                        .getSingleResult())
                .longValue();
    }

    /** Owner agency and distribution of each notification of the match. */
    @SuppressWarnings("unchecked")
    private List<String> matchEvents(String matchId) {
        List<Object[]> rows = entityManager
                .createNativeQuery(
                        "select payload->>'owneragency', payload->>'distribution'"
                                + " from outbox_event where routing_key = 'cases.registry-match.found' and payload->>'subject' = :id")
                .setParameter("id", matchId)
                .getResultList();
        return rows.stream().map(row -> row[0] + " " + row[1]).toList();
    }

    /** Waits until the index has applied every identifiers event the case published. */
    private void awaitCaseIndexed(String caseId) {
        await().atMost(Duration.ofSeconds(30))
                .pollInSameThread()
                .until(() -> ((Number) entityManager
                                                .createNativeQuery("""
                select count(*) from outbox_event o where o.routing_key = 'cases.identifiers.published'
                and o.payload->>'subject' = :id and not exists (select 1 from inbox_event i
                    where i.event_id = o.payload->>'id' and i.consumer like '%identifier-index')""")
                                                .setParameter("id", caseId)
                                                .getSingleResult())
                                        .longValue()
                                == 0
                        && ((Number) entityManager
                                                .createNativeQuery(
                                                        "select count(*) from outbox_event where routing_key ="
                                                                + " 'cases.identifiers.published' and payload->>'subject' = :id")
                                                .setParameter("id", caseId)
                                                .getSingleResult())
                                        .longValue()
                                > 0);
    }

    private void awaitApplied(String eventId) {
        await().atMost(Duration.ofSeconds(30))
                .pollInSameThread()
                .until(() -> ((Number) entityManager
                                        .createNativeQuery("select count(*) from inbox_event where event_id = :id")
                                        .setParameter("id", eventId)
                                        .getSingleResult())
                                .longValue()
                        == 1);
    }

    private static PublishedIdentifiers.Identifier identifier(
            UUID item, String itemType, java.util.Optional<IdentifierKeys.Keyed> keyed) {
        return PublishedIdentifiers.Identifier.of(item, itemType, keyed.orElseThrow());
    }

    private static String person(String name, String passport) {
        return """
                {"kind":"PERSON","role":"SUSPECT","person":{"nameLatin":"%s",
                 "documents":[{"type":"PASSPORT","number":"%s"}]}}""".formatted(name, passport);
    }

    /** The event as the holder's outbox writes it: addressed to the record's owner alone. */
    private static byte[] identifiersEvent(
            UUID id,
            String service,
            String ownerState,
            String ownerAgency,
            OffsetDateTime time,
            PublishedIdentifiers data)
            throws Exception {
        Map<String, Object> event = new LinkedHashMap<>();
        event.put("specversion", "1.0");
        event.put("id", id.toString());
        event.put("source", "/pcms/" + service);
        event.put("type", "pcms." + service + ".identifiers.published.v1");
        event.put("subject", data.recordId().toString());
        event.put("time", time.toString());
        event.put("datacontenttype", "application/json");
        event.put("ownerstate", ownerState);
        event.put("owneragency", ownerAgency);
        event.put("distribution", "AGENCY");
        event.put("data", data);
        return JSON.writeValueAsString(event).getBytes(StandardCharsets.UTF_8);
    }

    private static void publish(String routingKey, byte[] body) throws Exception {
        try (Connection connection = RabbitTestResource.factory().newConnection("cases-test-publisher");
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

package org.g5sahel.pcms.alerts.screening;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.g5sahel.pcms.alerts.AlertsTestResources;
import org.g5sahel.pcms.alerts.screening.ScreeningRequests.Traveller;
import org.g5sahel.pcms.alerts.screening.ScreeningRequests.TravellerScreening;
import org.g5sahel.pcms.alerts.service.ScreeningResult;
import org.g5sahel.pcms.alerts.service.ScreeningResult.Hit;
import org.g5sahel.pcms.alerts.service.ScreeningService;
import org.g5sahel.pcms.commons.identity.Caller;
import org.g5sahel.pcms.commons.identity.Roles;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Screening through the service with the in-memory index and real PostgreSQL: entries are written with SQL after the
 * index was loaded (as another replica or a bulk load would), then created, renamed, withdrawn and expired; each
 * screening sees the list as it is. Hidden entries are revealed only by a document or the name with the same date of
 * birth. (The language of the explanation is tested through the endpoint, in {@code ScreeningTest}.)
 */
@QuarkusTest
class WatchlistIndexTest extends AlertsTestResources {

    private static final String REASON = "watch-list index test";
    /** The screener: owns the visible rows (AGENCY, so no other test's caller sees them). */
    private static final Caller SCREENER =
            new Caller("index-test", "index-test", "NE", "NE-INDEXTEST", Set.of(Roles.BORDER_OFFICER));
    /** Owns the hidden rows: AGENCY and discoverable, hidden from the screener but revealable. */
    private static final String OTHER_AGENCY = "ML-INDEXTEST";

    private static final ObjectMapper JSON = new ObjectMapper();

    @Inject
    AgroalDataSource dataSource;

    @Inject
    ScreeningService screening;

    @Inject
    WatchlistIndex index;

    @BeforeEach
    void indexLoaded() {
        // The first screening waits for the start-up load: what follows is written after it.
        index.travellers(List.of());
    }

    @AfterEach
    void removeEntries() throws Exception {
        try (Connection connection = dataSource.getConnection();
                Statement delete = connection.createStatement()) {
            delete.executeUpdate("delete from watchlist_entry where reason = '" + REASON + "'");
        }
    }

    @Test
    void anEntryCreatedRenamedWithdrawnOrExpiredAfterLoadingIsScreenedAsItIsNow() throws Exception {
        UUID id = person("Osman Mahamat Saleh", List.of(), "1971-04-02", "IDX0000001", false);
        assertThat(entriesHit(traveller("Uthman Mahamat Saleh", "1971-04-02"))).containsExactly(id);

        sql("update watchlist_entry set name_keys = array['Brahim Yacoub Doungous'], label = 'Brahim Yacoub Doungous'"
                + " where id = '" + id + "'");
        assertThat(entriesHit(traveller("Uthman Mahamat Saleh", "1971-04-02"))).isEmpty();
        assertThat(entriesHit(traveller("Ibrahim Yakoub Doungous", "1971-04-02")))
                .containsExactly(id);

        sql("update watchlist_entry set active = false where id = '" + id + "'");
        assertThat(entriesHit(traveller("Ibrahim Yakoub Doungous", "1971-04-02")))
                .isEmpty();

        UUID expiring = person("Adoum Abakar Tahir", List.of(), "1966-11-30", "IDX0000002", false);
        assertThat(entriesHit(traveller("Adoum Abakar Tahir", "1966-11-30"))).containsExactly(expiring);
        sql("update watchlist_entry set valid_until = date '2001-01-01' where id = '" + expiring + "'");
        assertThat(entriesHit(traveller("Adoum Abakar Tahir", "1966-11-30"))).isEmpty();
    }

    @Test
    void theIndexIsRebuiltWhenAFifthOfItIsSupersededAndScreensTheLatestVersion() throws Exception {
        UUID id = person("Mahamat Nour Abdelkerim", List.of(), "1969-12-01", "IDX0000006", false);
        index.travellers(List.of());
        WatchlistIndex.Size start = index.size();
        // Renamed until the superseded versions pass a fifth of those held (each rename supersedes one and holds
        // one more): a new index is then built in the background.
        double share = WatchlistIndex.SUPERSEDED_SHARE;
        int renames = (int) (start.held() * share / (1 - share)) + 2;
        for (int rename = 1; rename <= renames; rename++) {
            sql("update watchlist_entry set name_keys = array['Mahamat Nour Abdelkerim " + rename + "'] where id = '"
                    + id + "'");
            index.travellers(List.of());
        }
        await().atMost(Duration.ofSeconds(60)).until(() -> index.size().loads() > start.loads());
        WatchlistIndex.Size rebuilt = index.size();
        assertThat(rebuilt.held() - rebuilt.live()).isLessThan(start.held() - start.live() + renames);
        sql("update watchlist_entry set name_keys = array['Mahamat Nour Abdelkerim'] where id = '" + id + "'");
        assertThat(entriesHit(traveller("Mahamat Nour Abdelkerim", "1969-12-01")))
                .containsExactly(id);
    }

    @Test
    void aHiddenEntryIsRevealedOnlyByADocumentOrTheNameWithTheSameDateOfBirth() throws Exception {
        UUID hidden = person("Hamidou Ag Assalat", List.of(), "1983-08-19", "IDX0000003", true);
        assertThat(screen(traveller("Hamidou Ag Assalat", null))).isEmpty();
        assertThat(screen(new Traveller("t", "Hamidou Ag Assalat", null, 1983, null, null)))
                .isEmpty();
        assertThat(screen(traveller("Hamidou Ag Assalat", "1983-08-20"))).isEmpty();

        List<Hit> byBirth = screen(traveller("Hamidu Ag Assalatt", "1983-08-19"));
        assertThat(byBirth).extracting(Hit::entryId).containsExactly(hidden);
        Hit hit = byBirth.get(0);
        assertThat(hit.visible()).isFalse();
        assertThat(hit.explanation()).isEmpty();
        assertThat(hit.entryReference()).isNull();
        assertThat(hit.label()).isNull();
        assertThat(hit.reason()).isNull();
        assertThat(hit.ownerAgency()).isEqualTo(OTHER_AGENCY);

        assertThat(screen(new Traveller("t", "Someone Else Entirely", null, null, null, List.of("IDX-0000003"))))
                .extracting(Hit::entryId)
                .containsExactly(hidden);
    }

    @Test
    void arabicScriptTravellersFindLatinEntriesAndAOneWordAliasNeedsASecondSignal() throws Exception {
        UUID id = person("Osman Mahamat Saleh", List.of("Abou Abdallah"), "1971-04-02", "IDX0000004", false);
        assertThat(entriesHit(traveller("عثمان محمد صالح", "1971-04-02"))).containsExactly(id);
        assertThat(entriesHit(traveller("Abou Abdallah", null))).isEmpty();
        assertThat(entriesHit(traveller("Abou Abdallah", "1971-04-02"))).containsExactly(id);
    }

    private static Traveller traveller(String name, String dateOfBirth) {
        return new Traveller("t", name, dateOfBirth == null ? null : LocalDate.parse(dateOfBirth), null, null, null);
    }

    private List<Hit> screen(Traveller traveller) {
        ScreeningResult result = screening.screenTravellers(
                SCREENER, new TravellerScreening("index test", "test bench", null, List.of(traveller)), Locale.FRENCH);
        return result.hits();
    }

    /** The visible entries the traveller hits. */
    private List<UUID> entriesHit(Traveller traveller) {
        return screen(traveller).stream().filter(Hit::visible).map(Hit::entryId).toList();
    }

    private void sql(String statement) throws Exception {
        try (Connection connection = dataSource.getConnection();
                Statement update = connection.createStatement()) {
            assertThat(update.executeUpdate(statement)).isEqualTo(1);
        }
    }

    /** A watched person written with SQL, as another replica or a bulk load writes it. */
    private UUID person(String name, List<String> aliases, String born, String passport, boolean hidden)
            throws Exception {
        UUID id = UUID.randomUUID();
        List<String> names = new ArrayList<>(List.of(name));
        names.addAll(aliases);
        try (Connection connection = dataSource.getConnection();
                PreparedStatement insert = connection.prepareStatement("""
                insert into watchlist_entry (id, reference, kind, label, details, name_keys, identifiers, birth_date,
                    birth_year, nationality, reason, action_requested, valid_from, active, sort_key, owner_state,
                    owner_agency, distribution, shared_with, handling_code, source_reliability, information_accuracy,
                    discoverable, version, created_at, updated_at)
                values (?, ?, 'PERSON', ?, ?::jsonb, ?, ?, ?, ?, 'TD', ?, 'REPORT', date '2000-01-01', true, ?, ?, ?,
                    'AGENCY', '{}', 'H0', 'X', 4, true, 0, now(), now())""")) {
            insert.setObject(1, id);
            insert.setString(2, "IDX-WL-" + id);
            insert.setString(3, name);
            insert.setString(
                    4,
                    JSON.writeValueAsString(Map.of(
                            "nameLatin",
                            name,
                            "aliases",
                            aliases,
                            "dateOfBirth",
                            born,
                            "documents",
                            List.of(Map.of("type", "PASSPORT", "number", passport)))));
            insert.setArray(5, connection.createArrayOf("varchar", names.toArray()));
            insert.setArray(6, connection.createArrayOf("varchar", new String[] {"DOC:" + passport}));
            insert.setObject(7, LocalDate.parse(born));
            insert.setInt(8, LocalDate.parse(born).getYear());
            insert.setString(9, REASON);
            insert.setString(10, name.toLowerCase(Locale.ROOT) + "\u0001" + id);
            insert.setString(11, hidden ? "ML" : "NE");
            insert.setString(12, hidden ? OTHER_AGENCY : SCREENER.agency());
            insert.executeUpdate();
        }
        return id;
    }
}

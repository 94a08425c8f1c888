package org.g5sahel.pcms.alerts.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;

import jakarta.inject.Inject;

import org.g5sahel.pcms.alerts.AlertsTestResources;
import org.g5sahel.pcms.alerts.model.WatchlistEntry;
import org.g5sahel.pcms.alerts.repository.WatchlistRepository;
import org.g5sahel.pcms.alerts.rest.ScreeningRequests.Traveller;
import org.g5sahel.pcms.alerts.service.ScreeningResult.Feature;
import org.g5sahel.pcms.commons.identity.Caller;
import org.g5sahel.pcms.commons.identity.Roles;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.agroal.api.AgroalDataSource;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;

/**
 * Screening fetches candidates by blocking key: 2,000 watch-list persons loaded with SQL (so without keys, as a bulk
 * load leaves them), keyed by the worker, then screened. Entries without keys are candidates of every screening; keyed
 * ones only of the travellers they may match; and the hits are those of a scan of the whole list.
 */
@QuarkusTest
class ScreeningBlockingTest extends AlertsTestResources {

    private static final String REASON = "screening blocking test";
    private static final int ENTRIES = 2_000;
    /** The screener: owns the visible half of the rows (AGENCY, so no other test's caller sees them). */
    private static final Caller SCREENER = new Caller("blocking-test", "blocking-test", "NE", "NE-BLOCKTEST",
            Set.of(Roles.BORDER_OFFICER));
    /** Owns the hidden rows: AGENCY and discoverable, hidden from the screener but revealable. */
    private static final String OTHER_AGENCY = "ML-BLOCKTEST";
    private static final Set<WatchlistEntry.Kind> KINDS = EnumSet.of(WatchlistEntry.Kind.PERSON,
            WatchlistEntry.Kind.TRAVEL_DOCUMENT);

    @Inject
    AgroalDataSource dataSource;
    @Inject
    ScreeningKeys keys;
    @Inject
    ScreeningService screening;
    @Inject
    WatchlistRepository repository;
    @Inject
    Clock clock;

    /** A watched person as loaded, and a variant spelling of their name. */
    private record Person(UUID id, String name, String variant, String joinedVariant, LocalDate dateOfBirth,
            String passport, boolean hidden) {
    }

    private final List<Person> persons = new ArrayList<>();

    @BeforeEach
    void loadWatchList() throws Exception {
        persons.clear();
        List<List<String>> clusters = new ArrayList<>();
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(
                getClass().getResourceAsStream("/names/arabic-name-romanisation-variants.tsv"), StandardCharsets.UTF_8))) {
            reader.lines().map(line -> line.split("\t")).filter(columns -> columns.length == 2)
                    .map(columns -> List.of(columns[1].split(" ")))
                    .filter(variants -> variants.size() >= 2 && variants.stream().allMatch(v -> v.matches("[a-z]{3,}")))
                    .forEach(clusters::add);
        }
        Random random = new Random(4711);
        String[] particles = { "", "ould ", "ag ", "ben ", "el-" };
        ObjectMapper json = new ObjectMapper();
        try (Connection connection = dataSource.getConnection(); PreparedStatement insert = connection.prepareStatement("""
                insert into watchlist_entry (id, reference, kind, label, details, name_keys, identifiers, birth_date,
                    birth_year, nationality, reason, action_requested, valid_from, active, sort_key, owner_state,
                    owner_agency, distribution, shared_with, handling_code, source_reliability, information_accuracy,
                    discoverable, version, created_at, updated_at)
                values (?, ?, 'PERSON', ?, ?::jsonb, ?, ?, ?, ?, 'NE', ?, 'REPORT', date '2000-01-01', true, ?, ?, ?,
                    'AGENCY', '{}', 'H0', 'X', 4, true, 0, now(), now())""")) {
            for (int i = 0; i < ENTRIES; i++) {
                List<String> first = clusters.get(random.nextInt(clusters.size()));
                List<String> last = clusters.get(random.nextInt(clusters.size()));
                String name = capitalised(first.get(0)) + " " + particles[random.nextInt(particles.length)]
                        + capitalised(last.get(0));
                String variantFirst = capitalised(first.get(1 + random.nextInt(first.size() - 1)));
                String variantLast = capitalised(last.get(1 + random.nextInt(last.size() - 1)));
                LocalDate born = LocalDate.of(1950, 1, 1).plusDays(random.nextInt(18_000));
                String passport = "BLK%06d".formatted(i);
                boolean hidden = i % 4 == 0;
                Person person = new Person(UUID.randomUUID(), name, variantLast + " " + variantFirst,
                        variantFirst + variantLast.toLowerCase(), born, passport, hidden);
                persons.add(person);
                insert.setObject(1, person.id());
                insert.setString(2, "BLK-WL-" + i);
                insert.setString(3, name);
                insert.setString(4, json.writeValueAsString(Map.of("nameLatin", name, "dateOfBirth", born.toString(),
                        "documents", List.of(Map.of("type", "PASSPORT", "number", passport)))));
                insert.setArray(5, connection.createArrayOf("varchar", new String[] { name }));
                insert.setArray(6, connection.createArrayOf("varchar", new String[] { "DOC:" + passport }));
                insert.setObject(7, born);
                insert.setInt(8, born.getYear());
                insert.setString(9, REASON);
                insert.setString(10, name.toLowerCase() + "\u0001" + person.id());
                insert.setString(11, hidden ? "ML" : "NE");
                insert.setString(12, hidden ? OTHER_AGENCY : SCREENER.agency());
                insert.addBatch();
            }
            insert.executeBatch();
        }
    }

    @AfterEach
    void removeWatchList() throws Exception {
        try (Connection connection = dataSource.getConnection(); Statement delete = connection.createStatement()) {
            delete.executeUpdate("delete from watchlist_entry where reason = '" + REASON + "'");
        }
    }

    private static String capitalised(String name) {
        return Character.toUpperCase(name.charAt(0)) + name.substring(1);
    }

    /** A candidate as visited, and the travellers it reached. */
    private record Visited(WatchlistEntry entry, boolean visible, BitSet travellers) {
    }

    /** The candidates of a screening of {@code travellers}, as the service visits them. */
    private record Candidates(boolean blocked, List<Visited> visited) {

        List<WatchlistEntry> visible() {
            return visited.stream().filter(Visited::visible).map(Visited::entry).toList();
        }

        List<WatchlistEntry> hidden() {
            return visited.stream().filter(candidate -> !candidate.visible()).map(Visited::entry).toList();
        }

        /** The candidates traveller {@code index} is scored against. */
        List<WatchlistEntry> of(int index, boolean visible) {
            return visited.stream().filter(candidate -> candidate.visible() == visible
                    && candidate.travellers().get(index)).map(Visited::entry).toList();
        }

        /** Traveller-candidate pairs scored. */
        long scored() {
            return visited.stream().mapToLong(candidate -> candidate.travellers().cardinality()).sum();
        }
    }

    private Candidates candidates(List<Traveller> travellers) {
        return QuarkusTransaction.requiringNew().call(() -> {
            List<Visited> visited = new ArrayList<>();
            boolean blocked = screening.visitTravellerCandidates(SCREENER, travellers, LocalDate.now(clock),
                    visited::clear, (entry, visible, position, reached) -> visited.add(new Visited(entry, visible,
                            reached)));
            return new Candidates(blocked, visited);
        });
    }

    private Set<UUID> ours(List<WatchlistEntry> entries) {
        Set<UUID> ids = new HashSet<>();
        persons.forEach(person -> ids.add(person.id()));
        Set<UUID> found = new HashSet<>();
        entries.stream().filter(entry -> ids.contains(entry.id)).forEach(entry -> found.add(entry.id));
        return found;
    }

    private static Traveller traveller(String name, LocalDate dateOfBirth, String... documents) {
        return new Traveller(null, name, dateOfBirth, null, null, documents.length == 0 ? null : List.of(documents));
    }

    @Test
    void entriesWithoutKeysAreCandidatesUntilKeyedThenOnlyPlausibleOnesAre() throws Exception {
        List<Traveller> implausible = List.of(traveller("Qzwxv Pfrgkj", null), traveller("Xavgrtz Wlmnqp", null));
        // Loaded with SQL, the rows have no keys: every screening must consider them.
        Candidates before = candidates(implausible);
        assertThat(before.blocked()).isTrue();
        assertThat(ours(before.visible())).hasSize(ENTRIES * 3 / 4);
        assertThat(ours(before.hidden())).hasSize(ENTRIES / 4);
        assertThat(ours(before.of(0, true))).hasSize(ENTRIES * 3 / 4);

        assertThat(keys.backfill()).isGreaterThanOrEqualTo(ENTRIES);
        assertThat(keys.backfill()).isZero();

        // Keyed, none of them is a candidate for names that resemble none of theirs.
        Candidates after = candidates(implausible);
        assertThat(after.blocked()).isTrue();
        assertThat(ours(after.visible())).isEmpty();
        assertThat(ours(after.hidden())).isEmpty();
        assertThat(after.visible().size() + after.hidden().size()).isLessThan(10);

        // Twenty variants of listed names: a small share of the list, each reaching its own entry.
        List<Person> sample = persons.subList(100, 120);
        List<Traveller> plausible = sample.stream().map(person -> traveller(person.variant(), null)).toList();
        Candidates some = candidates(plausible);
        assertThat(ours(some.visible()).size() + ours(some.hidden()).size()).isLessThan(ENTRIES / 4);
        for (int i = 0; i < sample.size(); i++) {
            List<WatchlistEntry> reached = new ArrayList<>(some.of(i, true));
            reached.addAll(some.of(i, false));
            assertThat(reached).extracting(entry -> entry.id).contains(sample.get(i).id());
            assertThat(ours(reached)).hasSizeLessThan(ENTRIES / 20);
        }

        // Keys of another version are as good as none until the worker computes them again.
        try (Connection connection = dataSource.getConnection(); PreparedStatement stale = connection.prepareStatement(
                "update watchlist_entry set screening_keys_version = 'stale' where id = ?")) {
            stale.setObject(1, persons.get(1).id());
            assertThat(stale.executeUpdate()).isOne();
        }
        assertThat(ours(candidates(implausible).of(0, true))).containsExactly(persons.get(1).id());
        assertThat(keys.backfill()).isOne();
        assertThat(ours(candidates(implausible).visible())).isEmpty();
    }

    @Test
    void blockedScreeningFindsWhatTheFullScanFinds() {
        keys.backfill();
        Random random = new Random(8);
        List<Traveller> travellers = new ArrayList<>();
        for (int i = 0; i < 120; i++) {
            Person person = persons.get(random.nextInt(persons.size()));
            travellers.add(switch (i % 8) {
                case 0 -> traveller(person.variant(), person.dateOfBirth());
                case 1 -> traveller(person.variant(), null);
                case 2 -> traveller(person.joinedVariant(), person.dateOfBirth());
                case 3 -> traveller(person.name(), person.dateOfBirth().plusDays(200));
                case 4 -> traveller("Unrelated Traveller " + i, null, person.passport().toLowerCase());
                case 5 -> traveller(person.variant().split(" ")[0] + " " + persons.get(random.nextInt(persons.size()))
                        .variant().split(" ")[1], person.dateOfBirth());
                case 6 -> new Traveller(null, person.name(), null, person.dateOfBirth().getYear(), null, null);
                default -> traveller("Qzwxv Pfrgkj", null);
            });
        }
        Candidates blocked = candidates(travellers);
        assertThat(blocked.blocked()).isTrue();
        Set<String> found = hits(travellers, i -> blocked.of(i, true), i -> blocked.of(i, false));
        LocalDate today = LocalDate.now(clock);
        List<WatchlistEntry> visible = QuarkusTransaction.requiringNew()
                .call(() -> repository.visibleCandidates(SCREENER, KINDS, today).toList());
        List<WatchlistEntry> hidden = QuarkusTransaction.requiringNew()
                .call(() -> repository.hiddenCandidates(SCREENER, KINDS, today).toList());
        assertThat(visible.size() + hidden.size()).isGreaterThanOrEqualTo(ENTRIES);
        Set<String> expected = hits(travellers, i -> visible, i -> hidden);
        assertThat(expected).hasSizeGreaterThan(60).anyMatch(hit -> hit.contains("|hidden|"));
        assertThat(found).isEqualTo(expected);
        // Each traveller is scored against a few per cent of the list, not all of it.
        assertThat(blocked.scored()).isLessThan((long) travellers.size() * (visible.size() + hidden.size()) / 20);
    }

    /** Every hit, as traveller, entry, visibility and score, scoring each traveller against the entries given. */
    private Set<String> hits(List<Traveller> travellers, java.util.function.IntFunction<List<WatchlistEntry>> visible,
            java.util.function.IntFunction<List<WatchlistEntry>> hidden) {
        Set<String> hits = new HashSet<>();
        for (int i = 0; i < travellers.size(); i++) {
            for (boolean canSee : new boolean[] { true, false }) {
                for (WatchlistEntry entry : canSee ? visible.apply(i) : hidden.apply(i)) {
                    int index = i;
                    screening.score(travellers.get(i), entry, !canSee).ifPresent(features -> hits.add(index + "|"
                            + entry.id + "|" + (canSee ? "visible" : "hidden") + "|" + features.stream()
                                    .filter(feature -> feature.feature().equals("total")).map(Feature::score)
                                    .findFirst().orElseThrow()));
                }
            }
        }
        return hits;
    }
}

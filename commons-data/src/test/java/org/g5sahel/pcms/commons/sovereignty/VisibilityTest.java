package org.g5sahel.pcms.commons.sovereignty;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.g5sahel.pcms.commons.identity.Caller;
import org.g5sahel.pcms.commons.support.TestRecord;
import org.g5sahel.pcms.commons.support.TestRecordRepository;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The truth table of the visibility predicate over every distribution and every kind of caller, evaluated by
 * PostgreSQL: lists, counts and gets must agree, and hidden-but-discoverable must be exactly the complement.
 */
@QuarkusTest
class VisibilityTest {

    private static final Caller OWNER = caller("NE", "NE-OCRTIS", "investigator");
    private static final Caller SAME_STATE = caller("NE", "NE-POLICE", "analyst");
    private static final Caller NE_COORDINATOR = caller("NE", "NE-UNC", "national-coordinator");
    private static final Caller OTHER_STATE = caller("ML", "ML-CT", "investigator");
    private static final Caller LISTED_AGENCY = caller("ML", "ML-OCS", "investigator");
    private static final Caller UNLISTED_STATE = caller("BF", "BF-CT", "investigator");
    private static final Caller REGIONAL = caller("G5", "G5-URC", "regional-coordinator");
    private static final Caller INTERPOL = caller("INTERPOL", "INTERPOL-GS", "partner-system");
    private static final Caller UNODC = caller("UNODC", "UNODC-ROSEN", "partner-system");

    private static final Set<String> ALL = Set.of(
            "agency",
            "national",
            "selected-ml",
            "selected-ocs",
            "g5",
            "partners-all",
            "partners-interpol",
            "expired-g5");

    /** Expected labels per caller: the contract of DESIGN §2. */
    private static final Map<Caller, Set<String>> EXPECTED = Map.of(
            OWNER, ALL,
            SAME_STATE, Set.of("national", "selected-ml", "selected-ocs", "g5", "partners-all", "partners-interpol"),
            NE_COORDINATOR,
                    Set.of("national", "selected-ml", "selected-ocs", "g5", "partners-all", "partners-interpol"),
            OTHER_STATE, Set.of("selected-ml", "g5", "partners-all", "partners-interpol"),
            LISTED_AGENCY, Set.of("selected-ml", "selected-ocs", "g5", "partners-all", "partners-interpol"),
            UNLISTED_STATE, Set.of("g5", "partners-all", "partners-interpol"),
            REGIONAL, Set.of("g5", "partners-all", "partners-interpol"),
            INTERPOL, Set.of("partners-all", "partners-interpol"),
            UNODC, Set.of("partners-all"));

    @Inject
    TestRecordRepository repository;

    private String batch;
    private Map<String, UUID> ids;

    @BeforeEach
    void ownerRecordsOfEveryDistribution() {
        batch = UUID.randomUUID().toString();
        LocalDate today = LocalDate.now();
        ids = QuarkusTransaction.requiringNew()
                .call(() -> Map.of(
                        "agency", persist("agency", SharingTerms.of(Distribution.AGENCY), today),
                        "national", persist("national", SharingTerms.of(Distribution.NATIONAL), today),
                        "selected-ml", persist("selected-ml", SharingTerms.of(Distribution.SELECTED, "ML"), today),
                        "selected-ocs",
                                persist("selected-ocs", SharingTerms.of(Distribution.SELECTED, "ML-OCS"), today),
                        "g5", persist("g5", SharingTerms.of(Distribution.G5), today),
                        "partners-all", persist("partners-all", SharingTerms.of(Distribution.PARTNERS), today),
                        "partners-interpol",
                                persist("partners-interpol", SharingTerms.of(Distribution.PARTNERS, "INTERPOL"), today),
                        "expired-g5",
                                persist(
                                        "expired-g5",
                                        new SharingTerms(
                                                Distribution.G5,
                                                List.of(),
                                                null,
                                                null,
                                                null,
                                                null,
                                                today.minusDays(1),
                                                null),
                                        today)));
    }

    @Test
    void listsCountsAndGetsFollowTheTruthTable() {
        QuarkusTransaction.requiringNew()
                .run(() -> EXPECTED.forEach((caller, expected) -> {
                    Set<String> listed = repository
                            .findVisible(caller, "batch = :batch", Sort.by("label"), Parameters.with("batch", batch))
                            .stream()
                            .map(record -> record.label)
                            .collect(Collectors.toSet());
                    assertThat(listed).as("list for %s", caller.agency()).isEqualTo(expected);
                    assertThat(repository.countVisible(caller, "batch = :batch", Parameters.with("batch", batch)))
                            .as("count for %s", caller.agency())
                            .isEqualTo(expected.size());
                    ids.forEach((label, id) -> assertThat(
                                    repository.findVisibleById(caller, id).isPresent())
                            .as("get %s as %s", label, caller.agency())
                            .isEqualTo(expected.contains(label)));
                }));
    }

    @Test
    void hitsRevealExactlyTheDiscoverableRecordsTheCallerCannotSee() {
        QuarkusTransaction.requiringNew()
                .run(() -> EXPECTED.forEach((caller, expected) -> {
                    Set<String> hits =
                            repository
                                    .findHiddenHits(caller, "batch = :batch", Parameters.with("batch", batch))
                                    .stream()
                                    .map(record -> record.label)
                                    .collect(Collectors.toSet());
                    assertThat(hits)
                            .as("hits for %s", caller.agency())
                            .isEqualTo(ALL.stream()
                                    .filter(label -> !expected.contains(label))
                                    .collect(Collectors.toSet()));
                }));
    }

    @Test
    void nonDiscoverableRecordsGiveNoHit() {
        QuarkusTransaction.requiringNew().run(() -> {
            TestRecord record = repository.findById(ids.get("agency"));
            record.sovereignty.changeSharing(
                    OWNER, new SharingTerms(Distribution.AGENCY, List.of(), null, null, null, null, null, false));
        });
        QuarkusTransaction.requiringNew()
                .run(() -> assertThat(
                                repository
                                        .findHiddenHits(
                                                UNLISTED_STATE, "batch = :batch", Parameters.with("batch", batch))
                                        .stream()
                                        .map(record -> record.label))
                        .doesNotContain("agency")
                        .contains("national"));
    }

    private UUID persist(String label, SharingTerms terms, LocalDate today) {
        TestRecord record = new TestRecord();
        record.id = UUID.randomUUID();
        record.label = label;
        record.batch = batch;
        record.sovereignty = Sovereignty.ownedBy(OWNER, terms, Distribution.AGENCY, Period.ofYears(5), today);
        repository.persist(record);
        return record.id;
    }

    private static Caller caller(String state, String agency, String role) {
        return new Caller("sub-" + agency, agency.toLowerCase(), state, agency, Set.of(role));
    }

    @Test
    void theClauseOnAnAliasQualifiesTheFieldsOnly() {
        assertThat(Visibility.clause("c"))
                .contains("c.sovereignty.ownerAgency = :pcmsAgency")
                .contains(Distribution.class.getName() + ".NATIONAL")
                .doesNotContain("(sovereignty.");
    }
}

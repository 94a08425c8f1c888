package org.g5sahel.pcms.commons.sovereignty;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.Predicate;
import org.g5sahel.pcms.commons.audit.AuditedRecord;
import org.g5sahel.pcms.commons.identity.Caller;
import org.g5sahel.pcms.commons.identity.Roles;
import org.g5sahel.pcms.commons.problem.ProblemException;
import org.g5sahel.pcms.commons.problem.ProblemType;
import org.g5sahel.pcms.commons.sovereignty.Audience.Group;
import org.g5sahel.pcms.commons.sovereignty.Audience.Kind;
import org.g5sahel.pcms.commons.support.TestRecord;
import org.g5sahel.pcms.commons.support.TestRecordRepository;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The audience derived from the visibility predicate as PostgreSQL evaluates it, for every distribution, and the
 * preview of a change that is never committed.
 */
@QuarkusTest
class AudienceTest {

    private static final Caller OWNER =
            new Caller("sub-ne", "ne-investigator", "NE", "NE-OCRTIS", Set.of(Roles.INVESTIGATOR));
    private static final Caller NE_COORDINATOR =
            new Caller("sub-unc", "ne-coordinator", "NE", "NE-UNC", Set.of(Roles.NATIONAL_COORDINATOR));
    private static final Caller NE_POLICE =
            new Caller("sub-pol", "ne-police", "NE", "NE-POLICE", Set.of(Roles.INVESTIGATOR));

    @Inject
    TestRecordRepository repository;

    @Inject
    Audiences audiences;

    @ParameterizedTest(name = "{0} {1}")
    @CsvSource(
            delimiter = ';',
            value = {
                // distribution; sharedWith; groups (kind:code, blank code = null); hidden States
                "AGENCY;;OWNER_AGENCY:NE-OCRTIS;BF ML MR TD",
                "NATIONAL;;OWNER_AGENCY:NE-OCRTIS STATE_AGENCIES:NE;BF ML MR TD",
                "SELECTED;ML;OWNER_AGENCY:NE-OCRTIS STATE_AGENCIES:ML STATE_AGENCIES:NE;BF MR TD",
                "SELECTED;ML-OCS BF;OWNER_AGENCY:NE-OCRTIS STATE_AGENCIES:BF AGENCY:ML-OCS STATE_AGENCIES:NE;MR TD",
                "SELECTED;G5-URC INTERPOL;OWNER_AGENCY:NE-OCRTIS STATE_AGENCIES:NE AGENCY:G5-URC PARTNER:INTERPOL;BF ML MR TD",
                "G5;;OWNER_AGENCY:NE-OCRTIS STATE_AGENCIES:BF STATE_AGENCIES:ML STATE_AGENCIES:MR STATE_AGENCIES:NE"
                        + " STATE_AGENCIES:TD REGIONAL:;",
                "PARTNERS;;OWNER_AGENCY:NE-OCRTIS STATE_AGENCIES:BF STATE_AGENCIES:ML STATE_AGENCIES:MR STATE_AGENCIES:NE"
                        + " STATE_AGENCIES:TD REGIONAL: ALL_PARTNERS:;",
                "PARTNERS;UNODC;OWNER_AGENCY:NE-OCRTIS STATE_AGENCIES:BF STATE_AGENCIES:ML STATE_AGENCIES:MR"
                        + " STATE_AGENCIES:NE STATE_AGENCIES:TD REGIONAL: PARTNER:UNODC;"
            })
    void theAudienceIsWhatTheVisibilityPredicateGrants(
            Distribution distribution, String sharedWith, String groups, String hidden) {
        UUID id = persist(new SharingTerms(distribution, words(sharedWith), null, null, null, null, null, null));
        Audience audience = QuarkusTransaction.requiringNew()
                .call(() -> Audience.of(repository.findById(id).sovereignty, canRead(id)));
        assertThat(audience.groups()).containsExactlyElementsOf(groups(groups));
        assertThat(audience.hiddenFromStates()).containsExactlyElementsOf(words(hidden));
    }

    @Test
    void pastItsReviewDateOnlyTheOwnerSeesARecord() {
        UUID id = persist(new SharingTerms(
                Distribution.G5,
                List.of(),
                null,
                null,
                null,
                null,
                LocalDate.now().minusDays(1),
                null));
        Audience audience = QuarkusTransaction.requiringNew()
                .call(() -> Audience.of(repository.findById(id).sovereignty, canRead(id)));
        assertThat(audience.groups()).containsExactly(new Group(Kind.OWNER_AGENCY, "NE-OCRTIS"));
        assertThat(audience.hiddenFromStates()).containsExactly("BF", "ML", "MR", "TD");
    }

    @Test
    void aServiceRuleThatLetsTheCoordinatorAloneReadShowsAsStateCoordinator() {
        UUID id = persist(SharingTerms.of(Distribution.AGENCY));
        Predicate<Caller> orApprover = canRead(id).or(caller -> caller.isNationalCoordinatorOf("NE"));
        Audience audience = QuarkusTransaction.requiringNew()
                .call(() -> Audience.of(repository.findById(id).sovereignty, orApprover));
        assertThat(audience.groups())
                .containsExactly(new Group(Kind.OWNER_AGENCY, "NE-OCRTIS"), new Group(Kind.STATE_COORDINATOR, "NE"));
        assertThat(audience.hiddenFromStates()).containsExactly("BF", "ML", "MR", "TD");
    }

    @Test
    void aPreviewShowsGainsAndLossesAndChangesNothing() {
        UUID id = persist(SharingTerms.of(Distribution.SELECTED, "ML"));
        // as a service's @Transactional method ends: a transaction marked rollback-only is rolled back
        QuarkusTransaction.begin();
        SharingPreview preview;
        try {
            TestRecord record = repository.findById(id);
            preview = audiences.preview(
                    NE_COORDINATOR,
                    audited(record),
                    record.sovereignty,
                    SharingTerms.of(Distribution.SELECTED, "BF"),
                    canRead(id));
            assertThat(QuarkusTransaction.isRollbackOnly()).isTrue();
        } finally {
            QuarkusTransaction.rollback();
        }
        assertThat(preview.current().groups()).contains(new Group(Kind.STATE_AGENCIES, "ML"));
        assertThat(preview.proposed().hiddenFromStates()).containsExactly("ML", "MR", "TD");
        assertThat(preview.gained()).containsExactly(new Group(Kind.STATE_AGENCIES, "BF"));
        assertThat(preview.lost()).containsExactly(new Group(Kind.STATE_AGENCIES, "ML"));
        QuarkusTransaction.requiringNew().run(() -> {
            TestRecord record = repository.findById(id);
            assertThat(record.sovereignty.sharedWith()).containsExactly("ML");
            assertThat(record.version).isZero();
        });
    }

    @Test
    void onlyThoseWhoMayChangeSharingGetAPreview() {
        UUID id = persist(SharingTerms.of(Distribution.NATIONAL));
        assertThatThrownBy(() -> QuarkusTransaction.requiringNew().run(() -> {
                    TestRecord record = repository.findById(id);
                    audiences.preview(
                            NE_POLICE,
                            audited(record),
                            record.sovereignty,
                            SharingTerms.of(Distribution.G5),
                            canRead(id));
                }))
                .isInstanceOf(ProblemException.class)
                .extracting(e -> ((ProblemException) e).type())
                .isEqualTo(ProblemType.SHARING_CHANGE_FORBIDDEN);
    }

    private Predicate<Caller> canRead(UUID id) {
        return caller -> repository.findVisibleById(caller, id).isPresent();
    }

    private UUID persist(SharingTerms terms) {
        return QuarkusTransaction.requiringNew().call(() -> {
            TestRecord record = new TestRecord();
            record.id = UUID.randomUUID();
            record.label = "audience";
            record.batch = UUID.randomUUID().toString();
            record.sovereignty =
                    Sovereignty.ownedBy(OWNER, terms, Distribution.AGENCY, Period.ofYears(5), LocalDate.now());
            repository.persist(record);
            return record.id;
        });
    }

    private static AuditedRecord audited(TestRecord record) {
        return AuditedRecord.of("test-record", record.id, record.sovereignty, null, record.label);
    }

    private static List<String> words(String text) {
        return text == null || text.isBlank() ? List.of() : List.of(text.trim().split(" +"));
    }

    private static List<Group> groups(String text) {
        return words(text).stream()
                .map(word -> word.split(":", -1))
                .map(pair -> new Group(Kind.valueOf(pair[0]), pair[1].isEmpty() ? null : pair[1]))
                .toList();
    }
}

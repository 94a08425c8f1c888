package org.g5sahel.pcms.commons.sovereignty;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.g5sahel.pcms.commons.audit.AuditedRecord;
import org.g5sahel.pcms.commons.identity.Caller;
import org.g5sahel.pcms.commons.problem.ProblemException;
import org.g5sahel.pcms.commons.problem.ProblemType;
import org.g5sahel.pcms.commons.support.TestRecord;
import org.g5sahel.pcms.commons.support.TestRecordRepository;
import org.junit.jupiter.api.Test;

/** The one sharing-change use case: visibility, If-Match, rule 1, audit and event, on the smallest sovereign entity. */
@QuarkusTest
class SharingChangesTest {

    private static final Caller OWNER =
            new Caller("sub-ne", "ne-investigator", "NE", "NE-OCRTIS", Set.of("investigator"));
    private static final Caller COMPATRIOT = new Caller("sub-ne-2", "ne-analyst", "NE", "NE-POLICE", Set.of("analyst"));
    private static final SharingTerms NATIONAL =
            new SharingTerms(Distribution.NATIONAL, List.of(), null, null, null, null, null, null);
    private static final SharingChanges.Kind<TestRecord> KIND = SharingChanges.Kind.of(
            record -> AuditedRecord.of("test-record", record.id, record.sovereignty, null, record.label),
            record -> record.sovereignty,
            record -> record.version,
            (record, now) -> record.label = "stamped");

    @Inject
    SharingChanges sharingChanges;

    @Inject
    TestRecordRepository records;

    @Inject
    EntityManager entityManager;

    @Test
    void theOwnerChangesSharingAuditedAndVersioned() {
        UUID id = persisted();
        SharingChanges.Change<TestRecord> change = change(OWNER, id, "\"0\"", KIND);

        assertThat(change.record().sovereignty.distribution()).isEqualTo(Distribution.NATIONAL);
        assertThat(change.record().version).isEqualTo(1);
        assertThat(change.record().label).isEqualTo("stamped");
        assertThat(change.discoverabilityChanged()).isFalse();
        assertThat(count(
                        "select count(*) from audit_log where record_id = ?1 and action = 'SHARING_CHANGE'"
                                + " and outcome = 'NATIONAL'",
                        id))
                .isEqualTo(1);
        assertThat(count("select count(*) from outbox_event where payload ->> 'subject' = ?1", id))
                .as("a kind that announces nothing publishes nothing")
                .isZero();
    }

    @Test
    void aKindThatAnnouncesItsChangesPublishesThem() {
        UUID id = persisted();
        change(OWNER, id, "\"0\"", KIND.publishing(record -> Map.of("label", record.label)));

        assertThat(count(
                        "select count(*) from outbox_event where payload ->> 'subject' = ?1"
                                + " and routing_key like '%.test-record.sharing-changed'",
                        id))
                .isEqualTo(1);
    }

    @Test
    void onlyTheOwnerWithTheCurrentVersionOfARecordHeSeesMayChangeIt() {
        UUID id = persisted();
        assertThat(problemOf(() -> change(COMPATRIOT, id, "\"0\"", KIND)))
                .as("the owner's compatriot does not see an AGENCY record")
                .isEqualTo(ProblemType.NOT_FOUND);
        assertThat(problemOf(() -> change(OWNER, id, null, KIND))).isEqualTo(ProblemType.PRECONDITION_REQUIRED);
        assertThat(problemOf(() -> change(OWNER, id, "\"7\"", KIND))).isEqualTo(ProblemType.PRECONDITION_FAILED);

        change(OWNER, id, "\"0\"", KIND);
        assertThat(problemOf(() -> change(COMPATRIOT, id, "\"1\"", KIND)))
                .as("rule 1: seeing a NATIONAL record is not owning it")
                .isEqualTo(ProblemType.SHARING_CHANGE_FORBIDDEN);
        assertThat(count("select count(*) from audit_log where record_id = ?1 and action = 'SHARING_CHANGE'", id))
                .isEqualTo(1);
    }

    private UUID persisted() {
        return QuarkusTransaction.requiringNew().call(() -> {
            TestRecord record = new TestRecord();
            record.id = UUID.randomUUID();
            record.label = "sharing";
            record.batch = "sharing-changes";
            record.sovereignty =
                    Sovereignty.ownedBy(OWNER, null, Distribution.AGENCY, Period.ofYears(5), LocalDate.now());
            records.persist(record);
            return record.id;
        });
    }

    private SharingChanges.Change<TestRecord> change(
            Caller caller, UUID id, String ifMatch, SharingChanges.Kind<TestRecord> kind) {
        return QuarkusTransaction.requiringNew().call(() -> {
            Optional<TestRecord> visible = records.findVisibleById(caller, id);
            return sharingChanges.change(caller, visible, ifMatch, NATIONAL, kind);
        });
    }

    private static ProblemType problemOf(Runnable action) {
        try {
            action.run();
        } catch (ProblemException e) {
            return e.type();
        }
        throw new AssertionError("no problem");
    }

    private long count(String sql, UUID id) {
        return QuarkusTransaction.requiringNew()
                .call(() -> ((Number) entityManager
                                .createNativeQuery(sql)
                                .setParameter(1, id.toString())
                                .getSingleResult())
                        .longValue());
    }
}

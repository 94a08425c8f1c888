package org.g5sahel.pcms.commons.audit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.g5sahel.pcms.commons.identity.Caller;

/**
 * Appends to and verifies the hash-chained audit log. Appends join the caller's transaction, so an audited read or
 * change and its audit row commit or roll back together. Appends are serialised by a transaction-scoped advisory lock:
 * the chain is a sequence.
 */
@ApplicationScoped
public class AuditLog {

    /** Arbitrary constant naming the audit chain's advisory lock. */
    private static final long CHAIN_LOCK = 0x5043_4d53_4155_4454L;

    private final EntityManager entityManager;
    private final Clock clock;

    public AuditLog(EntityManager entityManager, Clock clock) {
        this.entityManager = entityManager;
        this.clock = clock;
    }

    /** Records an act on one record; {@code outcome} is e.g. {@code OK}, {@code DENIED}, {@code GRANTED}. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void record(Caller actor, AuditAction action, AuditedRecord record, String purpose, String outcome) {
        recordAll(actor, action, List.of(record), purpose, outcome);
    }

    /** Records the same act on several records (a list or search result) in one lock acquisition. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void recordAll(
            Caller actor, AuditAction action, List<AuditedRecord> records, String purpose, String outcome) {
        // PostgreSQL keeps microseconds: hash what will be read back.
        append(Instant.now(clock).truncatedTo(ChronoUnit.MICROS), actor, action, records, purpose, outcome);
    }

    /** Records an act that took place earlier (an attempt audited off the request's path), at the time it took place. */
    @Transactional(Transactional.TxType.MANDATORY)
    void recordAt(
            Instant occurredAt,
            Caller actor,
            AuditAction action,
            AuditedRecord record,
            String purpose,
            String outcome) {
        append(occurredAt.truncatedTo(ChronoUnit.MICROS), actor, action, List.of(record), purpose, outcome);
    }

    private void append(
            Instant now,
            Caller actor,
            AuditAction action,
            List<AuditedRecord> records,
            String purpose,
            String outcome) {
        if (records.isEmpty()) {
            return;
        }
        entityManager
                .createNativeQuery("select pg_advisory_xact_lock(:lock)")
                .setParameter("lock", CHAIN_LOCK)
                .getSingleResult();
        List<AuditEntry> last = entityManager
                .createQuery("from AuditEntry order by seq desc", AuditEntry.class)
                .setMaxResults(1)
                .getResultList();
        long seq = last.isEmpty() ? 0 : last.get(0).seq();
        String previous = last.isEmpty() ? AuditEntry.GENESIS : last.get(0).hash();
        for (AuditedRecord record : records) {
            AuditEntry entry = new AuditEntry(
                    ++seq,
                    now,
                    actor.username(),
                    actor.state(),
                    actor.agency(),
                    action,
                    record,
                    purpose,
                    outcome,
                    previous);
            entityManager.persist(entry);
            previous = entry.hash();
        }
    }

    /** Records reads by anyone outside the owning agency: the owner's own reads are not audited (rule 6). */
    @Transactional(Transactional.TxType.MANDATORY)
    public void recordReads(Caller actor, AuditAction action, List<AuditedRecord> records, String purpose) {
        recordAll(
                actor,
                action,
                records.stream()
                        .filter(record -> !record.ownerAgency().equals(actor.agency()))
                        .toList(),
                purpose,
                "OK");
    }

    /** Walks the whole chain in order, in pages, and reports the first row that does not fit. */
    @Transactional
    public AuditVerification verify() {
        final int page = 1000;
        long expectedSeq = 1;
        String previous = AuditEntry.GENESIS;
        long checked = 0;
        while (true) {
            List<AuditEntry> rows = entityManager
                    .createQuery("from AuditEntry where seq >= :from order by seq", AuditEntry.class)
                    .setParameter("from", expectedSeq)
                    .setMaxResults(page)
                    .getResultList();
            for (AuditEntry row : rows) {
                checked++;
                if (row.seq() != expectedSeq) {
                    return new AuditVerification(false, checked, expectedSeq, "row missing");
                }
                if (!row.prevHash().equals(previous)) {
                    return new AuditVerification(false, checked, row.seq(), "chain broken");
                }
                if (!row.computeHash().equals(row.hash())) {
                    return new AuditVerification(false, checked, row.seq(), "row altered");
                }
                previous = row.hash();
                expectedSeq++;
            }
            entityManager.clear();
            if (rows.size() < page) {
                return new AuditVerification(true, checked, null, null);
            }
        }
    }
}

package org.g5sahel.pcms.commons.sovereignty;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.function.BiConsumer;
import java.util.function.Function;
import java.util.function.ToLongFunction;
import org.g5sahel.pcms.commons.audit.AuditAction;
import org.g5sahel.pcms.commons.audit.AuditLog;
import org.g5sahel.pcms.commons.audit.AuditedRecord;
import org.g5sahel.pcms.commons.identity.Caller;
import org.g5sahel.pcms.commons.messaging.Outbox;
import org.g5sahel.pcms.commons.problem.ProblemException;
import org.g5sahel.pcms.commons.rest.Versions;

/**
 * A change of a record's sharing (its distribution, recipients and handling), the same for every kind of sovereign
 * record: the record must be visible to the caller (404), its version must match {@code If-Match} (428/412), rule 1
 * decides who may change it (403 {@code sharing-change-forbidden}); the record is stamped, the change audited as
 * {@link AuditAction#SHARING_CHANGE} with the new distribution as outcome and, for kinds that announce it, published as
 * {@code <entity>.sharing-changed}. What else a service does on a change (a timeline entry, republishing identifiers
 * when discoverability changed) follows the call, from the returned {@link Change}.
 */
@ApplicationScoped
public class SharingChanges {

    private final EntityManager entityManager;
    private final AuditLog auditLog;
    private final Outbox outbox;
    private final Clock clock;

    public SharingChanges(EntityManager entityManager, AuditLog auditLog, Outbox outbox, Clock clock) {
        this.entityManager = entityManager;
        this.auditLog = auditLog;
        this.outbox = outbox;
        this.clock = clock;
    }

    /**
     * How a change of sharing reads and stamps one kind of record.
     *
     * @param event the payload of the {@code sharing-changed} event, or {@code null} for kinds that publish none
     */
    public record Kind<E>(
            Function<E, AuditedRecord> audited,
            Function<E, Sovereignty> sovereignty,
            ToLongFunction<E> version,
            BiConsumer<E, Instant> stamp,
            Function<E, Object> event) {

        /** A kind whose sharing changes are audited but not announced by an event. */
        public static <E> Kind<E> of(
                Function<E, AuditedRecord> audited,
                Function<E, Sovereignty> sovereignty,
                ToLongFunction<E> version,
                BiConsumer<E, Instant> stamp) {
            return new Kind<>(audited, sovereignty, version, stamp, null);
        }

        /** The same kind, announcing each change with {@code event} as payload. */
        public Kind<E> publishing(Function<E, Object> payload) {
            return new Kind<>(audited, sovereignty, version, stamp, payload);
        }
    }

    /** The changed record, and whether it became discoverable (rule 4) or stopped being so. */
    public record Change<E>(E record, boolean discoverabilityChanged) {}

    /**
     * Applies {@code terms} to the record the caller found.
     *
     * @param visible the record as found for the caller: empty when it does not exist or the caller may not see it
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public <E> Change<E> change(Caller caller, Optional<E> visible, String ifMatch, SharingTerms terms, Kind<E> kind) {
        E record = visible.orElseThrow(ProblemException::notFound);
        Versions.requireMatch(ifMatch, kind.version().applyAsLong(record));
        Sovereignty sovereignty = kind.sovereignty().apply(record);
        boolean wasDiscoverable = sovereignty.discoverable();
        sovereignty.changeSharing(caller, terms);
        kind.stamp().accept(record, clock.instant());
        // The version the response's ETag carries is the one the flush gives.
        entityManager.flush();
        AuditedRecord audited = kind.audited().apply(record);
        auditLog.record(
                caller,
                AuditAction.SHARING_CHANGE,
                audited,
                null,
                sovereignty.distribution().name());
        if (kind.event() != null) {
            outbox.publish(
                    audited.type(),
                    "sharing-changed",
                    audited.id(),
                    sovereignty,
                    kind.event().apply(record));
        }
        return new Change<>(record, sovereignty.discoverable() != wasDiscoverable);
    }
}

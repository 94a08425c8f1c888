package org.g5sahel.pcms.commons.audit;

import java.util.Optional;
import java.util.UUID;
import java.util.function.BiPredicate;
import java.util.function.Function;
import org.g5sahel.pcms.commons.identity.Caller;

/**
 * Finds one kind of a service's records by id whoever may see it, so that an attempt refused on it can be audited for
 * its owner (DESIGN §2 rule 9). Each service produces one locator per record kind its API addresses by id; sovereign
 * kinds are {@link org.g5sahel.pcms.commons.access.SovereignKind}s.
 */
@FunctionalInterface
public interface RecordLocator {

    /** The record {@code id} names, if it is of this kind, and whether {@code caller} may see it. */
    Optional<LocatedRecord> locate(Caller caller, UUID id);

    /** A record found by id, as the audit log names it. */
    record LocatedRecord(AuditedRecord record, boolean visibleToCaller) {}

    /** A locator of records with a visibility rule of their own (addressed requests, for example). */
    static <E> RecordLocator of(
            Function<UUID, Optional<E>> findById,
            Function<E, AuditedRecord> audited,
            BiPredicate<Caller, E> visibleTo) {
        return (caller, id) -> findById.apply(id)
                .map(record -> new LocatedRecord(audited.apply(record), visibleTo.test(caller, record)));
    }
}

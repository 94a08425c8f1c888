package org.g5sahel.pcms.commons.access;

import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;

import org.g5sahel.pcms.commons.audit.AuditedRecord;
import org.g5sahel.pcms.commons.audit.RecordLocator;
import org.g5sahel.pcms.commons.identity.Caller;
import org.g5sahel.pcms.commons.sovereignty.SovereignRepository;
import org.g5sahel.pcms.commons.sovereignty.Sovereignty;
import org.g5sahel.pcms.commons.sovereignty.Visibility;

import io.quarkus.panache.common.Parameters;

/**
 * One kind of sovereign record a service keeps, as the use cases every service shares address it by id: auditing
 * refused attempts ({@link RecordLocator}) and access requests. Each service produces one per kind.
 *
 * @param <E> an entity embedding {@link Sovereignty}
 */
public final class SovereignKind<E> implements RecordLocator {

    private final SovereignRepository<E, UUID> repository;
    private final Function<E, Sovereignty> sovereignty;
    private final Function<E, AuditedRecord> audited;

    private SovereignKind(SovereignRepository<E, UUID> repository, Function<E, Sovereignty> sovereignty,
            Function<E, AuditedRecord> audited) {
        this.repository = repository;
        this.sovereignty = sovereignty;
        this.audited = audited;
    }

    public static <E> SovereignKind<E> of(SovereignRepository<E, UUID> repository, Function<E, Sovereignty> sovereignty,
            Function<E, AuditedRecord> audited) {
        return new SovereignKind<>(repository, sovereignty, audited);
    }

    /** A record of this kind found by id, managed: changes to its sovereignty are saved with the transaction. */
    public record Found(AuditedRecord audited, Sovereignty sovereignty) {

        public String recordType() {
            return audited.type();
        }
    }

    @Override
    public Optional<LocatedRecord> locate(Caller caller, UUID id) {
        return repository.findByIdOptional(id)
                .map(record -> new LocatedRecord(audited.apply(record), isVisibleTo(caller, id)));
    }

    public Optional<Found> find(UUID id) {
        return repository.findByIdOptional(id)
                .map(record -> new Found(audited.apply(record), sovereignty.apply(record)));
    }

    public boolean isVisibleTo(Caller caller, UUID id) {
        return repository.findVisibleById(caller, id).isPresent();
    }

    /** Whether a hit / no-hit search may show the caller that this record exists (rule 3). */
    public boolean isDiscoverableBy(Caller caller, UUID id) {
        return repository.count(Visibility.HIDDEN_BUT_DISCOVERABLE + " and id = :id",
                Visibility.parameters(caller, repository.today(), Parameters.with("id", id)).map()) > 0;
    }
}

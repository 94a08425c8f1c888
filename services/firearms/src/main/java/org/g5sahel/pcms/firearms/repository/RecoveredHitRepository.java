package org.g5sahel.pcms.firearms.repository;

import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.g5sahel.pcms.commons.identity.Caller;
import org.g5sahel.pcms.commons.persistence.Keyset;
import org.g5sahel.pcms.commons.sovereignty.SovereignRepository;
import org.g5sahel.pcms.firearms.model.RecoveredHit;

/** Recovered hits, read through the visibility predicate: the finder's State and the record's State. */
@ApplicationScoped
public class RecoveredHitRepository implements SovereignRepository<RecoveredHit, UUID> {

    /** {@code concerningState}: only findings of that State's records (the ones it must act on). */
    public List<RecoveredHit> list(Caller caller, String concerningState, Keyset after, int fetch) {
        return ConcerningLists.list(this, "firearmOwnerState", caller, concerningState, after, fetch);
    }

    /** The findings of one seizure or trace request the caller may see. */
    public List<RecoveredHit> ofSource(Caller caller, UUID sourceId) {
        return findVisible(
                        caller, "sourceId = :source", Sort.by("createdAt", "id"), Parameters.with("source", sourceId))
                .list();
    }

    /**
     * Holds, until the transaction ends, the lock of one finding key: two requests finding the same firearm at once
     * (the same search sent twice) take turns, and the second finds what the first recorded instead of colliding.
     */
    public void lockFindingKey(String findingKey) {
        getEntityManager()
                .createNativeQuery("select 1 from (select pg_advisory_xact_lock(hashtextextended(?1, 0))) as locked")
                .setParameter(1, findingKey)
                .getSingleResult();
    }

    public Optional<RecoveredHit> findByFindingKey(String findingKey) {
        return find("findingKey", findingKey).firstResultOptional();
    }
}

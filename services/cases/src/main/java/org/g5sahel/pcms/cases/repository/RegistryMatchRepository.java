package org.g5sahel.pcms.cases.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.TypedQuery;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.UUID;
import org.g5sahel.pcms.cases.model.RegistryMatch;
import org.g5sahel.pcms.cases.model.RegistryRecord;
import org.g5sahel.pcms.commons.identity.Caller;
import org.g5sahel.pcms.commons.persistence.Keyset;

@ApplicationScoped
public class RegistryMatchRepository implements PanacheRepositoryBase<RegistryMatch, UUID> {

    /** The result of recording a pair: the match's id and whether the pair is new. */
    public record Recorded(UUID id, boolean isNew) {}

    /**
     * Records that two records share these identifiers. One row per pair, whatever the order the two records came in
     * and however often an event is delivered: the insert and the merge of kinds and hashes are one statement.
     */
    public Recorded record(
            RegistryRecord.Key one,
            RegistryRecord.Key other,
            Collection<String> kinds,
            Collection<String> keyedHashes,
            Instant now) {
        RegistryRecord.Key first = one.sortKey().compareTo(other.sortKey()) < 0 ? one : other;
        RegistryRecord.Key second = first == one ? other : one;
        Object[] row = (Object[]) getEntityManager()
                .createNativeQuery("""
                insert into registry_match (id, service_a, record_a, service_b, record_b, identifier_kinds,
                    keyed_hashes, detected_at)
                values (:id, :serviceA, :recordA, :serviceB, :recordB, cast(:kinds as varchar[]),
                    cast(:hashes as varchar[]), :now)
                on conflict (service_a, record_a, service_b, record_b) do update set
                    identifier_kinds = array(select distinct k from unnest(registry_match.identifier_kinds
                        || excluded.identifier_kinds) k order by k),
                    keyed_hashes = array(select distinct h from unnest(registry_match.keyed_hashes
                        || excluded.keyed_hashes) h order by h)
                returning id, (xmax = 0) as inserted""")
                .setParameter("id", UUID.randomUUID())
                .setParameter("serviceA", first.service)
                .setParameter("recordA", first.recordId)
                .setParameter("serviceB", second.service)
                .setParameter("recordB", second.recordId)
                .setParameter("kinds", kinds.toArray(String[]::new))
                .setParameter("hashes", keyedHashes.toArray(String[]::new))
                .setParameter("now", now)
                .getSingleResult();
        return new Recorded((UUID) row[0], (Boolean) row[1]);
    }

    /**
     * Matches involving a record owned by the caller's agency (or by its State, for its national coordinator), newest
     * first, after the keyset position.
     */
    public List<RegistryMatch> involving(Caller caller, boolean wholeState, Keyset after, int fetch) {
        String owner = wholeState ? "r.ownerState = :owner" : "r.ownerAgency = :owner";
        TypedQuery<RegistryMatch> query = getEntityManager()
                .createQuery(
                        "select m from RegistryMatch m"
                                + " where exists (select 1 from RegistryRecord r where " + owner
                                + " and ((r.service = m.serviceA and r.recordId = m.recordA)"
                                + " or (r.service = m.serviceB and r.recordId = m.recordB)))"
                                + (after == null
                                        ? ""
                                        : " and (m.detectedAt < :afterAt or (m.detectedAt = :afterAt and m.id < :afterId))")
                                + " order by m.detectedAt desc, m.id desc",
                        RegistryMatch.class)
                .setParameter("owner", wholeState ? caller.state() : caller.agency());
        if (after != null) {
            query.setParameter("afterAt", after.at()).setParameter("afterId", after.id());
        }
        return query.setMaxResults(fetch).getResultList();
    }
}

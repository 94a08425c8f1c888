package org.g5sahel.pcms.cases.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.g5sahel.pcms.cases.model.CorrelationHit;
import org.g5sahel.pcms.commons.identity.Caller;

@ApplicationScoped
public class CorrelationRepository implements PanacheRepositoryBase<CorrelationHit, UUID> {

    /** The result of recording a pair: the correlation's id and whether the pair is new. */
    public record Recorded(UUID id, boolean isNew) {}

    /**
     * Records that two cases share an identifier of this kind. One row per pair, even when two subjects are added to
     * the two cases at the same moment: the insert and the merge of kinds are one statement.
     */
    public Recorded record(UUID caseA, UUID caseB, String identifierKind, Instant now) {
        // PostgreSQL orders uuids as unsigned bytes, like their hex text; UUID.compareTo is signed and disagrees.
        UUID first = caseA.toString().compareTo(caseB.toString()) < 0 ? caseA : caseB;
        UUID second = first.equals(caseA) ? caseB : caseA;
        Object[] row = (Object[]) getEntityManager()
                .createNativeQuery("""
                insert into correlation_hit (id, case_a, case_b, identifier_kinds, detected_at)
                values (:id, :first, :second, array[cast(:kind as varchar)], :now)
                on conflict (case_a, case_b) do update set identifier_kinds = array(
                    select distinct k from unnest(correlation_hit.identifier_kinds || excluded.identifier_kinds) k
                    order by k)
                returning id, (xmax = 0) as inserted""")
                .setParameter("id", UUID.randomUUID())
                .setParameter("first", first)
                .setParameter("second", second)
                .setParameter("kind", identifierKind)
                .setParameter("now", now)
                .getSingleResult();
        return new Recorded((UUID) row[0], (Boolean) row[1]);
    }

    /** Correlations involving a case owned by the caller's agency (or by its State, for its national coordinator). */
    public List<CorrelationHit> involving(Caller caller, boolean wholeState) {
        String owner = wholeState ? "c.sovereignty.ownerState = :owner" : "c.sovereignty.ownerAgency = :owner";
        return getEntityManager()
                .createQuery(
                        "select distinct h from CorrelationHit h, InvestigationCase c"
                                + " where (c.id = h.caseA or c.id = h.caseB) and " + owner
                                + " order by h.detectedAt desc, h.id",
                        CorrelationHit.class)
                .setParameter("owner", wholeState ? caller.state() : caller.agency())
                .setMaxResults(500)
                .getResultList();
    }
}

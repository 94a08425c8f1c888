package org.g5sahel.pcms.cases.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.g5sahel.pcms.cases.model.Subject;
import org.g5sahel.pcms.cases.model.SubjectMatch;
import org.g5sahel.pcms.commons.identity.Caller;

@ApplicationScoped
public class SubjectMatchRepository implements PanacheRepositoryBase<SubjectMatch, UUID> {

    /** The result of recording a pair: the match's id and whether the pair is new. */
    public record Recorded(UUID id, boolean isNew) {}

    /**
     * Records a possible match between two subjects. One row per pair, even when both are added at the same moment:
     * the insert is one statement, and the second finds the pair there.
     */
    public Recorded record(Subject one, Subject other, String basis, double nameScore, Instant now) {
        // PostgreSQL orders uuids as unsigned bytes, like their hex text; UUID.compareTo is signed and disagrees.
        Subject first = one.id.toString().compareTo(other.id.toString()) < 0 ? one : other;
        Subject second = first == one ? other : one;
        UUID id = UUID.randomUUID();
        @SuppressWarnings("unchecked")
        List<UUID> inserted = getEntityManager()
                .createNativeQuery("""
                insert into subject_match (id, subject_a, subject_b, case_a, case_b, basis, name_score, detected_at)
                values (:id, :first, :second, :firstCase, :secondCase, :basis, :score, :now)
                on conflict (subject_a, subject_b) do nothing
                returning id""")
                .setParameter("id", id)
                .setParameter("first", first.id)
                .setParameter("second", second.id)
                .setParameter("firstCase", first.caseId)
                .setParameter("secondCase", second.caseId)
                .setParameter("basis", basis)
                .setParameter("score", BigDecimal.valueOf(nameScore))
                .setParameter("now", now)
                .getResultList();
        if (!inserted.isEmpty()) {
            return new Recorded(inserted.get(0), true);
        }
        return new Recorded(
                find("subjectA = ?1 and subjectB = ?2", first.id, second.id).singleResult().id, false);
    }

    /** Possible matches on a case owned by the caller's agency (or by its State, for its national coordinator). */
    public List<SubjectMatch> involving(Caller caller, boolean wholeState) {
        String owner = wholeState ? "c.sovereignty.ownerState = :owner" : "c.sovereignty.ownerAgency = :owner";
        return getEntityManager()
                .createQuery(
                        "select distinct m from SubjectMatch m, InvestigationCase c"
                                + " where (c.id = m.caseA or c.id = m.caseB) and " + owner
                                + " order by m.detectedAt desc, m.id",
                        SubjectMatch.class)
                .setParameter("owner", wholeState ? caller.state() : caller.agency())
                .setMaxResults(500)
                .getResultList();
    }
}

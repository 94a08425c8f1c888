package org.g5sahel.pcms.cases.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Collection;
import java.util.List;
import java.util.UUID;
import org.g5sahel.pcms.cases.model.SubjectIdentifier;

@ApplicationScoped
public class IdentifierRepository implements PanacheRepositoryBase<SubjectIdentifier, SubjectIdentifier.Key> {

    /**
     * Identifiers of other States' discoverable cases with one of these keyed hashes: the candidates of a
     * cross-border hit.
     */
    public List<SubjectIdentifier> crossBorderMatches(Collection<String> keyedHashes, String excludedState) {
        if (keyedHashes.isEmpty()) {
            return List.of();
        }
        return getEntityManager()
                .createQuery(
                        "select i from SubjectIdentifier i, InvestigationCase c"
                                + " where c.id = i.caseId and c.sovereignty.discoverable = true"
                                + " and i.keyedHash in :hashes and i.ownerState <> :state",
                        SubjectIdentifier.class)
                .setParameter("hashes", keyedHashes)
                .setParameter("state", excludedState)
                .getResultList();
    }

    /** The identifiers of one case that another case holds too (same kind, same keyed hash): why the two correlate. */
    public List<SubjectIdentifier> sharedWith(UUID caseId, UUID otherCaseId) {
        return getEntityManager()
                .createQuery(
                        "select own from SubjectIdentifier own, SubjectIdentifier other"
                                + " where own.caseId = :own and other.caseId = :other and own.keyedHash = other.keyedHash"
                                + " and own.kind = other.kind order by own.subjectId, own.kind",
                        SubjectIdentifier.class)
                .setParameter("own", caseId)
                .setParameter("other", otherCaseId)
                .getResultList();
    }
}

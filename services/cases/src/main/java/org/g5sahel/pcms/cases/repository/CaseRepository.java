package org.g5sahel.pcms.cases.repository;

import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.UUID;
import org.g5sahel.pcms.cases.model.CaseStatus;
import org.g5sahel.pcms.cases.model.InvestigationCase;
import org.g5sahel.pcms.cases.model.ThreatCategory;
import org.g5sahel.pcms.commons.identity.Caller;
import org.g5sahel.pcms.commons.persistence.Keyset;
import org.g5sahel.pcms.commons.sovereignty.SovereignRepository;

/** Cases, always read through the visibility predicate. */
@ApplicationScoped
public class CaseRepository implements SovereignRepository<InvestigationCase, UUID> {

    /** Newest first; the keyset is (createdAt, id). */
    public List<InvestigationCase> search(
            Caller caller,
            CaseStatus status,
            ThreatCategory threat,
            String ownerState,
            String searchPattern,
            Keyset after,
            int fetch) {
        StringBuilder where = new StringBuilder("1 = 1");
        Parameters parameters = new Parameters();
        if (status != null) {
            where.append(" and status = :status");
            parameters.and("status", status);
        }
        if (threat != null) {
            where.append(" and array_contains(threats, :threat)");
            parameters.and("threat", threat.name());
        }
        if (ownerState != null) {
            where.append(" and sovereignty.ownerState = :ownerState");
            parameters.and("ownerState", ownerState);
        }
        if (searchPattern != null) {
            where.append(" and searchText like :pattern escape '\\'");
            parameters.and("pattern", searchPattern);
        }
        if (after != null) {
            where.append(" and ").append(Keyset.after("createdAt"));
            parameters.and("afterAt", after.at()).and("afterId", after.id());
        }
        return findVisible(caller, where.toString(), Sort.descending("createdAt", "id"), parameters)
                .page(0, fetch)
                .list();
    }

    public List<InvestigationCase> byReferences(Caller caller, List<UUID> ids) {
        return ids.isEmpty()
                ? List.of()
                : findVisible(caller, "id in :ids", Sort.by("reference"), Parameters.with("ids", ids))
                        .list();
    }
}

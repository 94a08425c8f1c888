package org.g5sahel.pcms.aml.repository;

import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.g5sahel.pcms.aml.model.FiuRequest;
import org.g5sahel.pcms.aml.model.FiuRequestDissemination;
import org.g5sahel.pcms.commons.identity.Caller;
import org.g5sahel.pcms.commons.sovereignty.SovereignRepository;

/**
 * FIU-to-FIU requests. On top of the visibility predicate, only the two FIUs party to a request read it: SELECTED
 * would otherwise open it to every agency of the requesting State (commons Visibility).
 */
@ApplicationScoped
public class FiuRequestRepository implements SovereignRepository<FiuRequest, UUID> {

    private static final String PARTIES = "(requestingAgency = :party or answeringAgency = :party)";

    public List<FiuRequest> search(Caller caller, Instant afterCreated, UUID afterId, int fetch) {
        StringBuilder where = new StringBuilder(PARTIES);
        Parameters parameters = Parameters.with("party", caller.agency());
        if (afterCreated != null) {
            where.append(" and (createdAt < :afterCreated or (createdAt = :afterCreated and id < :afterId))");
            parameters.and("afterCreated", afterCreated).and("afterId", afterId);
        }
        return findVisible(caller, where.toString(), Sort.descending("createdAt", "id"), parameters)
                .page(0, fetch)
                .list();
    }

    public Optional<FiuRequest> findForParty(Caller caller, UUID id) {
        return findVisible(
                        caller,
                        "id = :id and " + PARTIES,
                        Sort.by("id"),
                        Parameters.with("id", id).and("party", caller.agency()))
                .firstResultOptional();
    }

    public List<FiuRequestDissemination> disseminationsOf(UUID requestId) {
        return getEntityManager()
                .createQuery(
                        "from FiuRequestDissemination where requestId = :request" + " order by disseminatedAt, id",
                        FiuRequestDissemination.class)
                .setParameter("request", requestId)
                .getResultList();
    }
}

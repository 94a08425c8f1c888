package org.g5sahel.pcms.training.repository;

import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.UUID;
import org.g5sahel.pcms.commons.identity.Caller;
import org.g5sahel.pcms.commons.sovereignty.SovereignRepository;
import org.g5sahel.pcms.training.model.Placement;
import org.g5sahel.pcms.training.model.PlacementStatus;

/** Immersion placements, read through the visibility predicate. */
@ApplicationScoped
public class PlacementRepository implements SovereignRepository<Placement, UUID> {

    public List<Placement> search(Caller caller, String hostAgency, PlacementStatus status, UUID contactId) {
        StringBuilder where = new StringBuilder("1 = 1");
        Parameters parameters = new Parameters();
        if (hostAgency != null) {
            where.append(" and hostAgency = :host");
            parameters.and("host", hostAgency);
        }
        if (status != null) {
            where.append(" and status = :status");
            parameters.and("status", status);
        }
        if (contactId != null) {
            where.append(" and contactId = :contact");
            parameters.and("contact", contactId);
        }
        return findVisible(caller, where.toString(), Sort.by("startDate").and("id"), parameters)
                .page(0, org.g5sahel.pcms.commons.rest.Page.MAX_LIMIT)
                .list();
    }
}

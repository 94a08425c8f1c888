package org.g5sahel.pcms.cases.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.UUID;
import org.g5sahel.pcms.cases.model.ControlledDelivery;
import org.g5sahel.pcms.commons.identity.Caller;

@ApplicationScoped
public class ControlledDeliveryRepository implements PanacheRepositoryBase<ControlledDelivery, UUID> {

    private static final String OWNER_OR_ON_ROUTE = "(ownerAgency = :agency or array_contains(routeStates, :state))";

    /** Deliveries the caller's agency runs, and those whose route crosses the caller's State if it may see them. */
    public List<ControlledDelivery> ownedOrOnRoute(Caller caller, boolean routeStatesSee) {
        return list(
                routeStatesSee ? OWNER_OR_ON_ROUTE : "ownerAgency = :agency",
                Sort.descending("plannedStart").and("id"),
                routeStatesSee
                        ? Parameters.with("agency", caller.agency()).and("state", caller.state())
                        : Parameters.with("agency", caller.agency()));
    }

    public List<ControlledDelivery> ofCase(UUID caseId) {
        return list("caseId", Sort.descending("plannedStart").and("id"), caseId);
    }
}

package org.g5sahel.pcms.cases.repository;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.g5sahel.pcms.commons.identity.Caller;
import org.g5sahel.pcms.commons.identity.Roles;
import org.g5sahel.pcms.commons.sovereignty.AccessRequest;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;

/** Access requests are seen by the requesting agency and the owner (agency, or its State's national coordinator). */
@ApplicationScoped
public class AccessRequestRepository implements PanacheRepositoryBase<AccessRequest, UUID> {

    private static final String PARTY = party("");

    /** The caller is the requester or the owner (agency, or its State's coordinator); {@code prefix}: alias and dot. */
    public static String party(String prefix) {
        return "(" + prefix + "requesterAgency = :agency or " + prefix + "ownerAgency = :agency or (:coordinator = true"
                + " and (" + prefix + "ownerState = :state or " + prefix + "requesterState = :state)))";
    }

    /** The parameters of {@link #party}. */
    public static Parameters parameters(Caller caller) {
        return Parameters.with("agency", caller.agency()).and("state", caller.state())
                .and("coordinator", caller.hasRole(Roles.NATIONAL_COORDINATOR));
    }

    public List<AccessRequest> involving(Caller caller) {
        return list(PARTY, Sort.descending("requestedAt").and("id"), parameters(caller));
    }

    public Optional<AccessRequest> findForParty(Caller caller, UUID id) {
        return find("id = :id and " + PARTY, parameters(caller).and("id", id)).firstResultOptional();
    }

    public boolean pendingExists(String requesterAgency, UUID recordId) {
        return count("requesterAgency = ?1 and recordId = ?2 and status = ?3", requesterAgency, recordId,
                AccessRequest.Status.PENDING) > 0;
    }

}

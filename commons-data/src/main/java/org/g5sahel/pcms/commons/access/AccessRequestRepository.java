package org.g5sahel.pcms.commons.access;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.g5sahel.pcms.commons.identity.Caller;
import org.g5sahel.pcms.commons.identity.Roles;

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
        return Parameters.with("agency", caller.agency())
                .and("state", caller.state())
                .and("coordinator", caller.hasRole(Roles.NATIONAL_COORDINATOR));
    }

    public List<AccessRequest> involving(Caller caller) {
        return list(PARTY, Sort.descending("requestedAt").and("id"), parameters(caller));
    }

    public Optional<AccessRequest> findForParty(Caller caller, UUID id) {
        return find("id = :id and " + PARTY, parameters(caller).and("id", id)).firstResultOptional();
    }

    public boolean pendingExists(String requesterAgency, UUID recordId) {
        return count(
                        "requesterAgency = ?1 and recordId = ?2 and status = ?3",
                        requesterAgency,
                        recordId,
                        AccessRequest.Status.PENDING)
                > 0;
    }

    /** Whether a grant of the record to the agency other than {@code except} is running. */
    public boolean otherGrantRunning(String requesterAgency, UUID recordId, UUID except) {
        return count(
                        "requesterAgency = ?1 and recordId = ?2 and status = ?3 and id <> ?4",
                        requesterAgency,
                        recordId,
                        AccessRequest.Status.GRANTED,
                        except)
                > 0;
    }

    /** Whether a grant of the record to the agency is running (a joint team ending must not close it). */
    public boolean grantRunning(String requesterAgency, UUID recordId) {
        return count(
                        "requesterAgency = ?1 and recordId = ?2 and status = ?3",
                        requesterAgency,
                        recordId,
                        AccessRequest.Status.GRANTED)
                > 0;
    }

    /** Grants whose last day is before {@code today}. */
    public List<AccessRequest> grantsEndedBefore(LocalDate today) {
        return list(
                "status = ?1 and grantedUntil < ?2",
                Sort.by("grantedUntil").and("id"),
                AccessRequest.Status.GRANTED,
                today);
    }
}

package org.g5sahel.pcms.alerts.repository;

import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.g5sahel.pcms.alerts.model.Alert;
import org.g5sahel.pcms.alerts.model.AlertStatus;
import org.g5sahel.pcms.commons.identity.Caller;
import org.g5sahel.pcms.commons.identity.Jurisdictions;
import org.g5sahel.pcms.commons.identity.Roles;
import org.g5sahel.pcms.commons.sovereignty.SovereignRepository;

/**
 * Alerts, read through the visibility predicate, and on top of it: an alert not yet issued is seen only by its agency
 * and by those who may approve it (the owning State's national coordinator, the regional coordinator for G5 alerts).
 */
@ApplicationScoped
public class AlertRepository implements SovereignRepository<Alert, UUID> {

    private static final String S = AlertStatus.class.getName() + ".";

    /** Drafts and pending alerts stay among their authors and approvers, whatever their distribution. */
    static final String UNPUBLISHED_RESTRICTION = "(status not in (" + S + "DRAFT, " + S + "PENDING_APPROVAL)"
            + " or sovereignty.ownerAgency = :approverAgency or sovereignty.ownerState = :approverState)";

    public List<Alert> search(Caller caller, AlertStatus status, String event, String afterSortKey, int fetch) {
        StringBuilder where = new StringBuilder(UNPUBLISHED_RESTRICTION);
        Parameters parameters = approverParameters(caller);
        if (status != null) {
            where.append(" and status = :status");
            parameters.and("status", status);
        }
        if (event != null) {
            where.append(" and lower(event) = :event");
            parameters.and("event", event.toLowerCase(java.util.Locale.ROOT));
        }
        if (afterSortKey != null) {
            where.append(" and sortKey < :after");
            parameters.and("after", afterSortKey);
        }
        return findVisible(caller, where.toString(), Sort.descending("sortKey"), parameters)
                .page(0, fetch)
                .list();
    }

    public long count(Caller caller, AlertStatus status) {
        Parameters parameters = approverParameters(caller);
        String where = UNPUBLISHED_RESTRICTION;
        if (status != null) {
            where += " and status = :status";
            parameters.and("status", status);
        }
        return countVisible(caller, where, parameters);
    }

    public Optional<Alert> findForCaller(Caller caller, UUID id) {
        Optional<Alert> visible = findVisible(
                        caller,
                        UNPUBLISHED_RESTRICTION + " and id = :id",
                        Sort.by("id"),
                        approverParameters(caller).and("id", id))
                .firstResultOptional();
        if (visible.isPresent()) {
            return visible;
        }
        // The approver of the owning State must read an alert submitted to them, even one of AGENCY distribution:
        // rule 1 already lets them decide its sharing.
        String approverState =
                approverParameters(caller).map().get("approverState").toString();
        return find(
                        "id = ?1 and status = ?2 and sovereignty.ownerState = ?3",
                        id,
                        AlertStatus.PENDING_APPROVAL,
                        approverState)
                .firstResultOptional();
    }

    /** Whether an agency (as a caller without roles) may see the alert: the entitlement test of the fan-out. */
    public boolean visibleTo(Caller recipient, UUID id) {
        return findForCaller(recipient, id).isPresent();
    }

    public List<Alert> publishedExpiredAt(Instant now) {
        return list(
                "status in (?1, ?2) and expires is not null and expires < ?3",
                AlertStatus.ISSUED,
                AlertStatus.UPDATED,
                now);
    }

    public Optional<Alert> findImported(String ownerAgency, String sender, String identifier) {
        return find(
                        "sovereignty.ownerAgency = ?1 and capSender = ?2 and capIdentifier = ?3",
                        ownerAgency,
                        sender,
                        identifier)
                .firstResultOptional();
    }

    private static Parameters approverParameters(Caller caller) {
        String approverState = "-";
        if (caller.hasRole(Roles.NATIONAL_COORDINATOR)) {
            approverState = caller.state();
        } else if (caller.hasRole(Roles.REGIONAL_COORDINATOR)) {
            approverState = Jurisdictions.REGIONAL_UNIT;
        }
        return Parameters.with("approverAgency", caller.agency()).and("approverState", approverState);
    }
}

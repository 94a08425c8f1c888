package org.g5sahel.pcms.alerts.repository;

import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.g5sahel.pcms.alerts.model.Notice;
import org.g5sahel.pcms.commons.identity.Caller;
import org.g5sahel.pcms.commons.identity.Jurisdictions;
import org.g5sahel.pcms.commons.identity.Roles;
import org.g5sahel.pcms.commons.sovereignty.SovereignRepository;

/**
 * Notices and diffusions. A notice that is not published (under review, rejected) is seen by its agency and by its
 * reviewers only — the owning State's national coordinator, the regional coordinator for the regional unit's — and
 * always within its distribution.
 */
@ApplicationScoped
public class NoticeRepository implements SovereignRepository<Notice, UUID> {

    private static final String UNPUBLISHED_RESTRICTION = "(status in (" + Notice.Status.class.getName()
            + ".PUBLISHED, " + Notice.Status.class.getName() + ".WITHDRAWN)"
            + " or sovereignty.ownerAgency = :reviewerAgency or sovereignty.ownerState = :reviewerState)";

    public List<Notice> search(
            Caller caller, Notice.Type type, Notice.Kind kind, Notice.Status status, String afterSortKey, int fetch) {
        StringBuilder where = new StringBuilder(UNPUBLISHED_RESTRICTION + " and type = :type");
        Parameters parameters = reviewerParameters(caller).and("type", type);
        if (kind != null) {
            where.append(" and kind = :kind");
            parameters.and("kind", kind);
        }
        if (status != null) {
            where.append(" and status = :status");
            parameters.and("status", status);
        }
        if (afterSortKey != null) {
            where.append(" and sortKey < :after");
            parameters.and("after", afterSortKey);
        }
        return findVisible(caller, where.toString(), Sort.descending("sortKey"), parameters)
                .page(0, fetch)
                .list();
    }

    public long count(Caller caller, Notice.Type type, Notice.Status status) {
        StringBuilder where = new StringBuilder(UNPUBLISHED_RESTRICTION + " and type = :type");
        Parameters parameters = reviewerParameters(caller).and("type", type);
        if (status != null) {
            where.append(" and status = :status");
            parameters.and("status", status);
        }
        return countVisible(caller, where.toString(), parameters);
    }

    public Optional<Notice> findForCaller(Caller caller, Notice.Type type, UUID id) {
        return findVisible(
                        caller,
                        UNPUBLISHED_RESTRICTION + " and type = :type and id = :id",
                        Sort.by("id"),
                        reviewerParameters(caller).and("type", type).and("id", id))
                .firstResultOptional();
    }

    /** Whether a recipient (an agency as a role-less caller) may read the published notice: the shared predicate. */
    public boolean visibleTo(Caller recipient, Notice notice) {
        return findForCaller(recipient, notice.type, notice.id).isPresent();
    }

    public Optional<Notice> findBySource(String sourceType, String sourceId) {
        return find("sourceType = ?1 and sourceId = ?2", sourceType, sourceId).firstResultOptional();
    }

    private static Parameters reviewerParameters(Caller caller) {
        String reviewerState = caller.hasRole(Roles.NATIONAL_COORDINATOR)
                ? caller.state()
                : caller.hasRole(Roles.REGIONAL_COORDINATOR) ? Jurisdictions.REGIONAL_UNIT : "-";
        return Parameters.with("reviewerAgency", caller.agency()).and("reviewerState", reviewerState);
    }
}

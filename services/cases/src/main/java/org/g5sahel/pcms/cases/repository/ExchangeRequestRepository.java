package org.g5sahel.pcms.cases.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.g5sahel.pcms.cases.model.ExchangeRequest;
import org.g5sahel.pcms.cases.model.RecipientStatus;
import org.g5sahel.pcms.commons.identity.Caller;
import org.g5sahel.pcms.commons.persistence.Keyset;

/**
 * Exchange requests are addressed, not distributed: the sending agency and the recipient agencies see them, nobody
 * else. That predicate is in every query here.
 */
@ApplicationScoped
public class ExchangeRequestRepository implements PanacheRepositoryBase<ExchangeRequest, UUID> {

    private static final String PARTICIPANT = participant("");

    /** The caller's agency sent the request or is among its recipients; {@code prefix} is an alias and a dot, or "". */
    public static String participant(String prefix) {
        return "(" + prefix + "senderAgency = :agency or array_contains(" + prefix + "recipientAgencies, :agency))";
    }

    public Optional<ExchangeRequest> findForParticipant(Caller caller, UUID id) {
        return find("id = :id and " + PARTICIPANT, Parameters.with("id", id).and("agency", caller.agency()))
                .firstResultOptional();
    }

    /**
     * @param box {@code sent}, {@code received} or null for both
     */
    public List<ExchangeRequest> search(
            Caller caller, String box, UUID caseId, Boolean overdue, Instant now, Keyset after, int fetch) {
        StringBuilder where = new StringBuilder();
        Parameters parameters = Parameters.with("agency", caller.agency());
        if ("sent".equals(box)) {
            where.append("senderAgency = :agency");
        } else if ("received".equals(box)) {
            where.append("array_contains(recipientAgencies, :agency)");
        } else {
            where.append(PARTICIPANT);
        }
        if (caseId != null) {
            where.append(" and caseId = :caseId");
            parameters.and("caseId", caseId);
        }
        if (overdue != null) {
            where.append(overdue ? " and closed = false and dueAt < :now" : " and (closed = true or dueAt >= :now)");
            parameters.and("now", now);
        }
        if (after != null) {
            where.append(" and ").append(Keyset.after("sentAt"));
            parameters.and("afterAt", after.at()).and("afterId", after.id());
        }
        return find(where.toString(), Sort.descending("sentAt", "id"), parameters)
                .page(0, fetch)
                .list();
    }

    /**
     * Open requests past their due date with a recipient that has neither concluded nor been reported late yet, the
     * longest overdue first. Platform work: no caller, no visibility predicate.
     */
    public List<ExchangeRequest> overdueToReport(Instant now, int limit) {
        return find(
                        "select distinct late from ExchangeRequest late join late.recipients recipient"
                                + " where late.closed = false and late.dueAt < :now and recipient.overdueReportedAt is null"
                                + " and recipient.status in (:open) order by late.dueAt, late.id",
                        Parameters.with("now", now)
                                .and("open", List.of(RecipientStatus.SENT, RecipientStatus.ACKNOWLEDGED)))
                .page(0, limit)
                .list();
    }
}

package org.g5sahel.pcms.firearms.repository;

import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.g5sahel.pcms.commons.identity.Caller;
import org.g5sahel.pcms.commons.persistence.Keyset;
import org.g5sahel.pcms.commons.sovereignty.SovereignRepository;
import org.g5sahel.pcms.firearms.model.TraceRequest;
import org.g5sahel.pcms.firearms.model.TraceStatus;

/** Trace requests, read through the visibility predicate. */
@ApplicationScoped
public class TraceRequestRepository implements SovereignRepository<TraceRequest, UUID> {

    /** Which side of the requests to list. */
    public enum Box {
        /** Sent by the caller's State. */
        SENT,
        /** Addressed to the caller's State. */
        RECEIVED,
        ALL
    }

    public List<TraceRequest> list(
            Caller caller, Box box, TraceStatus status, Boolean overdue, LocalDate today, Keyset after, int fetch) {
        StringBuilder where = new StringBuilder("1 = 1");
        Parameters parameters = new Parameters();
        if (box == Box.SENT) {
            where.append(" and sovereignty.ownerState = :callerState");
            parameters.and("callerState", caller.state());
        } else if (box == Box.RECEIVED) {
            where.append(" and addressedTo = :callerState");
            parameters.and("callerState", caller.state());
        }
        if (status != null) {
            where.append(" and status = :status");
            parameters.and("status", status);
        }
        if (overdue != null) {
            where.append(
                    overdue
                            ? " and status <> :answered and dueDate < :today"
                            : " and (status = :answered or dueDate >= :today)");
            parameters.and("answered", TraceStatus.ANSWERED).and("today", today);
        }
        if (after != null) {
            where.append(" and ").append(Keyset.after("submittedAt"));
            parameters.and("afterAt", after.at()).and("afterId", after.id());
        }
        return findVisible(caller, where.toString(), Sort.descending("submittedAt", "id"), parameters)
                .page(0, fetch)
                .list();
    }
}

package org.g5sahel.pcms.training.repository;

import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.g5sahel.pcms.commons.identity.Caller;
import org.g5sahel.pcms.commons.sovereignty.SovereignRepository;
import org.g5sahel.pcms.training.model.SessionStatus;
import org.g5sahel.pcms.training.model.TrainingSession;

/** Sessions, read through the visibility predicate. */
@ApplicationScoped
public class SessionRepository implements SovereignRepository<TrainingSession, UUID> {

    /** Ordered by start date then id; the cursor is {@code <start date>/<id>}. */
    public List<TrainingSession> search(
            Caller caller,
            UUID courseId,
            SessionStatus status,
            String hostState,
            LocalDate from,
            LocalDate afterStart,
            UUID afterId,
            int fetch) {
        StringBuilder where = new StringBuilder("1 = 1");
        Parameters parameters = new Parameters();
        if (courseId != null) {
            where.append(" and courseId = :course");
            parameters.and("course", courseId);
        }
        if (status != null) {
            where.append(" and status = :status");
            parameters.and("status", status);
        }
        if (hostState != null) {
            where.append(" and hostState = :hostState");
            parameters.and("hostState", hostState);
        }
        if (from != null) {
            where.append(" and endDate >= :from");
            parameters.and("from", from);
        }
        if (afterStart != null) {
            where.append(" and (startDate > :afterStart or (startDate = :afterStart and id > :afterId))");
            parameters.and("afterStart", afterStart).and("afterId", afterId);
        }
        return findVisible(caller, where.toString(), Sort.by("startDate").and("id"), parameters)
                .page(0, fetch)
                .list();
    }

    /**
     * Takes the session's row lock: nominations, decisions and withdrawals of one session are serialised, so that
     * quotas and capacity are counted on a settled state.
     */
    public void lock(TrainingSession session) {
        getEntityManager().refresh(session, LockModeType.PESSIMISTIC_WRITE);
    }
}

package org.g5sahel.pcms.training.repository;

import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.g5sahel.pcms.commons.identity.Caller;
import org.g5sahel.pcms.commons.sovereignty.SovereignRepository;
import org.g5sahel.pcms.training.model.Nomination;
import org.g5sahel.pcms.training.model.NominationStatus;

/**
 * Nominations. Reads for callers go through the visibility predicate; the seat counts that enforce quotas and capacity
 * are the organiser's business rules and count every nomination of the session, whoever owns it (the counts are never
 * shown to a caller who could not see the rows).
 */
@ApplicationScoped
public class NominationRepository implements SovereignRepository<Nomination, UUID> {

    public List<Nomination> visibleOfSession(Caller caller, UUID sessionId, NominationStatus status) {
        String where = "sessionId = :session" + (status == null ? "" : " and status = :status");
        Parameters parameters = Parameters.with("session", sessionId);
        if (status != null) {
            parameters.and("status", status);
        }
        return findVisible(caller, where, Sort.by("createdAt").and("id"), parameters)
                .list();
    }

    public List<Nomination> visibleOfContact(Caller caller, UUID contactId) {
        return findVisible(
                        caller,
                        "contactId = :contact",
                        Sort.by("createdAt").and("id"),
                        Parameters.with("contact", contactId))
                .list();
    }

    /** Visible completed nominations: the trained officers the statistics count. */
    public List<Nomination> visibleCompleted(Caller caller) {
        return findVisible(
                        caller,
                        "status = :status",
                        Sort.by("id"),
                        Parameters.with("status", NominationStatus.COMPLETED))
                .list();
    }

    public long countLiveOfState(UUID sessionId, String state) {
        return count("sessionId = ?1 and nomineeState = ?2 and status in ?3", sessionId, state, NominationStatus.LIVE);
    }

    public long countAccepted(UUID sessionId) {
        return count("sessionId = ?1 and status = ?2", sessionId, NominationStatus.ACCEPTED);
    }

    public boolean hasLive(UUID sessionId, UUID contactId) {
        return count("sessionId = ?1 and contactId = ?2 and status in ?3", sessionId, contactId, NominationStatus.LIVE)
                > 0;
    }

    /** The head of the session's wait list: who gets a freed seat. */
    public Optional<Nomination> firstWaitlisted(UUID sessionId) {
        return find(
                        "sessionId = ?1 and status = ?2",
                        Sort.by("waitlistPosition"),
                        sessionId,
                        NominationStatus.WAITLISTED)
                .firstResultOptional();
    }

    public List<Nomination> acceptedOf(UUID sessionId) {
        return list("sessionId = ?1 and status = ?2", Sort.by("id"), sessionId, NominationStatus.ACCEPTED);
    }

    public List<Nomination> waitlistedOf(UUID sessionId) {
        return list(
                "sessionId = ?1 and status = ?2", Sort.by("waitlistPosition"), sessionId, NominationStatus.WAITLISTED);
    }

    public long nextWaitlistPosition() {
        return ((Number) getEntityManager()
                        .createNativeQuery("select nextval('waitlist_position_seq')")
                        .getSingleResult())
                .longValue();
    }
}

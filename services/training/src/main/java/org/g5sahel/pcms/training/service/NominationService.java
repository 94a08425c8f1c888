package org.g5sahel.pcms.training.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.g5sahel.pcms.commons.audit.AuditAction;
import org.g5sahel.pcms.commons.audit.AuditLog;
import org.g5sahel.pcms.commons.identity.Caller;
import org.g5sahel.pcms.commons.messaging.Outbox;
import org.g5sahel.pcms.commons.problem.ProblemException;
import org.g5sahel.pcms.commons.problem.ProblemType;
import org.g5sahel.pcms.commons.rest.Versions;
import org.g5sahel.pcms.commons.sovereignty.Distribution;
import org.g5sahel.pcms.commons.sovereignty.SharingTerms;
import org.g5sahel.pcms.commons.sovereignty.Sovereignty;
import org.g5sahel.pcms.training.client.DirectoryContact;
import org.g5sahel.pcms.training.model.Course;
import org.g5sahel.pcms.training.model.Nomination;
import org.g5sahel.pcms.training.model.NominationStatus;
import org.g5sahel.pcms.training.model.SessionStatus;
import org.g5sahel.pcms.training.model.TrainingSession;
import org.g5sahel.pcms.training.repository.CourseRepository;
import org.g5sahel.pcms.training.repository.NominationRepository;
import org.g5sahel.pcms.training.repository.SessionRepository;

/**
 * Nominations and seats. A State fills at most its quota with live nominations (nominated, accepted, wait-listed); the
 * organiser accepts up to the capacity, wait-lists or declines; a freed seat goes to the head of the wait list. Every
 * change of one session's seats holds that session's row lock.
 */
@ApplicationScoped
public class NominationService {

    /** Nominal data about an officer (DESIGN §2): reviewed after five years. */
    static final Period REVIEW_PERIOD = Period.ofYears(5);

    private final NominationRepository nominations;
    private final SessionRepository sessions;
    private final CourseRepository courses;
    private final SessionService sessionService;
    private final AuditLog auditLog;
    private final Outbox outbox;
    private final Clock clock;

    public NominationService(
            NominationRepository nominations,
            SessionRepository sessions,
            CourseRepository courses,
            SessionService sessionService,
            AuditLog auditLog,
            Outbox outbox,
            Clock clock) {
        this.nominations = nominations;
        this.sessions = sessions;
        this.courses = courses;
        this.sessionService = sessionService;
        this.auditLog = auditLog;
        this.outbox = outbox;
        this.clock = clock;
    }

    /**
     * @param officer the nominee as the directory showed it to the caller, or null when the directory does not know it
     *                (or hides it from the caller)
     */
    @Transactional
    public Nomination nominate(Caller caller, UUID sessionId, NominationCommand request, DirectoryContact officer) {
        TrainingSession session = sessionService.visible(caller, sessionId);
        if (officer == null) {
            throw SessionService.invalid("contactId", "nomination.unknown-contact");
        }
        if (!officer.active()) {
            throw SessionService.invalid("contactId", "nomination.inactive-contact");
        }
        if (!caller.isNationalCoordinatorOf(officer.state())) {
            throw new ProblemException(ProblemType.FORBIDDEN, "nomination.not-your-officer", officer.state());
        }
        sessions.lock(session);
        requireOpenBeforeStart(session);
        int quota = session.quotaOf(officer.state());
        if (nominations.countLiveOfState(session.id, officer.state()) >= quota) {
            throw new ProblemException(ProblemType.CONFLICT, "nomination.quota-exceeded", officer.state(), quota);
        }
        if (nominations.hasLive(session.id, officer.id())) {
            throw new ProblemException(ProblemType.CONFLICT, "nomination.duplicate");
        }
        Nomination nomination = new Nomination();
        nomination.id = UUID.randomUUID();
        nomination.sessionId = session.id;
        nomination.contactId = officer.id();
        nomination.nomineeName = officer.fullName();
        nomination.nomineeAgency = officer.agencyCode();
        nomination.nomineeState = officer.state();
        nomination.motivation = request.motivation();
        nomination.status = NominationStatus.NOMINATED;
        nomination.createdAt = clock.instant();
        nomination.updatedAt = nomination.createdAt;
        // The nominating State owns it; the organiser must see it to decide.
        nomination.sovereignty = Sovereignty.ownedBy(
                caller,
                SharingTerms.of(Distribution.SELECTED, session.sovereignty.ownerAgency()),
                Distribution.SELECTED,
                REVIEW_PERIOD,
                LocalDate.now(clock));
        nominations.persist(nomination);
        auditLog.record(caller, AuditAction.CREATE, Audited.of(nomination), null, "OK");
        publish(nomination, "created");
        return nomination;
    }

    @Transactional
    public List<Nomination> ofSession(Caller caller, UUID sessionId, NominationStatus status) {
        TrainingSession session = sessionService.visible(caller, sessionId);
        List<Nomination> found = nominations.visibleOfSession(caller, session.id, status);
        auditLog.recordReads(
                caller, AuditAction.LIST, found.stream().map(Audited::of).toList(), null);
        return found;
    }

    @Transactional
    public Nomination get(Caller caller, UUID id) {
        Nomination nomination = visible(caller, id);
        auditLog.recordReads(caller, AuditAction.READ, List.of(Audited.of(nomination)), null);
        return nomination;
    }

    @Transactional
    public Nomination decide(Caller caller, UUID id, String ifMatch, DecisionCommand decision) {
        Nomination nomination = visible(caller, id);
        TrainingSession session = sessionService.visible(caller, nomination.sessionId);
        SessionService.requireOrganiser(caller, session);
        Versions.requireMatch(ifMatch, nomination.version);
        sessions.lock(session);
        requireOpenBeforeStart(session);
        NominationStatus before = nomination.status;
        switch (decision.decision()) {
            case ACCEPT -> {
                requireFrom(nomination, NominationStatus.NOMINATED, NominationStatus.WAITLISTED);
                if (nominations.countAccepted(session.id) >= session.capacity) {
                    throw new ProblemException(ProblemType.CONFLICT, "nomination.session-full", session.capacity);
                }
                nomination.status = NominationStatus.ACCEPTED;
                nomination.waitlistPosition = null;
            }
            case WAITLIST -> {
                requireFrom(nomination, NominationStatus.NOMINATED);
                nomination.status = NominationStatus.WAITLISTED;
                nomination.waitlistPosition = nominations.nextWaitlistPosition();
            }
            case DECLINE -> {
                requireFrom(
                        nomination, NominationStatus.NOMINATED, NominationStatus.WAITLISTED, NominationStatus.ACCEPTED);
                if (decision.reason() == null || decision.reason().isBlank()) {
                    throw SessionService.invalid("reason", "nomination.decline-needs-reason");
                }
                nomination.status = NominationStatus.DECLINED;
                nomination.waitlistPosition = null;
            }
        }
        nomination.decisionReason = decision.reason();
        nomination.updatedAt = clock.instant();
        nominations.flush();
        auditLog.record(
                caller, AuditAction.UPDATE, Audited.of(nomination), decision.reason(), nomination.status.name());
        publish(
                nomination,
                switch (nomination.status) {
                    case ACCEPTED -> "accepted";
                    case WAITLISTED -> "wait-listed";
                    default -> "declined";
                });
        if (before == NominationStatus.ACCEPTED) {
            giveFreedSeats(session);
        }
        sessionService.followSeats(session);
        return nomination;
    }

    /** The nominating State takes its nominee back; an accepted seat so freed goes to the wait list. */
    @Transactional
    public Nomination withdraw(Caller caller, UUID id, String ifMatch, String reason) {
        Nomination nomination = visible(caller, id);
        if (!nomination.sovereignty.isOwnedBy(caller)
                && !caller.isNationalCoordinatorOf(nomination.sovereignty.ownerState())) {
            throw new ProblemException(ProblemType.FORBIDDEN, "nomination.not-yours");
        }
        Versions.requireMatch(ifMatch, nomination.version);
        TrainingSession session = sessions.findById(nomination.sessionId);
        sessions.lock(session);
        requireOpenBeforeStart(session);
        requireFrom(nomination, NominationStatus.NOMINATED, NominationStatus.WAITLISTED, NominationStatus.ACCEPTED);
        NominationStatus before = nomination.status;
        nomination.status = NominationStatus.WITHDRAWN;
        nomination.waitlistPosition = null;
        nomination.decisionReason = reason;
        nomination.updatedAt = clock.instant();
        nominations.flush();
        auditLog.record(caller, AuditAction.UPDATE, Audited.of(nomination), reason, "WITHDRAWN");
        publish(nomination, "withdrawn");
        if (before == NominationStatus.ACCEPTED) {
            giveFreedSeats(session);
        }
        sessionService.followSeats(session);
        return nomination;
    }

    /** The organiser records the assessment score; the course's pass mark decides whether it is passed. */
    @Transactional
    public Nomination assess(Caller caller, UUID id, String ifMatch, int score) {
        Nomination nomination = visible(caller, id);
        TrainingSession session = sessionService.visible(caller, nomination.sessionId);
        SessionService.requireOrganiser(caller, session);
        Versions.requireMatch(ifMatch, nomination.version);
        if (session.status != SessionStatus.IN_PROGRESS) {
            throw new ProblemException(ProblemType.CONFLICT, "assessment.session-not-in-progress", session.status);
        }
        if (nomination.status != NominationStatus.ACCEPTED) {
            throw new ProblemException(ProblemType.CONFLICT, "attendance.not-a-participant");
        }
        Course course = courses.findById(session.courseId);
        nomination.assessmentScore = score;
        nomination.assessmentPassed = score >= course.passMark;
        nomination.updatedAt = clock.instant();
        nominations.flush();
        auditLog.record(caller, AuditAction.UPDATE, Audited.of(nomination), "assessment", "OK");
        return nomination;
    }

    Nomination visible(Caller caller, UUID id) {
        return nominations.findVisibleById(caller, id).orElseThrow(ProblemException::notFound);
    }

    /** Fills every free seat from the head of the wait list, in order. */
    private void giveFreedSeats(TrainingSession session) {
        long accepted = nominations.countAccepted(session.id);
        for (Nomination waiting : nominations.waitlistedOf(session.id)) {
            if (accepted >= session.capacity) {
                return;
            }
            waiting.status = NominationStatus.ACCEPTED;
            waiting.waitlistPosition = null;
            waiting.decisionReason = "promoted-from-wait-list";
            waiting.updatedAt = clock.instant();
            accepted++;
            nominations.flush();
            publish(waiting, "promoted");
        }
    }

    private void requireOpenBeforeStart(TrainingSession session) {
        // Until the first day is over: a one-day session can still take a last-minute nominee that morning.
        if (LocalDate.now(clock).isAfter(session.startDate)) {
            throw new ProblemException(ProblemType.CONFLICT, "nomination.session-started", session.startDate);
        }
        if (!session.status.acceptsNominations()) {
            throw new ProblemException(ProblemType.CONFLICT, "nomination.session-not-open", session.status);
        }
    }

    private static void requireFrom(Nomination nomination, NominationStatus... allowed) {
        if (!List.of(allowed).contains(nomination.status)) {
            throw new ProblemException(ProblemType.CONFLICT, "nomination.not-allowed-from", nomination.status);
        }
    }

    private void publish(Nomination nomination, String event) {
        outbox.publish(
                "nomination",
                event,
                nomination.id,
                nomination.sovereignty,
                Map.of(
                        "id",
                        nomination.id,
                        "sessionId",
                        nomination.sessionId,
                        "contactId",
                        nomination.contactId,
                        "nomineeState",
                        nomination.nomineeState,
                        "status",
                        nomination.status));
    }
}

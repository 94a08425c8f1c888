package org.g5sahel.pcms.training.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.function.Function;
import org.g5sahel.pcms.commons.audit.AuditAction;
import org.g5sahel.pcms.commons.audit.AuditLog;
import org.g5sahel.pcms.commons.identity.AgencyCode;
import org.g5sahel.pcms.commons.identity.Caller;
import org.g5sahel.pcms.commons.identity.Jurisdictions;
import org.g5sahel.pcms.commons.identity.Roles;
import org.g5sahel.pcms.commons.messaging.Outbox;
import org.g5sahel.pcms.commons.problem.Problem;
import org.g5sahel.pcms.commons.problem.ProblemException;
import org.g5sahel.pcms.commons.problem.ProblemType;
import org.g5sahel.pcms.commons.rest.Versions;
import org.g5sahel.pcms.commons.sovereignty.Distribution;
import org.g5sahel.pcms.commons.sovereignty.Sovereignty;
import org.g5sahel.pcms.training.model.Course;
import org.g5sahel.pcms.training.model.Nomination;
import org.g5sahel.pcms.training.model.NominationStatus;
import org.g5sahel.pcms.training.model.SessionStatus;
import org.g5sahel.pcms.training.model.TrainingSession;
import org.g5sahel.pcms.training.repository.CourseRepository;
import org.g5sahel.pcms.training.repository.NominationRepository;
import org.g5sahel.pcms.training.repository.SessionRepository;

/**
 * Sessions and their life: planned → open for nominations → full → in progress → completed, or cancelled. The
 * organiser is the owning agency's training manager.
 */
@ApplicationScoped
public class SessionService {

    private static final Period REVIEW_PERIOD = Period.ofYears(10);

    private final SessionRepository sessions;
    private final CourseRepository courses;
    private final NominationRepository nominations;
    private final AuditLog auditLog;
    private final Outbox outbox;
    private final Clock clock;

    public SessionService(
            SessionRepository sessions,
            CourseRepository courses,
            NominationRepository nominations,
            AuditLog auditLog,
            Outbox outbox,
            Clock clock) {
        this.sessions = sessions;
        this.courses = courses;
        this.nominations = nominations;
        this.auditLog = auditLog;
        this.outbox = outbox;
        this.clock = clock;
    }

    @Transactional
    public List<TrainingSession> search(
            Caller caller,
            UUID courseId,
            SessionStatus status,
            String hostState,
            LocalDate from,
            LocalDate afterStart,
            UUID afterId,
            int fetch) {
        List<TrainingSession> found =
                sessions.search(caller, courseId, status, hostState, from, afterStart, afterId, fetch);
        auditLog.recordReads(
                caller, AuditAction.LIST, found.stream().map(Audited::of).toList(), null);
        return found;
    }

    @Transactional
    public TrainingSession get(Caller caller, UUID id) {
        TrainingSession session = visible(caller, id);
        auditLog.recordReads(caller, AuditAction.READ, List.of(Audited.of(session)), null);
        return session;
    }

    /** The course of a visible session, for the calendar; a course hidden from the caller is named by its session only. */
    @Transactional
    public Course courseOf(Caller caller, TrainingSession session) {
        return courses.findVisibleById(caller, session.courseId).orElse(null);
    }

    public long acceptedSeats(TrainingSession session) {
        return nominations.countAccepted(session.id);
    }

    @Transactional
    public TrainingSession create(Caller caller, SessionCommand request) {
        Course course = courses.findVisibleById(caller, request.courseId())
                .orElseThrow(() -> invalid("courseId", "session.unknown-course"));
        TrainingSession session = new TrainingSession();
        session.id = UUID.randomUUID();
        session.courseId = course.id;
        session.createdAt = clock.instant();
        session.sovereignty =
                Sovereignty.ownedBy(caller, request.sharing(), Distribution.G5, REVIEW_PERIOD, LocalDate.now(clock));
        session.status = request.openForNominations() ? SessionStatus.OPEN : SessionStatus.PLANNED;
        apply(session, request);
        sessions.persist(session);
        auditLog.record(caller, AuditAction.CREATE, Audited.of(session), null, "OK");
        outbox.publish("session", "created", session.id, session.sovereignty, event(session));
        return session;
    }

    @Transactional
    public TrainingSession update(Caller caller, UUID id, String ifMatch, SessionCommand request) {
        TrainingSession session = visible(caller, id);
        requireOrganiser(caller, session);
        Versions.requireMatch(ifMatch, session.version);
        if (!session.courseId.equals(request.courseId())) {
            throw invalid("courseId", "session.course-immutable");
        }
        if (session.status != SessionStatus.PLANNED
                && session.status != SessionStatus.OPEN
                && session.status != SessionStatus.FULL) {
            throw new ProblemException(ProblemType.CONFLICT, "session.no-longer-editable", session.status);
        }
        sessions.lock(session);
        apply(session, request);
        if (nominations.countAccepted(session.id) > session.capacity) {
            throw invalid("capacity", "session.capacity-below-accepted");
        }
        followSeats(session);
        sessions.flush();
        auditLog.record(caller, AuditAction.UPDATE, Audited.of(session), null, "OK");
        outbox.publish("session", "updated", session.id, session.sovereignty, event(session));
        return session;
    }

    /** An organiser's transition; at start, nominations not accepted by then are declined. */
    @Transactional
    public TrainingSession changeStatus(Caller caller, UUID id, String ifMatch, SessionStatus target, String reason) {
        TrainingSession session = visible(caller, id);
        requireOrganiser(caller, session);
        Versions.requireMatch(ifMatch, session.version);
        sessions.lock(session);
        if (!session.status.mayBeChangedByOrganiserTo(target)) {
            throw new ProblemException(ProblemType.CONFLICT, "session.transition-not-allowed", session.status, target);
        }
        if (target == SessionStatus.IN_PROGRESS && LocalDate.now(clock).isBefore(session.startDate)) {
            throw new ProblemException(ProblemType.CONFLICT, "session.not-started-yet", session.startDate);
        }
        if (target == SessionStatus.IN_PROGRESS) {
            for (Nomination pending : nominations.list(
                    "sessionId = ?1 and status in ?2",
                    session.id,
                    List.of(NominationStatus.NOMINATED, NominationStatus.WAITLISTED))) {
                pending.status = NominationStatus.DECLINED;
                pending.waitlistPosition = null;
                pending.decisionReason = "session-started";
                pending.updatedAt = clock.instant();
                outbox.publish(
                        "nomination",
                        "declined",
                        pending.id,
                        pending.sovereignty,
                        Map.of("id", pending.id, "sessionId", session.id, "reason", "session-started"));
            }
        }
        SessionStatus previous = session.status;
        session.status = target;
        session.updatedAt = clock.instant();
        sessions.flush();
        auditLog.record(caller, AuditAction.UPDATE, Audited.of(session), reason, target.name());
        outbox.publish(
                "session",
                "status-changed",
                session.id,
                session.sovereignty,
                Map.of("id", session.id, "from", previous, "to", target));
        return session;
    }

    /** OPEN ⇄ FULL follow the accepted seats; other statuses are left alone. */
    void followSeats(TrainingSession session) {
        long accepted = nominations.countAccepted(session.id);
        SessionStatus seats = accepted >= session.capacity ? SessionStatus.FULL : SessionStatus.OPEN;
        if (session.status.acceptsNominations() && session.status != seats) {
            session.status = seats;
            session.updatedAt = clock.instant();
            outbox.publish(
                    "session",
                    "status-changed",
                    session.id,
                    session.sovereignty,
                    Map.of("id", session.id, "to", seats));
        }
    }

    TrainingSession visible(Caller caller, UUID id) {
        return sessions.findVisibleById(caller, id).orElseThrow(ProblemException::notFound);
    }

    /** The organiser: a training manager of the agency that owns the session. */
    /**
     * A partial change of the session, through the same rules as {@link #update}: {@code patched} turns the session,
     * once the caller may change it, into its whole new description.
     */
    @Transactional
    public TrainingSession patch(
            Caller caller, UUID id, String ifMatch, Function<TrainingSession, SessionCommand> patched) {
        TrainingSession session = visible(caller, id);
        requireOrganiser(caller, session);
        return update(caller, id, ifMatch, patched.apply(session));
    }

    static void requireOrganiser(Caller caller, TrainingSession session) {
        if (!caller.hasRole(Roles.TRAINING_MANAGER) || !session.sovereignty.isOwnedBy(caller)) {
            throw new ProblemException(
                    ProblemType.FORBIDDEN, "session.not-organiser", session.sovereignty.ownerAgency());
        }
    }

    private void apply(TrainingSession session, SessionCommand request) {
        List<Problem.FieldError> errors = new ArrayList<>();
        if (request.endDate().isBefore(request.startDate())) {
            errors.add(new Problem.FieldError("endDate", "session.end-before-start"));
        }
        if (request.startDate().isBefore(LocalDate.now(clock))
                && !request.startDate().equals(session.startDate)) {
            errors.add(new Problem.FieldError("startDate", "session.start-in-past"));
        }
        String hostState = AgencyCode.stateOf(request.hostAgency());
        if (!Jurisdictions.isOwner(hostState)) {
            errors.add(new Problem.FieldError("hostAgency", "session.host-not-member"));
        }
        // The member States are configuration (Jurisdictions), so a quota's State is checked here, not by a pattern.
        if (!request.quotas().keySet().stream().allMatch(Jurisdictions::isOwner)) {
            errors.add(new Problem.FieldError("quotas", "session.quota-unknown-state"));
        }
        if (request.quotas().values().stream().anyMatch(seats -> seats > request.capacity())) {
            errors.add(new Problem.FieldError("quotas", "session.quota-above-capacity"));
        }
        if (!errors.isEmpty()) {
            throw new ProblemException(
                    ProblemType.VALIDATION_FAILED, errors, "validation-failed.detail", errors.size());
        }
        session.startDate = request.startDate();
        session.endDate = request.endDate();
        session.hostAgency = request.hostAgency();
        session.hostState = hostState;
        session.venue = request.venue().strip();
        session.trainers = new ArrayList<>(request.trainers() == null ? List.of() : request.trainers());
        session.language = request.language();
        session.capacity = request.capacity();
        session.quotas = new TreeMap<>(request.quotas());
        session.updatedAt = clock.instant();
    }

    private static Map<String, Object> event(TrainingSession session) {
        return Map.of(
                "id",
                session.id,
                "courseId",
                session.courseId,
                "startDate",
                session.startDate,
                "endDate",
                session.endDate,
                "hostAgency",
                session.hostAgency,
                "status",
                session.status);
    }

    static ProblemException invalid(String field, String key) {
        return new ProblemException(
                ProblemType.VALIDATION_FAILED,
                List.of(new Problem.FieldError(field, key)),
                "validation-failed.detail",
                1);
    }
}

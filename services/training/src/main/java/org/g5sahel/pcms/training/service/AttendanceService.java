package org.g5sahel.pcms.training.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.g5sahel.pcms.commons.audit.AuditAction;
import org.g5sahel.pcms.commons.audit.AuditLog;
import org.g5sahel.pcms.commons.identity.Caller;
import org.g5sahel.pcms.commons.messaging.Outbox;
import org.g5sahel.pcms.commons.problem.Problem;
import org.g5sahel.pcms.commons.problem.ProblemException;
import org.g5sahel.pcms.commons.problem.ProblemType;
import org.g5sahel.pcms.training.config.TrainingConfig;
import org.g5sahel.pcms.training.model.Attendance;
import org.g5sahel.pcms.training.model.AttendanceStatus;
import org.g5sahel.pcms.training.model.Certificate;
import org.g5sahel.pcms.training.model.Course;
import org.g5sahel.pcms.training.model.Nomination;
import org.g5sahel.pcms.training.model.NominationStatus;
import org.g5sahel.pcms.training.model.SessionStatus;
import org.g5sahel.pcms.training.model.TrainingSession;
import org.g5sahel.pcms.training.repository.AttendanceRepository;
import org.g5sahel.pcms.training.repository.CourseRepository;
import org.g5sahel.pcms.training.repository.NominationRepository;
import org.g5sahel.pcms.training.repository.SessionRepository;

/**
 * Attendance per day and the completion rule: a participant completes a session with at least the configured share of
 * its days attended (present or late; 80 % by default) and, when the course is assessed, a passed assessment. Those
 * who complete receive their certificate in the same transaction.
 */
@ApplicationScoped
public class AttendanceService {

    private final SessionService sessionService;
    private final SessionRepository sessions;
    private final NominationRepository nominations;
    private final AttendanceRepository attendance;
    private final CourseRepository courses;
    private final CertificateService certificates;
    private final AuditLog auditLog;
    private final Outbox outbox;
    private final TrainingConfig config;
    private final Clock clock;

    public AttendanceService(
            SessionService sessionService,
            SessionRepository sessions,
            NominationRepository nominations,
            AttendanceRepository attendance,
            CourseRepository courses,
            CertificateService certificates,
            AuditLog auditLog,
            Outbox outbox,
            TrainingConfig config,
            Clock clock) {
        this.sessionService = sessionService;
        this.sessions = sessions;
        this.nominations = nominations;
        this.attendance = attendance;
        this.courses = courses;
        this.certificates = certificates;
        this.auditLog = auditLog;
        this.outbox = outbox;
        this.config = config;
        this.clock = clock;
    }

    /** One day's register: every entry must be an accepted participant of the session. */
    @Transactional
    public List<Attendance> record(Caller caller, UUID sessionId, LocalDate day, Map<UUID, AttendanceStatus> entries) {
        TrainingSession session = sessionService.visible(caller, sessionId);
        SessionService.requireOrganiser(caller, session);
        if (session.status != SessionStatus.IN_PROGRESS) {
            throw new ProblemException(ProblemType.CONFLICT, "attendance.session-not-in-progress", session.status);
        }
        if (day.isBefore(session.startDate) || day.isAfter(session.endDate)) {
            throw SessionService.invalid("day", "attendance.day-outside-session");
        }
        if (day.isAfter(LocalDate.now(clock))) {
            throw SessionService.invalid("day", "attendance.day-in-future");
        }
        Map<UUID, Nomination> participants = nominations.acceptedOf(session.id).stream()
                .collect(Collectors.toMap(nomination -> nomination.id, Function.identity()));
        List<Problem.FieldError> errors = new ArrayList<>();
        List<UUID> ids = new ArrayList<>(entries.keySet());
        for (int i = 0; i < ids.size(); i++) {
            if (!participants.containsKey(ids.get(i))) {
                errors.add(new Problem.FieldError("entries[" + i + "].nominationId", "attendance.not-a-participant"));
            }
        }
        if (!errors.isEmpty()) {
            throw new ProblemException(
                    ProblemType.VALIDATION_FAILED, errors, "validation-failed.detail", errors.size());
        }
        List<Attendance> recorded = new ArrayList<>();
        for (Map.Entry<UUID, AttendanceStatus> entry : entries.entrySet()) {
            Attendance.Key key = new Attendance.Key();
            key.nominationId = entry.getKey();
            key.day = day;
            Attendance row = attendance.findByIdOptional(key).orElseGet(() -> {
                Attendance created = new Attendance();
                created.nominationId = entry.getKey();
                created.day = day;
                return created;
            });
            row.status = entry.getValue();
            row.recordedBy = caller.username();
            row.recordedAt = clock.instant();
            attendance.persist(row);
            recorded.add(row);
        }
        auditLog.recordAll(
                caller,
                AuditAction.UPDATE,
                entries.keySet().stream()
                        .map(id -> Audited.of(participants.get(id)))
                        .toList(),
                "attendance " + day,
                "OK");
        return recorded;
    }

    /** The register of the participants the caller may see. */
    @Transactional
    public Map<Nomination, List<Attendance>> register(Caller caller, UUID sessionId) {
        TrainingSession session = sessionService.visible(caller, sessionId);
        List<Nomination> visible = nominations.visibleOfSession(caller, session.id, null).stream()
                .filter(nomination -> nomination.status == NominationStatus.ACCEPTED
                        || nomination.status == NominationStatus.COMPLETED
                        || nomination.status == NominationStatus.NOT_COMPLETED)
                .toList();
        auditLog.recordReads(
                caller, AuditAction.LIST, visible.stream().map(Audited::of).toList(), "attendance");
        Map<UUID, List<Attendance>> rows = attendance
                .ofNominations(visible.stream().map(n -> n.id).toList())
                .stream()
                .collect(Collectors.groupingBy(row -> row.nominationId));
        Map<Nomination, List<Attendance>> register = new java.util.LinkedHashMap<>();
        visible.forEach(nomination -> register.put(nomination, rows.getOrDefault(nomination.id, List.of())));
        return register;
    }

    /** Closes the session from its last day: applies the completion rule and issues the certificates. */
    @Transactional
    public Completion complete(Caller caller, UUID sessionId) {
        TrainingSession session = sessionService.visible(caller, sessionId);
        SessionService.requireOrganiser(caller, session);
        sessions.lock(session);
        if (session.status != SessionStatus.IN_PROGRESS) {
            throw new ProblemException(ProblemType.CONFLICT, "completion.session-not-in-progress", session.status);
        }
        if (LocalDate.now(clock).isBefore(session.endDate)) {
            throw new ProblemException(ProblemType.CONFLICT, "completion.too-early", session.endDate);
        }
        Course course = courses.findById(session.courseId);
        List<Nomination> participants = nominations.acceptedOf(session.id);
        Map<UUID, List<Attendance>> rows =
                attendance.ofNominations(participants.stream().map(n -> n.id).toList()).stream()
                        .collect(Collectors.groupingBy(row -> row.nominationId));
        int days = session.days().size();
        List<Completion.Outcome> outcomes = new ArrayList<>();
        for (Nomination participant : participants) {
            long attended = rows.getOrDefault(participant.id, List.of()).stream()
                    .filter(row -> row.status.attended())
                    .count();
            BigDecimal rate = BigDecimal.valueOf(attended).divide(BigDecimal.valueOf(days), 4, RoundingMode.HALF_UP);
            boolean passed = !course.assessmentRequired || Boolean.TRUE.equals(participant.assessmentPassed);
            boolean completed = rate.compareTo(config.completion().minimumAttendance()) >= 0 && passed;
            participant.attendanceRate = rate;
            participant.status = completed ? NominationStatus.COMPLETED : NominationStatus.NOT_COMPLETED;
            participant.updatedAt = clock.instant();
            String code = null;
            if (completed) {
                Certificate certificate = certificates.issue(caller, session, course, participant);
                code = certificate.code;
            }
            outbox.publish(
                    "nomination",
                    completed ? "completed" : "not-completed",
                    participant.id,
                    participant.sovereignty,
                    Map.of(
                            "id",
                            participant.id,
                            "sessionId",
                            session.id,
                            "contactId",
                            participant.contactId,
                            "attendanceRate",
                            rate));
            outcomes.add(new Completion.Outcome(
                    participant.id,
                    participant.nomineeName,
                    rate,
                    participant.assessmentScore,
                    participant.status,
                    code));
        }
        session.status = SessionStatus.COMPLETED;
        session.updatedAt = clock.instant();
        nominations.flush();
        auditLog.record(caller, AuditAction.UPDATE, Audited.of(session), "completion", "COMPLETED");
        outbox.publish(
                "session",
                "status-changed",
                session.id,
                session.sovereignty,
                Map.of("id", session.id, "from", SessionStatus.IN_PROGRESS, "to", SessionStatus.COMPLETED));
        return new Completion(session.id, outcomes);
    }

    public record Completion(UUID sessionId, List<Outcome> participants) {

        public record Outcome(
                UUID nominationId,
                String nomineeName,
                BigDecimal attendanceRate,
                Integer assessmentScore,
                NominationStatus status,
                String certificateCode) {}
    }
}

package org.g5sahel.pcms.training.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import org.g5sahel.pcms.commons.audit.AuditAction;
import org.g5sahel.pcms.commons.audit.AuditLog;
import org.g5sahel.pcms.commons.identity.Caller;
import org.g5sahel.pcms.commons.messaging.Outbox;
import org.g5sahel.pcms.commons.problem.Problem;
import org.g5sahel.pcms.commons.problem.ProblemException;
import org.g5sahel.pcms.commons.problem.ProblemType;
import org.g5sahel.pcms.commons.rest.SearchText;
import org.g5sahel.pcms.commons.rest.Versions;
import org.g5sahel.pcms.commons.sovereignty.Distribution;
import org.g5sahel.pcms.commons.sovereignty.Sovereignty;
import org.g5sahel.pcms.training.model.Course;
import org.g5sahel.pcms.training.model.Topic;
import org.g5sahel.pcms.training.repository.CourseRepository;

/**
 * The course catalogue. A course belongs to the agency of the training manager who publishes it; by default every G5
 * member and partner sees it, since partners (UNODC, INTERPOL) co-organise training.
 */
@ApplicationScoped
public class CourseService {

    /** A catalogue entry is not nominal data: reviewed after ten years. */
    private static final Period REVIEW_PERIOD = Period.ofYears(10);

    private static final int DEFAULT_PASS_MARK = 50;

    private final CourseRepository courses;
    private final AuditLog auditLog;
    private final Outbox outbox;
    private final Clock clock;

    public CourseService(CourseRepository courses, AuditLog auditLog, Outbox outbox, Clock clock) {
        this.courses = courses;
        this.auditLog = auditLog;
        this.outbox = outbox;
        this.clock = clock;
    }

    @Transactional
    public List<Course> search(Caller caller, Topic topic, String query, String afterCode, int fetch) {
        List<Course> found = courses.search(
                caller, topic, query == null ? null : SearchText.containsPattern(query), afterCode, fetch);
        auditLog.recordReads(
                caller, AuditAction.LIST, found.stream().map(Audited::of).toList(), null);
        return found;
    }

    @Transactional
    public Course get(Caller caller, UUID id) {
        Course course = courses.findVisibleById(caller, id).orElseThrow(ProblemException::notFound);
        auditLog.recordReads(caller, AuditAction.READ, List.of(Audited.of(course)), null);
        return course;
    }

    @Transactional
    public Course create(Caller caller, CourseCommand request) {
        if (courses.codeTaken(request.code())) {
            throw new ProblemException(ProblemType.CONFLICT, "course.code-taken", request.code());
        }
        Course course = new Course();
        course.id = UUID.randomUUID();
        course.code = request.code();
        course.createdAt = clock.instant();
        course.sovereignty = Sovereignty.ownedBy(
                caller, request.sharing(), Distribution.PARTNERS, REVIEW_PERIOD, LocalDate.now(clock));
        apply(course, request);
        courses.persist(course);
        auditLog.record(caller, AuditAction.CREATE, Audited.of(course), null, "OK");
        outbox.publish(
                "course",
                "created",
                course.id,
                course.sovereignty,
                Map.of("id", course.id, "code", course.code, "titleFr", course.titleFr, "titleEn", course.titleEn));
        return course;
    }

    @Transactional
    public Course update(Caller caller, UUID id, String ifMatch, CourseCommand request) {
        Course course = courses.findVisibleById(caller, id).orElseThrow(ProblemException::notFound);
        requireOwner(caller, course);
        Versions.requireMatch(ifMatch, course.version);
        if (!course.code.equals(request.code())) {
            throw new ProblemException(
                    ProblemType.VALIDATION_FAILED,
                    List.of(new Problem.FieldError("code", "course.code-immutable")),
                    "validation-failed.detail",
                    1);
        }
        apply(course, request);
        courses.flush();
        auditLog.record(caller, AuditAction.UPDATE, Audited.of(course), null, "OK");
        outbox.publish(
                "course", "updated", course.id, course.sovereignty, Map.of("id", course.id, "code", course.code));
        return course;
    }

    /**
     * A partial change of the course, through the same rules as {@link #update}: {@code patched} turns the course, once
     * the caller may change it, into its whole new description.
     */
    @Transactional
    public Course patch(Caller caller, UUID id, String ifMatch, Function<Course, CourseCommand> patched) {
        Course course = courses.findVisibleById(caller, id).orElseThrow(ProblemException::notFound);
        requireOwner(caller, course);
        return update(caller, id, ifMatch, patched.apply(course));
    }

    private static void requireOwner(Caller caller, Course course) {
        if (!course.sovereignty.isOwnedBy(caller)) {
            throw new ProblemException(ProblemType.FORBIDDEN, "course.not-yours");
        }
    }

    private void apply(Course course, CourseCommand request) {
        course.titleFr = request.titleFr().strip();
        course.titleEn = request.titleEn().strip();
        course.descriptionFr = request.descriptionFr();
        course.descriptionEn = request.descriptionEn();
        course.topics = new ArrayList<>(
                request.topics().stream().distinct().map(Topic::name).sorted().toList());
        course.modality = request.modality();
        course.durationDays = request.durationDays();
        course.partner = request.partner();
        course.prerequisites = request.prerequisites();
        course.assessmentRequired = request.assessmentRequired();
        course.passMark = request.passMark() == null ? DEFAULT_PASS_MARK : request.passMark();
        course.certificateValidityMonths = request.certificateValidityMonths();
        course.searchText = SearchText.of(course.code, course.titleFr, course.titleEn, course.partner);
        course.updatedAt = clock.instant();
    }
}

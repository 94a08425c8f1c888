package org.g5sahel.pcms.training.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.g5sahel.pcms.commons.audit.AuditAction;
import org.g5sahel.pcms.commons.audit.AuditLog;
import org.g5sahel.pcms.commons.identity.Caller;
import org.g5sahel.pcms.training.model.Certificate;
import org.g5sahel.pcms.training.model.Course;
import org.g5sahel.pcms.training.model.Nomination;
import org.g5sahel.pcms.training.model.Placement;
import org.g5sahel.pcms.training.model.TrainingSession;
import org.g5sahel.pcms.training.repository.CertificateRepository;
import org.g5sahel.pcms.training.repository.CourseRepository;
import org.g5sahel.pcms.training.repository.NominationRepository;
import org.g5sahel.pcms.training.repository.PlacementRepository;
import org.g5sahel.pcms.training.repository.SessionRepository;

/**
 * An officer's training record and the capacity statistics, both built only from records the caller may see: a State
 * sees its officers' records, other States what was shared with them.
 */
@ApplicationScoped
public class RecordService {

    private final NominationRepository nominations;
    private final CertificateRepository certificates;
    private final PlacementRepository placements;
    private final SessionRepository sessions;
    private final CourseRepository courses;
    private final AuditLog auditLog;

    public RecordService(
            NominationRepository nominations,
            CertificateRepository certificates,
            PlacementRepository placements,
            SessionRepository sessions,
            CourseRepository courses,
            AuditLog auditLog) {
        this.nominations = nominations;
        this.certificates = certificates;
        this.placements = placements;
        this.sessions = sessions;
        this.courses = courses;
        this.auditLog = auditLog;
    }

    @Transactional
    public OfficerRecord officer(Caller caller, UUID contactId) {
        List<Nomination> ownNominations = nominations.visibleOfContact(caller, contactId);
        List<Certificate> ownCertificates = certificates.visibleOfContact(caller, contactId);
        List<Placement> ownPlacements = placements.search(caller, null, null, contactId);
        List<org.g5sahel.pcms.commons.audit.AuditedRecord> read = new ArrayList<>();
        ownNominations.forEach(n -> read.add(Audited.of(n)));
        ownCertificates.forEach(c -> read.add(Audited.of(c)));
        ownPlacements.forEach(p -> read.add(Audited.of(p)));
        auditLog.recordReads(caller, AuditAction.READ, read, "training record");
        return new OfficerRecord(contactId, ownNominations, ownCertificates, ownPlacements);
    }

    /**
     * Trained officers (distinct officers with a completed session) the caller may see, by the officers' State,
     * agency and the course topics. Counted from visible rows only, so a count never reveals a hidden record.
     */
    @Transactional
    public Statistics statistics(Caller caller) {
        List<Nomination> completed = nominations.visibleCompleted(caller);
        Map<UUID, TrainingSession> sessionsById = completed.isEmpty()
                ? Map.of()
                : sessions
                        .list(
                                "id in ?1",
                                completed.stream()
                                        .map(n -> n.sessionId)
                                        .distinct()
                                        .toList())
                        .stream()
                        .collect(Collectors.toMap(s -> s.id, Function.identity()));
        Map<UUID, Course> coursesById = sessionsById.isEmpty()
                ? Map.of()
                : courses
                        .list(
                                "id in ?1",
                                sessionsById.values().stream()
                                        .map(s -> s.courseId)
                                        .distinct()
                                        .toList())
                        .stream()
                        .collect(Collectors.toMap(c -> c.id, Function.identity()));
        Map<String, Set<UUID>> byState = new HashMap<>();
        Map<String, Set<UUID>> byAgency = new HashMap<>();
        Map<String, Set<UUID>> byTopic = new HashMap<>();
        Set<UUID> officers = new HashSet<>();
        for (Nomination nomination : completed) {
            officers.add(nomination.contactId);
            byState.computeIfAbsent(nomination.nomineeState, k -> new HashSet<>())
                    .add(nomination.contactId);
            byAgency.computeIfAbsent(nomination.nomineeAgency, k -> new HashSet<>())
                    .add(nomination.contactId);
            Course course = coursesById.get(sessionsById.get(nomination.sessionId).courseId);
            for (String topic : course.topics) {
                byTopic.computeIfAbsent(topic, k -> new HashSet<>()).add(nomination.contactId);
            }
        }
        return new Statistics(officers.size(), counts(byState), counts(byAgency), counts(byTopic));
    }

    private static Map<String, Integer> counts(Map<String, Set<UUID>> groups) {
        Map<String, Integer> counts = new TreeMap<>();
        groups.forEach((key, members) -> counts.put(key, members.size()));
        return counts;
    }

    public record OfficerRecord(
            UUID contactId, List<Nomination> nominations, List<Certificate> certificates, List<Placement> placements) {}

    /** Distinct trained officers in total and per State, agency and topic. */
    public record Statistics(
            int trainedOfficers,
            Map<String, Integer> byState,
            Map<String, Integer> byAgency,
            Map<String, Integer> byTopic) {}
}

package org.g5sahel.pcms.cases.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.stream.Stream;
import org.g5sahel.pcms.cases.model.IdentityRelease;
import org.g5sahel.pcms.cases.model.InvestigationCase;
import org.g5sahel.pcms.cases.model.Subject;
import org.g5sahel.pcms.cases.model.SubjectDetails;
import org.g5sahel.pcms.cases.model.SubjectKind;
import org.g5sahel.pcms.cases.model.TimelineEntry;
import org.g5sahel.pcms.cases.repository.SubjectRepository;
import org.g5sahel.pcms.commons.audit.AuditAction;
import org.g5sahel.pcms.commons.audit.AuditLog;
import org.g5sahel.pcms.commons.correlation.IdentifierKeys;
import org.g5sahel.pcms.commons.identity.Caller;
import org.g5sahel.pcms.commons.problem.Problem;
import org.g5sahel.pcms.commons.problem.ProblemException;
import org.g5sahel.pcms.commons.problem.ProblemType;
import org.g5sahel.pcms.commons.rest.Versions;

/**
 * Subjects of a case. Protected persons (victims, witnesses, smuggled migrants) and minors keep their identity inside
 * the owning agency until it is released, and never enter cross-border correlation.
 */
@ApplicationScoped
public class SubjectService {

    private static final int AGE_OF_MAJORITY = 18;

    private final CaseService cases;
    private final SubjectRepository subjects;
    private final CorrelationService correlations;
    private final PossibleMatches possibleMatches;
    private final CaseIdentifiers identifiers;
    private final CaseTimeline timeline;
    private final AuditLog auditLog;
    private final Clock clock;

    public SubjectService(
            CaseService cases,
            SubjectRepository subjects,
            CorrelationService correlations,
            PossibleMatches possibleMatches,
            CaseIdentifiers identifiers,
            CaseTimeline timeline,
            AuditLog auditLog,
            Clock clock) {
        this.cases = cases;
        this.subjects = subjects;
        this.correlations = correlations;
        this.possibleMatches = possibleMatches;
        this.identifiers = identifiers;
        this.timeline = timeline;
        this.auditLog = auditLog;
        this.clock = clock;
    }

    @Transactional
    public Subject add(Caller caller, UUID caseId, SubjectCommand request) {
        InvestigationCase investigation = cases.changeable(caller, caseId);
        SubjectDetails details = details(request.kind(), request.written(), investigation.sovereignty.ownerState());
        Subject subject = new Subject();
        subject.id = UUID.randomUUID();
        subject.caseId = caseId;
        subject.kind = request.kind();
        subject.role = request.role();
        subject.chainStage = request.chainStage();
        subject.modusOperandi = new ArrayList<>(
                request.modusOperandi() == null
                        ? List.of()
                        : request.modusOperandi().stream()
                                .map(String::strip)
                                .distinct()
                                .sorted()
                                .toList());
        subject.details = details;
        subject.displayName = displayName(details);
        subject.minor = details.person() != null && isMinor(details.person(), LocalDate.now(clock));
        subject.protectedIdentity = request.role().isProtected() || subject.minor;
        subject.createdBy = caller.username();
        subject.createdAt = clock.instant();
        if (!subject.protectedIdentity) {
            possibleMatches.key(subject);
        }
        subjects.persist(subject);
        timeline.record(
                caseId,
                caller,
                TimelineEntry.Kind.SUBJECT_ADDED,
                subject.kind + " " + subject.role + (subject.protectedIdentity ? "" : ": " + subject.displayName));
        auditLog.record(caller, AuditAction.UPDATE, CaseService.audited(investigation), "subject " + subject.id, "OK");
        if (!subject.protectedIdentity) {
            correlations.correlate(caller, investigation, subject);
            identifiers.publish(investigation);
        }
        return subject;
    }

    @Transactional
    public List<Subject> list(Caller caller, UUID caseId) {
        InvestigationCase investigation = cases.visible(caller, caseId);
        auditLog.recordReads(caller, AuditAction.READ, List.of(CaseService.audited(investigation)), "subjects");
        return subjects.ofCase(caseId);
    }

    @Transactional
    public Subject get(Caller caller, UUID caseId, UUID subjectId) {
        InvestigationCase investigation = cases.visible(caller, caseId);
        Subject subject = subjects.inCase(caseId, subjectId).orElseThrow(ProblemException::notFound);
        auditLog.recordReads(
                caller, AuditAction.READ, List.of(CaseService.audited(investigation)), "subject " + subjectId);
        return subject;
    }

    /** The owning agency releases a protected identity; beyond NATIONAL a minor's needs the national coordinator. */
    @Transactional
    public Subject releaseIdentity(
            Caller caller, UUID caseId, UUID subjectId, String ifMatch, IdentityRelease release) {
        InvestigationCase investigation = cases.changeable(caller, caseId);
        Subject subject = subjects.inCase(caseId, subjectId).orElseThrow(ProblemException::notFound);
        Versions.requireMatch(ifMatch, subject.version);
        if (!subject.protectedIdentity) {
            throw new ProblemException(ProblemType.CONFLICT, "subject.not-protected");
        }
        if (subject.minor
                && release == IdentityRelease.CASE_AUDIENCE
                && !caller.isNationalCoordinatorOf(investigation.sovereignty.ownerState())) {
            throw new ProblemException(ProblemType.FORBIDDEN, "subject.minor-release-needs-coordinator");
        }
        subject.identityRelease = release;
        subject.releasedBy = caller.username();
        subjects.flush();
        timeline.record(
                caseId,
                caller,
                TimelineEntry.Kind.IDENTITY_RELEASED,
                subject.kind + " " + subject.role + " → " + release);
        auditLog.record(
                caller,
                AuditAction.SHARING_CHANGE,
                CaseService.audited(investigation),
                "identity of subject " + subjectId,
                release.name());
        return subject;
    }

    /** Whether the caller sees who a protected person is. */
    public static boolean identityVisibleTo(Caller caller, Subject subject, InvestigationCase investigation) {
        return !subject.protectedIdentity
                || investigation.sovereignty.isOwnedBy(caller)
                || subject.identityRelease == IdentityRelease.CASE_AUDIENCE
                || subject.identityRelease == IdentityRelease.NATIONAL
                        && caller.state().equals(investigation.sovereignty.ownerState());
    }

    private static SubjectDetails details(SubjectKind kind, SubjectDetails written, String homeState) {
        Map<SubjectKind, Object> blocks = new java.util.EnumMap<>(SubjectKind.class);
        putIfPresent(blocks, SubjectKind.PERSON, written.person());
        putIfPresent(blocks, SubjectKind.ORGANISATION, written.organisation());
        putIfPresent(blocks, SubjectKind.VEHICLE, written.vehicle());
        putIfPresent(blocks, SubjectKind.PHONE, written.phone());
        putIfPresent(blocks, SubjectKind.ACCOUNT, written.account());
        putIfPresent(blocks, SubjectKind.FIREARM, written.firearm());
        putIfPresent(blocks, SubjectKind.PLACE, written.place());
        if (blocks.size() != 1 || !blocks.containsKey(kind)) {
            throw invalid(kind.name().toLowerCase(java.util.Locale.ROOT), "subject.block-must-match-kind");
        }
        return switch (kind) {
            case PERSON -> new SubjectDetails(person(written.person()), null, null, null, null, null, null);
            case ORGANISATION -> new SubjectDetails(null, written.organisation(), null, null, null, null, null);
            case VEHICLE -> new SubjectDetails(null, null, vehicle(written.vehicle()), null, null, null, null);
            case PHONE ->
                new SubjectDetails(
                        null,
                        null,
                        null,
                        new SubjectDetails.Phone(
                                phoneNumber("phone.number", written.phone().number(), homeState),
                                written.phone().operator()),
                        null,
                        null,
                        null);
            case ACCOUNT ->
                new SubjectDetails(null, null, null, null, account(written.account(), homeState), null, null);
            case FIREARM ->
                new SubjectDetails(
                        null,
                        null,
                        null,
                        null,
                        null,
                        new SubjectDetails.Firearm(
                                written.firearm().serialNumber().strip(),
                                written.firearm().make(),
                                written.firearm().model(),
                                written.firearm().calibre()),
                        null);
            case PLACE -> new SubjectDetails(null, null, null, null, null, null, written.place());
        };
    }

    private static SubjectDetails.Person person(SubjectDetails.Person person) {
        if (person.nameLatin() == null && person.nameOriginalScript() == null) {
            throw invalid("person.nameLatin", "subject.person-needs-name");
        }
        if (person.dateOfBirth() != null
                && person.yearOfBirth() != null
                && person.dateOfBirth().getYear() != person.yearOfBirth()) {
            throw invalid("person.yearOfBirth", "subject.birth-year-mismatch");
        }
        List<SubjectDetails.IdentityDocument> documents = person.documents() == null
                ? List.of()
                : person.documents().stream()
                        .map(document -> new SubjectDetails.IdentityDocument(
                                document.type().strip().toUpperCase(java.util.Locale.ROOT),
                                document.number().strip(),
                                document.issuingCountry()))
                        .toList();
        return new SubjectDetails.Person(
                person.nameOriginalScript(),
                person.nameLatin(),
                person.aliases() == null ? List.of() : List.copyOf(person.aliases()),
                person.dateOfBirth(),
                person.dateOfBirth() != null
                        ? Integer.valueOf(person.dateOfBirth().getYear())
                        : person.yearOfBirth(),
                person.nationality(),
                person.gender(),
                person.minor(),
                documents);
    }

    private static SubjectDetails.Vehicle vehicle(SubjectDetails.Vehicle vehicle) {
        if (vehicle.plate() == null && vehicle.vin() == null) {
            throw invalid("vehicle.plate", "subject.vehicle-needs-plate-or-vin");
        }
        return new SubjectDetails.Vehicle(
                vehicle.plate(),
                vehicle.registrationCountry(),
                vehicle.vin() == null ? null : vehicle.vin().toUpperCase(java.util.Locale.ROOT),
                vehicle.make(),
                vehicle.model(),
                vehicle.colour());
    }

    private static SubjectDetails.Account account(SubjectDetails.Account account, String homeState) {
        String number = SubjectDetails.AccountType.MOBILE_MONEY.name().equals(account.type())
                ? phoneNumber("account.number", account.number(), homeState)
                : account.number().strip();
        return new SubjectDetails.Account(
                account.type(), number, account.institution(), account.holderName(), account.currency());
    }

    private static String phoneNumber(String field, String written, String homeState) {
        String e164 = IdentifierKeys.e164(written, homeState);
        if (e164 == null) {
            throw invalid(field, "subject.phone-not-e164");
        }
        return e164;
    }

    private static boolean isMinor(SubjectDetails.Person person, LocalDate today) {
        if (Boolean.TRUE.equals(person.minor())) {
            return true;
        }
        if (person.dateOfBirth() != null) {
            return Period.between(person.dateOfBirth(), today).getYears() < AGE_OF_MAJORITY;
        }
        // A year of birth alone: a minor if they may still be under 18 today.
        return person.yearOfBirth() != null && today.getYear() - person.yearOfBirth() <= AGE_OF_MAJORITY;
    }

    private static String displayName(SubjectDetails details) {
        String name = Stream.of(
                        details.person() == null
                                ? null
                                : Objects.requireNonNullElse(
                                        details.person().nameLatin(),
                                        details.person().nameOriginalScript()),
                        details.organisation() == null
                                ? null
                                : details.organisation().name(),
                        details.vehicle() == null
                                ? null
                                : Objects.requireNonNullElse(
                                        details.vehicle().plate(),
                                        details.vehicle().vin()),
                        details.phone() == null ? null : details.phone().number(),
                        details.account() == null ? null : details.account().number(),
                        details.firearm() == null ? null : details.firearm().serialNumber(),
                        details.place() == null ? null : details.place().name())
                .filter(Objects::nonNull)
                .findFirst()
                .orElseThrow();
        return name.strip();
    }

    private static void putIfPresent(Map<SubjectKind, Object> blocks, SubjectKind kind, Object block) {
        if (block != null) {
            blocks.put(kind, block);
        }
    }

    private static ProblemException invalid(String field, String key) {
        return new ProblemException(
                ProblemType.VALIDATION_FAILED,
                List.of(new Problem.FieldError(field, key)),
                "validation-failed.detail",
                1);
    }
}

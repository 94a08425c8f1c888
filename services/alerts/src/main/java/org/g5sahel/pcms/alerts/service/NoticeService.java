package org.g5sahel.pcms.alerts.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.time.Year;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;
import org.g5sahel.pcms.alerts.config.AlertsConfig;
import org.g5sahel.pcms.alerts.model.InboxItem;
import org.g5sahel.pcms.alerts.model.Notice;
import org.g5sahel.pcms.alerts.repository.NoticeRepository;
import org.g5sahel.pcms.commons.audit.AuditAction;
import org.g5sahel.pcms.commons.audit.AuditLog;
import org.g5sahel.pcms.commons.audit.AuditedRecord;
import org.g5sahel.pcms.commons.identity.Caller;
import org.g5sahel.pcms.commons.identity.Jurisdictions;
import org.g5sahel.pcms.commons.identity.Roles;
import org.g5sahel.pcms.commons.messaging.Outbox;
import org.g5sahel.pcms.commons.problem.Problem;
import org.g5sahel.pcms.commons.problem.ProblemException;
import org.g5sahel.pcms.commons.problem.ProblemType;
import org.g5sahel.pcms.commons.reference.ReferenceNumbers;
import org.g5sahel.pcms.commons.rest.Versions;
import org.g5sahel.pcms.commons.sovereignty.Distribution;
import org.g5sahel.pcms.commons.sovereignty.SharingTerms;
import org.g5sahel.pcms.commons.sovereignty.Sovereignty;

/**
 * Notices and diffusions. A notice is reviewed before publication by a second person of the owning State (its national
 * coordinator; the regional coordinator for the regional unit's), never its author; once published it reaches the
 * national units of every State its distribution includes. A diffusion goes at once, without review, to the States its
 * author chooses, and is shared with them only.
 */
@ApplicationScoped
public class NoticeService {

    static final String NOTICE_RECORD = "notice";
    static final String DIFFUSION_RECORD = "diffusion";
    /** Notices name persons: nominal-data review period (DESIGN §2). */
    static final Period REVIEW_PERIOD = Period.ofYears(5);
    /** The author recorded on notices the platform drafts from other services' events. */
    static final String PLATFORM_AUTHOR = "pcms-alerts";

    private final NoticeRepository notices;
    private final ReferenceNumbers referenceNumbers;
    private final FanOut fanOut;
    private final AuditLog auditLog;
    private final Outbox outbox;
    private final AlertsConfig config;
    private final Clock clock;

    public NoticeService(
            NoticeRepository notices,
            ReferenceNumbers referenceNumbers,
            FanOut fanOut,
            AuditLog auditLog,
            Outbox outbox,
            AlertsConfig config,
            Clock clock) {
        this.notices = notices;
        this.referenceNumbers = referenceNumbers;
        this.fanOut = fanOut;
        this.auditLog = auditLog;
        this.outbox = outbox;
        this.config = config;
        this.clock = clock;
    }

    @Transactional
    public List<Notice> search(
            Caller caller, Notice.Type type, Notice.Kind kind, Notice.Status status, String afterSortKey, int fetch) {
        List<Notice> found = notices.search(caller, type, kind, status, afterSortKey, fetch);
        auditLog.recordReads(
                caller,
                AuditAction.LIST,
                found.stream().map(NoticeService::audited).toList(),
                null);
        return found;
    }

    @Transactional
    public long count(Caller caller, Notice.Type type, Notice.Status status) {
        return notices.count(caller, type, status);
    }

    @Transactional
    public Notice get(Caller caller, Notice.Type type, UUID id) {
        Notice notice = notices.findForCaller(caller, type, id).orElseThrow(ProblemException::notFound);
        auditLog.recordReads(caller, AuditAction.READ, List.of(audited(notice)), null);
        return notice;
    }

    /** A notice waits for review; nobody outside its agency and reviewers sees it until then. */
    @Transactional
    public Notice submitNotice(Caller caller, NoticeCommand request) {
        Sovereignty sovereignty =
                Sovereignty.ownedBy(caller, request.sharing(), Distribution.G5, REVIEW_PERIOD, today());
        if (sovereignty.distribution() == Distribution.AGENCY) {
            // Nobody outside the agency could review it, and a notice exists to be published beyond the agency.
            throw new ProblemException(
                    ProblemType.VALIDATION_FAILED,
                    List.of(new Problem.FieldError("sharing.distribution", "notice.agency-only")),
                    "validation-failed.detail",
                    1);
        }
        Notice notice = newRecord(Notice.Type.NOTICE, caller.subject(), caller.username(), sovereignty);
        notice.kind = request.kind();
        notice.title = request.title().strip();
        notice.summary = request.summary().strip();
        notice.subjectNames = names(request.subjectNames());
        notice.actionRequested = blankToNull(request.actionRequested());
        notice.status = Notice.Status.PENDING_REVIEW;
        notices.persist(notice);
        auditLog.record(caller, AuditAction.CREATE, audited(notice), null, notice.status.name());
        return notice;
    }

    /** Four-eyes: publishes (the national units concerned are told) or rejects with a reason. */
    @Transactional
    public Notice review(Caller caller, UUID id, String ifMatch, ApprovalCommand decision) {
        Notice notice = notices.findForCaller(caller, Notice.Type.NOTICE, id).orElseThrow(ProblemException::notFound);
        requireSecondPersonReviewer(caller, notice);
        Versions.requireMatch(ifMatch, notice.version);
        if (notice.status != Notice.Status.PENDING_REVIEW) {
            throw new ProblemException(ProblemType.CONFLICT, "notice.not-pending", notice.status);
        }
        Instant now = now();
        notice.reviewerUsername = caller.username();
        notice.reviewedAt = now;
        notice.updatedAt = now;
        if (!decision.approve()) {
            if (decision.reason() == null || decision.reason().isBlank()) {
                throw new ProblemException(
                        ProblemType.VALIDATION_FAILED,
                        List.of(new Problem.FieldError("reason", "notice.rejection-needs-reason")),
                        "validation-failed.detail",
                        1);
            }
            notice.status = Notice.Status.REJECTED;
            notice.reviewReason = decision.reason().strip();
            notices.flush();
            auditLog.record(caller, AuditAction.UPDATE, audited(notice), notice.reviewReason, "REJECTED");
            return notice;
        }
        notice.status = Notice.Status.PUBLISHED;
        notice.reviewReason = blankToNull(decision.reason());
        notice.publishedAt = now;
        notices.flush();
        auditLog.record(caller, AuditAction.UPDATE, audited(notice), null, "PUBLISHED");
        publishEvent(notice, "published");
        deliver(
                notice,
                Stream.concat(Jurisdictions.memberStates().stream(), Stream.of(Jurisdictions.REGIONAL_UNIT))
                        .toList());
        return notice;
    }

    /** The owning agency or its national coordinator withdraws a published notice or diffusion. */
    @Transactional
    public Notice withdraw(Caller caller, Notice.Type type, UUID id, String ifMatch, String reason) {
        Notice notice = notices.findForCaller(caller, type, id).orElseThrow(ProblemException::notFound);
        if (!notice.sovereignty.maySharingBeChangedBy(caller)) {
            throw new ProblemException(ProblemType.FORBIDDEN, "notice.withdraw-forbidden");
        }
        Versions.requireMatch(ifMatch, notice.version);
        if (notice.status != Notice.Status.PUBLISHED) {
            throw new ProblemException(ProblemType.CONFLICT, "notice.not-published", notice.status);
        }
        notice.status = Notice.Status.WITHDRAWN;
        notice.reviewReason = reason.strip();
        notice.updatedAt = now();
        notices.flush();
        auditLog.record(caller, AuditAction.UPDATE, audited(notice), notice.reviewReason, notice.status.name());
        publishEvent(notice, "withdrawn");
        return notice;
    }

    /** Sent at once to the chosen States' national units (the regional unit for G5), shared with them only. */
    @Transactional
    public Notice sendDiffusion(Caller caller, DiffusionCommand request) {
        Set<String> recipients = new LinkedHashSet<>(request.recipientStates());
        List<Problem.FieldError> errors = new ArrayList<>();
        for (String state : recipients) {
            if (!Jurisdictions.isOwner(state)) {
                errors.add(new Problem.FieldError("recipientStates", "diffusion.recipient-unknown"));
            } else if (state.equals(caller.state())) {
                errors.add(new Problem.FieldError("recipientStates", "diffusion.recipient-own-state"));
            }
        }
        if (!errors.isEmpty()) {
            throw new ProblemException(
                    ProblemType.VALIDATION_FAILED, errors, "validation-failed.detail", errors.size());
        }
        SharingTerms terms = new SharingTerms(
                Distribution.SELECTED,
                List.copyOf(recipients),
                request.handlingCode(),
                request.handlingRestriction(),
                null,
                null,
                null,
                null);
        Notice diffusion = newRecord(
                Notice.Type.DIFFUSION,
                caller.subject(),
                caller.username(),
                Sovereignty.ownedBy(caller, terms, Distribution.SELECTED, REVIEW_PERIOD, today()));
        diffusion.kind = request.kind();
        diffusion.title = request.title().strip();
        diffusion.summary = request.summary().strip();
        diffusion.subjectNames = names(request.subjectNames());
        diffusion.actionRequested = blankToNull(request.actionRequested());
        diffusion.status = Notice.Status.PUBLISHED;
        diffusion.publishedAt = diffusion.createdAt;
        notices.persist(diffusion);
        auditLog.record(caller, AuditAction.CREATE, audited(diffusion), null, diffusion.status.name());
        publishEvent(diffusion, "sent");
        deliver(diffusion, List.copyOf(recipients));
        return diffusion;
    }

    /**
     * A notice drafted by the platform from another service's event (a firearm reported stolen or lost), owned by the
     * record's owner with the record's distribution, waiting for the owning State's review like any other: a record
     * delivered twice drafts one notice only. A record kept within its agency (AGENCY) gives no notice: nobody could
     * review it, and the owner chose not to share it.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public Optional<Notice> draftFromEvent(
            Sovereignty sovereignty,
            String sourceType,
            String sourceId,
            Notice.Kind kind,
            String title,
            String summary,
            List<String> subjectNames,
            String actionRequested) {
        if (sovereignty.distribution() == Distribution.AGENCY) {
            return Optional.empty();
        }
        return Optional.of(notices.findBySource(sourceType, sourceId).orElseGet(() -> {
            Notice notice = newRecord(Notice.Type.NOTICE, PLATFORM_AUTHOR, PLATFORM_AUTHOR, sovereignty);
            notice.sourceType = sourceType;
            notice.sourceId = sourceId;
            notice.kind = kind;
            notice.title = truncate(title, 300);
            notice.summary = truncate(summary, 4000);
            notice.subjectNames = names(subjectNames);
            notice.actionRequested = actionRequested;
            notice.status = Notice.Status.PENDING_REVIEW;
            notices.persist(notice);
            return notice;
        }));
    }

    /** One inbox copy per national unit of the given States that the record's distribution includes. */
    private void deliver(Notice notice, List<String> states) {
        InboxItem.Kind kind =
                notice.type == Notice.Type.NOTICE ? InboxItem.Kind.NOTICE_PUBLISHED : InboxItem.Kind.DIFFUSION_RECEIVED;
        String sourceType = notice.type == Notice.Type.NOTICE ? NOTICE_RECORD : DIFFUSION_RECORD;
        for (String state : states) {
            String unit = nationalUnitOf(state);
            if (unit.equals(notice.sovereignty.ownerAgency())
                    || !notices.visibleTo(Sovereignties.agencyAsCaller(unit, state), notice)) {
                continue;
            }
            fanOut.deliver(
                    unit,
                    state,
                    kind,
                    sourceType,
                    notice.id.toString(),
                    1,
                    "[" + notice.reference + "] " + notice.title,
                    notice.summary,
                    null,
                    null,
                    notice.sovereignty);
        }
    }

    /** The agency that receives a State's notices and diffusions: its national unit, the regional unit for G5. */
    String nationalUnitOf(String state) {
        return Jurisdictions.REGIONAL_UNIT.equals(state)
                ? Jurisdictions.REGIONAL_UNIT + "-URC"
                : state + "-" + config.escalation().nationalUnitSuffix();
    }

    static void requireSecondPersonReviewer(Caller caller, Notice notice) {
        String ownerState = notice.sovereignty.ownerState();
        boolean reviewer = Jurisdictions.REGIONAL_UNIT.equals(ownerState)
                ? caller.hasRole(Roles.REGIONAL_COORDINATOR)
                : caller.isNationalCoordinatorOf(ownerState);
        if (!reviewer) {
            throw new ProblemException(ProblemType.FORBIDDEN, "notice.not-a-reviewer", ownerState);
        }
        if (caller.subject().equals(notice.authorSubject)) {
            throw new ProblemException(ProblemType.FORBIDDEN, "notice.own-review");
        }
    }

    private Notice newRecord(Notice.Type type, String authorSubject, String authorUsername, Sovereignty sovereignty) {
        Instant now = now();
        Notice notice = new Notice();
        notice.id = UUID.randomUUID();
        notice.type = type;
        notice.sovereignty = sovereignty;
        notice.reference =
                referenceNumbers.next(sovereignty.ownerState(), type.name(), Year.from(now.atZone(ZoneOffset.UTC)));
        notice.authorSubject = authorSubject;
        notice.authorUsername = authorUsername;
        notice.createdAt = now;
        notice.updatedAt = now;
        notice.sortKey = now + "|" + notice.id;
        return notice;
    }

    private void publishEvent(Notice notice, String event) {
        outbox.publish(
                notice.type == Notice.Type.NOTICE ? NOTICE_RECORD : DIFFUSION_RECORD,
                event,
                notice.id,
                notice.sovereignty,
                Map.of("notice", NoticeView.of(notice), "sharedWith", notice.sovereignty.sharedWith()));
    }

    /** PostgreSQL keeps microseconds: answers show what every later read will show. */
    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }

    private LocalDate today() {
        return LocalDate.ofInstant(now(), ZoneOffset.UTC);
    }

    private static List<String> names(List<String> names) {
        return names == null
                ? new ArrayList<>()
                : new ArrayList<>(names.stream().map(String::strip).distinct().toList());
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    private static String truncate(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max);
    }

    static AuditedRecord audited(Notice notice) {
        return AuditedRecord.of(
                notice.type == Notice.Type.NOTICE ? NOTICE_RECORD : DIFFUSION_RECORD,
                notice.id,
                notice.sovereignty,
                notice.reference,
                notice.title);
    }
}

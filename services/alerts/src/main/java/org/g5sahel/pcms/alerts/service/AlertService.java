package org.g5sahel.pcms.alerts.service;

import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.time.Year;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.Predicate;
import org.g5sahel.pcms.alerts.cap.AreaRules;
import org.g5sahel.pcms.alerts.cap.CapXml;
import org.g5sahel.pcms.alerts.cap.OutgoingMessages;
import org.g5sahel.pcms.alerts.model.Alert;
import org.g5sahel.pcms.alerts.model.AlertInfo;
import org.g5sahel.pcms.alerts.model.AlertStatus;
import org.g5sahel.pcms.alerts.model.CapCategory;
import org.g5sahel.pcms.alerts.model.CapInfo;
import org.g5sahel.pcms.alerts.model.CapMessage;
import org.g5sahel.pcms.alerts.model.CapSignature;
import org.g5sahel.pcms.alerts.model.CapStatus;
import org.g5sahel.pcms.alerts.model.Certainty;
import org.g5sahel.pcms.alerts.model.IssuedMessage;
import org.g5sahel.pcms.alerts.model.Severity;
import org.g5sahel.pcms.alerts.model.Urgency;
import org.g5sahel.pcms.alerts.repository.AlertRepository;
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
import org.g5sahel.pcms.commons.sovereignty.Audience;
import org.g5sahel.pcms.commons.sovereignty.Audiences;
import org.g5sahel.pcms.commons.sovereignty.Distribution;
import org.g5sahel.pcms.commons.sovereignty.SharingChanges;
import org.g5sahel.pcms.commons.sovereignty.SharingPreview;
import org.g5sahel.pcms.commons.sovereignty.SharingTerms;
import org.g5sahel.pcms.commons.sovereignty.Sovereignty;

/**
 * Alerts from draft to issue and beyond. Four-eyes: an alert goes out only when a second person approves it — the
 * national coordinator of the owning State, or the regional coordinator for an alert of the regional unit — and never
 * its own author. Drafts and pending alerts stay among authors and approvers whatever their distribution.
 */
@ApplicationScoped
public class AlertService {

    static final String RECORD_TYPE = "alert";
    /** Alerts name persons and places: nominal-data review period (DESIGN §2). */
    private static final Period REVIEW_PERIOD = Period.ofYears(5);

    private static final SharingChanges.Kind<Alert> SHARED = SharingChanges.Kind.of(
            AlertService::audited,
            alert -> alert.sovereignty,
            alert -> alert.version,
            (alert, now) -> alert.updatedAt = now);
    /** The languages of the platform's own alerts; imported partner alerts keep theirs. */
    private static final Set<String> AUTHORED_LANGUAGES = Set.of("fr", "en", "ar");

    private final AlertRepository alerts;
    private final ReferenceNumbers referenceNumbers;
    private final FanOut fanOut;
    private final AuditLog auditLog;
    private final Outbox outbox;
    private final Clock clock;
    private final Audiences audiences;
    private final SharingChanges sharingChanges;

    public AlertService(
            AlertRepository alerts,
            ReferenceNumbers referenceNumbers,
            FanOut fanOut,
            AuditLog auditLog,
            Outbox outbox,
            Clock clock,
            Audiences audiences,
            SharingChanges sharingChanges) {
        this.alerts = alerts;
        this.referenceNumbers = referenceNumbers;
        this.fanOut = fanOut;
        this.auditLog = auditLog;
        this.outbox = outbox;
        this.clock = clock;
        this.audiences = audiences;
        this.sharingChanges = sharingChanges;
    }

    @Transactional
    public List<Alert> search(Caller caller, AlertStatus status, String event, String afterSortKey, int fetch) {
        List<Alert> found = alerts.search(caller, status, event, afterSortKey, fetch);
        auditLog.recordReads(
                caller,
                AuditAction.LIST,
                found.stream().map(AlertService::audited).toList(),
                null);
        return found;
    }

    @Transactional
    public long count(Caller caller, AlertStatus status) {
        return alerts.count(caller, status);
    }

    @Transactional
    public Alert get(Caller caller, UUID id) {
        Alert alert = alerts.findForCaller(caller, id).orElseThrow(ProblemException::notFound);
        auditLog.recordReads(caller, AuditAction.READ, List.of(audited(alert)), null);
        return alert;
    }

    /** An imported alert's message as received, byte for byte (read apart: it may weigh megabytes). */
    @Transactional
    public byte[] original(Caller caller, UUID id) {
        Alert alert = get(caller, id);
        if (alert.capOriginal == null) {
            throw ProblemException.notFound();
        }
        return alert.capOriginal;
    }

    @Transactional
    public Alert create(Caller caller, AlertCommand request) {
        checkContent(request.infos(), request.effective(), request.expires(), request.areas(), true);
        Alert alert = newAlert(caller, request.sharing());
        apply(alert, request);
        alerts.persist(alert);
        auditLog.record(caller, AuditAction.CREATE, audited(alert), null, alert.status.name());
        return alert;
    }

    /**
     * Creates a draft from a partner's CAP message, owned by the importing agency: it goes out only after the same
     * four-eyes approval as any other alert. Importing the same message twice is refused. The message is kept element
     * by element and byte for byte; the alert's own fields (what lists, filters and subscriptions use) come from its
     * first info block, its areas from every block, or, for a message without one (a Cancel may have none), from the
     * alert it references.
     */
    @Transactional
    public Alert importCap(
            Caller caller, CapMessage cap, byte[] original, CapSignature signature, String feed, SharingTerms sharing) {
        if (alerts.findImported(caller.agency(), cap.sender(), cap.identifier()).isPresent()) {
            throw new ProblemException(ProblemType.CONFLICT, "alert.already-imported", cap.sender(), cap.identifier());
        }
        Alert alert = newAlert(caller, sharing);
        alert.capIdentifier = cap.identifier();
        alert.capSender = cap.sender();
        alert.capReceived = cap;
        alert.capOriginal = original;
        alert.capSignature = signature;
        alert.capStatus = cap.status();
        alert.msgType = cap.msgType();
        alert.importedFrom = feed == null || feed.isBlank() ? cap.sender() : feed.strip();
        if (cap.infos().isEmpty()) {
            summariseFromReferenced(caller, alert, cap);
        } else {
            summarise(alert, cap.infos());
        }
        alerts.persist(alert);
        auditLog.record(caller, AuditAction.CREATE, audited(alert), "CAP import " + alert.importedFrom, "IMPORTED");
        return alert;
    }

    private static void summarise(Alert alert, List<CapInfo> infos) {
        CapInfo first = infos.get(0);
        alert.categories = new ArrayList<>(first.categories().stream()
                .map(CapCategory::fromCap)
                .distinct()
                .map(Enum::name)
                .toList());
        alert.event = first.event();
        alert.urgency = Urgency.fromCap(first.urgency());
        alert.severity = Severity.fromCap(first.severity());
        alert.certainty = Certainty.fromCap(first.certainty());
        alert.effective = CapXml.instant(first.effective() != null ? first.effective() : first.onset());
        alert.expires = CapXml.instant(first.expires());
        alert.infos = new ArrayList<>(infos.stream()
                .map(info -> new AlertInfo(
                        info.language() == null ? "en-US" : info.language(),
                        info.headline() == null || info.headline().isBlank() ? info.event() : info.headline(),
                        info.description(),
                        info.instruction(),
                        info.senderName()))
                .toList());
        alert.areas = new ArrayList<>(
                infos.stream().flatMap(info -> info.areas().stream()).distinct().toList());
    }

    /** A message without info (a Cancel, an Ack) reads as the alert it references, when this agency imported it. */
    private void summariseFromReferenced(Caller caller, Alert alert, CapMessage cap) {
        Alert referenced = cap.references().stream()
                .map(reference -> reference.split(","))
                .map(parts -> alerts.findImported(caller.agency(), parts[0], parts[1]))
                .flatMap(Optional::stream)
                .reduce((first, second) -> second)
                .orElse(null);
        if (referenced != null) {
            alert.categories = new ArrayList<>(referenced.categories);
            alert.event = referenced.event;
            alert.urgency = referenced.urgency;
            alert.severity = referenced.severity;
            alert.certainty = referenced.certainty;
            alert.infos = new ArrayList<>(referenced.infos);
            alert.areas = new ArrayList<>(referenced.areas);
        } else {
            alert.categories = new ArrayList<>(List.of(CapCategory.OTHER.name()));
            alert.event = cap.msgType().name() + " " + String.join(" ", cap.references());
            alert.urgency = Urgency.UNKNOWN;
            alert.severity = Severity.UNKNOWN;
            alert.certainty = Certainty.UNKNOWN;
        }
    }

    /**
     * A draft is edited by its agency. An issued alert is updated only by a second person with approval authority
     * (four-eyes still holds): the update goes out at once as a CAP {@code Update}.
     */
    @Transactional
    public Alert update(Caller caller, UUID id, String ifMatch, AlertCommand request) {
        Alert alert = alerts.findForCaller(caller, id).orElseThrow(ProblemException::notFound);
        Versions.requireMatch(ifMatch, alert.version);
        if (alert.capReceived != null) {
            throw new ProblemException(ProblemType.CONFLICT, "alert.imported-content-fixed", alert.capSender);
        }
        checkContent(request.infos(), request.effective(), request.expires(), request.areas(), true);
        if (alert.status == AlertStatus.DRAFT) {
            requireOwningAgency(caller, alert);
            apply(alert, request);
            alerts.flush();
            auditLog.record(caller, AuditAction.UPDATE, audited(alert), null, alert.status.name());
            return alert;
        }
        if (!alert.status.isPublished()) {
            throw new ProblemException(ProblemType.CONFLICT, "alert.not-editable", alert.status);
        }
        requireSecondPersonApprover(caller, alert);
        apply(alert, request);
        alert.status = AlertStatus.UPDATED;
        alert.msgType = Alert.MsgType.Update;
        alert.approverUsername = caller.username();
        alert.decidedAt = clock.instant();
        recordIssue(alert, alert.decidedAt);
        alerts.flush();
        auditLog.record(caller, AuditAction.UPDATE, audited(alert), null, alert.status.name());
        publish(alert, "updated");
        fanOut.alertPublished(alert);
        return alert;
    }

    /**
     * A partial change of the alert's content, through the same rules and effects as {@link #update}: {@code patched}
     * turns the alert into its whole new content.
     */
    @Transactional
    public Alert patch(Caller caller, UUID id, String ifMatch, Function<Alert, AlertCommand> patched) {
        Alert alert = alerts.findForCaller(caller, id).orElseThrow(ProblemException::notFound);
        return update(caller, id, ifMatch, patched.apply(alert));
    }

    @Transactional
    public Alert submit(Caller caller, UUID id, String ifMatch) {
        Alert alert = alerts.findForCaller(caller, id).orElseThrow(ProblemException::notFound);
        requireOwningAgency(caller, alert);
        Versions.requireMatch(ifMatch, alert.version);
        if (alert.status != AlertStatus.DRAFT) {
            throw new ProblemException(ProblemType.CONFLICT, "alert.not-a-draft", alert.status);
        }
        alert.status = AlertStatus.PENDING_APPROVAL;
        alert.rejectionReason = null;
        alert.updatedAt = clock.instant();
        alerts.flush();
        auditLog.record(caller, AuditAction.UPDATE, audited(alert), null, alert.status.name());
        return alert;
    }

    /** Four-eyes: approves (the alert is issued and fans out) or sends it back to draft with a reason. */
    @Transactional
    public Alert decide(Caller caller, UUID id, String ifMatch, ApprovalCommand decision) {
        Alert alert = alerts.findForCaller(caller, id).orElseThrow(ProblemException::notFound);
        requireSecondPersonApprover(caller, alert);
        Versions.requireMatch(ifMatch, alert.version);
        if (alert.status != AlertStatus.PENDING_APPROVAL) {
            throw new ProblemException(ProblemType.CONFLICT, "alert.not-pending", alert.status);
        }
        Instant now = clock.instant();
        alert.approverUsername = caller.username();
        alert.decidedAt = now;
        alert.updatedAt = now;
        if (!decision.approve()) {
            if (decision.reason() == null || decision.reason().isBlank()) {
                throw new ProblemException(
                        ProblemType.VALIDATION_FAILED,
                        List.of(new Problem.FieldError("reason", "alert.rejection-needs-reason")),
                        "validation-failed.detail",
                        1);
            }
            alert.status = AlertStatus.DRAFT;
            alert.rejectionReason = decision.reason().strip();
            alerts.flush();
            auditLog.record(caller, AuditAction.UPDATE, audited(alert), null, "REJECTED");
            return alert;
        }
        if (alert.expires != null && !alert.expires.isAfter(now)) {
            throw new ProblemException(ProblemType.CONFLICT, "alert.already-expired");
        }
        alert.status = AlertStatus.ISSUED;
        if (alert.capReceived == null) {
            alert.msgType = Alert.MsgType.Alert;
        }
        alert.issuedAt = now;
        if (alert.effective == null) {
            alert.effective = now;
        }
        recordIssue(alert, now);
        alerts.flush();
        auditLog.record(caller, AuditAction.UPDATE, audited(alert), null, "APPROVED");
        publish(alert, "issued");
        fanOut.alertPublished(alert);
        return alert;
    }

    /** The owning agency or its State's national coordinator withdraws an issued alert; recipients are told. */
    @Transactional
    public Alert cancel(Caller caller, UUID id, String ifMatch, String reason) {
        Alert alert = alerts.findForCaller(caller, id).orElseThrow(ProblemException::notFound);
        if (!alert.sovereignty.maySharingBeChangedBy(caller)) {
            throw new ProblemException(ProblemType.FORBIDDEN, "alert.cancel-forbidden");
        }
        Versions.requireMatch(ifMatch, alert.version);
        if (!alert.status.isPublished()) {
            throw new ProblemException(ProblemType.CONFLICT, "alert.not-published", alert.status);
        }
        alert.status = AlertStatus.CANCELLED;
        alert.msgType = Alert.MsgType.Cancel;
        alert.rejectionReason = reason.strip();
        alert.updatedAt = clock.instant();
        recordIssue(alert, alert.updatedAt);
        alerts.flush();
        auditLog.record(caller, AuditAction.UPDATE, audited(alert), reason, alert.status.name());
        publish(alert, "cancelled");
        fanOut.alertPublished(alert);
        return alert;
    }

    /** Rule 1: only the owning agency or the owning State's national coordinator. */
    @Transactional
    public Alert changeSharing(Caller caller, UUID id, String ifMatch, SharingTerms terms) {
        return sharingChanges
                .change(caller, alerts.findForCaller(caller, id), ifMatch, terms, SHARED)
                .record();
    }

    /** Who can see the alert today: for anyone who can read it. */
    @Transactional
    public Audience audience(Caller caller, UUID id) {
        Alert alert = alerts.findForCaller(caller, id).orElseThrow(ProblemException::notFound);
        return audiences.of(caller, audited(alert), alert.sovereignty, readableBy(id));
    }

    /** What a change of sharing would do, for those who may make it; nothing is changed. */
    @Transactional
    public SharingPreview previewSharing(Caller caller, UUID id, SharingTerms terms) {
        Alert alert = alerts.findForCaller(caller, id).orElseThrow(ProblemException::notFound);
        return audiences.preview(caller, audited(alert), alert.sovereignty, terms, readableBy(id));
    }

    /** The read check of {@link #get}, for any caller. */
    private Predicate<Caller> readableBy(UUID id) {
        return reader -> alerts.visibleTo(reader, id);
    }

    /** Published alerts past their {@code expires} become EXPIRED (CAP receivers drop them on their own). */
    @Scheduled(every = "1m", delayed = "30s", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void expireOnSchedule() {
        expireDue();
    }

    @Transactional
    public int expireDue() {
        List<Alert> due = alerts.publishedExpiredAt(clock.instant());
        for (Alert alert : due) {
            alert.status = AlertStatus.EXPIRED;
            alert.updatedAt = clock.instant();
            publish(alert, "expired");
        }
        return due.size();
    }

    /** The alert goes out once more: a new revision, and a CAP message of its own that references the earlier ones. */
    private static void recordIssue(Alert alert, Instant sent) {
        alert.revision++;
        alert.issuedMessages = new ArrayList<>(alert.issuedMessages);
        alert.issuedMessages.add(new IssuedMessage(
                alert.revision, OutgoingMessages.identifier(alert, alert.revision), sent, alert.msgType));
    }

    private Alert newAlert(Caller caller, SharingTerms sharing) {
        Instant now = clock.instant();
        Alert alert = new Alert();
        alert.id = UUID.randomUUID();
        alert.sovereignty = Sovereignty.ownedBy(
                caller, sharing, Distribution.G5, REVIEW_PERIOD, LocalDate.ofInstant(now, ZoneOffset.UTC));
        alert.reference = referenceNumbers.next(caller.state(), "ALERT", Year.from(now.atZone(ZoneOffset.UTC)));
        alert.status = AlertStatus.DRAFT;
        alert.authorSubject = caller.subject();
        alert.authorUsername = caller.username();
        alert.createdAt = now;
        alert.updatedAt = now;
        // Newest first; the id breaks ties so that the key is unique.
        alert.sortKey = now.toString() + "|" + alert.id;
        return alert;
    }

    private void apply(Alert alert, AlertCommand request) {
        alert.categories = new ArrayList<>(
                request.categories().stream().distinct().map(CapCategory::name).toList());
        alert.event = request.event().strip();
        alert.urgency = request.urgency();
        alert.severity = request.severity();
        alert.certainty = request.certainty();
        alert.effective = request.effective();
        alert.expires = request.expires();
        alert.capStatus = request.capStatus() == null ? CapStatus.Actual : request.capStatus();
        alert.infos = new ArrayList<>(request.infos());
        alert.areas = new ArrayList<>(request.areas() == null ? List.of() : request.areas());
        alert.updatedAt = clock.instant();
    }

    /** Rules the annotations cannot express: one block per platform language, closed polygons, expiry after start. */
    static void checkContent(
            List<AlertInfo> infos,
            Instant effective,
            Instant expires,
            List<org.g5sahel.pcms.alerts.model.AlertArea> areas,
            boolean authored) {
        List<Problem.FieldError> errors = new ArrayList<>();
        Set<String> languages = new HashSet<>();
        for (int i = 0; i < infos.size(); i++) {
            String language = infos.get(i).language();
            if (authored && !AUTHORED_LANGUAGES.contains(language)) {
                errors.add(new Problem.FieldError("infos[%d].language".formatted(i), "alert.language-unsupported"));
            } else if (!languages.add(language)) {
                errors.add(new Problem.FieldError("infos[%d].language".formatted(i), "alert.language-repeated"));
            }
        }
        if (effective != null && expires != null && !expires.isAfter(effective)) {
            errors.add(new Problem.FieldError("expires", "alert.expires-before-effective"));
        }
        if (areas != null) {
            errors.addAll(AreaRules.check(areas));
        }
        if (!errors.isEmpty()) {
            throw new ProblemException(
                    ProblemType.VALIDATION_FAILED, errors, "validation-failed.detail", errors.size());
        }
    }

    private static void requireOwningAgency(Caller caller, Alert alert) {
        if (!alert.sovereignty.isOwnedBy(caller)) {
            throw new ProblemException(ProblemType.FORBIDDEN, "alert.not-your-agency");
        }
    }

    /**
     * The national coordinator of the owning State approves its alerts; the regional coordinator approves the
     * regional unit's. The author never approves their own, even holding the role.
     */
    static void requireSecondPersonApprover(Caller caller, Alert alert) {
        String ownerState = alert.sovereignty.ownerState();
        boolean approver = Jurisdictions.REGIONAL_UNIT.equals(ownerState)
                ? caller.hasRole(Roles.REGIONAL_COORDINATOR)
                : caller.isNationalCoordinatorOf(ownerState);
        if (!approver) {
            throw new ProblemException(ProblemType.FORBIDDEN, "alert.not-an-approver", ownerState);
        }
        if (caller.subject().equals(alert.authorSubject)) {
            throw new ProblemException(ProblemType.FORBIDDEN, "alert.own-approval");
        }
    }

    private void publish(Alert alert, String event) {
        outbox.publish(
                RECORD_TYPE,
                event,
                alert.id,
                alert.sovereignty,
                Map.of("alert", AlertView.of(alert), "sharedWith", alert.sovereignty.sharedWith()));
    }

    static AuditedRecord audited(Alert alert) {
        return AuditedRecord.of(RECORD_TYPE, alert.id, alert.sovereignty, alert.reference, alert.event);
    }
}

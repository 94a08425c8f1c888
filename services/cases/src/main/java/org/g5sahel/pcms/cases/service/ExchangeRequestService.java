package org.g5sahel.pcms.cases.service;

import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.time.Year;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.g5sahel.pcms.cases.config.CasesConfig;
import org.g5sahel.pcms.cases.model.Attachment;
import org.g5sahel.pcms.cases.model.ExchangeRequest;
import org.g5sahel.pcms.cases.model.RecipientStatus;
import org.g5sahel.pcms.cases.model.RequestMessage;
import org.g5sahel.pcms.cases.model.RequestRecipient;
import org.g5sahel.pcms.cases.model.TimelineEntry;
import org.g5sahel.pcms.cases.repository.AttachmentRepository;
import org.g5sahel.pcms.cases.repository.ExchangeRequestRepository;
import org.g5sahel.pcms.cases.repository.RequestMessageRepository;
import org.g5sahel.pcms.commons.audit.AuditAction;
import org.g5sahel.pcms.commons.audit.AuditLog;
import org.g5sahel.pcms.commons.audit.AuditedRecord;
import org.g5sahel.pcms.commons.identity.AgencyCode;
import org.g5sahel.pcms.commons.identity.Caller;
import org.g5sahel.pcms.commons.messaging.Outbox;
import org.g5sahel.pcms.commons.persistence.Keyset;
import org.g5sahel.pcms.commons.problem.Problem;
import org.g5sahel.pcms.commons.problem.ProblemException;
import org.g5sahel.pcms.commons.problem.ProblemType;
import org.g5sahel.pcms.commons.reference.ReferenceNumbers;
import org.g5sahel.pcms.commons.sovereignty.Distribution;
import org.g5sahel.pcms.commons.sovereignty.HandlingCode;
import org.g5sahel.pcms.commons.sovereignty.SharingTerms;
import org.g5sahel.pcms.commons.sovereignty.Sovereignty;

/**
 * Information-exchange requests between agencies of different States and partner organisations (SIENA-like): sent →
 * acknowledged → answered / declined per recipient; a request is closed when no recipient has it open. Every step is
 * one transaction and publishes its event ({@code cases.request.*}) for the agencies it concerns only.
 */
@ApplicationScoped
public class ExchangeRequestService {

    static final String RECORD_TYPE = "exchange-request";
    /** The entity of the request events' routing keys: {@code cases.request.sent}, … */
    static final String EVENT_ENTITY = "request";
    /** The most overdue recipients reported in one run of the check; the next run takes the rest. */
    private static final int OVERDUE_BATCH = 200;
    /** The content types an attachment may have, each recognised by its first bytes. */
    private static final Set<String> ACCEPTED_TYPES =
            Set.of("application/pdf", "image/png", "image/jpeg", "text/plain", "text/csv");

    private final ExchangeRequestRepository requests;
    private final RequestMessageRepository messages;
    private final AttachmentRepository attachments;
    private final CaseService cases;
    private final CaseTimeline timeline;
    private final ReferenceNumbers referenceNumbers;
    private final AuditLog auditLog;
    private final Outbox outbox;
    private final long attachmentMaxBytes;
    private final Clock clock;

    public ExchangeRequestService(
            ExchangeRequestRepository requests,
            RequestMessageRepository messages,
            AttachmentRepository attachments,
            CaseService cases,
            CaseTimeline timeline,
            ReferenceNumbers referenceNumbers,
            AuditLog auditLog,
            Outbox outbox,
            CasesConfig config,
            Clock clock) {
        this.requests = requests;
        this.messages = messages;
        this.attachments = attachments;
        this.cases = cases;
        this.timeline = timeline;
        this.referenceNumbers = referenceNumbers;
        this.auditLog = auditLog;
        this.outbox = outbox;
        this.attachmentMaxBytes = config.attachmentMaxBytes();
        this.clock = clock;
    }

    @Transactional
    public ExchangeRequest send(Caller caller, ExchangeRequestCommand create) {
        Instant now = clock.instant();
        List<String> recipients =
                create.recipients().stream().distinct().sorted().toList();
        List<Problem.FieldError> errors = new ArrayList<>();
        // That each recipient is an active agency or partner of the directory was checked before (RequestRecipients).
        for (String recipient : recipients) {
            if (recipient.equals(caller.agency())) {
                errors.add(new Problem.FieldError("recipients", "request.self-addressed"));
            } else if (AgencyCode.stateOf(recipient).equals(caller.state())) {
                errors.add(new Problem.FieldError("recipients", "request.recipient-same-state"));
            }
        }
        if (create.dueAt() != null && !create.dueAt().isAfter(now)) {
            errors.add(new Problem.FieldError("dueAt", "request.due-in-past"));
        }
        if (create.handlingCode() == HandlingCode.H3 && isBlank(create.handlingRestriction())) {
            errors.add(new Problem.FieldError("handlingRestriction", "sharing.h3-needs-restriction"));
        }
        if (!errors.isEmpty()) {
            throw new ProblemException(
                    ProblemType.VALIDATION_FAILED, errors, "validation-failed.detail", errors.size());
        }
        if (create.caseId() != null) {
            cases.changeable(caller, create.caseId());
        }
        ExchangeRequest request = new ExchangeRequest();
        request.id = UUID.randomUUID();
        request.reference = referenceNumbers.next(caller.state(), "REQ", Year.now(clock));
        request.caseId = create.caseId();
        request.type = create.type();
        request.senderState = caller.state();
        request.senderAgency = caller.agency();
        request.senderUsername = caller.username();
        request.recipientAgencies = new ArrayList<>(recipients);
        request.recipientStates = new ArrayList<>(
                recipients.stream().map(AgencyCode::stateOf).distinct().sorted().toList());
        request.urgency = create.urgency();
        request.dueAt = create.dueAt() != null
                ? create.dueAt()
                : now.plus(create.urgency().defaultDelay());
        request.subjectLine = create.subject().strip();
        request.body = create.body();
        request.purpose = create.purpose().strip();
        request.legalBasis = create.legalBasis().strip();
        request.handlingCode = create.handlingCode();
        request.handlingRestriction = create.handlingCode() == HandlingCode.H3 ? create.handlingRestriction() : null;
        request.sourceReliability = create.sourceReliability();
        request.informationAccuracy = create.informationAccuracy();
        request.sentAt = now;
        for (String agency : recipients) {
            RequestRecipient recipient = new RequestRecipient();
            recipient.agency = agency;
            recipient.state = AgencyCode.stateOf(agency);
            request.recipients.add(recipient);
        }
        requests.persist(request);
        if (request.caseId != null) {
            timeline.record(
                    request.caseId,
                    caller,
                    TimelineEntry.Kind.REQUEST_SENT,
                    request.reference + " " + request.type + " → " + String.join(", ", recipients),
                    TimelineEntry.RelatedKind.REQUEST,
                    request.id);
        }
        auditLog.record(caller, AuditAction.CREATE, audited(request), request.purpose, "SENT");
        Map<String, Object> data = eventData(request);
        data.put("recipients", request.recipientAgencies);
        publishFor(request, request.recipientAgencies, "sent", data);
        return request;
    }

    @Transactional
    public List<ExchangeRequest> search(
            Caller caller, String box, UUID caseId, Boolean overdue, Keyset after, int fetch) {
        List<ExchangeRequest> found = requests.search(caller, box, caseId, overdue, clock.instant(), after, fetch);
        auditLog.recordReads(
                caller,
                AuditAction.LIST,
                found.stream().map(ExchangeRequestService::audited).toList(),
                null);
        return found;
    }

    @Transactional
    public ExchangeRequest get(Caller caller, UUID id) {
        ExchangeRequest request = participantView(caller, id);
        auditLog.recordReads(caller, AuditAction.READ, List.of(audited(request)), null);
        return request;
    }

    @Transactional
    public ExchangeRequest acknowledge(Caller caller, UUID id) {
        ExchangeRequest request = participantView(caller, id);
        RequestRecipient recipient = recipientOrForbidden(caller, request);
        if (recipient.status != RecipientStatus.SENT) {
            throw new ProblemException(ProblemType.CONFLICT, "request.not-awaiting-acknowledgement", recipient.status);
        }
        recipient.status = RecipientStatus.ACKNOWLEDGED;
        recipient.acknowledgedAt = clock.instant();
        recipient.acknowledgedBy = caller.username();
        changed(request);
        senderTimeline(
                request, caller, TimelineEntry.Kind.REQUEST_ACKNOWLEDGED, request.reference + " " + caller.agency());
        auditLog.record(caller, AuditAction.UPDATE, audited(request), null, "ACKNOWLEDGED");
        publishForSender(request, "acknowledged", eventData(request, recipient));
        return request;
    }

    @Transactional
    public ExchangeRequest decline(Caller caller, UUID id, String reason) {
        ExchangeRequest request = participantView(caller, id);
        RequestRecipient recipient = recipientOrForbidden(caller, request);
        requireOpen(recipient);
        recipient.status = RecipientStatus.DECLINED;
        recipient.declinedReason = reason.strip();
        changed(request);
        senderTimeline(
                request,
                caller,
                TimelineEntry.Kind.REQUEST_DECLINED,
                request.reference + " " + caller.agency() + ": " + recipient.declinedReason);
        auditLog.record(caller, AuditAction.UPDATE, audited(request), null, "DECLINED");
        Map<String, Object> data = eventData(request, recipient);
        data.put("reason", recipient.declinedReason);
        publishForSender(request, "declined", data);
        return request;
    }

    @Transactional
    public RequestMessage reply(Caller caller, UUID id, ReplyCommand reply) {
        ExchangeRequest request = participantView(caller, id);
        boolean fromSender = request.senderAgency.equals(caller.agency());
        List<String> addressedTo;
        RequestRecipient answering = null;
        if (fromSender) {
            if (request.closed) {
                throw new ProblemException(ProblemType.CONFLICT, "request.closed");
            }
            if (reply.finalAnswer()) {
                throw invalid("finalAnswer", "request.sender-cannot-answer");
            }
            addressedTo = reply.addressedTo() == null || reply.addressedTo().isEmpty()
                    ? request.recipientAgencies
                    : reply.addressedTo().stream().distinct().sorted().toList();
            if (!request.recipientAgencies.containsAll(addressedTo)) {
                throw invalid("addressedTo", "request.not-a-recipient");
            }
        } else {
            RequestRecipient recipient = recipientOrForbidden(caller, request);
            requireOpen(recipient);
            addressedTo = List.of(request.senderAgency);
            if (reply.finalAnswer()) {
                recipient.status = RecipientStatus.ANSWERED;
                recipient.answeredAt = clock.instant();
                answering = recipient;
            }
        }
        if (reply.handlingCode() == HandlingCode.H3 && isBlank(reply.handlingRestriction())) {
            throw invalid("handlingRestriction", "sharing.h3-needs-restriction");
        }
        RequestMessage message = new RequestMessage();
        message.id = UUID.randomUUID();
        message.requestId = request.id;
        message.authorUsername = caller.username();
        message.authorState = caller.state();
        message.authorAgency = caller.agency();
        message.addressedTo = new ArrayList<>(addressedTo);
        message.body = reply.body();
        message.handlingCode = reply.handlingCode();
        message.handlingRestriction = reply.handlingCode() == HandlingCode.H3 ? reply.handlingRestriction() : null;
        message.sourceReliability = reply.sourceReliability();
        message.informationAccuracy = reply.informationAccuracy();
        message.finalAnswer = reply.finalAnswer();
        message.createdAt = clock.instant();
        messages.persist(message);
        changed(request);
        if (!fromSender) {
            senderTimeline(
                    request,
                    caller,
                    reply.finalAnswer() ? TimelineEntry.Kind.REQUEST_ANSWERED : TimelineEntry.Kind.REPLY_RECEIVED,
                    request.reference + " " + caller.agency());
        }
        auditLog.record(
                caller, AuditAction.UPDATE, audited(request), null, reply.finalAnswer() ? "ANSWERED" : "REPLIED");
        if (answering != null) {
            Map<String, Object> data = eventData(request, answering);
            data.put("messageId", message.id);
            publishForSender(request, "answered", data);
        }
        return message;
    }

    @Transactional
    public List<RequestMessage> thread(Caller caller, UUID id) {
        ExchangeRequest request = participantView(caller, id);
        auditLog.recordReads(caller, AuditAction.READ, List.of(audited(request)), "replies");
        return messages.thread(caller, id);
    }

    /**
     * Attaches a file. The sender attaches while the request is open. A recipient attaches until it declines: also after
     * its answer, even once the request is closed — documents such as a criminal-record extract often follow the
     * answer.
     */
    @Transactional
    public Attachment attach(Caller caller, UUID id, String fileName, String declaredType, byte[] content) {
        ExchangeRequest request = participantView(caller, id);
        boolean fromSender = request.senderAgency.equals(caller.agency());
        RequestRecipient recipient = fromSender ? null : recipientOrForbidden(caller, request);
        if (fromSender && request.closed) {
            throw new ProblemException(ProblemType.CONFLICT, "request.closed");
        }
        if (recipient != null && recipient.status == RecipientStatus.DECLINED) {
            throw new ProblemException(ProblemType.CONFLICT, "request.attachment-after-decline");
        }
        if (content.length > attachmentMaxBytes) {
            throw new ProblemException(ProblemType.PAYLOAD_TOO_LARGE, "attachment.too-large", attachmentMaxBytes);
        }
        if (content.length == 0) {
            throw invalid("body", "attachment.empty");
        }
        String cleanName = fileName == null ? "" : fileName.strip();
        if (cleanName.isEmpty()
                || cleanName.length() > 200
                || cleanName.matches(".*[\\\\/\\x00-\\x1f].*")
                || cleanName.startsWith(".")) {
            throw invalid("name", "attachment.bad-name");
        }
        String type =
                declaredType == null ? "" : declaredType.split(";")[0].strip().toLowerCase(java.util.Locale.ROOT);
        if (!ACCEPTED_TYPES.contains(type)) {
            throw new ProblemException(ProblemType.UNSUPPORTED_MEDIA_TYPE, "attachment.type-not-accepted", type);
        }
        if (!contentMatches(type, content)) {
            throw new ProblemException(ProblemType.UNSUPPORTED_MEDIA_TYPE, "attachment.content-mismatch", type);
        }
        Attachment attachment = new Attachment();
        attachment.id = UUID.randomUUID();
        attachment.requestId = request.id;
        attachment.fileName = cleanName;
        attachment.contentType = type;
        attachment.sizeBytes = content.length;
        attachment.sha256 = sha256(content);
        attachment.content = content;
        attachment.uploadedBy = caller.username();
        attachment.uploadedAgency = caller.agency();
        attachment.uploadedAt = clock.instant();
        attachments.persist(attachment);
        boolean afterAnswer = recipient != null && recipient.status == RecipientStatus.ANSWERED;
        auditLog.record(
                caller,
                AuditAction.UPDATE,
                audited(request),
                "attachment " + cleanName,
                afterAnswer ? "ATTACHED_AFTER_ANSWER" : "ATTACHED");
        Map<String, Object> data = recipient == null ? eventData(request) : eventData(request, recipient);
        data.put("attachmentId", attachment.id);
        data.put("fileName", attachment.fileName);
        data.put("contentType", attachment.contentType);
        data.put("sizeBytes", attachment.sizeBytes);
        data.put("afterAnswer", afterAnswer);
        if (recipient == null) {
            publishFor(request, request.recipientAgencies, "attachment-added", data);
        } else {
            publishForSender(request, "attachment-added", data);
        }
        return attachment;
    }

    @Transactional
    public List<Attachment> attachments(Caller caller, UUID id) {
        return attachments.of(caller, participantView(caller, id));
    }

    /** An attachment and its content, read in the transaction (the content is loaded only here). */
    public record Download(Attachment attachment, byte[] content) {}

    @Transactional
    public Download download(Caller caller, UUID id, UUID attachmentId) {
        ExchangeRequest request = participantView(caller, id);
        Attachment attachment = attachments.one(caller, request, attachmentId).orElseThrow(ProblemException::notFound);
        auditLog.recordReads(caller, AuditAction.READ, List.of(audited(request)), "attachment " + attachment.fileName);
        return new Download(attachment, attachment.content);
    }

    public Instant now() {
        return clock.instant();
    }

    @Scheduled(
            every = "${pcms.cases.request-overdue-check}",
            delayed = "20s",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void remindOverdue() {
        reportOverdue(clock.instant());
    }

    /**
     * Reports once every recipient that let a request's due date pass without answering or declining: one
     * {@code cases.request.overdue} event per late recipient, for the sender and that recipient alone (a recipient
     * never learns where the others are with the request).
     *
     * @return how many late recipients were reported
     */
    @Transactional
    public int reportOverdue(Instant now) {
        int reported = 0;
        for (ExchangeRequest request : requests.overdueToReport(now, OVERDUE_BATCH)) {
            for (RequestRecipient recipient : request.recipients) {
                if (recipient.status.isOpen() && recipient.overdueReportedAt == null) {
                    recipient.overdueReportedAt = now;
                    publishFor(request, List.of(recipient.agency), "overdue", eventData(request, recipient));
                    reported++;
                }
            }
        }
        return reported;
    }

    /** What every request event says: enough to name and find the request, nothing of its content. */
    private static Map<String, Object> eventData(ExchangeRequest request) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("requestId", request.id);
        data.put("reference", request.reference);
        data.put("type", request.type);
        data.put("urgency", request.urgency);
        data.put("dueAt", request.dueAt);
        data.put("senderState", request.senderState);
        data.put("senderAgency", request.senderAgency);
        return data;
    }

    /** {@link #eventData(ExchangeRequest)} and where one recipient is with the request. */
    private static Map<String, Object> eventData(ExchangeRequest request, RequestRecipient recipient) {
        Map<String, Object> data = eventData(request);
        data.put("recipientState", recipient.state);
        data.put("recipientAgency", recipient.agency);
        data.put("status", recipient.status);
        return data;
    }

    /** An event for the sending agency alone (rule 7): what one recipient did is the sender's business only. */
    private void publishForSender(ExchangeRequest request, String event, Map<String, Object> data) {
        outbox.publish(
                EVENT_ENTITY,
                event,
                request.id,
                Sovereignty.addressedTo(request.senderState, request.senderAgency),
                data);
    }

    /**
     * An event for the sending agency and the recipient agencies named: SELECTED for those agencies, listed again in
     * the data's {@code sharedWith} for consumers, so that it is delivered no further than the request is seen.
     */
    private void publishFor(ExchangeRequest request, List<String> agencies, String event, Map<String, Object> data) {
        Caller sender = new Caller(
                request.senderUsername, request.senderUsername, request.senderState, request.senderAgency, Set.of());
        Sovereignty envelope = Sovereignty.ownedBy(
                sender,
                SharingTerms.of(Distribution.SELECTED, agencies.toArray(String[]::new)),
                Distribution.SELECTED,
                Period.ZERO,
                LocalDate.now(clock));
        data.put("sharedWith", agencies);
        outbox.publish(EVENT_ENTITY, event, request.id, envelope, data);
    }

    private ExchangeRequest participantView(Caller caller, UUID id) {
        return requests.findForParticipant(caller, id).orElseThrow(ProblemException::notFound);
    }

    private static RequestRecipient recipientOrForbidden(Caller caller, ExchangeRequest request) {
        RequestRecipient recipient = request.recipient(caller.agency());
        if (recipient == null) {
            throw new ProblemException(ProblemType.FORBIDDEN, "request.recipients-only");
        }
        return recipient;
    }

    private static void requireOpen(RequestRecipient recipient) {
        if (!recipient.status.isOpen()) {
            throw new ProblemException(ProblemType.CONFLICT, "request.already-concluded", recipient.status);
        }
    }

    private void changed(ExchangeRequest request) {
        request.closed = request.recipients.stream().noneMatch(recipient -> recipient.status.isOpen());
        requests.flush();
    }

    private void senderTimeline(ExchangeRequest request, Caller caller, TimelineEntry.Kind kind, String detail) {
        if (request.caseId != null) {
            timeline.record(request.caseId, caller, kind, detail, TimelineEntry.RelatedKind.REQUEST, request.id);
        }
    }

    /** Magic numbers for binary types; text must be valid UTF-8 without control bytes other than tab and newlines. */
    static boolean contentMatches(String type, byte[] content) {
        return switch (type) {
            case "application/pdf" -> startsWith(content, "%PDF-".getBytes(StandardCharsets.US_ASCII));
            case "image/png" -> startsWith(content, new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'});
            case "image/jpeg" -> startsWith(content, new byte[] {(byte) 0xff, (byte) 0xd8, (byte) 0xff});
            default -> isPlainText(content);
        };
    }

    private static boolean startsWith(byte[] content, byte[] magic) {
        if (content.length < magic.length) {
            return false;
        }
        for (int i = 0; i < magic.length; i++) {
            if (content[i] != magic[i]) {
                return false;
            }
        }
        return true;
    }

    private static boolean isPlainText(byte[] content) {
        try {
            String text = StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(java.nio.ByteBuffer.wrap(content))
                    .toString();
            return text.chars().noneMatch(c -> c < 0x20 && c != '\t' && c != '\n' && c != '\r');
        } catch (CharacterCodingException e) {
            return false;
        }
    }

    private static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }

    private static boolean isBlank(String text) {
        return text == null || text.isBlank();
    }

    private static ProblemException invalid(String field, String key) {
        return new ProblemException(
                ProblemType.VALIDATION_FAILED,
                List.of(new Problem.FieldError(field, key)),
                "validation-failed.detail",
                1);
    }

    static AuditedRecord audited(ExchangeRequest request) {
        return new AuditedRecord(
                RECORD_TYPE,
                request.id.toString(),
                request.senderState,
                request.senderAgency,
                request.reference,
                request.subjectLine);
    }
}

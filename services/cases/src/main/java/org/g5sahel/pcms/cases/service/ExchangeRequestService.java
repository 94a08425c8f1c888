package org.g5sahel.pcms.cases.service;

import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.time.Year;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

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
import org.g5sahel.pcms.cases.rest.ExchangeRequestCreate;
import org.g5sahel.pcms.cases.rest.ReplyRequest;
import org.g5sahel.pcms.commons.audit.AuditAction;
import org.g5sahel.pcms.commons.audit.AuditLog;
import org.g5sahel.pcms.commons.audit.AuditedRecord;
import org.g5sahel.pcms.commons.identity.Caller;
import org.g5sahel.pcms.commons.identity.Jurisdictions;
import org.g5sahel.pcms.commons.problem.Problem;
import org.g5sahel.pcms.commons.problem.ProblemException;
import org.g5sahel.pcms.commons.problem.ProblemType;
import org.g5sahel.pcms.commons.rest.Keyset;
import org.g5sahel.pcms.commons.sovereignty.HandlingCode;

/**
 * Information-exchange requests between agencies of different States (SIENA-like): sent → acknowledged → answered /
 * declined per recipient; a request is closed when no recipient has it open. Every step is one transaction.
 */
@ApplicationScoped
public class ExchangeRequestService {

    static final String RECORD_TYPE = "exchange-request";
    /** The content types an attachment may have, each recognised by its first bytes. */
    private static final Set<String> ACCEPTED_TYPES = Set.of("application/pdf", "image/png", "image/jpeg",
            "text/plain", "text/csv");

    private final ExchangeRequestRepository requests;
    private final RequestMessageRepository messages;
    private final AttachmentRepository attachments;
    private final CaseService cases;
    private final CaseTimeline timeline;
    private final ReferenceNumbers referenceNumbers;
    private final AuditLog auditLog;
    private final long attachmentMaxBytes;
    private final Clock clock = Clock.systemUTC();

    public ExchangeRequestService(ExchangeRequestRepository requests, RequestMessageRepository messages,
            AttachmentRepository attachments, CaseService cases, CaseTimeline timeline,
            ReferenceNumbers referenceNumbers, AuditLog auditLog, CasesConfig config) {
        this.requests = requests;
        this.messages = messages;
        this.attachments = attachments;
        this.cases = cases;
        this.timeline = timeline;
        this.referenceNumbers = referenceNumbers;
        this.auditLog = auditLog;
        this.attachmentMaxBytes = config.attachmentMaxBytes();
    }

    @Transactional
    public ExchangeRequest send(Caller caller, ExchangeRequestCreate create) {
        Instant now = clock.instant();
        List<String> recipients = create.recipients().stream().distinct().sorted().toList();
        List<Problem.FieldError> errors = new ArrayList<>();
        for (String recipient : recipients) {
            String state = stateOf(recipient);
            if (recipient.equals(caller.agency())) {
                errors.add(new Problem.FieldError("recipients", "request.self-addressed"));
            } else if (state.equals(caller.state())) {
                errors.add(new Problem.FieldError("recipients", "request.recipient-same-state"));
            } else if (!Jurisdictions.isKnown(state)) {
                errors.add(new Problem.FieldError("recipients", "request.unknown-recipient"));
            }
        }
        if (create.dueAt() != null && !create.dueAt().isAfter(now)) {
            errors.add(new Problem.FieldError("dueAt", "request.due-in-past"));
        }
        if (create.handlingCode() == HandlingCode.H3 && isBlank(create.handlingRestriction())) {
            errors.add(new Problem.FieldError("handlingRestriction", "sharing.h3-needs-restriction"));
        }
        if (!errors.isEmpty()) {
            throw new ProblemException(ProblemType.VALIDATION_FAILED, errors, "validation-failed.detail", errors.size());
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
        request.recipientStates = new ArrayList<>(recipients.stream().map(ExchangeRequestService::stateOf).distinct()
                .sorted().toList());
        request.urgency = create.urgency();
        request.dueAt = create.dueAt() != null ? create.dueAt() : now.plus(create.urgency().defaultDelay());
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
            recipient.state = stateOf(agency);
            request.recipients.add(recipient);
        }
        requests.persist(request);
        if (request.caseId != null) {
            timeline.record(request.caseId, caller, TimelineEntry.Kind.REQUEST_SENT, request.reference + " "
                    + request.type + " → " + String.join(", ", recipients), TimelineEntry.RelatedKind.REQUEST,
                    request.id);
        }
        auditLog.record(caller, AuditAction.CREATE, audited(request), request.purpose, "SENT");
        return request;
    }

    @Transactional
    public List<ExchangeRequest> search(Caller caller, String box, UUID caseId, Boolean overdue, Keyset after,
            int fetch) {
        List<ExchangeRequest> found = requests.search(caller, box, caseId, overdue, clock.instant(), after, fetch);
        auditLog.recordReads(caller, AuditAction.LIST, found.stream().map(ExchangeRequestService::audited).toList(),
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
        senderTimeline(request, caller, TimelineEntry.Kind.REQUEST_ACKNOWLEDGED, request.reference + " " + caller.agency());
        auditLog.record(caller, AuditAction.UPDATE, audited(request), null, "ACKNOWLEDGED");
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
        senderTimeline(request, caller, TimelineEntry.Kind.REQUEST_DECLINED,
                request.reference + " " + caller.agency() + ": " + recipient.declinedReason);
        auditLog.record(caller, AuditAction.UPDATE, audited(request), null, "DECLINED");
        return request;
    }

    @Transactional
    public RequestMessage reply(Caller caller, UUID id, ReplyRequest reply) {
        ExchangeRequest request = participantView(caller, id);
        boolean fromSender = request.senderAgency.equals(caller.agency());
        List<String> addressedTo;
        if (fromSender) {
            if (request.closed) {
                throw new ProblemException(ProblemType.CONFLICT, "request.closed");
            }
            if (reply.finalAnswer()) {
                throw invalid("finalAnswer", "request.sender-cannot-answer");
            }
            addressedTo = reply.addressedTo() == null || reply.addressedTo().isEmpty() ? request.recipientAgencies
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
            senderTimeline(request, caller, reply.finalAnswer() ? TimelineEntry.Kind.REQUEST_ANSWERED
                    : TimelineEntry.Kind.REPLY_RECEIVED, request.reference + " " + caller.agency());
        }
        auditLog.record(caller, AuditAction.UPDATE, audited(request), null, reply.finalAnswer() ? "ANSWERED" : "REPLIED");
        return message;
    }

    @Transactional
    public List<RequestMessage> thread(Caller caller, UUID id) {
        ExchangeRequest request = participantView(caller, id);
        auditLog.recordReads(caller, AuditAction.READ, List.of(audited(request)), "replies");
        return messages.thread(caller, id);
    }

    @Transactional
    public Attachment attach(Caller caller, UUID id, String fileName, String declaredType, byte[] content) {
        ExchangeRequest request = participantView(caller, id);
        if (request.closed) {
            throw new ProblemException(ProblemType.CONFLICT, "request.closed");
        }
        if (content.length > attachmentMaxBytes) {
            throw new ProblemException(ProblemType.PAYLOAD_TOO_LARGE, "attachment.too-large", attachmentMaxBytes);
        }
        if (content.length == 0) {
            throw invalid("body", "attachment.empty");
        }
        String cleanName = fileName == null ? "" : fileName.strip();
        if (cleanName.isEmpty() || cleanName.length() > 200 || cleanName.matches(".*[\\\\/\\x00-\\x1f].*")
                || cleanName.startsWith(".")) {
            throw invalid("name", "attachment.bad-name");
        }
        String type = declaredType == null ? "" : declaredType.split(";")[0].strip().toLowerCase(java.util.Locale.ROOT);
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
        auditLog.record(caller, AuditAction.UPDATE, audited(request), "attachment " + cleanName, "ATTACHED");
        return attachment;
    }

    @Transactional
    public List<Attachment> attachments(Caller caller, UUID id) {
        return attachments.of(caller, participantView(caller, id));
    }

    /** An attachment and its content, read in the transaction (the content is loaded only here). */
    public record Download(Attachment attachment, byte[] content) {
    }

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
            case "image/png" -> startsWith(content, new byte[] { (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n' });
            case "image/jpeg" -> startsWith(content, new byte[] { (byte) 0xff, (byte) 0xd8, (byte) 0xff });
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
            String text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(java.nio.ByteBuffer.wrap(content))
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

    private static String stateOf(String agency) {
        int dash = agency.indexOf('-');
        return dash < 0 ? agency : agency.substring(0, dash);
    }

    private static boolean isBlank(String text) {
        return text == null || text.isBlank();
    }

    private static ProblemException invalid(String field, String key) {
        return new ProblemException(ProblemType.VALIDATION_FAILED, List.of(new Problem.FieldError(field, key)),
                "validation-failed.detail", 1);
    }

    static AuditedRecord audited(ExchangeRequest request) {
        return new AuditedRecord(RECORD_TYPE, request.id.toString(), request.senderState, request.senderAgency,
                request.reference, request.subjectLine);
    }
}

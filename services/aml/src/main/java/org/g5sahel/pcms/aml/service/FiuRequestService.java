package org.g5sahel.pcms.aml.service;

import io.quarkus.hibernate.orm.panache.Panache;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.time.Year;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.g5sahel.pcms.aml.model.Consent;
import org.g5sahel.pcms.aml.model.FiuRequest;
import org.g5sahel.pcms.aml.model.FiuRequestDissemination;
import org.g5sahel.pcms.aml.model.FiuRequestStatus;
import org.g5sahel.pcms.aml.model.Usefulness;
import org.g5sahel.pcms.aml.repository.FiuRequestRepository;
import org.g5sahel.pcms.commons.audit.AuditAction;
import org.g5sahel.pcms.commons.audit.AuditLog;
import org.g5sahel.pcms.commons.audit.AuditedRecord;
import org.g5sahel.pcms.commons.identity.AgencyCode;
import org.g5sahel.pcms.commons.identity.Caller;
import org.g5sahel.pcms.commons.identity.Jurisdictions;
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
 * FIU-to-FIU requests (Egmont practice): the requesting FIU states purpose and foreseen use, the answering FIU
 * replies, and the reply goes on to law enforcement only with the answering FIU's prior consent. Only the two FIUs
 * see the request.
 */
@ApplicationScoped
public class FiuRequestService {

    public static final String RECORD_TYPE = "aml-fiu-request";
    private static final Period REVIEW_PERIOD = Period.ofYears(5);
    /** A financial intelligence unit's agency code; its group, the State, must be a member State. */
    private static final Pattern FIU = Pattern.compile("^([A-Z]{2})-FIU$");

    private final FiuRequestRepository requests;
    private final AuditLog auditLog;
    private final Outbox outbox;
    private final Clock clock;
    private final ReferenceNumbers referenceNumbers;

    public FiuRequestService(
            FiuRequestRepository requests,
            AuditLog auditLog,
            Outbox outbox,
            Clock clock,
            ReferenceNumbers referenceNumbers) {
        this.requests = requests;
        this.auditLog = auditLog;
        this.outbox = outbox;
        this.clock = clock;
        this.referenceNumbers = referenceNumbers;
    }

    /** A request with the onward disseminations made of its reply. */
    public record Detail(FiuRequest request, List<FiuRequestDissemination> disseminations) {}

    @Transactional
    public Detail create(Caller caller, FiuRequestCommand input) {
        List<Problem.FieldError> errors = new ArrayList<>();
        String answering = input.answeringAgency();
        Matcher fiu = FIU.matcher(answering);
        if (!fiu.matches()
                || !Jurisdictions.isMemberState(fiu.group(1))
                || answering.startsWith(caller.state() + "-")) {
            errors.add(new Problem.FieldError("answeringAgency", "fiu-request.answering-agency"));
        }
        if (input.dueDate().isBefore(LocalDate.now(clock))) {
            errors.add(new Problem.FieldError("dueDate", "fiu-request.due-date"));
        }
        if (!errors.isEmpty()) {
            throw new ProblemException(
                    ProblemType.VALIDATION_FAILED, errors, "validation-failed.detail", errors.size());
        }
        Instant now = clock.instant();
        FiuRequest request = new FiuRequest();
        request.id = UUID.randomUUID();
        request.sovereignty = Sovereignty.ownedBy(
                caller,
                new SharingTerms(Distribution.SELECTED, List.of(answering), null, null, null, null, null, false),
                Distribution.SELECTED,
                REVIEW_PERIOD,
                LocalDate.now(clock));
        request.reference = referenceNumbers.next(caller.state(), "RFI", Year.from(now.atZone(ZoneOffset.UTC)));
        request.requestingAgency = caller.agency();
        request.answeringAgency = answering;
        request.purpose = input.purpose().strip();
        request.foreseenUse = input.foreseenUse().strip();
        request.urgency = input.urgency();
        request.dueDate = input.dueDate();
        request.question = input.question().strip();
        request.subjectNames = new ArrayList<>(input.subjectNames() == null ? List.of() : input.subjectNames());
        request.status = FiuRequestStatus.SENT;
        request.consent = Consent.NOT_REQUESTED;
        request.createdAt = now;
        request.updatedAt = now;
        requests.persist(request);
        requests.flush();
        auditLog.record(caller, AuditAction.CREATE, audited(request), request.purpose, answering);
        outbox.publish(
                "fiu-request",
                "sent",
                request.id,
                request.sovereignty,
                Map.of(
                        "reference",
                        request.reference,
                        "answeringAgency",
                        answering,
                        "urgency",
                        request.urgency.name(),
                        "dueDate",
                        request.dueDate.toString()));
        return new Detail(request, List.of());
    }

    @Transactional
    public Detail get(Caller caller, UUID id) {
        FiuRequest request = find(caller, id);
        auditLog.recordReads(caller, AuditAction.READ, List.of(audited(request)), null);
        return new Detail(request, requests.disseminationsOf(id));
    }

    @Transactional
    public List<FiuRequest> search(Caller caller, Instant afterCreated, UUID afterId, int fetch) {
        List<FiuRequest> found = requests.search(caller, afterCreated, afterId, fetch);
        auditLog.recordReads(
                caller,
                AuditAction.LIST,
                found.stream().map(FiuRequestService::audited).toList(),
                null);
        return found;
    }

    @Transactional
    public Detail reply(Caller caller, UUID id, String ifMatch, String reply) {
        FiuRequest request = answeringOnly(caller, id, ifMatch);
        if (request.status != FiuRequestStatus.SENT) {
            throw new ProblemException(ProblemType.CONFLICT, "fiu-request.already-answered");
        }
        request.status = FiuRequestStatus.ANSWERED;
        request.reply = reply.strip();
        request.repliedBy = caller.username();
        request.repliedAt = clock.instant();
        return saved(caller, request, AuditAction.UPDATE, null, "ANSWERED", "answered");
    }

    /** The requesting FIU asks the answering FIU's leave to pass the reply on to named law-enforcement agencies. */
    @Transactional
    public Detail requestConsent(Caller caller, UUID id, String ifMatch, List<String> recipients, String purpose) {
        FiuRequest request = requestingOnly(caller, id, ifMatch);
        requireAnswered(request);
        if (request.consent == Consent.PENDING) {
            throw new ProblemException(ProblemType.CONFLICT, "fiu-request.consent-pending");
        }
        checkRecipients(caller, recipients, "recipients");
        request.consent = Consent.PENDING;
        request.consentRecipients =
                new ArrayList<>(recipients.stream().distinct().sorted().toList());
        request.consentPurpose = purpose.strip();
        request.consentConditions = null;
        request.consentBy = null;
        request.consentAt = null;
        return saved(
                caller,
                request,
                AuditAction.ACCESS_REQUEST,
                purpose,
                "CONSENT_REQUESTED " + String.join(",", request.consentRecipients),
                "consent-requested");
    }

    @Transactional
    public Detail decideConsent(Caller caller, UUID id, String ifMatch, boolean granted, String conditions) {
        FiuRequest request = answeringOnly(caller, id, ifMatch);
        if (request.consent != Consent.PENDING) {
            throw new ProblemException(ProblemType.CONFLICT, "fiu-request.no-consent-pending");
        }
        request.consent = granted ? Consent.GRANTED : Consent.REFUSED;
        request.consentConditions = conditions;
        request.consentBy = caller.username();
        request.consentAt = clock.instant();
        return saved(
                caller, request, AuditAction.ACCESS_DECISION, conditions, request.consent.name(), "consent-decided");
    }

    /**
     * Passing the reply on: refused (409) unless the answering FIU granted consent for this very recipient; recorded,
     * audited with its purpose and announced by an event addressed to the recipient.
     */
    @Transactional
    public Detail disseminate(Caller caller, UUID id, String ifMatch, String recipient, String purpose) {
        FiuRequest request = requestingOnly(caller, id, ifMatch);
        requireAnswered(request);
        checkRecipients(caller, List.of(recipient), "recipient");
        if (request.consent != Consent.GRANTED || !request.consentRecipients.contains(recipient)) {
            throw new ProblemException(ProblemType.CONFLICT, "fiu-request.consent-required");
        }
        FiuRequestDissemination dissemination = new FiuRequestDissemination();
        dissemination.id = UUID.randomUUID();
        dissemination.requestId = request.id;
        dissemination.recipient = recipient;
        dissemination.purpose = purpose.strip();
        dissemination.disseminatedBy = caller.username();
        dissemination.disseminatedAt = clock.instant();
        Panache.getEntityManager().persist(dissemination);
        return saved(
                caller, request, AuditAction.SHARING_CHANGE, purpose, "DISSEMINATED to " + recipient, "disseminated");
    }

    @Transactional
    public Detail feedback(Caller caller, UUID id, String ifMatch, Usefulness usefulness, String feedback) {
        FiuRequest request = requestingOnly(caller, id, ifMatch);
        requireAnswered(request);
        request.usefulness = usefulness;
        request.feedback = feedback;
        request.status = FiuRequestStatus.CLOSED;
        return saved(caller, request, AuditAction.UPDATE, null, "FEEDBACK " + usefulness, "feedback-given");
    }

    private Detail saved(
            Caller caller, FiuRequest request, AuditAction action, String purpose, String outcome, String event) {
        request.updatedAt = clock.instant();
        requests.flush();
        auditLog.record(caller, action, audited(request), purpose, outcome);
        outbox.publish(
                "fiu-request",
                event,
                request.id,
                request.sovereignty,
                Map.of(
                        "reference",
                        request.reference,
                        "requestingAgency",
                        request.requestingAgency,
                        "answeringAgency",
                        request.answeringAgency,
                        "status",
                        request.status.name(),
                        "consent",
                        request.consent.name()));
        return new Detail(request, requests.disseminationsOf(request.id));
    }

    private FiuRequest find(Caller caller, UUID id) {
        return requests.findForParty(caller, id).orElseThrow(ProblemException::notFound);
    }

    private FiuRequest answeringOnly(Caller caller, UUID id, String ifMatch) {
        FiuRequest request = find(caller, id);
        if (!caller.agency().equals(request.answeringAgency)) {
            throw new ProblemException(ProblemType.FORBIDDEN, "fiu-request.not-answering");
        }
        Versions.requireMatch(ifMatch, request.version);
        return request;
    }

    private FiuRequest requestingOnly(Caller caller, UUID id, String ifMatch) {
        FiuRequest request = find(caller, id);
        if (!caller.agency().equals(request.requestingAgency)) {
            throw new ProblemException(ProblemType.FORBIDDEN, "fiu-request.not-requesting");
        }
        Versions.requireMatch(ifMatch, request.version);
        return request;
    }

    private static void requireAnswered(FiuRequest request) {
        if (request.status == FiuRequestStatus.SENT) {
            throw new ProblemException(ProblemType.CONFLICT, "fiu-request.not-answered");
        }
    }

    /** Onward recipients are law-enforcement agencies of the requesting FIU's own State, not the FIU itself. */
    private static void checkRecipients(Caller caller, List<String> recipients, String field) {
        List<Problem.FieldError> errors = new ArrayList<>();
        for (int i = 0; i < recipients.size(); i++) {
            String recipient = recipients.get(i);
            if (recipient == null || !AgencyCode.isOf(recipient, caller.state()) || recipient.equals(caller.agency())) {
                errors.add(new Problem.FieldError(
                        field.equals("recipient") ? field : field + "[" + i + "]", "fiu-request.recipient"));
            }
        }
        if (!errors.isEmpty()) {
            throw new ProblemException(
                    ProblemType.VALIDATION_FAILED, errors, "validation-failed.detail", errors.size());
        }
    }

    static AuditedRecord audited(FiuRequest request) {
        return AuditedRecord.of(RECORD_TYPE, request.id, request.sovereignty, request.reference, request.purpose);
    }
}

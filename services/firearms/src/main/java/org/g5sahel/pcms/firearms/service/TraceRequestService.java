package org.g5sahel.pcms.firearms.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.time.Year;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import org.g5sahel.pcms.commons.audit.AuditAction;
import org.g5sahel.pcms.commons.audit.AuditLog;
import org.g5sahel.pcms.commons.audit.AuditedRecord;
import org.g5sahel.pcms.commons.identity.Caller;
import org.g5sahel.pcms.commons.identity.Jurisdictions;
import org.g5sahel.pcms.commons.messaging.Outbox;
import org.g5sahel.pcms.commons.persistence.Keyset;
import org.g5sahel.pcms.commons.problem.Problem;
import org.g5sahel.pcms.commons.problem.ProblemException;
import org.g5sahel.pcms.commons.problem.ProblemType;
import org.g5sahel.pcms.commons.reference.ReferenceNumbers;
import org.g5sahel.pcms.commons.rest.Versions;
import org.g5sahel.pcms.commons.sovereignty.Distribution;
import org.g5sahel.pcms.commons.sovereignty.SharingTerms;
import org.g5sahel.pcms.commons.sovereignty.Sovereignty;
import org.g5sahel.pcms.firearms.config.FirearmsConfig;
import org.g5sahel.pcms.firearms.marking.Serials;
import org.g5sahel.pcms.firearms.model.AddresseeBasis;
import org.g5sahel.pcms.firearms.model.Firearm;
import org.g5sahel.pcms.firearms.model.FoundThrough;
import org.g5sahel.pcms.firearms.model.TraceOutcome;
import org.g5sahel.pcms.firearms.model.TraceRequest;
import org.g5sahel.pcms.firearms.model.TraceStatus;
import org.g5sahel.pcms.firearms.model.TransferStep;
import org.g5sahel.pcms.firearms.model.Urgency;
import org.g5sahel.pcms.firearms.repository.FirearmRepository;
import org.g5sahel.pcms.firearms.repository.TraceRequestRepository;

/**
 * ITI trace requests between member States: submitted by the requesting agency, acknowledged then answered by the
 * addressed State (the State of manufacture or last import). Overdue is computed against the injected clock. A request
 * whose markings match another State's firearm reported lost or stolen tells that State at once
 * ({@link RecoveredHits}).
 */
@ApplicationScoped
public class TraceRequestService {

    static final String RECORD_TYPE = "trace-request";

    private final TraceRequestRepository requests;
    private final FirearmRepository firearms;
    private final RecoveredHits recoveredHits;
    private final ReferenceNumbers referenceNumbers;
    private final AuditLog auditLog;
    private final Outbox outbox;
    private final FirearmsConfig config;
    private final Clock clock;

    public TraceRequestService(
            TraceRequestRepository requests,
            FirearmRepository firearms,
            RecoveredHits recoveredHits,
            ReferenceNumbers referenceNumbers,
            AuditLog auditLog,
            Outbox outbox,
            FirearmsConfig config,
            Clock clock) {
        this.requests = requests;
        this.firearms = firearms;
        this.recoveredHits = recoveredHits;
        this.referenceNumbers = referenceNumbers;
        this.auditLog = auditLog;
        this.outbox = outbox;
        this.config = config;
        this.clock = clock;
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    @Transactional
    public TraceRequest submit(Caller caller, TraceRequestCommand request) {
        List<Problem.FieldError> errors = new ArrayList<>();
        if (!Jurisdictions.isMemberState(request.addressedTo())) {
            errors.add(new Problem.FieldError("addressedTo", "trace.addressee-not-member"));
        } else if (request.addressedTo().equals(caller.state())) {
            errors.add(new Problem.FieldError("addressedTo", "trace.addressed-to-own-state"));
        }
        TraceRequest trace = new TraceRequest();
        if (request.firearmId() != null) {
            firearms.findVisibleById(caller, request.firearmId())
                    .ifPresentOrElse(
                            firearm -> copyMarkings(trace, firearm),
                            () -> errors.add(new Problem.FieldError("firearmId", "seizure.unknown-firearm")));
        } else {
            FirearmDraft draft = new FirearmDraft(
                    request.type(),
                    request.make(),
                    request.model(),
                    request.calibre(),
                    request.serialNumber(),
                    request.manufactureCountry(),
                    request.manufactureYear(),
                    request.importCountry(),
                    request.importYear(),
                    request.otherMarkings(),
                    null,
                    null,
                    null);
            if (request.type() == null) {
                errors.add(new Problem.FieldError("type", "seizure.describe-firearm"));
            }
            if (request.make() == null || request.make().isBlank()) {
                errors.add(new Problem.FieldError("make", "seizure.describe-firearm"));
            }
            errors.addAll(draft.problems("", today()));
            if (errors.isEmpty()) {
                copyMarkings(trace, draft);
            }
        }
        String markedCountry =
                request.addresseeBasis() == AddresseeBasis.MANUFACTURE ? trace.manufactureCountry : trace.importCountry;
        if (errors.isEmpty() && markedCountry != null && !markedCountry.equals(request.addressedTo())) {
            errors.add(new Problem.FieldError("addressedTo", "trace.addressee-not-marked"));
        }
        Urgency urgency = Objects.requireNonNullElse(request.urgency(), Urgency.ROUTINE);
        LocalDate due = request.dueDate() == null ? today().plus(urgency.defaultDelay()) : request.dueDate();
        if (!due.isAfter(today())) {
            errors.add(new Problem.FieldError("dueDate", "trace.due-date-past"));
        }
        Validation.requireNone(errors);

        trace.id = UUID.randomUUID();
        // Always shared with the addressed State, which must read the request to answer it.
        trace.sovereignty = Sovereignty.ownedBy(
                caller,
                SharingTerms.of(Distribution.SELECTED, request.addressedTo()),
                Distribution.SELECTED,
                config.caseReviewPeriod(),
                today());
        trace.reference = referenceNumbers.next(caller.state(), "TR", Year.now(clock));
        trace.addressedTo = request.addressedTo();
        trace.addresseeBasis = request.addresseeBasis();
        trace.circumstances = request.circumstances().strip();
        trace.urgency = urgency;
        trace.dueDate = due;
        trace.status = TraceStatus.SUBMITTED;
        trace.submittedAt = clock.instant();
        trace.submittedBy = caller.username();
        requests.persist(trace);
        auditLog.record(caller, AuditAction.CREATE, audited(trace), null, "SUBMITTED");
        publish(trace, "submitted");
        RecoveredHits.Finding finding = new RecoveredHits.Finding(
                FoundThrough.TRACE_REQUEST,
                trace.id,
                trace.reference,
                today(),
                null,
                null,
                trace.make,
                trace.serialAsMarked);
        recoveredHits
                .reportedMissingElsewhere(caller, trace.make, trace.serialNormalised)
                .forEach(missing -> recoveredHits.record(caller, missing, finding));
        return trace;
    }

    @Transactional
    public TraceRequest get(Caller caller, UUID id) {
        TraceRequest trace = visible(caller, id);
        auditLog.recordReads(caller, AuditAction.READ, List.of(audited(trace)), null);
        return trace;
    }

    /** The firearms reported lost or stolen by other States that the request's markings matched, as hits. */
    @Transactional
    public List<Hit> hits(Caller caller, UUID id) {
        return recoveredHits.ofSource(caller, id);
    }

    @Transactional
    public List<TraceRequest> list(
            Caller caller,
            TraceRequestRepository.Box box,
            TraceStatus status,
            Boolean overdue,
            Keyset after,
            int fetch) {
        List<TraceRequest> found = requests.list(caller, box, status, overdue, today(), after, fetch);
        auditLog.recordReads(
                caller,
                AuditAction.LIST,
                found.stream().map(TraceRequestService::audited).toList(),
                null);
        return found;
    }

    @Transactional
    public TraceRequest acknowledge(Caller caller, UUID id, String ifMatch) {
        TraceRequest trace = visible(caller, id);
        requireAddressee(caller, trace);
        Versions.requireMatch(ifMatch, trace.version);
        requireStatus(trace, TraceStatus.SUBMITTED);
        trace.status = TraceStatus.ACKNOWLEDGED;
        trace.acknowledgedAt = clock.instant();
        trace.acknowledgedBy = caller.username() + " (" + caller.agency() + ")";
        requests.flush();
        auditLog.record(caller, AuditAction.UPDATE, audited(trace), null, "ACKNOWLEDGED");
        publish(trace, "acknowledged");
        return trace;
    }

    @Transactional
    public TraceRequest answer(Caller caller, UUID id, String ifMatch, TraceAnswerCommand answer) {
        TraceRequest trace = visible(caller, id);
        requireAddressee(caller, trace);
        Versions.requireMatch(ifMatch, trace.version);
        requireStatus(trace, TraceStatus.ACKNOWLEDGED);
        List<Problem.FieldError> errors = new ArrayList<>();
        boolean hasChain =
                answer.transferChain() != null && !answer.transferChain().isEmpty();
        if (answer.outcome() == TraceOutcome.TRACED
                && (answer.lastLegalHolder() == null || answer.lastLegalHolder().isBlank())) {
            errors.add(new Problem.FieldError("lastLegalHolder", "trace.traced-needs-holder"));
        }
        if (answer.outcome() != TraceOutcome.TRACED && (hasChain || answer.lastLegalHolder() != null)) {
            errors.add(new Problem.FieldError("outcome", "trace.holder-only-when-traced"));
        }
        if (answer.outcome() == TraceOutcome.DECLINED
                && (answer.detail() == null || answer.detail().isBlank())) {
            errors.add(new Problem.FieldError("detail", "trace.decline-needs-reason"));
        }
        Validation.requireNone(errors);
        trace.status = TraceStatus.ANSWERED;
        trace.outcome = answer.outcome();
        trace.lastLegalHolder = FirearmService.blankToNull(answer.lastLegalHolder());
        trace.transferChain = hasChain
                ? answer.transferChain().stream()
                        .map(step ->
                                new TransferStep(step.from().strip(), step.to().strip(), step.on(), step.document()))
                        .toList()
                : List.of();
        trace.answerDetail = FirearmService.blankToNull(answer.detail());
        trace.answeredAt = clock.instant();
        trace.answeredBy = caller.username() + " (" + caller.agency() + ")";
        requests.flush();
        auditLog.record(caller, AuditAction.UPDATE, audited(trace), null, "ANSWERED " + answer.outcome());
        publish(trace, "answered");
        return trace;
    }

    private TraceRequest visible(Caller caller, UUID id) {
        return requests.findVisibleById(caller, id).orElseThrow(ProblemException::notFound);
    }

    private static void requireAddressee(Caller caller, TraceRequest trace) {
        if (!caller.state().equals(trace.addressedTo)) {
            throw new ProblemException(ProblemType.FORBIDDEN, "trace.not-addressee", trace.addressedTo);
        }
    }

    private static void requireStatus(TraceRequest trace, TraceStatus expected) {
        if (trace.status != expected) {
            throw new ProblemException(ProblemType.CONFLICT, "trace.wrong-status", trace.status, expected);
        }
    }

    private static void copyMarkings(TraceRequest trace, Firearm firearm) {
        trace.firearmId = firearm.id;
        trace.type = firearm.type;
        trace.make = firearm.make;
        trace.model = firearm.model;
        trace.calibre = firearm.calibre;
        trace.serialAsMarked = firearm.serialAsMarked;
        trace.serialNormalised = firearm.serialNormalised;
        trace.manufactureCountry = firearm.manufactureCountry;
        trace.manufactureYear = firearm.manufactureYear;
        trace.importCountry = firearm.importCountry;
        trace.importYear = firearm.importYear;
        trace.otherMarkings = firearm.otherMarkings;
    }

    private static void copyMarkings(TraceRequest trace, FirearmDraft draft) {
        trace.type = draft.type();
        trace.make = draft.make().strip();
        trace.model = FirearmService.blankToNull(draft.model());
        trace.calibre = FirearmService.blankToNull(draft.calibre());
        trace.serialAsMarked = draft.serialNumber().strip();
        trace.serialNormalised = Serials.normalise(draft.serialNumber());
        trace.manufactureCountry = draft.manufactureCountry();
        trace.manufactureYear = draft.manufactureYear();
        trace.importCountry = draft.importCountry();
        trace.importYear = draft.importYear();
        trace.otherMarkings = FirearmService.blankToNull(draft.otherMarkings());
    }

    private void publish(TraceRequest trace, String event) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("id", trace.id);
        data.put("reference", trace.reference);
        data.put("addressedTo", trace.addressedTo);
        data.put("status", trace.status);
        data.put("urgency", trace.urgency);
        data.put("dueDate", trace.dueDate);
        data.put("outcome", trace.outcome);
        data.put("sharedWith", trace.sovereignty.sharedWith());
        outbox.publish("trace-request", event, trace.id, trace.sovereignty, data);
    }

    static AuditedRecord audited(TraceRequest trace) {
        return AuditedRecord.of(
                RECORD_TYPE, trace.id, trace.sovereignty, trace.reference, trace.make + " " + trace.model);
    }
}

package org.g5sahel.pcms.cases.service;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.g5sahel.pcms.cases.model.InvestigationCase;
import org.g5sahel.pcms.cases.model.TimelineEntry;
import org.g5sahel.pcms.cases.repository.AccessRequestRepository;
import org.g5sahel.pcms.cases.repository.CaseRepository;
import org.g5sahel.pcms.commons.audit.AuditAction;
import org.g5sahel.pcms.commons.audit.AuditLog;
import org.g5sahel.pcms.commons.identity.Caller;
import org.g5sahel.pcms.commons.messaging.Outbox;
import org.g5sahel.pcms.commons.problem.ProblemException;
import org.g5sahel.pcms.commons.problem.ProblemType;
import org.g5sahel.pcms.commons.sovereignty.AccessRequest;
import org.g5sahel.pcms.commons.sovereignty.RecordHit;

/**
 * Access requests from a correlation (DESIGN §2 rule 4): the agency that holds one side asks the owner of the other
 * side for the case, stating why; the owner grants (the requester joins the case's recipients) or declines.
 */
@ApplicationScoped
public class AccessRequestService {

    private final CorrelationService correlations;
    private final AccessRequestRepository accessRequests;
    private final CaseRepository cases;
    private final CaseTimeline timeline;
    private final AuditLog auditLog;
    private final Outbox outbox;
    private final Clock clock = Clock.systemUTC();

    public AccessRequestService(CorrelationService correlations, AccessRequestRepository accessRequests,
            CaseRepository cases, CaseTimeline timeline, AuditLog auditLog, Outbox outbox) {
        this.correlations = correlations;
        this.accessRequests = accessRequests;
        this.cases = cases;
        this.timeline = timeline;
        this.auditLog = auditLog;
        this.outbox = outbox;
    }

    /** Only from a correlation the caller's agency is part of: nobody can fish for cases by guessing ids. */
    @Transactional
    public AccessRequest request(Caller caller, UUID correlationId, String purpose) {
        CorrelationService.Side side = correlations.involving(caller).stream()
                .filter(candidate -> candidate.hit().id.equals(correlationId)).findFirst()
                .orElseThrow(ProblemException::notFound);
        InvestigationCase target = side.other();
        if (cases.findVisibleById(caller, target.id).isPresent()) {
            throw new ProblemException(ProblemType.CONFLICT, "access-request.already-visible");
        }
        if (accessRequests.pendingExists(caller.agency(), target.id)) {
            throw new ProblemException(ProblemType.CONFLICT, "access-request.pending-exists");
        }
        AccessRequest request = AccessRequest.from(caller,
                RecordHit.of(CaseService.RECORD_TYPE, target.id, target.sovereignty), purpose.strip(), clock.instant());
        accessRequests.persist(request);
        timeline.record(target.id, caller, TimelineEntry.Kind.ACCESS_REQUESTED,
                caller.agency() + ": " + request.purpose(), TimelineEntry.RelatedKind.ACCESS_REQUEST, request.id());
        auditLog.record(caller, AuditAction.ACCESS_REQUEST, CaseService.audited(target), request.purpose(), "PENDING");
        outbox.publish("access-request", "submitted", request.id(), target.sovereignty, Map.of("caseReference",
                target.reference, "requesterState", caller.state(), "requesterAgency", caller.agency(), "purpose",
                request.purpose()));
        return request;
    }

    @Transactional
    public List<AccessRequest> involving(Caller caller) {
        return accessRequests.involving(caller);
    }

    @Transactional
    public AccessRequest decide(Caller caller, UUID id, boolean grant, String reason) {
        AccessRequest request = accessRequests.findForParty(caller, id).orElseThrow(ProblemException::notFound);
        InvestigationCase target = cases.findById(request.recordId());
        request.decide(caller, target.sovereignty, grant, reason, clock.instant());
        target.updatedAt = clock.instant();
        accessRequests.flush();
        timeline.record(target.id, caller, grant ? TimelineEntry.Kind.ACCESS_GRANTED : TimelineEntry.Kind.ACCESS_DECLINED,
                request.requesterAgency() + (reason == null || reason.isBlank() ? "" : ": " + reason),
                TimelineEntry.RelatedKind.ACCESS_REQUEST, request.id());
        auditLog.record(caller, AuditAction.ACCESS_DECISION, CaseService.audited(target), request.purpose(),
                request.status().name());
        outbox.publish("access-request", grant ? "granted" : "declined", request.id(), target.sovereignty,
                Map.of("caseReference", target.reference, "requesterAgency", request.requesterAgency()));
        return request;
    }
}

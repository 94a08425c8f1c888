package org.g5sahel.pcms.commons.access;

import io.quarkus.logging.Log;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.g5sahel.pcms.commons.audit.AuditAction;
import org.g5sahel.pcms.commons.audit.AuditLog;
import org.g5sahel.pcms.commons.identity.Caller;
import org.g5sahel.pcms.commons.messaging.Outbox;
import org.g5sahel.pcms.commons.problem.ProblemException;
import org.g5sahel.pcms.commons.problem.ProblemType;
import org.g5sahel.pcms.commons.sovereignty.Sovereignty;

/**
 * Access requests on this service's records (DESIGN §2 rule 4), the same in every service: asked from a hit, decided
 * by the owner, audited, published as {@code <service>.access-request.<submitted|granted|declined|revoked|expired>}
 * (the owner's inbox hears of a request, the requester's of the decision), ended at the grant's end date.
 */
@ApplicationScoped
public class AccessRequests {

    static final String ENTITY = "access-request";

    private final SovereignKinds kinds;
    private final AccessRequestRepository requests;
    private final AuditLog auditLog;
    private final Outbox outbox;
    private final Event<AccessRequestChanged> changes;
    private final Clock clock;

    public AccessRequests(
            SovereignKinds kinds,
            AccessRequestRepository requests,
            AuditLog auditLog,
            Outbox outbox,
            Event<AccessRequestChanged> changes,
            Clock clock) {
        this.kinds = kinds;
        this.requests = requests;
        this.auditLog = auditLog;
        this.outbox = outbox;
        this.changes = changes;
        this.clock = clock;
    }

    /**
     * Asks the owner of {@code recordId} for access. Only for a record a hit could have shown the caller (hidden from
     * them and discoverable): anything else answers 404 as if it did not exist, so nobody fishes by guessing ids.
     */
    @Transactional
    public AccessRequest request(Caller caller, UUID recordId, String purpose, String legalBasis) {
        SovereignKinds.Located located = kinds.find(recordId).orElseThrow(ProblemException::notFound);
        if (located.kind().isVisibleTo(caller, recordId)) {
            throw new ProblemException(ProblemType.CONFLICT, "access-request.already-visible");
        }
        if (!located.kind().isDiscoverableBy(caller, recordId)) {
            throw ProblemException.notFound();
        }
        if (requests.pendingExists(caller.agency(), recordId)) {
            throw new ProblemException(ProblemType.CONFLICT, "access-request.pending-exists");
        }
        SovereignKind.Found record = located.record();
        AccessRequest request = AccessRequest.of(
                caller,
                record.recordType(),
                recordId,
                record.sovereignty(),
                purpose.strip(),
                blankToNull(legalBasis),
                clock.instant());
        requests.persist(request);
        auditLog.record(caller, AuditAction.ACCESS_REQUEST, record.audited(), request.purpose(), "PENDING");
        // The owner learns who asks and why; the reference is theirs to see.
        Map<String, Object> data = data(request);
        data.put("recordReference", record.audited().reference());
        outbox.publish(
                ENTITY,
                "submitted",
                request.id(),
                Sovereignty.addressedTo(request.ownerState(), request.ownerAgency()),
                data);
        changes.fire(new AccessRequestChanged(request, record.recordType(), caller));
        return request;
    }

    public record Decision(boolean grant, AccessScope scope, String conditions, LocalDate until, String reason) {}

    @Transactional
    public AccessRequest decide(Caller caller, UUID id, Decision decision) {
        AccessRequest request = requests.findForParty(caller, id).orElseThrow(ProblemException::notFound);
        SovereignKind.Found record = recordOf(request);
        if (decision.grant()) {
            request.grant(
                    caller,
                    record.sovereignty(),
                    decision.scope(),
                    blankToNull(decision.conditions()),
                    decision.until(),
                    today(),
                    clock.instant());
        } else {
            request.decline(caller, record.sovereignty(), decision.reason(), clock.instant());
        }
        requests.flush();
        auditLog.record(
                caller,
                AuditAction.ACCESS_DECISION,
                record.audited(),
                request.purpose(),
                request.status().name());
        publishToRequester(request, decision.grant() ? "granted" : "declined");
        changes.fire(new AccessRequestChanged(request, record.recordType(), caller));
        return request;
    }

    @Transactional
    public AccessRequest revoke(Caller caller, UUID id, String reason) {
        AccessRequest request = requests.findForParty(caller, id).orElseThrow(ProblemException::notFound);
        SovereignKind.Found record = recordOf(request);
        request.revoke(
                caller,
                record.sovereignty(),
                reason,
                requests.otherGrantRunning(request.requesterAgency(), request.recordId(), request.id()),
                clock.instant());
        auditLog.record(caller, AuditAction.ACCESS_DECISION, record.audited(), request.purpose(), "REVOKED");
        publishToRequester(request, "revoked");
        changes.fire(new AccessRequestChanged(request, record.recordType(), caller));
        return request;
    }

    @Transactional
    public List<AccessRequest> involving(Caller caller) {
        return requests.involving(caller);
    }

    @Transactional
    public AccessRequest get(Caller caller, UUID id) {
        return requests.findForParty(caller, id).orElseThrow(ProblemException::notFound);
    }

    @Scheduled(
            every = "${pcms.access-requests.expiry-check:1h}",
            delayed = "30s",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void expireOnSchedule() {
        int expired = expireGrants(today());
        if (expired > 0) {
            Log.infof("%d access grant(s) reached their end date and were closed", expired);
        }
    }

    /**
     * Closes every grant whose last day is before {@code today}: the record closes to the requester (unless another
     * grant runs) and the requester is told.
     *
     * @return how many grants ended
     */
    @Transactional
    public int expireGrants(LocalDate today) {
        List<AccessRequest> ended = requests.grantsEndedBefore(today);
        for (AccessRequest request : ended) {
            SovereignKind.Found record = recordOf(request);
            request.expire(
                    record.sovereignty(),
                    requests.otherGrantRunning(request.requesterAgency(), request.recordId(), request.id()),
                    clock.instant());
            publishToRequester(request, "expired");
            changes.fire(new AccessRequestChanged(request, record.recordType(), null));
        }
        return ended.size();
    }

    private SovereignKind.Found recordOf(AccessRequest request) {
        return kinds.find(request.recordId())
                .map(SovereignKinds.Located::record)
                .orElseThrow(() -> new IllegalStateException("access request " + request.id() + " names no record"));
    }

    /** The requester learns the decision and its terms, and of the record only what its hit already showed. */
    private void publishToRequester(AccessRequest request, String action) {
        outbox.publish(
                ENTITY,
                action,
                request.id(),
                Sovereignty.addressedTo(request.requesterState(), request.requesterAgency()),
                data(request));
    }

    private static Map<String, Object> data(AccessRequest request) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("accessRequestId", request.id());
        data.put("recordType", request.recordType());
        data.put("recordId", request.recordId());
        data.put("ownerState", request.ownerState());
        data.put("ownerAgency", request.ownerAgency());
        data.put("requesterState", request.requesterState());
        data.put("requesterAgency", request.requesterAgency());
        data.put("purpose", request.purpose());
        data.put("legalBasis", request.legalBasis());
        data.put("status", request.status().name());
        data.put("scope", request.scope() == null ? null : request.scope().name());
        data.put("conditions", request.conditions());
        data.put(
                "grantedUntil",
                request.grantedUntil() == null ? null : request.grantedUntil().toString());
        data.put("reason", request.endReason() != null ? request.endReason() : request.decisionReason());
        return data;
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(ZoneOffset.UTC));
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}

package org.g5sahel.pcms.commons.sovereignty;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.g5sahel.pcms.commons.identity.Caller;
import org.g5sahel.pcms.commons.problem.ProblemException;
import org.g5sahel.pcms.commons.problem.ProblemType;

/**
 * A request, made from a hit, for access to a record the caller cannot see (DESIGN §2 rule 4). The owner grants (the
 * requester's agency joins {@code sharedWith}) or declines with a reason.
 */
@Entity
@Table(name = "access_request")
public class AccessRequest {

    public enum Status {
        PENDING, GRANTED, DECLINED
    }

    @Id
    private UUID id;

    @Column(name = "record_type", nullable = false, updatable = false)
    private String recordType;

    @Column(name = "record_id", nullable = false, updatable = false)
    private UUID recordId;

    @Column(name = "owner_state", nullable = false, updatable = false)
    private String ownerState;

    @Column(name = "owner_agency", nullable = false, updatable = false)
    private String ownerAgency;

    @Column(name = "requester_username", nullable = false, updatable = false)
    private String requesterUsername;

    @Column(name = "requester_state", nullable = false, updatable = false)
    private String requesterState;

    @Column(name = "requester_agency", nullable = false, updatable = false)
    private String requesterAgency;

    @Column(name = "purpose", nullable = false, updatable = false)
    private String purpose;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false)
    private Status status;

    @Column(name = "requested_at", nullable = false, updatable = false)
    private Instant requestedAt;

    @Column(name = "decided_by")
    private String decidedBy;

    @Column(name = "decided_at")
    private Instant decidedAt;

    @Column(name = "decision_reason")
    private String decisionReason;

    @Version
    private long version;

    protected AccessRequest() {
    }

    public static AccessRequest from(Caller requester, RecordHit hit, String purpose, Instant now) {
        AccessRequest request = new AccessRequest();
        request.id = UUID.randomUUID();
        request.recordType = hit.recordType();
        request.recordId = hit.reference();
        request.ownerState = hit.ownerState();
        request.ownerAgency = hit.ownerAgency();
        request.requesterUsername = requester.username();
        request.requesterState = requester.state();
        request.requesterAgency = requester.agency();
        request.purpose = purpose;
        request.status = Status.PENDING;
        request.requestedAt = now;
        return request;
    }

    /**
     * The owner's decision. Granting adds the requester's agency to the record's recipients; only those who may change
     * the record's sharing may decide.
     */
    public void decide(Caller owner, Sovereignty record, boolean grant, String reason, Instant now) {
        if (!record.maySharingBeChangedBy(owner)) {
            throw new ProblemException(ProblemType.SHARING_CHANGE_FORBIDDEN);
        }
        if (status != Status.PENDING) {
            throw new ProblemException(ProblemType.CONFLICT, "access-request.already-decided");
        }
        if (!grant && (reason == null || reason.isBlank())) {
            throw new ProblemException(ProblemType.VALIDATION_FAILED, "access-request.decline-needs-reason");
        }
        if (grant) {
            record.grantAccessTo(requesterAgency);
        }
        status = grant ? Status.GRANTED : Status.DECLINED;
        decidedBy = owner.username();
        decidedAt = now;
        decisionReason = reason;
    }

    public UUID id() {
        return id;
    }

    public String recordType() {
        return recordType;
    }

    public UUID recordId() {
        return recordId;
    }

    public String ownerState() {
        return ownerState;
    }

    public String ownerAgency() {
        return ownerAgency;
    }

    public String requesterUsername() {
        return requesterUsername;
    }

    public String requesterState() {
        return requesterState;
    }

    public String requesterAgency() {
        return requesterAgency;
    }

    public String purpose() {
        return purpose;
    }

    public Status status() {
        return status;
    }

    public Instant requestedAt() {
        return requestedAt;
    }

    public String decidedBy() {
        return decidedBy;
    }

    public Instant decidedAt() {
        return decidedAt;
    }

    public String decisionReason() {
        return decisionReason;
    }
}

package org.g5sahel.pcms.commons.access;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.util.UUID;
import org.g5sahel.pcms.commons.identity.Caller;
import org.g5sahel.pcms.commons.problem.ProblemException;
import org.g5sahel.pcms.commons.problem.ProblemType;
import org.g5sahel.pcms.commons.sovereignty.Sovereignty;

/**
 * A request, made from a hit, for access to a record the caller cannot see (DESIGN §2 rule 4). The requester states
 * the purpose and the legal basis; the owner grants with a scope and an end date, or declines with a reason. A grant
 * opens the record to the requesting agency alone ({@link Sovereignty#grantTo}), apart from the owner's sharing, until
 * the owner revokes it or its end date passes.
 */
@Entity
@Table(name = "access_request")
public class AccessRequest {

    /** The longest a grant may run before the owner is asked again: the review cycle of nominal data is longer. */
    public static final Period LONGEST_GRANT = Period.ofYears(1);

    public enum Status {
        PENDING,
        GRANTED,
        DECLINED,
        REVOKED,
        EXPIRED
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

    @Column(name = "legal_basis", updatable = false)
    private String legalBasis;

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

    @Enumerated(EnumType.STRING)
    @Column(name = "scope")
    private AccessScope scope;

    @Column(name = "conditions")
    private String conditions;

    @Column(name = "granted_until")
    private LocalDate grantedUntil;

    @Column(name = "ended_by")
    private String endedBy;

    @Column(name = "ended_at")
    private Instant endedAt;

    @Column(name = "end_reason")
    private String endReason;

    @Version
    private long version;

    protected AccessRequest() {}

    /** A request for {@code recordId}, a record of {@code owner}'s that a hit showed the requester. */
    public static AccessRequest of(
            Caller requester,
            String recordType,
            UUID recordId,
            Sovereignty owner,
            String purpose,
            String legalBasis,
            Instant now) {
        AccessRequest request = new AccessRequest();
        request.id = UUID.randomUUID();
        request.recordType = recordType;
        request.recordId = recordId;
        request.ownerState = owner.ownerState();
        request.ownerAgency = owner.ownerAgency();
        request.requesterUsername = requester.username();
        request.requesterState = requester.state();
        request.requesterAgency = requester.agency();
        request.purpose = purpose;
        request.legalBasis = legalBasis;
        request.status = Status.PENDING;
        request.requestedAt = now;
        return request;
    }

    /**
     * The owner grants: the record opens to the requester's agency until the end of {@code until}. Only those who may
     * change the record's sharing decide (rule 1).
     */
    public void grant(
            Caller owner,
            Sovereignty record,
            AccessScope grantedScope,
            String grantedConditions,
            LocalDate until,
            LocalDate today,
            Instant now) {
        checkDecidable(owner, record);
        if (until == null || until.isBefore(today) || until.isAfter(today.plus(LONGEST_GRANT))) {
            throw new ProblemException(
                    ProblemType.VALIDATION_FAILED, "access-request.grant-end-date", today.plus(LONGEST_GRANT));
        }
        record.grantTo(requesterAgency);
        status = Status.GRANTED;
        scope = grantedScope == null ? AccessScope.INTELLIGENCE : grantedScope;
        conditions = grantedConditions;
        grantedUntil = until;
        decided(owner, null, now);
    }

    /** The owner declines, saying why: the requester is told the reason, nothing of the record. */
    public void decline(Caller owner, Sovereignty record, String reason, Instant now) {
        checkDecidable(owner, record);
        if (reason == null || reason.isBlank()) {
            throw new ProblemException(ProblemType.VALIDATION_FAILED, "access-request.decline-needs-reason");
        }
        status = Status.DECLINED;
        decided(owner, reason, now);
    }

    /**
     * The owner ends a grant before its end date. The record closes to the requester unless {@code stillGranted}
     * (another grant of the same record to the same agency is running).
     */
    public void revoke(Caller owner, Sovereignty record, String reason, boolean stillGranted, Instant now) {
        if (!record.maySharingBeChangedBy(owner)) {
            throw new ProblemException(ProblemType.SHARING_CHANGE_FORBIDDEN);
        }
        if (status != Status.GRANTED) {
            throw new ProblemException(ProblemType.CONFLICT, "access-request.not-granted");
        }
        end(Status.REVOKED, owner.username(), reason, record, stillGranted, now);
    }

    /** The end date has passed: the platform closes the record to the requester. */
    public void expire(Sovereignty record, boolean stillGranted, Instant now) {
        end(Status.EXPIRED, null, null, record, stillGranted, now);
    }

    private void end(Status ended, String by, String reason, Sovereignty record, boolean stillGranted, Instant now) {
        if (!stillGranted) {
            record.withdrawGrant(requesterAgency);
        }
        status = ended;
        endedBy = by;
        endedAt = now;
        endReason = reason;
    }

    private void checkDecidable(Caller owner, Sovereignty record) {
        if (!record.maySharingBeChangedBy(owner)) {
            throw new ProblemException(ProblemType.SHARING_CHANGE_FORBIDDEN);
        }
        if (status != Status.PENDING) {
            throw new ProblemException(ProblemType.CONFLICT, "access-request.already-decided");
        }
    }

    private void decided(Caller owner, String reason, Instant now) {
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

    public String legalBasis() {
        return legalBasis;
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

    public AccessScope scope() {
        return scope;
    }

    public String conditions() {
        return conditions;
    }

    public LocalDate grantedUntil() {
        return grantedUntil;
    }

    public String endedBy() {
        return endedBy;
    }

    public Instant endedAt() {
        return endedAt;
    }

    public String endReason() {
        return endReason;
    }
}

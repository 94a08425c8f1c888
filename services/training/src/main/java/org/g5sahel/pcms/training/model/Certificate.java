package org.g5sahel.pcms.training.model;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.g5sahel.pcms.commons.sovereignty.SovereignRecord;

/**
 * A certificate of completion, signed at issue over its content: a change to any signed field, in the database or on a
 * presented copy, breaks the signature. Owned by the issuing agency and shared with the holder's State.
 */
@Entity
@Table(name = "certificate")
public class Certificate extends SovereignRecord {

    @Id
    public UUID id;

    /** What a holder quotes and a verifier types: unguessable, human-readable. */
    @Column(nullable = false, updatable = false)
    public String code;

    @Column(name = "nomination_id", nullable = false, updatable = false)
    public UUID nominationId;

    @Column(name = "contact_id", nullable = false, updatable = false)
    public UUID contactId;

    @Column(name = "holder_name", nullable = false)
    public String holderName;

    @Column(name = "holder_agency", nullable = false)
    public String holderAgency;

    @Column(name = "holder_state", nullable = false)
    public String holderState;

    @Column(name = "course_code", nullable = false)
    public String courseCode;

    @Column(name = "course_title_fr", nullable = false)
    public String courseTitleFr;

    @Column(name = "course_title_en", nullable = false)
    public String courseTitleEn;

    @Column(name = "session_id", nullable = false)
    public UUID sessionId;

    @Column(name = "completed_on", nullable = false)
    public LocalDate completedOn;

    @Column(name = "issued_at", nullable = false)
    public Instant issuedAt;

    @Column(name = "valid_until")
    public LocalDate validUntil;

    @Column(name = "key_id", nullable = false)
    public String keyId;

    @Column(nullable = false)
    public String signature;

    @Column(name = "revoked_at")
    public Instant revokedAt;

    @Column(name = "revocation_reason")
    public String revocationReason;
}

package org.g5sahel.pcms.commons.audit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Objects;
import org.hibernate.annotations.Immutable;

/**
 * One row of the append-only audit log. {@code hash} covers every field and the previous row's hash, so that changing
 * or removing a row breaks the chain from there on. The record's reference and title, added later, enter the hash
 * only when the row has one of them: rows written before hash exactly as they did, and still verify.
 */
@Entity
@Immutable
@Table(name = "audit_log")
public class AuditEntry {

    /** Longest title kept: enough to recognise the record, not a copy of it. */
    static final int TITLE_MAX = 200;

    /** The hash the first row chains from. */
    static final String GENESIS = "0".repeat(64);

    @Id
    private long seq;

    @Column(name = "occurred_at", nullable = false)
    private Instant occurredAt;

    @Column(name = "actor_username", nullable = false)
    private String actorUsername;

    @Column(name = "actor_state", nullable = false)
    private String actorState;

    @Column(name = "actor_agency", nullable = false)
    private String actorAgency;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private AuditAction action;

    @Column(name = "record_type", nullable = false)
    private String recordType;

    @Column(name = "record_id", nullable = false)
    private String recordId;

    @Column(name = "owner_state", nullable = false)
    private String ownerState;

    @Column(name = "owner_agency", nullable = false)
    private String ownerAgency;

    @Column(name = "record_reference")
    private String recordReference;

    @Column(name = "record_title")
    private String recordTitle;

    private String purpose;

    @Column(nullable = false)
    private String outcome;

    @Column(name = "prev_hash", nullable = false)
    private String prevHash;

    @Column(nullable = false)
    private String hash;

    protected AuditEntry() {}

    AuditEntry(
            long seq,
            Instant occurredAt,
            String actorUsername,
            String actorState,
            String actorAgency,
            AuditAction action,
            AuditedRecord record,
            String purpose,
            String outcome,
            String prevHash) {
        this.seq = seq;
        this.occurredAt = occurredAt;
        this.actorUsername = actorUsername;
        this.actorState = actorState;
        this.actorAgency = actorAgency;
        this.action = action;
        this.recordType = record.type();
        this.recordId = record.id();
        this.ownerState = record.ownerState();
        this.ownerAgency = record.ownerAgency();
        this.recordReference = blankToNull(record.reference());
        this.recordTitle = blankToNull(record.title());
        if (recordTitle != null && recordTitle.length() > TITLE_MAX) {
            recordTitle = recordTitle.substring(0, TITLE_MAX - 1) + "…";
        }
        this.purpose = purpose;
        this.outcome = outcome;
        this.prevHash = prevHash;
        this.hash = computeHash();
    }

    /** SHA-256 over the fields in a fixed order, separated by a character no field may contain. */
    String computeHash() {
        String canonical = String.join(
                "\u001f",
                Long.toString(seq),
                occurredAt.toString(),
                actorUsername,
                actorState,
                actorAgency,
                action.name(),
                recordType,
                recordId,
                ownerState,
                ownerAgency,
                purpose == null ? "" : purpose,
                outcome,
                prevHash);
        if (recordReference != null || recordTitle != null) {
            canonical = String.join(
                    "\u001f",
                    canonical,
                    Objects.requireNonNullElse(recordReference, ""),
                    Objects.requireNonNullElse(recordTitle, ""));
        }
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(canonical.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }

    public long seq() {
        return seq;
    }

    public Instant occurredAt() {
        return occurredAt;
    }

    public String actorUsername() {
        return actorUsername;
    }

    public String actorState() {
        return actorState;
    }

    public String actorAgency() {
        return actorAgency;
    }

    public AuditAction action() {
        return action;
    }

    public String recordType() {
        return recordType;
    }

    public String recordId() {
        return recordId;
    }

    public String ownerState() {
        return ownerState;
    }

    public String ownerAgency() {
        return ownerAgency;
    }

    public String recordReference() {
        return recordReference;
    }

    public String recordTitle() {
        return recordTitle;
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    public String purpose() {
        return purpose;
    }

    public String outcome() {
        return outcome;
    }

    public String prevHash() {
        return prevHash;
    }

    public String hash() {
        return hash;
    }
}

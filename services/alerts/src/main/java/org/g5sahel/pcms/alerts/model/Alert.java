package org.g5sahel.pcms.alerts.model;

import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.g5sahel.pcms.commons.sovereignty.SovereignRecord;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** An early warning, aligned with CAP 1.2: one info block per language, areas, four-eyes approval. */
@Entity
@Table(name = "alert")
public class Alert extends SovereignRecord {

    /** CAP {@code msgType}. The platform issues Alert, Update and Cancel; Ack and Error are kept as received. */
    public enum MsgType {
        Alert,
        Update,
        Cancel,
        Ack,
        Error
    }

    @Id
    public UUID id;

    @Column(nullable = false, updatable = false)
    public String reference;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public AlertStatus status;

    @Enumerated(EnumType.STRING)
    @Column(name = "msg_type", nullable = false)
    public MsgType msgType = MsgType.Alert;

    /** CAP {@code status}: an exercise or a test stays one in every view, notification and export. */
    @Enumerated(EnumType.STRING)
    @Column(name = "cap_status", nullable = false)
    public CapStatus capStatus = CapStatus.Actual;

    /** Each CAP message the platform sent for this alert, oldest first: each has its own identifier. */
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "issued_messages", nullable = false)
    public List<IssuedMessage> issuedMessages = new ArrayList<>();

    /** How many times the alert went out (issue, then each update or cancellation): the unit of exactly-once delivery. */
    @Column(nullable = false)
    public int revision;

    /** For alerts imported from a partner feed: the sender's CAP identifier and sender. */
    @Column(name = "cap_identifier")
    public String capIdentifier;

    @Column(name = "cap_sender")
    public String capSender;

    @Column(name = "imported_from")
    public String importedFrom;

    /** For imported alerts: the message as received, element by element, every info block with its own areas. */
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "cap_received")
    public CapMessage capReceived;

    /**
     * For imported alerts: the bytes as received, served unchanged so that a signature still verifies. Up to megabytes:
     * read only when asked for, never with a list.
     */
    @Basic(fetch = FetchType.LAZY)
    @Column(name = "cap_original")
    public byte[] capOriginal;

    /** For imported alerts: what their XML signature proved. */
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "cap_signature")
    public CapSignature capSignature;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(nullable = false)
    public List<String> categories = new ArrayList<>();

    @Column(nullable = false)
    public String event;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Urgency urgency;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Severity severity;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Certainty certainty;

    public Instant effective;

    public Instant expires;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false)
    public List<AlertInfo> infos = new ArrayList<>();

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false)
    public List<AlertArea> areas = new ArrayList<>();

    @Column(name = "author_subject", nullable = false, updatable = false)
    public String authorSubject;

    @Column(name = "author_username", nullable = false, updatable = false)
    public String authorUsername;

    @Column(name = "approver_username")
    public String approverUsername;

    @Column(name = "decided_at")
    public Instant decidedAt;

    @Column(name = "rejection_reason")
    public String rejectionReason;

    @Column(name = "issued_at")
    public Instant issuedAt;

    /** Creation time then id: unique, stable, and the keyset cursor (newest first). */
    @Column(name = "sort_key", nullable = false, updatable = false)
    public String sortKey;
}

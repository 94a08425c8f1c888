package org.g5sahel.pcms.aml.model;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.g5sahel.pcms.commons.sovereignty.SovereignRecord;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * A request for information from one FIU to another State's FIU. Owned by the requesting FIU and shared with the
 * answering FIU (SELECTED); the repository further restricts reads to these two agencies.
 */
@Entity
@Table(name = "fiu_request")
public class FiuRequest extends SovereignRecord {

    @Id
    public UUID id;

    @Column(nullable = false, updatable = false)
    public String reference;

    @Column(name = "requesting_agency", nullable = false, updatable = false)
    public String requestingAgency;

    @Column(name = "answering_agency", nullable = false, updatable = false)
    public String answeringAgency;

    @Column(nullable = false, updatable = false)
    public String purpose;

    /** What the requesting FIU will do with the answer (Egmont: stated up front, binds later use). */
    @Column(name = "foreseen_use", nullable = false, updatable = false)
    public String foreseenUse;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    public Urgency urgency;

    @Column(name = "due_date", nullable = false, updatable = false)
    public LocalDate dueDate;

    @Column(nullable = false, updatable = false)
    public String question;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "subject_names", nullable = false, updatable = false)
    public List<String> subjectNames = new ArrayList<>();

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public FiuRequestStatus status;

    public String reply;

    @Column(name = "replied_by")
    public String repliedBy;

    @Column(name = "replied_at")
    public Instant repliedAt;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Consent consent;

    /** The law-enforcement agencies the requesting FIU asked consent to pass the reply on to. */
    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "consent_recipients", nullable = false)
    public List<String> consentRecipients = new ArrayList<>();

    @Column(name = "consent_purpose")
    public String consentPurpose;

    @Column(name = "consent_conditions")
    public String consentConditions;

    @Column(name = "consent_by")
    public String consentBy;

    @Column(name = "consent_at")
    public Instant consentAt;

    @Enumerated(EnumType.STRING)
    public Usefulness usefulness;

    public String feedback;
}

package org.g5sahel.pcms.cases.model;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.g5sahel.pcms.commons.sovereignty.HandlingCode;
import org.g5sahel.pcms.commons.sovereignty.SourceReliability;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * An information-exchange message from one agency to agencies of other States (SIENA-like). Seen by the sending
 * agency and the recipient agencies only: it is addressed, not distributed, so it has no distribution of its own, and
 * its recipients never see the rest of the case it came from.
 */
@Entity
@Table(name = "exchange_request")
public class ExchangeRequest {

    @Id
    public UUID id;

    @Column(nullable = false, updatable = false)
    public String reference;

    @Column(name = "case_id", updatable = false)
    public UUID caseId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    public RequestType type;

    @Column(name = "sender_state", nullable = false, updatable = false)
    public String senderState;

    @Column(name = "sender_agency", nullable = false, updatable = false)
    public String senderAgency;

    @Column(name = "sender_username", nullable = false, updatable = false)
    public String senderUsername;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "recipient_agencies", nullable = false, updatable = false)
    public List<String> recipientAgencies = new ArrayList<>();

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "recipient_states", nullable = false, updatable = false)
    public List<String> recipientStates = new ArrayList<>();

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    public Urgency urgency;

    @Column(name = "due_at", nullable = false, updatable = false)
    public Instant dueAt;

    @Column(name = "subject_line", nullable = false, updatable = false)
    public String subjectLine;

    @Column(nullable = false, updatable = false)
    public String body;

    @Column(nullable = false, updatable = false)
    public String purpose;

    @Column(name = "legal_basis", nullable = false, updatable = false)
    public String legalBasis;

    @Enumerated(EnumType.STRING)
    @Column(name = "handling_code", nullable = false, updatable = false)
    public HandlingCode handlingCode;

    @Column(name = "handling_restriction", updatable = false)
    public String handlingRestriction;

    @Enumerated(EnumType.STRING)
    @Column(name = "source_reliability", nullable = false, updatable = false)
    public SourceReliability sourceReliability;

    @Column(name = "information_accuracy", nullable = false, updatable = false)
    public int informationAccuracy;

    @Column(name = "sent_at", nullable = false, updatable = false)
    public Instant sentAt;

    /** Every recipient has answered or declined: no more replies. */
    @Column(nullable = false)
    public boolean closed;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "request_recipient", joinColumns = @JoinColumn(name = "request_id"))
    @OrderBy("agency")
    public List<RequestRecipient> recipients = new ArrayList<>();

    @Version
    public long version;

    public RequestRecipient recipient(String agency) {
        return recipients.stream()
                .filter(recipient -> recipient.agency.equals(agency))
                .findFirst()
                .orElse(null);
    }

    public boolean isOverdue(Instant now) {
        return now.isAfter(dueAt) && recipients.stream().anyMatch(recipient -> recipient.status.isOpen());
    }
}

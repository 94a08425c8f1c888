package org.g5sahel.pcms.firearms.model;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.g5sahel.pcms.commons.sovereignty.Sovereignty;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * An ITI trace request: the requesting agency asks the State of manufacture or last import to trace a firearm. Owned
 * by the requester and always shared with the addressed State, which acknowledges and answers it.
 */
@Entity
@Table(name = "trace_request")
public class TraceRequest {

    @Id
    public UUID id;

    @Column(nullable = false, updatable = false)
    public String reference;

    @Column(name = "addressed_to", nullable = false, updatable = false)
    public String addressedTo;

    @Enumerated(EnumType.STRING)
    @Column(name = "addressee_basis", nullable = false, updatable = false)
    public AddresseeBasis addresseeBasis;

    @Column(name = "firearm_id", updatable = false)
    public UUID firearmId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    public FirearmType type;

    @Column(nullable = false, updatable = false)
    public String make;

    @Column(updatable = false)
    public String model;

    @Column(updatable = false)
    public String calibre;

    @Column(name = "serial_as_marked", nullable = false, updatable = false)
    public String serialAsMarked;

    @Column(name = "serial_normalised", nullable = false, updatable = false)
    public String serialNormalised;

    @Column(name = "manufacture_country", updatable = false)
    public String manufactureCountry;

    @Column(name = "manufacture_year", updatable = false)
    public Integer manufactureYear;

    @Column(name = "import_country", updatable = false)
    public String importCountry;

    @Column(name = "import_year", updatable = false)
    public Integer importYear;

    @Column(name = "other_markings", updatable = false)
    public String otherMarkings;

    @Column(nullable = false, updatable = false)
    public String circumstances;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    public Urgency urgency;

    @Column(name = "due_date", nullable = false, updatable = false)
    public LocalDate dueDate;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public TraceStatus status;

    @Column(name = "submitted_at", nullable = false, updatable = false)
    public Instant submittedAt;

    @Column(name = "submitted_by", nullable = false, updatable = false)
    public String submittedBy;

    @Column(name = "acknowledged_at")
    public Instant acknowledgedAt;

    @Column(name = "acknowledged_by")
    public String acknowledgedBy;

    @Column(name = "answered_at")
    public Instant answeredAt;

    @Column(name = "answered_by")
    public String answeredBy;

    @Enumerated(EnumType.STRING)
    public TraceOutcome outcome;

    @Column(name = "last_legal_holder")
    public String lastLegalHolder;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "transfer_chain")
    public List<TransferStep> transferChain = new ArrayList<>();

    @Column(name = "answer_detail")
    public String answerDetail;

    @Embedded
    public Sovereignty sovereignty;

    @Version
    public long version;

    /** Unanswered past its due date. */
    public boolean isOverdue(LocalDate today) {
        return status != TraceStatus.ANSWERED && today.isAfter(dueDate);
    }
}

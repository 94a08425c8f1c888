package org.g5sahel.pcms.aml.model;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** A movement of money in a report: from a subject and/or account to a subject and/or account. */
@Entity
@Table(name = "report_transaction")
public class ReportTransaction {

    @Id
    public UUID id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "report_id", nullable = false, updatable = false)
    public Report report;

    public String number;

    @Column(name = "occurred_at", nullable = false)
    public Instant occurredAt;

    @Column(nullable = false, precision = 19, scale = 4)
    public BigDecimal amount;

    /** ISO 4217. */
    @Column(nullable = false)
    public String currency;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Channel channel;

    public String description;

    @Column(name = "from_subject_id")
    public UUID fromSubjectId;

    @Column(name = "from_account_id")
    public UUID fromAccountId;

    @Column(name = "to_subject_id")
    public UUID toSubjectId;

    @Column(name = "to_account_id")
    public UUID toAccountId;

    /** Other parties of a multi-party transaction, neither paying nor paid (witness, broker …). */
    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "other_subject_ids", nullable = false)
    public List<UUID> otherSubjectIds = new ArrayList<>();

    @Column(nullable = false)
    public int position;
}

package org.g5sahel.pcms.aml.model;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import org.g5sahel.pcms.aml.screening.Explanation;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** A report subject that matched a sanctions entry when the report was screened; seen through its report. */
@Entity
@Table(name = "screening_hit")
public class ScreeningHit {

    @Id
    public UUID id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "report_id", nullable = false, updatable = false)
    public Report report;

    @Column(name = "subject_id", nullable = false)
    public UUID subjectId;

    @Column(name = "entry_id", nullable = false)
    public UUID entryId;

    @Column(nullable = false, precision = 5, scale = 4)
    public BigDecimal score;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false)
    public Explanation explanation;

    @Column(name = "screened_at", nullable = false)
    public Instant screenedAt;
}

package org.g5sahel.pcms.aml.model;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
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

    /** The list, the entry's reference and programme and its primary name as they were when the hit was found. */
    @Column(name = "list_code", nullable = false)
    public String listCode;

    @Column(name = "list_name", nullable = false)
    public String listName;

    @Column(name = "reference_number", nullable = false)
    public String referenceNumber;

    public String programme;

    @Column(name = "listed_name", nullable = false)
    public String listedName;

    @Column(nullable = false, precision = 5, scale = 4)
    public BigDecimal score;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false)
    public Explanation explanation;

    /** The matching engine's sentences of the hit, by language ({@code fr}, {@code en}, {@code ar}). */
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false)
    public Map<String, List<String>> sentences = Map.of();

    @Column(name = "screened_at", nullable = false)
    public Instant screenedAt;
}

package org.g5sahel.pcms.cases.model;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** Two cases of two States that share a strong identifier: one per pair, whatever the number of identifiers. */
@Entity
@Table(name = "correlation_hit")
public class CorrelationHit {

    @Id
    public UUID id;

    /** The smaller of the two case ids in PostgreSQL's order (the pair is unordered). */
    @Column(name = "case_a", nullable = false, updatable = false)
    public UUID caseA;

    @Column(name = "case_b", nullable = false, updatable = false)
    public UUID caseB;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "identifier_kinds", nullable = false)
    public List<String> identifierKinds = new ArrayList<>();

    @Column(name = "detected_at", nullable = false, updatable = false)
    public Instant detectedAt;
}

package org.g5sahel.pcms.cases.model;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

/**
 * Two person subjects of two States' cases whose names the matching module finds alike and whose dates of birth are
 * the same: a possible match, to be checked by their owners, never a hit on a strong identifier. One per pair.
 */
@Entity
@Table(name = "subject_match")
public class SubjectMatch {

    @Id
    public UUID id;

    /** The smaller of the two subject ids in PostgreSQL's order (the pair is unordered). */
    @Column(name = "subject_a", nullable = false, updatable = false)
    public UUID subjectA;

    @Column(name = "subject_b", nullable = false, updatable = false)
    public UUID subjectB;

    @Column(name = "case_a", nullable = false, updatable = false)
    public UUID caseA;

    @Column(name = "case_b", nullable = false, updatable = false)
    public UUID caseB;

    /** What the matching module decided on: {@code NAME_AND_BIRTH_DATE}. */
    @Column(nullable = false, updatable = false)
    public String basis;

    @Column(name = "name_score", nullable = false, updatable = false)
    public BigDecimal nameScore;

    @Column(name = "detected_at", nullable = false, updatable = false)
    public Instant detectedAt;
}

package org.g5sahel.pcms.cases.model;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.g5sahel.pcms.commons.sovereignty.SovereignRecord;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** A transnational investigation followed by one agency: a sovereign record (default distribution AGENCY). */
@Entity
@Table(name = "investigation_case")
public class InvestigationCase extends SovereignRecord {

    @Id
    public UUID id;

    /** What officers quote: {@code ML-CASE-2026-000123}. */
    @Column(nullable = false, updatable = false)
    public String reference;

    @Column(nullable = false)
    public String title;

    public String summary;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(nullable = false)
    public List<String> threats = new ArrayList<>();

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public CaseStatus status;

    @Column(name = "status_reason")
    public String statusReason;

    @Column(name = "status_changed_by", nullable = false)
    public String statusChangedBy;

    @Column(name = "status_changed_at", nullable = false)
    public Instant statusChangedAt;

    @Column(name = "lead_investigator")
    public String leadInvestigator;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "participating_agencies", nullable = false)
    public List<String> participatingAgencies = new ArrayList<>();

    public String prosecutor;

    public String court;

    @Column(name = "judicial_reference")
    public String judicialReference;

    @Column(name = "created_by", nullable = false, updatable = false)
    public String createdBy;

    @Column(name = "search_text", nullable = false)
    public String searchText;
}

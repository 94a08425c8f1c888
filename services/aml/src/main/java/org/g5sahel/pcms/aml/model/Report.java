package org.g5sahel.pcms.aml.model;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.g5sahel.pcms.commons.sovereignty.SovereignRecord;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * A report of any goAML kind ({@link ReportKind}) received by an FIU: a sovereign record of the
 * FIU (default distribution AGENCY). Its subjects, accounts and transactions have no sovereignty of their own: they
 * are seen through the report.
 */
@Entity
@Table(name = "report")
public class Report extends SovereignRecord {

    @Id
    public UUID id;

    /** Human reference officers quote, e.g. {@code NE-STR-2026-000042}. */
    @Column(nullable = false, updatable = false)
    public String reference;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public ReportKind kind;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    public ReportSource source;

    @Column(name = "reporting_entity", nullable = false)
    public String reportingEntity;

    @Column(name = "reporting_branch")
    public String reportingBranch;

    /** The reporting entity's own reference (goAML {@code entity_reference}). */
    @Column(name = "entity_reference")
    public String entityReference;

    @Column(name = "submission_date", nullable = false)
    public Instant submissionDate;

    @Column(name = "local_currency")
    public String localCurrency;

    /** Optional where the reason is given for each reported party ({@link ReportSubject#reason}). */
    public String reason;

    public String action;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(nullable = false)
    public List<String> indicators = new ArrayList<>();

    @OneToMany(mappedBy = "report", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("position")
    public List<ReportSubject> subjects = new ArrayList<>();

    @OneToMany(mappedBy = "report", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("position")
    public List<ReportAccount> accounts = new ArrayList<>();

    @OneToMany(mappedBy = "report", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("position")
    public List<ReportTransaction> transactions = new ArrayList<>();

    @OneToMany(mappedBy = "report", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("position")
    public List<ReportGoods> goods = new ArrayList<>();
}

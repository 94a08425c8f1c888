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
import java.util.UUID;

/** A bank account or mobile-money wallet named in a report. */
@Entity
@Table(name = "report_account")
public class ReportAccount {

    @Id
    public UUID id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "report_id", nullable = false, updatable = false)
    public Report report;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public AccountKind kind;

    /** Bank or mobile-money operator. */
    @Column(nullable = false)
    public String institution;

    /** Account number, IBAN or wallet phone number, normalised so that the same account links across reports. */
    @Column(nullable = false)
    public String number;

    public String currency;

    @Column(name = "holder_subject_id")
    public UUID holderSubjectId;

    @Column(nullable = false)
    public int position;
}

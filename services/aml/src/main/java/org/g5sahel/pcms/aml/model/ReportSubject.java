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
import java.time.LocalDate;
import java.util.UUID;

/** A person or legal entity named in a report. */
@Entity
@Table(name = "report_subject")
public class ReportSubject {

    @Id
    public UUID id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "report_id", nullable = false, updatable = false)
    public Report report;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public SubjectKind kind;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public SubjectRole role;

    @Column(name = "full_name", nullable = false)
    public String fullName;

    @Column(name = "first_name")
    public String firstName;

    @Column(name = "last_name")
    public String lastName;

    @Column(name = "birth_date")
    public LocalDate birthDate;

    /** ISO 3166-1 alpha-2. */
    public String nationality;

    /** Identity document or registration number, normalised (upper case, no spaces or separators). */
    @Column(name = "id_number")
    public String idNumber;

    /** The role as the goAML file gave it: a director's {@code DIR} or {@code UBO}, a party's {@code BNFCR} … */
    @Column(name = "role_code")
    public String roleCode;

    /** Why this party is reported ({@code report_party/reason}). */
    public String reason;

    @Column(name = "search_text", nullable = false)
    public String searchText;

    @Column(nullable = false)
    public int position;
}

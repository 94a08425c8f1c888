package org.g5sahel.pcms.cases.model;

import jakarta.persistence.Column;
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
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * A joint investigation team on a case. While active its member agencies see the case: the platform adds them to the
 * case's recipients and withdraws exactly those it added when the team ends.
 */
@Entity
@Table(name = "joint_team")
public class JointTeam {

    public enum Status {
        PLANNED,
        ACTIVE,
        ENDED
    }

    @Id
    public UUID id;

    @Column(name = "case_id", nullable = false, updatable = false)
    public UUID caseId;

    @Column(nullable = false)
    public String name;

    @Column(name = "agreement_reference", nullable = false)
    public String agreementReference;

    @Column(name = "leader_agency", nullable = false)
    public String leaderAgency;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "member_agencies", nullable = false)
    public List<String> memberAgencies = new ArrayList<>();

    @Column(name = "valid_from", nullable = false)
    public LocalDate validFrom;

    @Column(name = "valid_until", nullable = false)
    public LocalDate validUntil;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Status status;

    /** The agencies the team granted access to the case (not the owner, nor those already granted). */
    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "granted_agencies", nullable = false)
    public List<String> grantedAgencies = new ArrayList<>();

    @Column(name = "created_by", nullable = false, updatable = false)
    public String createdBy;

    @Column(name = "created_at", nullable = false, updatable = false)
    public Instant createdAt;

    @Version
    public long version;
}

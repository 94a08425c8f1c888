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

/** A person, organisation, vehicle, phone, account, firearm or place of a case; seen by whoever sees the case. */
@Entity
@Table(name = "subject")
public class Subject {

    @Id
    public UUID id;

    @Column(name = "case_id", nullable = false, updatable = false)
    public UUID caseId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    public SubjectKind kind;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public SubjectRole role;

    @Enumerated(EnumType.STRING)
    @Column(name = "chain_stage")
    public ChainStage chainStage;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "modus_operandi", nullable = false)
    public List<String> modusOperandi = new ArrayList<>();

    @Column(name = "display_name", nullable = false)
    public String displayName;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false)
    public SubjectDetails details;

    /** Victims, witnesses, smuggled migrants: masked outside the owning agency unless released. */
    @Column(name = "protected_identity", nullable = false)
    public boolean protectedIdentity;

    @Column(nullable = false)
    public boolean minor;

    @Enumerated(EnumType.STRING)
    @Column(name = "identity_release", nullable = false)
    public IdentityRelease identityRelease = IdentityRelease.NONE;

    @Column(name = "released_by")
    public String releasedBy;

    /** A person's full date of birth: possible matches by name are sought among subjects born the same day. */
    @Column(name = "birth_date")
    public LocalDate birthDate;

    /** The matching module's blocking keys of a person's names ({@code MatchKeys}), and their version. */
    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "name_keys")
    public List<String> nameKeys;

    @Column(name = "name_keys_version")
    public String nameKeysVersion;

    @Column(name = "created_by", nullable = false, updatable = false)
    public String createdBy;

    @Column(name = "created_at", nullable = false, updatable = false)
    public Instant createdAt;

    @Version
    public long version;
}

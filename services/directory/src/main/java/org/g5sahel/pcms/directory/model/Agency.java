package org.g5sahel.pcms.directory.model;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * An agency of a State (or the regional unit, or a partner). Reference data visible to every authenticated caller;
 * only the State's national coordinator or a platform administrator maintains it. The code never changes.
 */
@Entity
@Table(name = "agency")
public class Agency {

    public enum Status {
        ACTIVE,
        INACTIVE
    }

    @Id
    public String code;

    @Column(nullable = false, updatable = false)
    public String state;

    @Column(name = "name_fr", nullable = false)
    public String nameFr;

    @Column(name = "name_en")
    public String nameEn;

    @Column(name = "name_original")
    public String nameOriginal;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public AgencyType type;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(nullable = false)
    public List<String> competences = new ArrayList<>();

    @Column(name = "parent_code")
    public String parentCode;

    @Column(name = "desk_phone")
    public String deskPhone;

    @Column(name = "desk_email")
    public String deskEmail;

    @Column(name = "desk_hours")
    public String deskHours;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Status status = Status.ACTIVE;

    @Column(name = "search_text", nullable = false)
    public String searchText;

    @Version
    public long version;

    @Column(name = "created_at", nullable = false, updatable = false)
    public Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;
}

package org.g5sahel.pcms.training.model;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.g5sahel.pcms.commons.sovereignty.SovereignRecord;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** A course of the catalogue, owned by the training manager's agency that publishes it (default: partners see it). */
@Entity
@Table(name = "course")
public class Course extends SovereignRecord {

    @Id
    public UUID id;

    @Column(nullable = false, updatable = false)
    public String code;

    @Column(name = "title_fr", nullable = false)
    public String titleFr;

    @Column(name = "title_en", nullable = false)
    public String titleEn;

    @Column(name = "description_fr")
    public String descriptionFr;

    @Column(name = "description_en")
    public String descriptionEn;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(nullable = false)
    public List<String> topics = new ArrayList<>();

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Modality modality;

    @Column(name = "duration_days", nullable = false)
    public int durationDays;

    public String partner;

    public String prerequisites;

    @Column(name = "assessment_required", nullable = false)
    public boolean assessmentRequired;

    @Column(name = "pass_mark", nullable = false)
    public int passMark;

    /** How long a certificate of this course stays valid; null: it does not expire. */
    @Column(name = "certificate_validity_months")
    public Integer certificateValidityMonths;

    @Column(name = "search_text", nullable = false)
    public String searchText;
}

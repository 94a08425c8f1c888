package org.g5sahel.pcms.alerts.model;

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

/**
 * A notice (reviewed by the State's national coordinator before publication, like INTERPOL's coloured notices) or a
 * diffusion (sent by the agency straight to the States it chooses, without review).
 */
@Entity
@Table(name = "notice")
public class Notice extends SovereignRecord {

    public enum Type {
        NOTICE,
        DIFFUSION
    }

    public enum Kind {
        WANTED,
        INFORMATION,
        WARNING,
        MISSING,
        UNIDENTIFIED,
        IMMINENT_THREAT,
        MODUS_OPERANDI
    }

    public enum Status {
        PENDING_REVIEW,
        PUBLISHED,
        REJECTED,
        WITHDRAWN
    }

    @Id
    public UUID id;

    @Column(nullable = false, updatable = false)
    public String reference;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    public Type type;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Kind kind;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Status status;

    @Column(nullable = false)
    public String title;

    @Column(nullable = false)
    public String summary;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "subject_names", nullable = false)
    public List<String> subjectNames = new ArrayList<>();

    @Column(name = "action_requested")
    public String actionRequested;

    @Column(name = "author_subject", nullable = false, updatable = false)
    public String authorSubject;

    @Column(name = "author_username", nullable = false, updatable = false)
    public String authorUsername;

    @Column(name = "reviewer_username")
    public String reviewerUsername;

    @Column(name = "review_reason")
    public String reviewReason;

    @Column(name = "reviewed_at")
    public Instant reviewedAt;

    @Column(name = "published_at")
    public Instant publishedAt;

    /** For a notice drafted from another service's event (a firearm reported stolen): the record it is about. */
    @Column(name = "source_type", updatable = false)
    public String sourceType;

    @Column(name = "source_id", updatable = false)
    public String sourceId;

    @Column(name = "sort_key", nullable = false, updatable = false)
    public String sortKey;
}

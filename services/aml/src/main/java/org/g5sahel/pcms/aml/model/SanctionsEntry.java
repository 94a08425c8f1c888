package org.g5sahel.pcms.aml.model;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** One listed individual or entity, identified within its list by the list's reference number. */
@Entity
@Table(name = "sanctions_entry")
public class SanctionsEntry {

    @Id
    public UUID id;

    @Column(name = "list_id", nullable = false, updatable = false)
    public UUID listId;

    /** The list's permanent reference, e.g. {@code QDi.401}. */
    @Column(name = "reference_number", nullable = false, updatable = false)
    public String referenceNumber;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public EntryKind kind;

    @Column(name = "primary_name", nullable = false)
    public String primaryName;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public EntryStatus status;

    @Column(name = "listed_on")
    public LocalDate listedOn;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false)
    public EntryContent content;

    @Column(name = "content_hash", nullable = false)
    public String contentHash;

    @Column(name = "first_seen_at", nullable = false, updatable = false)
    public Instant firstSeenAt;

    @Column(name = "last_changed_at", nullable = false)
    public Instant lastChangedAt;

    @Column(name = "delisted_at")
    public Instant delistedAt;

    @Version
    public long version;
}

package org.g5sahel.pcms.aml.model;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** History of an entry: what an import changed, with the content as it was before. */
@Entity
@Table(name = "sanctions_entry_change")
public class SanctionsEntryChange {

    public enum Change {
        ADDED,
        UPDATED,
        DELISTED,
        RELISTED
    }

    @Id
    public UUID id;

    @Column(name = "entry_id", nullable = false)
    public UUID entryId;

    @Column(name = "import_id", nullable = false)
    public UUID importId;

    @jakarta.persistence.Enumerated(jakarta.persistence.EnumType.STRING)
    @Column(nullable = false)
    public Change change;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "previous_content")
    public EntryContent previousContent;

    @Column(name = "changed_at", nullable = false)
    public Instant changedAt;
}

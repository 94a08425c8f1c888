package org.g5sahel.pcms.aml.model;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** One import of a list file and what it changed. */
@Entity
@Table(name = "sanctions_import")
public class SanctionsImport {

    @Id
    public UUID id;

    @Column(name = "list_id", nullable = false)
    public UUID listId;

    @Column(name = "file_sha256", nullable = false)
    public String fileSha256;

    @Column(name = "imported_by", nullable = false)
    public String importedBy;

    @Column(name = "imported_at", nullable = false)
    public Instant importedAt;

    /** When the publisher generated the imported file, if the format says. */
    @Column(name = "generated_at")
    public Instant generatedAt;

    /** Why the regional coordinator imported a file older than the list in force, if that was forced. */
    @Column(name = "forced_reason")
    public String forcedReason;

    public int individuals;
    public int entities;
    public int added;
    public int updated;
    public int delisted;
    public int relisted;
    public int unchanged;
}

package org.g5sahel.pcms.firearms.model;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.g5sahel.pcms.commons.sovereignty.Sovereignty;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** The report of one stockpile CSV import: every row's outcome, kept for the importing agency. */
@Entity
@Table(name = "stockpile_import")
public class StockpileImport {

    @Id
    public UUID id;

    @Column(name = "file_name", updatable = false)
    public String fileName;

    @Column(name = "total_rows", nullable = false, updatable = false)
    public int totalRows;

    @Column(nullable = false, updatable = false)
    public int imported;

    @Column(name = "already_present", nullable = false, updatable = false)
    public int alreadyPresent;

    @Column(nullable = false, updatable = false)
    public int rejected;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false, updatable = false)
    public List<ImportRow> report = new ArrayList<>();

    @Column(name = "imported_at", nullable = false, updatable = false)
    public Instant importedAt;

    @Column(name = "imported_by", nullable = false, updatable = false)
    public String importedBy;

    @Embedded
    public Sovereignty sovereignty;

    @Version
    public long version;
}

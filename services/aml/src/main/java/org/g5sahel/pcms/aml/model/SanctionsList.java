package org.g5sahel.pcms.aml.model;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.UUID;
import org.g5sahel.pcms.commons.sovereignty.Sovereignty;

/**
 * A sanctions list: the UN Security Council consolidated list (reference data held by the regional unit, visible to
 * every member and partner) or a national list (owned by the FIU that imports it).
 */
@Entity
@Table(name = "sanctions_list")
public class SanctionsList {

    @Id
    public UUID id;

    /** {@code UN}, or {@code <STATE>-<NAME>} for national lists, e.g. {@code NE-GEL-TERRORISME}. */
    @Column(nullable = false, updatable = false)
    public String code;

    @Column(nullable = false)
    public String name;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    public ListKind kind;

    /** When the publisher generated the file last imported. */
    @Column(name = "generated_at")
    public Instant generatedAt;

    @Column(name = "last_imported_at")
    public Instant lastImportedAt;

    @Embedded
    public Sovereignty sovereignty;

    @Version
    public long version;

    @Column(name = "created_at", nullable = false, updatable = false)
    public Instant createdAt;
}

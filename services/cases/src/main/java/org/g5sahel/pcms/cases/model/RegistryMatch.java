package org.g5sahel.pcms.cases.model;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * Two records of two States, held by any services, that share a strong identifier: one per pair, whatever the number
 * of identifiers. Side a comes before side b in {@link RegistryRecord.Key#sortKey()} order.
 */
@Entity
@Table(name = "registry_match")
public class RegistryMatch {

    @Id
    public UUID id;

    @Column(name = "service_a", nullable = false, updatable = false)
    public String serviceA;

    @Column(name = "record_a", nullable = false, updatable = false)
    public UUID recordA;

    @Column(name = "service_b", nullable = false, updatable = false)
    public String serviceB;

    @Column(name = "record_b", nullable = false, updatable = false)
    public UUID recordB;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "identifier_kinds", nullable = false)
    public List<String> identifierKinds = new ArrayList<>();

    /** The keyed hashes the two records share: which items of each side explain the match. */
    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "keyed_hashes", nullable = false)
    public List<String> keyedHashes = new ArrayList<>();

    @Column(name = "detected_at", nullable = false, updatable = false)
    public Instant detectedAt;

    public RegistryRecord.Key sideA() {
        return new RegistryRecord.Key(serviceA, recordA);
    }

    public RegistryRecord.Key sideB() {
        return new RegistryRecord.Key(serviceB, recordB);
    }
}

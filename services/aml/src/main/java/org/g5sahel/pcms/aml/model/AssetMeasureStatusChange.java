package org.g5sahel.pcms.aml.model;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import org.hibernate.annotations.Immutable;

/** One step of an asset measure's life: who set which status, when and why. Append-only. */
@Entity
@Immutable
@Table(name = "asset_measure_status")
public class AssetMeasureStatusChange {

    @Id
    public UUID id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "measure_id", nullable = false, updatable = false)
    public AssetMeasure measure;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    public MeasureStatus status;

    @Column(nullable = false, updatable = false)
    public String note;

    @Column(name = "changed_by", nullable = false, updatable = false)
    public String changedBy;

    @Column(name = "changed_at", nullable = false, updatable = false)
    public Instant changedAt;
}

package org.g5sahel.pcms.aml.model;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.g5sahel.pcms.commons.sovereignty.SovereignRecord;

/**
 * A freeze, seizure or confiscation of assets recorded by an FIU: a sovereign record of the FIU (default AGENCY).
 * Its status changes are appended to {@link #history}, never rewritten.
 */
@Entity
@Table(name = "asset_measure")
public class AssetMeasure extends SovereignRecord {

    @Id
    public UUID id;

    /** Human reference, e.g. {@code ML-FREEZE-2026-000003}. */
    @Column(nullable = false, updatable = false)
    public String reference;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    public MeasureKind kind;

    @Enumerated(EnumType.STRING)
    @Column(name = "asset_kind", nullable = false)
    public AssetKind assetKind;

    @Column(name = "asset_description", nullable = false)
    public String assetDescription;

    @Column(name = "holder_name")
    public String holderName;

    /** Estimated or booked value; with {@link #currency}, or both absent when the asset has no known value. */
    public BigDecimal value;

    public String currency;

    @Column(name = "legal_basis", nullable = false)
    public String legalBasis;

    @Column(name = "ordering_authority", nullable = false)
    public String orderingAuthority;

    @Column(name = "ordered_on", nullable = false)
    public LocalDate orderedOn;

    @Column(name = "report_id")
    public UUID reportId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public MeasureStatus status;

    @OneToMany(mappedBy = "measure")
    @OrderBy("changedAt, id")
    public List<AssetMeasureStatusChange> history = new ArrayList<>();
}

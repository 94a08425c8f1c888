package org.g5sahel.pcms.aml.rest;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.g5sahel.pcms.aml.model.AssetKind;
import org.g5sahel.pcms.aml.model.AssetMeasure;
import org.g5sahel.pcms.aml.model.MeasureKind;
import org.g5sahel.pcms.aml.model.MeasureStatus;
import org.g5sahel.pcms.commons.sovereignty.SovereigntyView;

/** An asset measure as its readers see it; lists leave out the history. */
public record AssetMeasureView(
        UUID id,
        String reference,
        MeasureKind kind,
        AssetKind assetKind,
        String assetDescription,
        String holderName,
        BigDecimal value,
        String currency,
        String legalBasis,
        String orderingAuthority,
        LocalDate orderedOn,
        UUID reportId,
        MeasureStatus status,
        List<StatusView> history,
        SovereigntyView sharing,
        Instant createdAt,
        Instant updatedAt) {

    public record StatusView(MeasureStatus status, String note, String changedBy, Instant changedAt) {}

    public static AssetMeasureView summary(AssetMeasure measure) {
        return of(measure, null);
    }

    public static AssetMeasureView of(AssetMeasure measure) {
        return of(
                measure,
                measure.history.stream()
                        .map(change -> new StatusView(change.status, change.note, change.changedBy, change.changedAt))
                        .toList());
    }

    private static AssetMeasureView of(AssetMeasure measure, List<StatusView> history) {
        return new AssetMeasureView(
                measure.id,
                measure.reference,
                measure.kind,
                measure.assetKind,
                measure.assetDescription,
                measure.holderName,
                measure.value,
                measure.currency,
                measure.legalBasis,
                measure.orderingAuthority,
                measure.orderedOn,
                measure.reportId,
                measure.status,
                history,
                SovereigntyView.of(measure.sovereignty),
                measure.createdAt,
                measure.updatedAt);
    }
}

package org.g5sahel.pcms.aml.service;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;
import org.g5sahel.pcms.aml.model.AssetKind;
import org.g5sahel.pcms.aml.model.MeasureKind;
import org.g5sahel.pcms.commons.sovereignty.SharingTerms;

/** A freeze, seizure or confiscation as {@link AssetMeasureService} records it. */
public record AssetMeasureCommand(
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
        SharingTerms sharing) {}

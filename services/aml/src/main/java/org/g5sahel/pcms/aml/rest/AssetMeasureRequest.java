package org.g5sahel.pcms.aml.rest;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.g5sahel.pcms.aml.model.AssetKind;
import org.g5sahel.pcms.aml.model.MeasureKind;
import org.g5sahel.pcms.aml.service.AssetMeasureCommand;
import org.g5sahel.pcms.commons.sovereignty.SharingTerms;
import org.g5sahel.pcms.commons.text.IdentifierText;

/** A freeze, seizure or confiscation as the FIU records it. */
public record AssetMeasureRequest(
        @NotNull MeasureKind kind,
        @NotNull AssetKind assetKind,

        @NotBlank @Size(max = 2000) @Schema(example = "Compte courant 000123456789, Banque Atlantique Mali")
        String assetDescription,

        @Size(max = 300) @IdentifierText String holderName,
        @Schema(example = "25000000.00") BigDecimal value,
        @Schema(example = "XOF") String currency,

        @NotBlank
        @Size(max = 1000)
        @Schema(example = "Loi uniforme LBC/FT UEMOA 2016, art. 100 ; résolution 1373 (2001)")
        String legalBasis,

        @NotBlank @Size(max = 300) @Schema(example = "Pôle judiciaire spécialisé, Bamako")
        String orderingAuthority,

        @NotNull LocalDate orderedOn,

        @Schema(description = "The report that led to the measure, if any")
        UUID reportId,

        @Valid SharingTerms sharing) {

    public AssetMeasureCommand command() {
        return new AssetMeasureCommand(
                kind,
                assetKind,
                assetDescription,
                holderName,
                value,
                currency,
                legalBasis,
                orderingAuthority,
                orderedOn,
                reportId,
                sharing);
    }
}

package org.g5sahel.pcms.aml.rest;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.g5sahel.pcms.aml.model.MeasureStatus;

/** A new status of an asset measure and why it changed. */
public record StatusChangeRequest(
        @NotNull MeasureStatus status,

        @NotBlank @Size(max = 2000) @Schema(example = "Blocage exécuté par la banque le 12/03/2026")
        String note) {}

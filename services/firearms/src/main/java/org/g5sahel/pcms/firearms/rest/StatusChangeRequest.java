package org.g5sahel.pcms.firearms.rest;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.g5sahel.pcms.firearms.model.FirearmStatus;

/**
 * A new status with its circumstances: why is mandatory, where and when as known; for an outcome of a firearm found by
 * another State (RECOVERED, RETURNED_TO_HOLDER, DESTROYED…), the finding it answers.
 */
@Schema(name = "StatusChangeRequest")
public record StatusChangeRequest(
        @NotNull @Schema(example = "STOLEN") FirearmStatus status,

        @Schema(description = "When it happened; today by default", example = "2026-03-14")
        LocalDate occurredOn,

        @Size(max = 200) @Schema(example = "Armurerie de la brigade de Dori")
        String place,

        @NotBlank @Size(max = 1000) @Schema(example = "Armoury broken into during the night; 3 rifles missing")
        String reason,

        @Schema(description = "The recovered hit (GET /recovered-hits) this change answers")
        UUID recoveredHitId) {}

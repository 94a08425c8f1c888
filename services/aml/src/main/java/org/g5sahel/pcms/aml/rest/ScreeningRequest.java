package org.g5sahel.pcms.aml.rest;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.g5sahel.pcms.commons.text.IdentifierText;

/**
 * One name ({@code name} …) or a batch ({@code batch}), with the purpose of the screening (DESIGN §2 rule 5), recorded
 * in the audit log.
 */
public record ScreeningRequest(
        @NotBlank
        @Size(max = 500)
        @Schema(example = "Ouverture de compte – diligence raisonnable, dossier NE-KYC-2026-0113")
        String purpose,

        @DecimalMin("0.5")
        @DecimalMax("1.0")
        @Schema(
                description =
                        "Name score (0 to 1) a candidate needs when no date of birth supports it: replaces the configured name-alone threshold (pcms.aml.screening.name-alone, default 0.86); the thresholds with a date of birth are the configured ones",
                example = "0.86")
        Double threshold,

        @Size(max = 300) @IdentifierText @Schema(example = "Iyad Ag Ghali")
        String name,

        @Pattern(regexp = DATE) @Schema(example = "1954") String birthDate,

        @Pattern(regexp = "^[A-Z]{2}$") @Schema(example = "ML")
        String nationality,

        @Size(max = 100) @IdentifierText String document,
        @Size(max = ScreeningRequest.MAX_BATCH) List<@Valid Subject> batch) {

    /**
     * Names per batch request: one limit, which the OpenAPI document publishes ({@code maxItems}) and validation
     * enforces; about two seconds of screening at today's speed (docs/performance.md).
     */
    public static final int MAX_BATCH = 200;

    /** A full date or a year. */
    public static final String DATE = "^\\d{4}(-\\d{2}-\\d{2})?$";

    public record Subject(
            @NotBlank @Size(max = 300) @IdentifierText String name,
            @Pattern(regexp = DATE) String birthDate,
            @Pattern(regexp = "^[A-Z]{2}$") String nationality,
            @Size(max = 100) @IdentifierText String document) {}
}

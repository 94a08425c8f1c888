package org.g5sahel.pcms.training.rest;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "AssessmentRequest")
public record AssessmentRequest(
        @NotNull @Min(0) @Max(100) @Schema(description = "Score out of 100", example = "72")
        Integer score) {}

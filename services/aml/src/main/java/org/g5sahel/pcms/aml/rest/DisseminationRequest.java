package org.g5sahel.pcms.aml.rest;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Dissemination of a report to law-enforcement agencies, with the reason for it. */
public record DisseminationRequest(
        @NotEmpty @Size(max = 20) @Schema(example = "[\"NE-OCRTIS\"]")
        List<@NotBlank String> recipients,

        @NotBlank
        @Size(max = 2000)
        @Schema(example = "Soupçon de financement du terrorisme : enquête NE-CASE-2026-000042")
        String purpose) {}

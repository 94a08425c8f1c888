package org.g5sahel.pcms.cases.rest;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.g5sahel.pcms.cases.service.JointTeamCommand;

public record JointTeamRequest(
        @NotBlank @Size(max = 200) @Schema(example = "ECE Gao – Agadez")
        String name,

        @NotBlank @Size(max = 100) @Schema(example = "ECE-ML-NE-2026-01")
        String agreementReference,

        @NotNull @Pattern(regexp = CaseRequest.AGENCY_CODE) String leaderAgency,
        @NotEmpty @Size(max = 30) List<@NotNull @Pattern(regexp = CaseRequest.AGENCY_CODE) String> memberAgencies,
        @NotNull LocalDate validFrom,
        @NotNull LocalDate validUntil) {

    public JointTeamCommand command() {
        return new JointTeamCommand(name, agreementReference, leaderAgency, memberAgencies, validFrom, validUntil);
    }
}

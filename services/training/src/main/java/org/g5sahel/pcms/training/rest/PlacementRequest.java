package org.g5sahel.pcms.training.rest;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.g5sahel.pcms.commons.identity.AgencyCode;
import org.g5sahel.pcms.training.service.PlacementCommand;

/** A national coordinator proposes an officer of its State for immersion in an agency of another State. */
@Schema(name = "PlacementRequest")
public record PlacementRequest(
        @NotNull @Schema(description = "The officer's id in the directory")
        UUID contactId,

        @NotBlank @Pattern(regexp = AgencyCode.PATTERN) @Schema(example = "ML-CT")
        String hostAgency,

        @NotNull LocalDate startDate,
        @NotNull LocalDate endDate,

        @NotBlank @Size(max = 2000) @Schema(example = "Immersion au sein de la cellule d’enquêtes conjointes")
        String objectives) {

    public PlacementCommand command() {
        return new PlacementCommand(contactId, hostAgency, startDate, endDate, objectives);
    }
}

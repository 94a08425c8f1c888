package org.g5sahel.pcms.training.rest;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.g5sahel.pcms.training.service.NominationCommand;

/** A national coordinator puts an officer of its State (a directory point of contact) forward for a session. */
@Schema(name = "NominationRequest")
public record NominationRequest(
        @NotNull @Schema(description = "The officer's id in the directory (points of contact)")
        UUID contactId,

        @Size(max = 2000) @Schema(example = "Chef de la cellule des livraisons surveillées")
        String motivation) {

    public NominationCommand command() {
        return new NominationCommand(contactId, motivation);
    }
}

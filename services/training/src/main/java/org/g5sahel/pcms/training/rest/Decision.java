package org.g5sahel.pcms.training.rest;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.g5sahel.pcms.training.service.DecisionCommand;
import org.g5sahel.pcms.training.service.DecisionCommand.Outcome;

/** The organiser's decision on a nomination. A decline states its reason. */
@Schema(name = "NominationDecision")
public record Decision(
        @NotNull Outcome decision, @Size(max = 1000) String reason) {

    public DecisionCommand command() {
        return new DecisionCommand(decision, reason);
    }
}
